/**
 * Test helpers over the DOMParser jsdom provides: parse XML strictly (a browser parser reports
 * errors as a <parsererror> element instead of throwing), and read the committed feature files.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

export function parseXml(text: string, source: string): Document {
  const document = new DOMParser().parseFromString(text, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) {
    throw new Error(`${source} is not well-formed XML: ${error.textContent ?? ''}`);
  }
  return document;
}

export const ASSETS_DIR = join(__dirname, '..', '..', '..', 'sharepoint', 'assets');
export const PACKAGE_SOLUTION = join(__dirname, '..', '..', '..', 'config', 'package-solution.json');

export function readAsset(name: string): string {
  return readFileSync(join(ASSETS_DIR, name), 'utf8');
}

export function parseAsset(name: string): Document {
  return parseXml(readAsset(name), `sharepoint/assets/${name}`);
}

/** Elements by local name, in document order. */
export function elementsNamed(node: Document | Element, name: string): Element[] {
  return Array.from(node.getElementsByTagName(name));
}

export function attribute(element: Element, name: string): string {
  const value = element.getAttribute(name);
  if (value === null) throw new Error(`<${element.tagName}> has no ${name} attribute`);
  return value;
}

/**
 * Every element manifest of the feature (elements.xml, then each upgrade step's), in the order
 * package-solution.json lists them, as one `<Elements>` document: what a new install applies.
 */
export function parseElementManifests(): Document {
  const packageSolution = JSON.parse(readFileSync(PACKAGE_SOLUTION, 'utf8')) as {
    solution: { features: Array<{ assets: { elementManifests: string[] } }> };
  };
  const inner = packageSolution.solution.features[0].assets.elementManifests.map((name) => {
    const text = readAsset(name);
    // A step that adds no lists or columns (only indexes or changed columns) has an empty <Elements/> root.
    if (/<Elements[^>]*\/>\s*$/.test(text)) return '';
    const match = /<Elements[^>]*>([\s\S]*)<\/Elements>/.exec(text);
    if (!match) throw new Error(`sharepoint/assets/${name} has no <Elements> root.`);
    return match[1];
  });
  return parseXml(`<Elements xmlns="http://schemas.microsoft.com/sharepoint/">${inner.join('')}</Elements>`, 'the element manifests');
}

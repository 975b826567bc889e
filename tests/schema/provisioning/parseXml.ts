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

/**
 * The little XML the feature files need: escaped attribute values and text, and elements
 * written one attribute set at a time so every file comes out byte-for-byte the same.
 */

/** Attribute values in the order they are written; undefined values are left out. */
export type XmlAttributes = ReadonlyArray<readonly [name: string, value: string | number | undefined]>;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;'
};

/** Escapes text for use in an attribute value or element content. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

/** SharePoint's CAML booleans. */
export function camlBoolean(value: boolean): 'TRUE' | 'FALSE' {
  return value ? 'TRUE' : 'FALSE';
}

function attributeText(attributes: XmlAttributes): string {
  return attributes
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

/**
 * One element, indented by `depth` levels of two spaces. Children are lines already
 * indented one level deeper; no children and no text make a self-closing element.
 */
export function element(
  depth: number,
  name: string,
  attributes: XmlAttributes,
  children: readonly string[] = [],
  text?: string
): string {
  const indent = '  '.repeat(depth);
  const open = `${indent}<${name}${attributeText(attributes)}`;
  if (text !== undefined) {
    return `${open}>${escapeXml(text)}</${name}>`;
  }
  if (children.length === 0) {
    return `${open} />`;
  }
  return [`${open}>`, ...children, `${indent}</${name}>`].join('\n');
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

/** SharePoint's feature schema namespace, used by elements.xml and every list schema. */
export const SHAREPOINT_NAMESPACE = 'http://schemas.microsoft.com/sharepoint/';

/** Braced, lower-case GUID as the feature framework writes field ids. */
export function bracedGuid(id: string): string {
  return `{${id.toLowerCase()}}`;
}

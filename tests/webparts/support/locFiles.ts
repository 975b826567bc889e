import * as fs from 'fs';
import * as path from 'path';

export const WEB_PARTS = ['memberProfiles', 'memberBriefings', 'officerDirectory', 'directoryHealth', 'wardContacts', 'enquiryReport', 'serviceEnquiries', 'memberEnquiries'] as const;
export type WebPartFolder = (typeof WEB_PARTS)[number];

export const srcWebParts = path.resolve(__dirname, '../../../src/webparts');

/** A web part's strings for one locale, read through jest's AMD transform (as SPFx's loader would). */
export function loadStrings(webPart: WebPartFolder, locale: string): Readonly<Record<string, string>> {
  return jest.requireActual<Record<string, string>>(path.join(srcWebParts, webPart, 'loc', `${locale}.js`));
}

/** The locales a web part has a loc file for, from the file names (en-us, cy-gb, …). */
export function localesOf(webPart: WebPartFolder): string[] {
  return fs
    .readdirSync(path.join(srcWebParts, webPart, 'loc'))
    .filter((name) => /^[a-z]{2}-[a-z]{2}\.js$/.test(name))
    .map((name) => name.slice(0, -3))
    .sort();
}

/** The {0}, {1}… placeholders a string uses, sorted. */
export function placeholders(text: string): string[] {
  return Array.from(new Set(text.match(/\{\d+\}/g) ?? [])).sort();
}

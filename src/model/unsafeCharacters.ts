/**
 * Characters that have no place in a value written to a file (a vCard, a download's name):
 * controls (C0, DEL, C1), which can end a vCard line early or hide text; Unicode's line and
 * paragraph separators; and bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069),
 * which make "Invoice\u202Efdp.exe" show as "Invoiceexe.pdf". Line breaks, tabs and the
 * separators become a space, so words either side stay apart; the rest are dropped. Left-to-right
 * and right-to-left marks (U+200E, U+200F) stay: right-to-left names need them.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BREAKING = /\r\n|[\t\n\u000B\u000C\r\u0085\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HIDDEN = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function withoutUnsafeCharacters(value: string): string {
  return value.replace(BREAKING, ' ').replace(HIDDEN, '');
}

/**
 * Private details the hub never holds (UK GDPR data minimisation): every list is readable by
 * everyone who can read the hub's site. One list of patterns, used by Directory health to find
 * such columns left on a council's lists and by the importer to refuse them in a CSV file.
 */

/** Columns of the first release's Members list that held private details (removed in schema v2). */
export const LEGACY_PRIVATE_COLUMNS: readonly string[] = ['HomeAddress', 'ShowHomeAddress', 'PersonalPhone', 'ShowPersonalPhone'];

interface IPrivateDetailPattern {
  /** What the column looks like it holds, to finish "looks like …". */
  readonly what: string;
  /** Tested against the name in lower-case words (see wordsOfColumnName). */
  readonly pattern: RegExp;
}

const PRIVATE_DETAIL_PATTERNS: readonly IPrivateDetailPattern[] = [
  { what: 'a home address', pattern: /\b(home|residential|private|personal) (postal )?address\b/ },
  { what: 'a personal phone number', pattern: /\b(personal|private|home) (phone|telephone|tel|mobile|landline|number|phone number|mobile number)\b/ },
  { what: 'a personal email address', pattern: /\b(personal|private|home) e ?mail\b/ },
  { what: 'a date of birth', pattern: /\b(date of birth|dob|birth ?date|birthday)\b/ },
  { what: 'a National Insurance number', pattern: /\b(national insurance|ni (no|number)|nino)\b/ },
  { what: 'next of kin', pattern: /\bnext of kin\b/ },
  { what: 'bank details', pattern: /\b(bank account|account number|sort code|iban)\b/ }
];

/**
 * A column name as lower-case words: SharePoint's `_x0020_` escapes decoded, camelCase and
 * snake_case split ("HomeAddress", "home_address", "Home_x0020_address" → "home address").
 */
export function wordsOfColumnName(name: string): string {
  return name
    .replace(/_x([0-9a-f]{4})_/gi, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * What a column (by internal name, display name or CSV header) looks like it holds when that is
 * a private detail, e.g. "a home address"; undefined for anything else.
 */
export function privateDetailIn(columnName: string): string | undefined {
  const words = wordsOfColumnName(columnName);
  return PRIVATE_DETAIL_PATTERNS.find((candidate) => candidate.pattern.test(words))?.what;
}

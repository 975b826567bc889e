/**
 * Defensive readers for SharePoint list item values, one per field type. They accept the
 * JSON light (nometadata/minimalmetadata) and verbose shapes, return undefined for anything
 * missing or malformed, and never throw: a list an admin has edited by hand must not crash a view.
 */

/** One list item as the REST API returns it. */
export type RawItem = Readonly<Record<string, unknown>>;

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Verbose OData wraps collections as { results: [...] }. */
function asArray(value: unknown): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  const results = asRecord(value)?.results;
  return Array.isArray(results) ? results : undefined;
}

/** Text, Note and Choice: trimmed; undefined when blank. */
export function readText(item: RawItem, field: string): string | undefined {
  const value = item[field];
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function readNumber(item: RawItem, field: string): number | undefined {
  const value = item[field];
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(number) ? number : undefined;
}

/** Yes/No columns. Missing values take the column's default. */
export function readBoolean(item: RawItem, field: string, defaultValue = false): boolean {
  const value = item[field];
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1;
  if (typeof value === 'string') {
    const normalised = value.trim().toLowerCase();
    if (['1', 'true', 'yes'].includes(normalised)) return true;
    if (['0', 'false', 'no'].includes(normalised)) return false;
  }
  return defaultValue;
}

/** Date and time columns arrive as ISO 8601 UTC instants. */
export function readDate(item: RawItem, field: string): Date | undefined {
  const value = item[field];
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Choice columns: the value only when it is one of the allowed choices. */
export function readChoice<T extends string>(item: RawItem, field: string, choices: readonly T[]): T | undefined {
  const value = readText(item, field);
  return choices.find((choice) => choice === value);
}

/** Multi-choice columns (fill-in values included), in list order, without blanks or repeats. */
export function readMultiChoice(item: RawItem, field: string): string[] {
  const values = asArray(item[field]) ?? [];
  const result: string[] = [];
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const trimmed = value.trim();
    if (trimmed !== '' && !result.includes(trimmed)) result.push(trimmed);
  }
  return result;
}

/** Plain multi-line text kept "one per line": trimmed lines, blanks dropped. */
export function readLines(item: RawItem, field: string): string[] {
  const value = item[field];
  if (typeof value !== 'string') return [];
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Lookup (expanded as Field/Id, Field/Title): the target item's id. */
export function readLookupId(item: RawItem, field: string): number | undefined {
  const id = asRecord(item[field])?.Id;
  return typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : undefined;
}

/** Multi-value lookup: the target items' ids. */
export function readLookupIds(item: RawItem, field: string): number[] {
  const values = asArray(item[field]) ?? [];
  const ids: number[] = [];
  for (const value of values) {
    const id = asRecord(value)?.Id;
    if (typeof id === 'number' && Number.isInteger(id) && id > 0) ids.push(id);
  }
  return ids;
}

/** A lookup target as expanded (Field/Id, Field/Title); the name is blank when the target has no title. */
export interface ILookupValue {
  readonly id: number;
  readonly name: string;
}

function lookupValueOf(value: unknown): ILookupValue | undefined {
  const record = asRecord(value);
  const id = record?.Id;
  if (typeof id !== 'number' || !Number.isInteger(id) || id <= 0) return undefined;
  const title = record?.Title;
  return { id, name: typeof title === 'string' ? title.trim() : '' };
}

/** Lookup (expanded as Field/Id, Field/Title): the target's id and title. */
export function readLookup(item: RawItem, field: string): ILookupValue | undefined {
  return lookupValueOf(item[field]);
}

/** Multi-value lookup: the targets' ids and titles, in list order. */
export function readLookups(item: RawItem, field: string): ILookupValue[] {
  const values = asArray(item[field]) ?? [];
  return values.map(lookupValueOf).filter((value): value is ILookupValue => value !== undefined);
}

/** Person column (expanded as Field/Id, Field/Title, Field/EMail): the account's email. */
export function readUserEmail(item: RawItem, field: string): string | undefined {
  const email = asRecord(item[field])?.EMail;
  if (typeof email !== 'string') return undefined;
  const trimmed = email.trim();
  return trimmed.includes('@') ? trimmed : undefined;
}

/** An address a browser may open: http(s) only, so a hand-typed javascript: link never renders. */
export function safeWebUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    return new URL(trimmed).toString();
  } catch {
    return undefined;
  }
}

/** Hyperlink columns ({ Url, Description }). */
export function readHyperlink(item: RawItem, field: string): string | undefined {
  return safeWebUrl(asRecord(item[field])?.Url);
}

/**
 * Image columns. SharePoint returns a JSON *string* such as
 * {"type":"thumbnail","fileName":"a.jpg","serverUrl":"https://x.sharepoint.com","serverRelativeUrl":"/sites/s/SiteAssets/Lists/…/a.jpg",…}.
 * Images uploaded since SharePoint began storing them as item attachments may carry only the
 * file name; `attachmentFolderUrl` (the item's Attachments folder) locates those.
 * Returns an absolute URL (or a server-relative one when the host is missing); undefined when unusable.
 */
export function readImageUrl(item: RawItem, field: string, attachmentFolderUrl?: string): string | undefined {
  const raw = item[field];
  let value: Record<string, unknown> | undefined;
  if (typeof raw === 'string') {
    try {
      value = asRecord(JSON.parse(raw));
    } catch {
      return undefined;
    }
  } else {
    value = asRecord(raw);
  }
  const path = value?.serverRelativeUrl;
  if (typeof path !== 'string' || path.trim() === '') {
    const fileName = value?.fileName;
    const folder = safeWebUrl(attachmentFolderUrl);
    if (typeof fileName !== 'string' || fileName.trim() === '' || /[/\\]/.test(fileName) || !folder) return undefined;
    return `${folder.replace(/\/+$/, '')}/${encodeURIComponent(fileName.trim())}`;
  }
  const trimmedPath = path.trim();
  if (/^https?:\/\//i.test(trimmedPath)) return safeWebUrl(trimmedPath);
  if (!trimmedPath.startsWith('/') || trimmedPath.startsWith('//')) return undefined;
  const encodedPath = /%[0-9a-f]{2}/i.test(trimmedPath) ? trimmedPath : encodeURI(trimmedPath);
  const origin = safeWebUrl(value?.serverUrl);
  return origin ? new URL(encodedPath, origin).toString() : encodedPath;
}

/** Colours kept as #rrggbb; anything else is dropped so the UI falls back to its own. */
export function readHexColour(item: RawItem, field: string): string | undefined {
  const value = readText(item, field);
  const match = value === undefined ? null : /^#?([0-9a-f]{6})$/i.exec(value);
  return match ? `#${match[1].toLowerCase()}` : undefined;
}

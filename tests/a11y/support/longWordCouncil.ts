/**
 * The sample council with an 80-character unbroken word in every text field the views display:
 * names and titles, plain and rich text, emails (a long local part) and links (a long path and
 * description). Choices, lookups, dates, numbers and validated codes (phone numbers, colours,
 * GSS codes) keep their values, as SharePoint's column validation would insist.
 */
import { schema, type ListKey } from '../../../src/schema';
import type { ISiteData, IStoredItem, IStoredUrl, StoredValue } from '../../../tools/emulator/siteData';

/** 80 characters, no break opportunity. */
export const LONG_WORD = 'Abcdefghij'.repeat(8);

function isHyperlink(value: StoredValue): value is IStoredUrl {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'Url' in value;
}

function lengthened(list: ListKey, name: string, value: StoredValue): StoredValue {
  if (name === 'Title') return typeof value === 'string' && value ? `${value} ${LONG_WORD}` : value;
  const field = schema[list].fields.find((candidate) => candidate.internalName === name);
  if (!field || value === null || value === undefined) return value;
  switch (field.type) {
    case 'Text':
      if (typeof value !== 'string' || !value) return value;
      if (field.validation === 'email') return `${LONG_WORD.toLowerCase()}.${value}`;
      return field.validation ? value : `${value} ${LONG_WORD}`;
    case 'Note':
      if (typeof value !== 'string' || !value) return value;
      return field.richText ? `${value}<p>${LONG_WORD}</p>` : `${value} ${LONG_WORD}`;
    case 'URL':
      return isHyperlink(value) ? { ...value, Url: `${value.Url.replace(/\/$/, '')}/${LONG_WORD}`, Description: `${value.Description} ${LONG_WORD}`.trim() } : value;
    default:
      return value;
  }
}

export function longWordCouncil(data: ISiteData): ISiteData {
  const lists = { ...data.lists };
  for (const key of Object.keys(lists) as ListKey[]) {
    if (!schema[key]) continue;
    lists[key] = lists[key].map((item): IStoredItem => {
      const fields: Record<string, StoredValue> = {};
      for (const [name, value] of Object.entries(item.fields)) fields[name] = lengthened(key, name, value);
      return { ...item, fields };
    });
  }
  return { ...data, lists };
}

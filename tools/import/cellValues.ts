/**
 * One CSV cell as a column value, per the column's type in src/schema, and the same column's
 * value as SharePoint returns it, both reduced to a canonical text so "unchanged" is a plain
 * comparison. Lookups and people are only named here; importPlan resolves them (lookups against
 * the target list, people against the site's users).
 */
import { COLUMN_RULES } from '../../src/schema';
import type { FieldDefinition, ListKey } from '../../src/schema';
import { calendarDateOfStored } from '../../src/schema/dateOnlyColumns';
import { parseUkOrIsoDate, ukMidnightInstant } from './ukDateInput';

/** A value ready to send, with its canonical form. */
export interface IPlainValue {
  readonly kind: 'plain';
  /** What the REST API takes for the column. */
  readonly payload: unknown;
  readonly canonical: string;
}

/** A lookup cell: the names (codes, titles, emails) of the items it points at, resolved later. */
export interface IReferenceValue {
  readonly kind: 'reference';
  readonly target: ListKey;
  readonly names: readonly string[];
  readonly multi: boolean;
}

/** A person cell: the account's email, resolved to a site user later. */
export interface IPersonValue {
  readonly kind: 'person';
  /** Lower case; '' for a blank cell (clears the column). */
  readonly email: string;
}

export type CellValue = IPlainValue | IReferenceValue | IPersonValue;

export type CellResult = { readonly value: CellValue } | { readonly problem: string };

/** Separates the values of a multi-value cell (choices, lookups): `Planning; Licensing`. */
export const MULTI_VALUE_SEPARATOR = ';';

const TRUE_WORDS = new Set(['yes', 'y', 'true', '1']);
const FALSE_WORDS = new Set(['no', 'n', 'false', '0']);

function plain(payload: unknown, canonical: string): CellResult {
  return { value: { kind: 'plain', payload, canonical } };
}

function splitMulti(text: string): string[] {
  return text
    .split(MULTI_VALUE_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function matchChoice(text: string, choices: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  return choices.find((choice) => choice.toLowerCase() === lower);
}

function quoteList(values: readonly string[]): string {
  return values.map((value) => `'${value}'`).join(', ');
}

/** Types the importer cannot fill from a CSV cell; their columns are refused in the header. */
export function unsupportedReason(field: FieldDefinition): string | undefined {
  if (field.type === 'Image') return 'pictures cannot be imported from a CSV file; add them with the list form';
  return undefined;
}

/** Converts one cell. A blank cell clears the column (a yes/no or choice column with a default takes the default). */
export function readCell(field: FieldDefinition, raw: string): CellResult {
  const text = field.type === 'Note' ? raw.replace(/\r\n/g, '\n').trim() : raw.trim();
  switch (field.type) {
    case 'Text':
      if (field.maxLength !== undefined && text.length > field.maxLength) {
        return { problem: `is ${text.length} characters long; the most this column holds is ${field.maxLength}` };
      }
      return plain(text === '' ? null : text, text);
    case 'Note':
      return plain(text === '' ? null : text, text);
    case 'Choice': {
      if (text === '') return field.defaultValue === undefined ? plain(null, '') : plain(field.defaultValue, field.defaultValue);
      const choice = matchChoice(text, field.choices) ?? (field.fillIn ? text : undefined);
      return choice === undefined
        ? { problem: `'${text}' is not one of the choices: ${quoteList(field.choices)}` }
        : plain(choice, choice);
    }
    case 'MultiChoice': {
      const chosen: string[] = [];
      for (const part of splitMulti(text)) {
        const choice = matchChoice(part, field.choices) ?? (field.fillIn ? part : undefined);
        if (choice === undefined) return { problem: `'${part}' is not one of the choices: ${quoteList(field.choices)}` };
        chosen.push(choice);
      }
      return plain(chosen, chosen.join('\n'));
    }
    case 'Boolean': {
      const lower = text.toLowerCase();
      const value = lower === '' ? field.defaultValue : TRUE_WORDS.has(lower) ? true : FALSE_WORDS.has(lower) ? false : undefined;
      return value === undefined ? { problem: `'${text}' is not yes or no (use Yes/No, True/False or 1/0)` } : plain(value, String(value));
    }
    case 'DateTime': {
      if (text === '') return plain(null, '');
      const date = parseUkOrIsoDate(text);
      if (date === undefined) return { problem: `'${text}' is not a date (use dd/mm/yyyy, e.g. 31/01/2026, or 2026-01-31)` };
      return plain(ukMidnightInstant(date), date);
    }
    case 'Number': {
      if (text === '') return plain(null, '');
      const number = Number(text.replace(/,/g, ''));
      if (!Number.isFinite(number)) return { problem: `'${text}' is not a number` };
      if ((field.min !== undefined && number < field.min) || (field.max !== undefined && number > field.max)) {
        return { problem: `${number} is outside the allowed range ${field.min ?? '…'} to ${field.max ?? '…'}` };
      }
      return plain(number, String(number));
    }
    case 'URL': {
      if (text === '') return plain(null, '');
      let url: URL | undefined;
      try {
        url = new URL(text);
      } catch {
        url = undefined;
      }
      if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
        return { problem: `'${text}' is not a web address starting with https://` };
      }
      return plain({ Url: text, Description: text }, text);
    }
    case 'Lookup':
    case 'LookupMulti': {
      const names = field.type === 'Lookup' ? (text === '' ? [] : [text]) : splitMulti(text);
      return { value: { kind: 'reference', target: field.target, names, multi: field.type === 'LookupMulti' } };
    }
    case 'User':
      return text !== '' && !COLUMN_RULES.email.accepts(text)
        ? { problem: `'${text}' is not an email address: give the person's Microsoft 365 sign-in address` }
        : { value: { kind: 'person', email: text.toLowerCase() } };
    case 'Image':
      return { problem: unsupportedReason(field) ?? 'cannot be imported' };
  }
}

/** The REST property that carries a column's value in a write (lookups by id). */
export function payloadName(field: FieldDefinition): string {
  return field.type === 'Lookup' || field.type === 'LookupMulti' || field.type === 'User' ? `${field.internalName}Id` : field.internalName;
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function arrayOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  const results = (value as { results?: unknown } | null)?.results;
  return Array.isArray(results) ? results : [];
}

/** Canonical text of the ids a lookup cell resolved to, as `canonicalOfStored` gives them. */
export function canonicalIds(ids: readonly number[]): string {
  return [...ids].sort((a, b) => a - b).join(',');
}

/** Canonical text of a column's value in an item read from SharePoint (`payloadName(field)` of the item). */
export function canonicalOfStored(field: FieldDefinition, stored: unknown): string {
  switch (field.type) {
    case 'Text':
    case 'Choice':
      return textOf(stored);
    case 'Note':
      return textOf(stored).replace(/\r\n/g, '\n').trim();
    case 'MultiChoice':
      return arrayOf(stored).map(String).join('\n');
    case 'Boolean':
      return String(typeof stored === 'boolean' ? stored : field.defaultValue);
    case 'DateTime':
      return calendarDateOfStored(stored) ?? '';
    case 'Number':
      return typeof stored === 'number' ? String(stored) : '';
    case 'URL':
      return textOf((stored as { Url?: unknown } | null)?.Url);
    case 'Lookup':
    case 'User':
      return typeof stored === 'number' ? canonicalIds([stored]) : '';
    case 'LookupMulti':
      return canonicalIds(arrayOf(stored).filter((id): id is number => typeof id === 'number'));
    case 'Image':
      return '';
  }
}

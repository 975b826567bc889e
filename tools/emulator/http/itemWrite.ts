/**
 * Reads the JSON body of an item create or update the way SharePoint does: plain columns by
 * internal name, lookups and people as `<Name>Id`, multi-value columns as arrays (or verbose
 * `{results: [...]}`), hyperlinks as {Url, Description}, Image columns as a JSON string.
 */
import type { ListColumns } from '../columns';
import { spErrors } from '../errors';
import { ModerationStatus } from '../siteData';
import type { IStoredImage, IStoredUrl, StoredValue } from '../siteData';
import type { IItemChange } from '../store';
import { entityTypeName } from '../shape/names';

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

function isRecord(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function arrayOf(value: JsonValue, name: string): JsonValue[] {
  if (Array.isArray(value)) {
    return value;
  }
  if (isRecord(value) && Array.isArray(value.results)) {
    return value.results;
  }
  if (value === null) {
    return [];
  }
  throw spErrors.invalidValue(`A collection value was expected for the property '${name}'.`);
}

function numberOrNull(value: JsonValue, name: string): number | null {
  if (value === null || value === '') {
    return null;
  }
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) {
    throw spErrors.invalidValue(`Cannot convert a primitive value to the expected type 'Edm.Int32' for the property '${name}'.`);
  }
  return number;
}

function stringOrNull(value: JsonValue, name: string): string | null {
  if (value === null) {
    return null;
  }
  if (typeof value !== 'string') {
    throw spErrors.invalidValue(`Cannot convert a primitive value to the expected type 'Edm.String' for the property '${name}'.`);
  }
  return value;
}

function imageFrom(value: JsonValue, name: string): IStoredImage | null {
  if (value === null || value === '') {
    return null;
  }
  let parsed: JsonValue = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value) as JsonValue;
    } catch {
      throw spErrors.invalidValue(`The value of the property '${name}' is not a valid image value.`);
    }
  }
  if (!isRecord(parsed) || typeof parsed.serverRelativeUrl !== 'string') {
    throw spErrors.invalidValue(`The value of the property '${name}' is not a valid image value.`);
  }
  const fileName = typeof parsed.fileName === 'string' ? parsed.fileName : parsed.serverRelativeUrl.split('/').pop() ?? '';
  return { serverRelativeUrl: parsed.serverRelativeUrl, fileName };
}

function urlFrom(value: JsonValue, name: string): IStoredUrl | null {
  if (value === null) {
    return null;
  }
  if (!isRecord(value) || typeof value.Url !== 'string') {
    throw spErrors.invalidValue(`The value of the property '${name}' is not a valid SP.FieldUrlValue.`);
  }
  return { Url: value.Url, Description: typeof value.Description === 'string' ? value.Description : value.Url };
}

function storedValue(columnType: string, value: JsonValue, name: string): StoredValue {
  switch (columnType) {
    case 'Boolean':
      return value === null ? null : value === true || value === 1 || value === '1' || value === 'true';
    case 'Number':
      return numberOrNull(value, name);
    case 'DateTime': {
      const text = stringOrNull(value, name);
      if (text === null || text === '') {
        return null;
      }
      const time = Date.parse(text);
      if (Number.isNaN(time)) {
        throw spErrors.invalidValue(`Cannot convert the literal '${text}' to the expected type 'Edm.DateTime'.`);
      }
      return new Date(time).toISOString();
    }
    case 'MultiChoice':
      return arrayOf(value, name).map((entry) => String(entry));
    case 'URL':
      return urlFrom(value, name);
    case 'Image':
      return imageFrom(value, name);
    default:
      return stringOrNull(value, name);
  }
}

/** Field changes from a create/update body; unknown properties fail as SharePoint fails them. */
export function readItemChange(body: string, columns: ListColumns): IItemChange {
  let parsed: JsonValue;
  try {
    parsed = JSON.parse(body === '' ? '{}' : body) as JsonValue;
  } catch {
    throw spErrors.badRequestBody('Invalid JSON. A token was not recognized in the JSON content.');
  }
  if (!isRecord(parsed)) {
    throw spErrors.badRequestBody('Invalid JSON. An object was expected.');
  }
  const typeName = `SP.Data.${entityTypeName(columns.list)}Item`;
  const fields: Record<string, StoredValue> = {};
  let moderationStatus: ModerationStatus | undefined;
  for (const [name, value] of Object.entries(parsed)) {
    if (name === '__metadata' || name.startsWith('odata.')) {
      continue;
    }
    if (name === 'OData__ModerationStatus' && columns.list.contentApproval) {
      const status = numberOrNull(value, name);
      if (status === null || !(status in ModerationStatus)) {
        throw spErrors.invalidValue(`The value of the property '${name}' is not valid.`);
      }
      moderationStatus = status;
      continue;
    }
    const column = columns.find(name);
    if (column && column.definition && column.type !== 'Lookup' && column.type !== 'LookupMulti' && column.type !== 'User') {
      fields[name] = storedValue(column.type, value, name);
      continue;
    }
    if (name === 'Title') {
      fields.Title = stringOrNull(value, name);
      continue;
    }
    const reference = name.endsWith('Id') ? columns.find(name.slice(0, -2)) : undefined;
    if (reference?.definition && reference.type === 'LookupMulti') {
      fields[reference.name] = arrayOf(value, name).map((entry) => numberOrNull(entry, name) ?? 0);
      continue;
    }
    if (reference?.definition && (reference.type === 'Lookup' || reference.type === 'User')) {
      fields[reference.name] = numberOrNull(value, name);
      continue;
    }
    throw spErrors.propertyNotOnType(name, typeName);
  }
  return { fields, moderationStatus };
}

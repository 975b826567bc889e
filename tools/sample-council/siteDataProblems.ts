/**
 * Checks site data against the list schema and lists every problem found: values of the
 * wrong type, choices that are not allowed, lookups and users that point nowhere, dates that
 * are not ISO instants (or, for date-only columns, not UK midnight), duplicates in unique
 * columns and system columns out of order. The generator's tests use it; the emulator may too.
 */
import { FieldDefinition, IListDefinition, allLists } from '../../src/schema';
import { IStoredItem, ISiteData, ModerationStatus, StoredValue } from '../emulator/siteData';
import { storedDateOnly, ukDayOfStored } from './ukDate';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isIsoInstant(value: unknown): value is string {
  return typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}

/** True when a stored instant is midnight, UK time: how a UK site stores a date-only value. */
export function isUkMidnight(value: string): boolean {
  return storedDateOnly(ukDayOfStored(value)) === value;
}

interface ICheckContext {
  readonly idsByList: ReadonlyMap<string, ReadonlySet<number>>;
  readonly userIds: ReadonlySet<number>;
}

function valueProblem(field: FieldDefinition, value: StoredValue, context: ICheckContext): string | null {
  switch (field.type) {
    case 'Text':
      if (typeof value !== 'string') return 'expected text';
      if (field.maxLength !== undefined && value.length > field.maxLength) return `longer than ${field.maxLength} characters`;
      return null;
    case 'Note':
      return typeof value === 'string' ? null : 'expected text';
    case 'Choice':
      if (typeof value !== 'string') return 'expected a choice';
      return field.choices.includes(value) || field.fillIn ? null : `"${value}" is not one of the choices`;
    case 'MultiChoice':
      if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string')) return 'expected a list of choices';
      for (const entry of value as string[]) {
        if (!field.choices.includes(entry) && !field.fillIn) return `"${entry}" is not one of the choices`;
      }
      return new Set<unknown>(value as unknown[]).size === value.length ? null : 'a choice is repeated';
    case 'Boolean':
      return typeof value === 'boolean' ? null : 'expected true or false';
    case 'Number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'expected a number';
      if (field.decimals === 0 && !Number.isInteger(value)) return 'expected a whole number';
      if (field.min !== undefined && value < field.min) return `below ${field.min}`;
      if (field.max !== undefined && value > field.max) return `above ${field.max}`;
      return null;
    case 'DateTime':
      if (!isIsoInstant(value)) return 'expected an ISO UTC instant like 2026-11-23T00:00:00Z';
      return field.dateOnly && !isUkMidnight(value) ? 'a date-only value must be midnight UK time' : null;
    case 'URL':
      return isRecord(value) && typeof value.Url === 'string' && typeof value.Description === 'string' ? null : 'expected { Url, Description }';
    case 'Image':
      return isRecord(value) && typeof value.fileName === 'string' && typeof value.serverRelativeUrl === 'string' && value.serverRelativeUrl.startsWith('/')
        ? null
        : 'expected { fileName, serverRelativeUrl }';
    case 'User':
      return typeof value === 'number' && context.userIds.has(value) ? null : `user ${JSON.stringify(value)} does not exist`;
    case 'Lookup':
      return typeof value === 'number' && context.idsByList.get(field.target)?.has(value) ? null : `no ${field.target} item ${JSON.stringify(value)}`;
    case 'LookupMulti': {
      if (!Array.isArray(value)) return `expected a list of ${field.target} ids`;
      const missing = (value as unknown[]).filter((id) => typeof id !== 'number' || !context.idsByList.get(field.target)?.has(id));
      if (missing.length > 0) return `no ${field.target} items ${JSON.stringify(missing)}`;
      return new Set<unknown>(value as unknown[]).size === value.length ? null : 'an id is repeated';
    }
  }
}

function isEmpty(value: StoredValue | undefined): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function itemProblems(list: IListDefinition, item: IStoredItem, context: ICheckContext): string[] {
  const problems: string[] = [];
  const where = `${list.key} ${item.Id}`;
  const known = new Map(list.fields.map((field) => [field.internalName, field]));
  for (const [name, value] of Object.entries(item.fields)) {
    if (name === 'Title') {
      if (!isEmpty(value) && typeof value !== 'string') problems.push(`${where} Title: expected text`);
      if (typeof value === 'string' && value.length > 255) problems.push(`${where} Title: longer than 255 characters`);
      continue;
    }
    const field = known.get(name);
    if (!field) {
      problems.push(`${where}: ${name} is not a column of ${list.key}`);
      continue;
    }
    if (value === null || value === undefined) continue;
    const problem = valueProblem(field, value, context);
    if (problem) problems.push(`${where} ${name}: ${problem}`);
  }
  if (list.titleRequired && isEmpty(item.fields.Title)) problems.push(`${where}: Title is required`);
  for (const field of list.fields) {
    if (field.required && isEmpty(item.fields[field.internalName])) problems.push(`${where}: ${field.internalName} is required`);
  }
  if (!isIsoInstant(item.Created) || !isIsoInstant(item.Modified)) problems.push(`${where}: Created and Modified must be ISO instants`);
  else if (item.Modified < item.Created) problems.push(`${where}: Modified is before Created`);
  if (!context.userIds.has(item.AuthorId) || !context.userIds.has(item.EditorId)) problems.push(`${where}: author or editor is not a site user`);
  if (!Number.isInteger(item.version) || item.version < 1) problems.push(`${where}: version must be a whole number from 1`);
  if (!list.contentApproval && item.moderationStatus !== ModerationStatus.Approved) problems.push(`${where}: only lists with content approval hold unapproved items`);
  return problems;
}

export function siteDataProblems(data: ISiteData): string[] {
  const problems: string[] = [];
  const userIds = new Set<number>();
  const logins = new Set<string>();
  for (const user of data.users) {
    if (userIds.has(user.id)) problems.push(`User id ${user.id} is used twice`);
    if (logins.has(user.loginName)) problems.push(`Login ${user.loginName} is used twice`);
    if (user.loginName !== `i:0#.f|membership|${user.email.toLowerCase()}`) problems.push(`User ${user.id}: login name does not match email`);
    userIds.add(user.id);
    logins.add(user.loginName);
  }
  const idsByList = new Map<string, Set<number>>();
  for (const list of allLists) {
    const ids = new Set<number>();
    let previous = 0;
    for (const item of data.lists[list.key]) {
      if (item.Id <= previous) problems.push(`${list.key}: ids must be unique and ascending (${item.Id} after ${previous})`);
      previous = item.Id;
      ids.add(item.Id);
    }
    idsByList.set(list.key, ids);
  }
  const context: ICheckContext = { idsByList, userIds };
  for (const list of allLists) {
    for (const item of data.lists[list.key]) {
      problems.push(...itemProblems(list, item, context));
    }
    for (const field of list.fields.filter((candidate) => candidate.unique)) {
      const seen = new Set<string>();
      for (const item of data.lists[list.key]) {
        const value = item.fields[field.internalName];
        if (isEmpty(value)) continue;
        const key = JSON.stringify(value);
        if (seen.has(key)) problems.push(`${list.key} ${item.Id} ${field.internalName}: ${key} is not unique`);
        seen.add(key);
      }
    }
  }
  const fileUrls = new Set<string>();
  for (const file of data.files) {
    if (fileUrls.has(file.serverRelativeUrl)) problems.push(`File ${file.serverRelativeUrl} is listed twice`);
    if (!file.serverRelativeUrl.startsWith(`${data.serverRelativeUrl}/`)) problems.push(`File ${file.serverRelativeUrl} is outside the site`);
    fileUrls.add(file.serverRelativeUrl);
  }
  return problems;
}

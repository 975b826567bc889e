/** Names and identifiers SharePoint derives for lists, items and users. */
import { createHash, randomBytes } from 'crypto';
import type { IListDefinition } from '../../../src/schema';

/** e.g. MembersList; spaces are written _x0020_. The item type is SP.Data.<this>Item. */
export function entityTypeName(list: IListDefinition): string {
  return `${list.title.replace(/ /g, '_x0020_')}List`;
}

/** A stable GUID for an item: its list's GUID with the id in the last group. */
export function itemGuid(listId: string, id: number): string {
  return `${listId.slice(0, 24)}${id.toString(16).padStart(12, '0')}`;
}

export function userGuid(id: number): string {
  return `5a1e0000-0000-4000-8000-${id.toString(16).padStart(12, '0')}`;
}

export function listPath(list: IListDefinition): string {
  return `Web/Lists(guid'${list.id}')`;
}

export function itemPath(list: IListDefinition, id: number): string {
  return `${listPath(list)}/Items(${id})`;
}

/** SharePoint's ETag of a list item: the item version, quoted. */
export function itemETag(version: number): string {
  return `"${version}"`;
}

/** A GUID derived from text, for things that need a stable id (e.g. an image file). */
export function stableGuid(text: string): string {
  const hex = createHash('md5').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A fresh random GUID (request ids, batch boundaries). */
export function newGuid(): string {
  return stableGuid(randomBytes(16).toString('hex'));
}

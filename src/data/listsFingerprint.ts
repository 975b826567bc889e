import { readNumber, readText } from './fieldReaders';
import type { RawItem } from './fieldReaders';
import { toDataError } from './DataError';
import type { SPFI } from './pnp';

/**
 * What changes on a list whenever an item is added, edited or deleted. SharePoint moves
 * LastItemModifiedDate on adds and edits and LastItemDeletedDate on deletes; ItemCount is
 * kept too, as a belt to those braces.
 */
export const LIST_CHANGE_PROPERTIES = ['Title', 'ItemCount', 'LastItemModifiedDate', 'LastItemDeletedDate'] as const;

export interface IListsFingerprint {
  /** Equal values mean none of the lists changed in between. */
  readonly value: string;
  /** Item counts by lower-case list title, for progress ("5,000 of 20,000"). */
  readonly itemCounts: ReadonlyMap<string, number>;
}

/**
 * The change fingerprint of the named lists, from SP.List entities (`web/lists?$select=…`).
 * A list missing from the answer is recorded as missing, so it never matches a stored copy
 * and the load that follows reports the missing list properly.
 */
export function listsFingerprint(titles: readonly string[], lists: readonly RawItem[]): IListsFingerprint {
  const byTitle = new Map(lists.map((list) => [(readText(list, 'Title') ?? '').toLowerCase(), list]));
  const itemCounts = new Map<string, number>();
  const parts = titles.map((title) => {
    const list = byTitle.get(title.toLowerCase());
    if (!list) return `${title}:missing`;
    const count = readNumber(list, 'ItemCount');
    if (count !== undefined) itemCounts.set(title.toLowerCase(), count);
    return [title, count ?? '', readText(list, 'LastItemModifiedDate') ?? '', readText(list, 'LastItemDeletedDate') ?? ''].join(':');
  });
  return { value: parts.join('|'), itemCounts };
}

/** The named lists' fingerprint in one small GET on the site's list collection (or one part of a $batch through `sp`). */
export async function readListsFingerprint(sp: SPFI, titles: readonly string[]): Promise<IListsFingerprint> {
  const filter = titles.map((title) => `Title eq '${title.replace(/'/g, "''")}'`).join(' or ');
  try {
    const lists: unknown = await sp.web.lists.select(...LIST_CHANGE_PROPERTIES).filter(filter)();
    return listsFingerprint(titles, Array.isArray(lists) ? (lists as RawItem[]) : []);
  } catch (error) {
    throw await toDataError(error);
  }
}

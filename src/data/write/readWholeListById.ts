import { IRuntimeList, LIST_VIEW_THRESHOLD, selectFor } from '../../schema';
import { toDataError } from '../DataError';
import type { RawItem } from '../fieldReaders';
import type { SPFI } from '../pnp';
import { readRestById } from '../readRestById';

/**
 * Every item of a list, with only the given columns (lookups and people as `<Name>Id`, so no
 * joins), read without tripping the list view threshold however large the list is: no $filter,
 * pages of 5,000 in ID order (`$skiptoken=Paged=TRUE&p_ID=<last>`). Each item carries its
 * `odata.etag`, which an update must send back. Failures arrive as DataError.
 */
export async function readWholeListById(
  sp: SPFI,
  list: IRuntimeList,
  columns: readonly string[],
  onPage?: (itemsRead: number) => void
): Promise<RawItem[]> {
  const shape = selectFor(list, ['Id', ...columns.filter((column) => column !== 'Id')]);
  const page = (): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] =>
    sp.web.lists.getByTitle(list.title).items.select(...shape.select).top(LIST_VIEW_THRESHOLD);
  let itemsRead = 0;
  const read = async (lastId?: number): Promise<RawItem[]> => {
    try {
      const items = lastId === undefined ? page() : page().skip(lastId);
      const result: unknown = await items();
      const rows = Array.isArray(result) ? (result as RawItem[]) : [];
      itemsRead += rows.length;
      onPage?.(itemsRead);
      return rows;
    } catch (error) {
      throw await toDataError(error, { listTitle: list.title });
    }
  };
  return readRestById(await read(), (lastId) => read(lastId));
}

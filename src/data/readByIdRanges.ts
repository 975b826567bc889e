import { LIST_VIEW_THRESHOLD } from '../schema';
import type { RawItem } from './fieldReaders';

/**
 * Where each page after the first starts, so that the pages can all be asked for at once: one
 * per `width` IDs between the first page's last ID and the list's highest ID. A range of `width`
 * IDs holds at most `width` items, so a page of `width` items read after each start covers its
 * range whatever IDs were deleted.
 */
export function idRangeStarts(afterId: number, highestId: number, width: number = LIST_VIEW_THRESHOLD): number[] {
  const starts: number[] = [];
  for (let start = afterId; start < highestId; start += width) starts.push(start);
  return starts;
}

export interface IReadByIdRangesOptions {
  readonly pageSize?: number;
  /** Called as each page arrives with the items it added. */
  readonly onPage?: (added: number) => void;
}

/**
 * The rest of a list after its first page, with every further page requested at once rather than
 * one after another: page k is `$skiptoken=Paged=TRUE&p_ID=<start k>` (`readAfter(start)`) with
 * `$top` of a page. That is SharePoint's own unfiltered paging by ID, the read the list view
 * threshold allows on any list size (no `$filter`, ordered by the indexed ID); the skiptoken's ID
 * need not belong to an item. Where IDs have gaps a page runs on into the next range; what it
 * reads past its range is dropped (the next page has it), so nothing is missed or doubled.
 *
 * Sources: the paging token's form and meaning ("Paged=TRUE&p_ID=<ID of the last item on the page>")
 * are SharePoint's own, documented for SPListItemCollectionPosition.PagingInfo
 * (https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/ms443529(v=office.15));
 * PnPjs pages list items with the same `$skiptoken` (https://pnp.github.io/pnpjs/v2/sp/items/, "Get
 * Paged Items"); a query ordered by the indexed ID returning at most 5,000 rows is within the list
 * view threshold at any list size (https://learn.microsoft.com/en-us/microsoft-365/community/large-lists-large-libraries-in-sharepoint).
 *
 * `highestId` is the list's highest item ID, read with the first page (`$orderby=ID desc&$top=1`).
 * Items added after it was read are missed until the next load; callers read the lists' change
 * fingerprint first, so the next visit sees the change and reloads.
 */
export async function readByIdRanges(
  firstPage: readonly RawItem[],
  highestId: number | undefined,
  readAfter: (afterId: number) => Promise<RawItem[]>,
  options: IReadByIdRangesOptions = {}
): Promise<RawItem[]> {
  const { pageSize = LIST_VIEW_THRESHOLD, onPage } = options;
  const lastId = firstPage.length > 0 ? firstPage[firstPage.length - 1].Id : undefined;
  if (firstPage.length < pageSize || typeof lastId !== 'number' || highestId === undefined) return [...firstPage];
  const starts = idRangeStarts(lastId, highestId, pageSize);
  const pages = await Promise.all(
    starts.map(async (start, index) => {
      const end = index + 1 < starts.length ? starts[index + 1] : Number.POSITIVE_INFINITY;
      const page = (await readAfter(start)).filter((item) => typeof item.Id === 'number' && item.Id > start && item.Id <= end);
      onPage?.(page.length);
      return page;
    })
  );
  return [...firstPage, ...pages.flat()];
}

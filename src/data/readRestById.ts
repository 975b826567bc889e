import { LIST_VIEW_THRESHOLD } from '../schema';
import type { RawItem } from './fieldReaders';

/**
 * The rest of a list after its first page. A full page (the 5,000 rows SharePoint returns at
 * most) means the list holds more, so it reads on by ID (`$skiptoken=Paged=TRUE&p_ID=<last>`),
 * which stays within the list view threshold however large the list grows. Costs extra round
 * trips only then. When the list's item count is known (`total`, e.g. from its fingerprint), a full
 * last page does not cost one more request answered empty; items added meanwhile are not missed for
 * long, as callers read the fingerprint first, so the next check sees the change and reloads.
 */
export async function readRestById(
  firstPage: readonly RawItem[],
  readAfter: (lastId: number) => Promise<RawItem[]>,
  options: { readonly pageSize?: number; readonly total?: number } = {}
): Promise<RawItem[]> {
  const { pageSize = LIST_VIEW_THRESHOLD, total } = options;
  const all = [...firstPage];
  let page: readonly RawItem[] = firstPage;
  while (page.length >= pageSize && (total === undefined || all.length < total)) {
    const lastId = page[page.length - 1].Id;
    if (typeof lastId !== 'number') break;
    page = await readAfter(lastId);
    all.push(...page);
  }
  return all;
}

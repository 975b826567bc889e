import { LIST_VIEW_THRESHOLD } from '../schema';
import type { RawItem } from './fieldReaders';

/**
 * The rest of a list after its first page. A full page (the 5,000 rows SharePoint returns at
 * most) means the list holds more, so it reads on by ID (`$skiptoken=Paged=TRUE&p_ID=<last>`),
 * which stays within the list view threshold however large the list grows. Costs extra round
 * trips only then.
 */
export async function readRestById(
  firstPage: readonly RawItem[],
  readAfter: (lastId: number) => Promise<RawItem[]>,
  pageSize: number = LIST_VIEW_THRESHOLD
): Promise<RawItem[]> {
  const all = [...firstPage];
  let page: readonly RawItem[] = firstPage;
  while (page.length >= pageSize) {
    const lastId = page[page.length - 1].Id;
    if (typeof lastId !== 'number') break;
    page = await readAfter(lastId);
    all.push(...page);
  }
  return all;
}

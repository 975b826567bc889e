import type { RawItem } from '../../src/data/fieldReaders';
import { idRangeStarts, readByIdRanges } from '../../src/data/readByIdRanges';

const withIds = (ids: readonly number[]): RawItem[] => ids.map((Id) => ({ Id }));
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, index) => from + index);

/** SharePoint's `$skiptoken=Paged=TRUE&p_ID=<after>` with `$top=<size>`: the next `size` items after an ID, whether or not that ID exists. */
function listOf(ids: readonly number[], size: number): { read: (after: number) => Promise<RawItem[]>; afters: number[] } {
  const afters: number[] = [];
  return {
    afters,
    read: async (after) => {
      afters.push(after);
      return withIds(ids.filter((id) => id > after).slice(0, size));
    }
  };
}

describe('idRangeStarts', () => {
  it('starts one page per page-width of IDs after the first page, up to the highest ID', () => {
    expect(idRangeStarts(3, 10, 3)).toEqual([3, 6, 9]);
    expect(idRangeStarts(3, 9, 3)).toEqual([3, 6]);
    expect(idRangeStarts(3, 3, 3)).toEqual([]);
  });
});

describe('readByIdRanges', () => {
  it('asks for every further page before any has arrived', async () => {
    const ids = range(1, 11);
    const pending: Array<() => void> = [];
    const afters: number[] = [];
    const read = (after: number): Promise<RawItem[]> => {
      afters.push(after);
      return new Promise((resolve) => pending.push(() => resolve(withIds(ids.filter((id) => id > after).slice(0, 3)))));
    };
    const result = readByIdRanges(withIds([1, 2, 3]), 11, read, { pageSize: 3 });
    await Promise.resolve();
    expect(afters).toEqual([3, 6, 9]);
    pending.forEach((answer) => answer());
    expect((await result).map((item) => item.Id)).toEqual(ids);
  });

  it('reads nothing more after a short first page, or without the highest ID', async () => {
    const list = listOf(range(1, 10), 3);
    expect(await readByIdRanges(withIds([1, 2]), 10, list.read, { pageSize: 3 })).toHaveLength(2);
    expect(await readByIdRanges(withIds([1, 2, 3]), undefined, list.read, { pageSize: 3 })).toHaveLength(3);
    expect(list.afters).toEqual([]);
  });

  it('where IDs have gaps, drops what a page reads past its range, so each item comes once', async () => {
    const ids = [1, 2, 3, 5, 9, 10, 11, 12, 20, 21, 30];
    const list = listOf(ids, 3);
    const added: number[] = [];
    const result = await readByIdRanges(withIds([1, 2, 3]), 30, list.read, { pageSize: 3, onPage: (count) => added.push(count) });
    expect(result.map((item) => item.Id)).toEqual(ids);
    expect(added.reduce((sum, count) => sum + count, 0)).toBe(ids.length - 3);
  });

  it('keeps items added after the highest ID was read if the last page holds them', async () => {
    const list = listOf(range(1, 8), 3);
    const result = await readByIdRanges(withIds([1, 2, 3]), 7, list.read, { pageSize: 3 });
    expect(result.map((item) => item.Id)).toEqual(range(1, 8));
  });
});

import type { RawItem } from '../../src/data/fieldReaders';
import { readRestById } from '../../src/data/readRestById';

const items = (from: number, count: number): RawItem[] => Array.from({ length: count }, (_, index) => ({ Id: from + index }));

describe('readRestById', () => {
  test.each([
    ['a short first page: nothing more to read', 2, []],
    ['a full page: reads on after its last ID', 5, [3]],
    ['full pages in a row: reads on until a short one', 8, [3, 6]],
    ['exactly full pages: one last empty read confirms the end', 6, [3, 6]]
  ])('%s (%d items, pages of 3)', async (_case, total, expectedAfters) => {
    const all = items(1, total);
    const afters: number[] = [];
    const read = async (lastId: number): Promise<RawItem[]> => {
      afters.push(lastId);
      return all.filter((item) => (item.Id as number) > lastId).slice(0, 3);
    };
    const result = await readRestById(all.slice(0, 3), read, { pageSize: 3 });
    expect(afters).toEqual(expectedAfters);
    expect(result.map((item) => item.Id)).toEqual(all.map((item) => item.Id));
  });

  it('stops when an item carries no numeric ID rather than loop for ever', async () => {
    const read = jest.fn(async () => items(100, 2));
    const result = await readRestById([{ Id: 1 }, { Title: 'no id' }], read, { pageSize: 2 });
    expect(read).not.toHaveBeenCalled();
    expect(result).toHaveLength(2);
  });

  it('with the known item count, a full last page ends the read without an empty request', async () => {
    const all = items(1, 6);
    const afters: number[] = [];
    const read = async (lastId: number): Promise<RawItem[]> => {
      afters.push(lastId);
      return all.filter((item) => (item.Id as number) > lastId).slice(0, 3);
    };
    const result = await readRestById(all.slice(0, 3), read, { pageSize: 3, total: 6 });
    expect(afters).toEqual([3]);
    expect(result).toHaveLength(6);
  });
});

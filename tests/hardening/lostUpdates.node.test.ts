/**
 * @jest-environment node
 */
/**
 * Hardening (issue 8 §2), lost updates: nothing the product writes may silently overwrite
 * someone else's edit.
 *
 * 1. Every SharePoint write in src/ (PnPjs item/list writes, raw write helpers, non-GET fetch)
 *    passes an ETag when it changes or deletes something. Today src/ makes no writes at all;
 *    the scan is what catches the first one that forgets its ETag.
 * 2. The emulator, through real PnPjs: an update or delete with a stale ETag is refused with
 *    412, alone or inside a $batch, and the item is left exactly as the other editor left it.
 */
import * as fs from 'fs';
import * as path from 'path';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { IItem } from '@pnp/sp/items';
import { findSharePointWrites, ISharePointWrite } from './support/findSharePointWrites';
import { IRunningEmulator, sampleCouncil, sharePointError, spAs, startSampleEmulator, userWithRole } from '../tools/emulator/emulatorKit';

const SRC = path.resolve(__dirname, '..', '..', 'src');

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function unsafe(writes: readonly ISharePointWrite[]): ISharePointWrite[] {
  return writes.filter((write) => write.kind !== 'create' && !write.passesETag);
}

describe('the write scanner', () => {
  const sample = `
    const item = sp.web.lists.getByTitle('Members').items.getById(4);
    await item.update({ Title: 'A' });
    await item.update({ Title: 'B' }, '*');
    await item.update({ Title: 'C' }, etag);
    await sp.web.lists.getByTitle('Members').items.add({ Title: 'D' });
    await sp.web.lists.getByTitle('Members').items.getById(5).delete();
    await sp.web.lists.getByTitle('Members').items.getById(6).recycle();
    await spPostMerge(item, body({ Title: 'E' }));
    await fetch(url, { method: 'POST', headers: { 'IF-MATCH': etag } });
    seen.add(key); params.delete('q'); cache.delete(key);
    await fetch(url, { method: 'GET' });
  `;
  const writes = findSharePointWrites('sample.ts', sample);

  it('finds item writes, raw helpers and non-GET fetches, and nothing else', () => {
    expect(writes.map((write) => `${write.line}:${write.kind}`)).toEqual([
      '3:change', '4:change', '5:change', '6:create', '7:change', '8:change', '9:raw', '10:raw'
    ]);
  });

  it('flags a change without an ETag, or with "*", and accepts one with an ETag', () => {
    expect(unsafe(writes).map((write) => write.line)).toEqual([3, 4, 7, 8, 9]);
  });
});

describe('src/', () => {
  it('changes nothing in SharePoint without an ETag', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    const writes = files.flatMap((file) => findSharePointWrites(path.relative(SRC, file), fs.readFileSync(file, 'utf8')));
    console.log(`Scanned ${files.length} files in src/: ${writes.length} SharePoint writes (${unsafe(writes).length} without an ETag).`);
    expect(unsafe(writes)).toEqual([]);
  });
});

describe('a conflicting edit on the emulator', () => {
  let emulator: IRunningEmulator;
  const data = sampleCouncil();

  beforeAll(async () => {
    emulator = await startSampleEmulator({ data });
  });

  afterAll(() => emulator.close());

  interface IWardRow {
    readonly Id: number;
    readonly District: string | null;
    readonly 'odata.etag': string;
  }

  const editor = (): ReturnType<typeof spAs> => spAs(emulator, userWithRole(data, 'editor'));
  const ward = (id: number): IItem => editor().web.lists.getByTitle('Wards').items.getById(id);
  const read = async (id: number): Promise<IWardRow> => (await ward(id).select('Id', 'District')()) as IWardRow;

  it('refuses an update with a stale ETag (412) and keeps the other editor\'s value', async () => {
    const mine = await read(3);
    await ward(3).update({ District: 'Changed by someone else' }, mine['odata.etag']);
    const theirs = await read(3);

    const conflict = await sharePointError(() => ward(3).update({ District: 'My stale edit' }, mine['odata.etag']));
    expect(conflict.status).toBe(412);
    expect(await read(3)).toEqual(theirs);
    expect(theirs.District).toBe('Changed by someone else');
  });

  it('refuses a delete with a stale ETag (412) and keeps the item', async () => {
    const mine = await read(4);
    await ward(4).update({ District: 'Edited meanwhile' }, mine['odata.etag']);
    const conflict = await sharePointError(() => ward(4).delete(mine['odata.etag']));
    expect(conflict.status).toBe(412);
    expect((await read(4)).District).toBe('Edited meanwhile');
  });

  it('refuses a stale update inside a $batch (412 for that part) and keeps the item', async () => {
    const mine = await read(5);
    await ward(5).update({ District: 'Edited first' }, mine['odata.etag']);
    const theirs = await read(5);
    const [batched, execute] = editor().batched();
    let failure: unknown;
    batched.web.lists
      .getByTitle('Wards')
      .items.getById(5)
      .update({ District: 'Batched stale edit' }, mine['odata.etag'])
      .catch((error: unknown) => (failure = error));
    await execute();
    expect(String(failure)).toMatch(/412/);
    expect(await read(5)).toEqual(theirs);
  });
});

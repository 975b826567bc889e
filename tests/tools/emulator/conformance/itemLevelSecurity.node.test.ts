/**
 * @jest-environment node
 */
/**
 * Item-level permissions through PnPjs's documented item calls (https://pnp.github.io/pnpjs/sp/items/):
 * BriefingReceipts has ReadSecurity and WriteSecurity 2, which [MS-WSSCAML] 2.3.2.11.3 defines as
 * "visible only to / changed only by the item's author and list administrators". SP.List exposes them as
 * ReadSecurity/WriteSecurity. How the emulator answers for someone else's item (404 as if absent) is its
 * conservative reading where SharePoint's documentation is silent: tools/emulator/itemLevelSecurity.ts.
 */
import type { ISiteUser } from '../../../../tools/emulator/siteData';
import { sampleCouncil, sharePointError, spAs, startSampleEmulator, userWithRole } from '../emulatorKit';
import type { IRunningEmulator } from '../emulatorKit';
import { entityOf, FORMATS, propertiesOf, spIn } from './conformanceKit';

let emulator: IRunningEmulator;

const data = sampleCouncil();
const memberUsers = data.users.filter((user) => user.persona?.startsWith('Member for'));
const [first, second] = memberUsers as [ISiteUser, ISiteUser];
const owner = userWithRole(data, 'owner');
const editor = userWithRole(data, 'editor');
// A week the sample council's members have receipts for already.
const briefingId = Number(data.lists.BriefingReceipts[0].fields.Briefing);

const receipts = (user: ISiteUser) => spAs(emulator, user).web.lists.getByTitle('BriefingReceipts').items;

beforeAll(async () => {
  emulator = await startSampleEmulator();
});

afterAll(() => emulator.close());

describe.each(FORMATS)('SP.List item-level permission properties [%s]', (format) => {
  it(`list.select("ReadSecurity","WriteSecurity")() is 2 and 2 for BriefingReceipts, 1 and 1 elsewhere [${format}]`, async () => {
    const read = async (title: string) =>
      propertiesOf(entityOf(await spIn(emulator, format).web.lists.getByTitle(title).select('ReadSecurity', 'WriteSecurity')(), format), format, 'SP.List');
    expect(await read('BriefingReceipts')).toEqual({ ReadSecurity: 2, WriteSecurity: 2 });
    expect(await read('Members')).toEqual({ ReadSecurity: 1, WriteSecurity: 1 });
  });
});

describe('BriefingReceipts: read and edit only your own', () => {
  let receiptId: number;

  beforeAll(async () => {
    expect(first.role).toBe('reader');
    expect(second.role).toBe('reader');
    const added = (await receipts(first).add({ Title: 'Read', BriefingId: briefingId, ReceiptKind: 'Read' })) as { Id: number };
    receiptId = added.Id;
  });

  it('a member who can only read the site adds a receipt (the list grants readers Contribute)', () => {
    expect(typeof receiptId).toBe('number');
  });

  it('the author reads their receipt, in a query and by id', async () => {
    const mine = (await receipts(first).filter(`BriefingId eq ${briefingId}`).select('Id', 'AuthorId').top(5000)()) as { Id: number; AuthorId: number }[];
    expect(mine.map((row) => row.Id)).toContain(receiptId);
    expect(mine.every((row) => row.AuthorId === first.id)).toBe(true);
    const one = (await receipts(first).getById(receiptId).select('Id')()) as { Id: number };
    expect(one.Id).toBe(receiptId);
  });

  it("another member's queries leave it out: they see only the receipts they created", async () => {
    const theirs = (await receipts(second).filter(`BriefingId eq ${briefingId}`).select('Id', 'AuthorId').top(5000)()) as { Id: number; AuthorId: number }[];
    expect(theirs.map((row) => row.Id)).not.toContain(receiptId);
    expect(theirs.every((row) => row.AuthorId === second.id)).toBe(true);
  });

  it('another member asking for it by id is told it does not exist (404), not that it is forbidden', async () => {
    const refused = await sharePointError(() => receipts(second).getById(receiptId)());
    expect(refused.status).toBe(404);
    expect(refused.message).toMatch(/Item does not exist/);
  });

  it('another member cannot change or delete it (404), and it stays as it was', async () => {
    expect((await sharePointError(() => receipts(second).getById(receiptId).update({ ReceiptKind: 'Acknowledged' }))).status).toBe(404);
    expect((await sharePointError(() => receipts(second).getById(receiptId).delete())).status).toBe(404);
    const kept = (await receipts(first).getById(receiptId).select('ReceiptKind')()) as { ReceiptKind: string };
    expect(kept.ReceiptKind).toBe('Read');
  });

  it('an editor without "override list behaviours" (Edit, not Full Control) sees only their own too', async () => {
    const seen = (await receipts(editor).filter(`BriefingId eq ${briefingId}`).select('Id', 'AuthorId').top(5000)()) as { AuthorId: number }[];
    expect(seen.every((row) => row.AuthorId === editor.id)).toBe(true);
    expect((await sharePointError(() => receipts(editor).getById(receiptId)())).status).toBe(404);
  });

  it('a site owner (Full Control) sees every member\'s receipts', async () => {
    const all = (await receipts(owner).filter(`BriefingId eq ${briefingId}`).select('Id', 'AuthorId').top(5000)()) as { Id: number; AuthorId: number }[];
    expect(all.map((row) => row.Id)).toContain(receiptId);
    expect(new Set(all.map((row) => row.AuthorId)).size).toBeGreaterThan(1);
  });

  it("ItemCount counts every receipt, whoever asks (SharePoint counts items, not the caller's)", async () => {
    const count = async (user: ISiteUser) =>
      ((await spAs(emulator, user).web.lists.getByTitle('BriefingReceipts').select('ItemCount')()) as { ItemCount: number }).ItemCount;
    expect(await count(second)).toBe(await count(owner));
  });

  it('the author withdraws it (delete), after which it is gone for everyone', async () => {
    await receipts(first).getById(receiptId).delete();
    expect((await sharePointError(() => receipts(owner).getById(receiptId)())).status).toBe(404);
  });

  it('readers still cannot add to lists that do not grant them Contribute (403)', async () => {
    const refused = await sharePointError(() =>
      spAs(emulator, first).web.lists.getByTitle('Wards').items.add({ Title: 'Nowhere' })
    );
    expect(refused.status).toBe(403);
  });
});

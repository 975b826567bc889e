/**
 * @jest-environment node
 */
/**
 * 150 members × 1,040 weekly briefings (20 years), each member reading every week and
 * acknowledging one item of it: 312,000 receipts, plus one week where every member acknowledged
 * 30 items. The product's receipts queries (src/data/receiptQueries.ts) stay within the emulator's
 * list view threshold, which follows SharePoint's: a query must start on an indexed column that
 * narrows to 5,000 rows or fewer, counted before item-level permissions leave others' rows out.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { LIST_VIEW_THRESHOLD, MAX_ACKNOWLEDGEMENT_ITEMS_PER_BRIEFING } from '../../../src/schema';
import { briefingReceiptsFilter, RECEIPT_COLUMNS } from '../../../src/data/receiptQueries';
import type { ISiteData, ISiteUser, IStoredItem } from '../../../tools/emulator/siteData';
import { ModerationStatus } from '../../../tools/emulator/siteData';
import { sampleCouncil, sharePointError, spAs, startSampleEmulator } from './emulatorKit';
import type { IRunningEmulator } from './emulatorKit';

const MEMBERS = 150;
const WEEKS = 1040;
const BUSY_WEEK = WEEKS + 1;

function stored(id: number, authorId: number, fields: IStoredItem['fields']): IStoredItem {
  const at = '2026-01-05T09:00:00Z';
  return { Id: id, Created: at, Modified: at, AuthorId: authorId, EditorId: authorId, version: 1, moderationStatus: ModerationStatus.Approved, fields };
}

function twentyYearCounty(): { data: ISiteData; members: ISiteUser[] } {
  const base = sampleCouncil();
  const members: ISiteUser[] = Array.from({ length: MEMBERS }, (_, index) => {
    const email = `member.${index + 1}@wessexvale.example`;
    return { id: 10_000 + index, title: `Member ${index + 1}`, email, loginName: `i:0#.f|membership|${email}`, role: 'reader' };
  });
  const briefings = Array.from({ length: BUSY_WEEK }, (_, index) => stored(index + 1, base.users[0].id, { Title: `Week ${index + 1}` }));
  const receipts: IStoredItem[] = [];
  const add = (authorId: number, briefing: number, item: number | null): void => {
    receipts.push(stored(receipts.length + 1, authorId, { Briefing: briefing, BriefingItem: item, ReceiptKind: item === null ? 'Read' : 'Acknowledged' }));
  };
  for (let week = 1; week <= WEEKS; week++) {
    for (const member of members) {
      add(member.id, week, null);
      add(member.id, week, week);
    }
  }
  for (const member of members) {
    add(member.id, BUSY_WEEK, null);
    for (let item = 1; item <= MAX_ACKNOWLEDGEMENT_ITEMS_PER_BRIEFING; item++) add(member.id, BUSY_WEEK, item);
  }
  return { data: { ...base, users: [...base.users, ...members], lists: { ...base.lists, Briefings: briefings, BriefingReceipts: receipts } }, members };
}

const { data, members } = twentyYearCounty();
const owner = data.users.find((user) => user.role === 'owner') as ISiteUser;
let emulator: IRunningEmulator;

const receiptsAs = (user: ISiteUser) => spAs(emulator, user).web.lists.getByTitle('BriefingReceipts').items;

beforeAll(async () => {
  emulator = await startSampleEmulator({ data });
}, 60_000);

afterAll(() => emulator.close());

describe('BriefingReceipts at 150 members × 1,040 weeks', () => {
  it('holds far more receipts than the threshold', () => {
    expect(data.lists.BriefingReceipts.length).toBe(MEMBERS * WEEKS * 2 + MEMBERS * (1 + MAX_ACKNOWLEDGEMENT_ITEMS_PER_BRIEFING));
    expect(data.lists.BriefingReceipts.length).toBeGreaterThan(60 * LIST_VIEW_THRESHOLD);
  });

  it.each([1, 520, WEEKS, BUSY_WEEK])("a member's query for week %i is answered with only their own receipts (item-level permissions)", async (week) => {
    const member = members[73];
    const rows = (await receiptsAs(member).filter(briefingReceiptsFilter(week)).select(...RECEIPT_COLUMNS).top(LIST_VIEW_THRESHOLD)()) as { AuthorId: number }[];
    expect(rows).toHaveLength(week === BUSY_WEEK ? 1 + MAX_ACKNOWLEDGEMENT_ITEMS_PER_BRIEFING : 2);
    expect(rows.every((row) => row.AuthorId === member.id)).toBe(true);
  });

  it.each([1, WEEKS, BUSY_WEEK])('the coverage query for week %i returns every member\'s receipts to a site owner', async (week) => {
    const rows = (await receiptsAs(owner).filter(briefingReceiptsFilter(week)).select(...RECEIPT_COLUMNS).top(LIST_VIEW_THRESHOLD)()) as unknown[];
    expect(rows).toHaveLength(week === BUSY_WEEK ? MEMBERS * (1 + MAX_ACKNOWLEDGEMENT_ITEMS_PER_BRIEFING) : MEMBERS * 2);
  });

  it('the check can fail: a query that does not start on the indexed lookup is refused as SharePoint refuses it', async () => {
    const refused = await sharePointError(() => receiptsAs(owner).filter(`AuthorId eq ${members[0].id} and BriefingId eq 1`).top(100)());
    expect(refused.message).toMatch(/exceeds the list view threshold/);
    const byKind = await sharePointError(() => receiptsAs(owner).filter("ReceiptKind eq 'Read'").top(100)());
    expect(byKind.message).toMatch(/exceeds the list view threshold/);
  });
});

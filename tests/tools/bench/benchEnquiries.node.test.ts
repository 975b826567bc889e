/**
 * @jest-environment node
 */
/**
 * The bench's seeded enquiries are served with the deployment's folder permissions: the member the bench signs in
 * as reads only their own, the Highways liaison officer only Highways', and no folder shares an id with an item.
 */
import { withBenchEnquiries } from '../../../tools/bench/benchEnquiries';
import type { ISiteUser } from '../../../tools/emulator/siteData';
import { IRunningEmulator, sampleCouncil, spAs, startSampleEmulator } from '../emulator/emulatorKit';

jest.setTimeout(120000);

const COUNT = 3000;
const seeded = withBenchEnquiries(sampleCouncil(), COUNT, '2026-11-23');
const highways = seeded.data.lists.Services.find((item) => item.fields.Title === 'Highways')?.Id ?? -1;
const userOf = (id: number): ISiteUser => {
  const user = seeded.data.users.find((candidate) => candidate.id === id);
  if (!user) throw new Error(`No user ${id}`);
  return user;
};

let emulator: IRunningEmulator;
beforeAll(async () => {
  emulator = await startSampleEmulator({ data: seeded.data });
});
afterAll(() => emulator.close());

it('fills the list to the count asked for, a fortnight of it open, with no folder id shared with an item', () => {
  const items = seeded.data.lists.Enquiries;
  expect(items).toHaveLength(COUNT);
  const itemIds = new Set([...items, ...seeded.data.lists.EnquiryUpdates].map((item) => item.Id));
  const folderIds = (seeded.data.security?.folders.Enquiries ?? []).map((folder) => folder.id);
  expect(folderIds.filter((id) => itemIds.has(id))).toEqual([]);
  expect(seeded.officer.openInQueue).toBeGreaterThan(0);
  expect(seeded.member.enquiries).toBeGreaterThan(0);
});

it('sends the member only their own enquiries and the officer only their service\u2019s', async () => {
  const read = async (user: ISiteUser, filter: string): Promise<{ MemberId: number; ServiceId: number }[]> =>
    (await spAs(emulator, user).web.lists.getByTitle('Enquiries').items.filter(filter).select('MemberId', 'ServiceId').top(5000)()) as { MemberId: number; ServiceId: number }[];
  const member = userOf(seeded.member.userId);
  const mine = await read(member, `MemberId eq ${member.id}`);
  expect(mine).toHaveLength(seeded.member.enquiries);
  // Another member's enquiries to Highways, asked for by service: none come back to this member.
  const notMine = await read(member, `EnquiryStatus eq 'Acknowledged' and ServiceId eq ${highways}`);
  expect(notMine.every((row) => row.MemberId === member.id)).toBe(true);

  const officer = userOf(seeded.officer.userId);
  const open = await read(officer, `(EnquiryStatus eq 'Received' or EnquiryStatus eq 'Acknowledged' or EnquiryStatus eq 'Responded') and ServiceId eq ${highways}`);
  expect(open.length).toBeGreaterThanOrEqual(seeded.officer.openInQueue);
  const othersOpen = seeded.data.lists.Enquiries.filter((item) => item.fields.Service !== highways && item.fields.EnquiryStatus === 'Acknowledged').length;
  expect(othersOpen).toBeGreaterThan(0);
  const asOfficer = await read(officer, `EnquiryStatus eq 'Acknowledged'`);
  expect(asOfficer.length).toBeGreaterThan(0);
  expect(asOfficer.every((row) => row.ServiceId === highways)).toBe(true);
});

/**
 * @jest-environment node
 */
/**
 * Democratic Services' coverage reads against the emulator: a site owner reads every member's
 * receipts for a week; a member reading the same gets only their own (item-level permissions).
 */
import { connectToSite } from '../../tools/import/connectToSite';
import { CoverageRepository } from '../../src/data/CoverageRepository';
import { briefingCoverage } from '../../src/model/briefingCoverage';
import type { ISiteUser } from '../../tools/emulator/siteData';
import { IRunningEmulator, sampleCouncil, startSampleEmulator, userWithRole } from '../tools/emulator/emulatorKit';

const data = sampleCouncil();
let emulator: IRunningEmulator;

const repositoryFor = (user: ISiteUser): CoverageRepository =>
  new CoverageRepository(connectToSite(emulator.siteUrl, { kind: 'emulator', user: String(user.id) }, { maxAttempts: 1, baseDelayMs: 1 }));

beforeAll(async () => {
  emulator = await startSampleEmulator({ data });
});

afterAll(() => emulator.close());

describe('CoverageRepository', () => {
  it("gives a site owner every member's receipts and the items that ask for acknowledgement", async () => {
    const repository = repositoryFor(userWithRole(data, 'owner'));
    const [latest] = await repository.recentBriefings();
    const stored = data.lists.BriefingReceipts.filter((receipt) => receipt.fields.Briefing === latest.id);
    const week = await repository.week(latest.id);
    expect(week.receipts).toHaveLength(stored.length);
    expect(week.itemsAsking.length).toBeGreaterThan(0);
    // Briefings are for ward councillors: the sample's co-opted member and independent person are not counted.
    const councillors = data.lists.Members.filter((member) => member.fields.IsCurrent === true && member.fields.MemberType === 'Councillor');
    expect(councillors.length).toBeLessThan(data.lists.Members.filter((member) => member.fields.IsCurrent === true).length);
    expect(week.members.length).toBe(councillors.length);
    const coverage = briefingCoverage(week.members, week.receipts, week.itemsAsking);
    const readers = new Set(stored.filter((receipt) => receipt.fields.ReceiptKind === 'Read').map((receipt) => receipt.AuthorId));
    expect(coverage.read.done).toBe(readers.size);
    expect(coverage.read.done).toBeLessThan(coverage.read.total);
  });

  it('gives a member only their own receipts for the same week', async () => {
    const owner = repositoryFor(userWithRole(data, 'owner'));
    const [latest] = await owner.recentBriefings();
    const reader = data.lists.BriefingReceipts.find((receipt) => receipt.fields.Briefing === latest.id)?.AuthorId;
    const member = data.users.find((user) => user.id === reader) as ISiteUser;
    const week = await repositoryFor(member).week(latest.id);
    expect(week.receipts.length).toBeGreaterThan(0);
    expect(week.receipts.every((receipt) => receipt.authorId === member.id)).toBe(true);
  });
});

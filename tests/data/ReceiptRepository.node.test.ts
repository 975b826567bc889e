/**
 * @jest-environment node
 */
/**
 * A member's receipts through the product's repository and write path against the emulator:
 * mark read, acknowledge, undo (delete with the ETag), throttling retried, a write that keeps
 * failing refused with a DataError and nothing stored, and another member's receipts out of reach.
 */
import { connectToSite } from '../../tools/import/connectToSite';
import { ReceiptRepository } from '../../src/data/ReceiptRepository';
import { isDataError } from '../../src/data/DataError';
import type { ISiteUser } from '../../tools/emulator/siteData';
import { ModerationStatus } from '../../tools/emulator/siteData';
import { IRunningEmulator, sampleCouncil, startSampleEmulator, userWithRole } from '../tools/emulator/emulatorKit';

const data = sampleCouncil();
const members = data.users.filter((user) => user.persona?.startsWith('Member for'));
const briefing = data.lists.Briefings.filter((item) => item.moderationStatus === ModerationStatus.Approved).at(-1);
const item = data.lists.BriefingItems.find((candidate) => candidate.fields.Briefing === briefing?.Id && candidate.fields.NeedsAcknowledgement === true);
let emulator: IRunningEmulator;
let retries = 0;

function repositoryFor(user: ISiteUser): ReceiptRepository {
  const sp = connectToSite(emulator.siteUrl, { kind: 'emulator', user: String(user.id) }, {
    maxAttempts: 4,
    baseDelayMs: 1,
    onRetry: () => {
      retries += 1;
    }
  });
  return new ReceiptRepository(sp);
}

/** A member with no receipt for the week yet. */
function freshMember(skip: readonly ISiteUser[] = []): ISiteUser {
  const found = members.find(
    (user) =>
      !skip.includes(user) &&
      !emulator.store.items('BriefingReceipts').some((receipt) => receipt.AuthorId === user.id && receipt.fields.Briefing === briefing?.Id)
  );
  if (!found) throw new Error('Every member has a receipt for the week.');
  return found;
}

beforeAll(async () => {
  emulator = await startSampleEmulator({ data });
});

afterAll(() => emulator.close());

beforeEach(() => {
  emulator.setFaults({ throttleRate: 0 });
  retries = 0;
});

describe('ReceiptRepository', () => {
  const briefingId = briefing?.Id ?? 0;

  it('has a published week with an item that asks for acknowledgement', () => {
    expect(briefing).toBeDefined();
    expect(item).toBeDefined();
  });

  it('marks the week read, acknowledges an item and undoes both', async () => {
    const member = freshMember();
    const repository = repositoryFor(member);
    expect(await repository.mine(briefingId)).toEqual([]);

    const read = await repository.markRead(briefingId);
    expect(read).toMatchObject({ briefingId, kind: 'read', authorId: member.id });
    const acknowledged = await repository.acknowledge(briefingId, item?.Id ?? 0);
    expect(acknowledged).toMatchObject({ briefingId, itemId: item?.Id, kind: 'acknowledged', authorId: member.id });
    expect(emulator.store.item('BriefingReceipts', read.id)?.AuthorId).toBe(member.id);
    expect((await repository.mine(briefingId)).map((receipt) => receipt.id).sort()).toEqual([read.id, acknowledged.id].sort());

    await repository.withdraw(read);
    await repository.withdraw(acknowledged);
    expect(await repository.mine(briefingId)).toEqual([]);
    expect(emulator.store.item('BriefingReceipts', read.id)).toBeUndefined();
  });

  it("another member's repository never returns the first member's receipts, even by asking for all", async () => {
    const first = freshMember();
    const second = freshMember([first]);
    const read = await repositoryFor(first).markRead(briefingId);
    const seen = await repositoryFor(second).everyone(briefingId);
    expect(seen.map((receipt) => receipt.id)).not.toContain(read.id);
    expect(seen.every((receipt) => receipt.authorId === second.id)).toBe(true);
    // Democratic Services, as site owners, do see it.
    const owner = userWithRole(data, 'owner');
    expect((await repositoryFor(owner).everyone(briefingId)).map((receipt) => receipt.id)).toContain(read.id);
    const refused = await repositoryFor(second).withdraw(read).catch((error: unknown) => error);
    expect(isDataError(refused) && refused.status).toBe(404);
    expect(emulator.store.item('BriefingReceipts', read.id)).toBeDefined();
  });

  it('retries a throttled write (429/503 with Retry-After) and records the receipt once', async () => {
    const member = freshMember();
    emulator.setFaults({ throttleRate: 0.6, retryAfterSeconds: 0, seed: 11 });
    const read = await repositoryFor(member).markRead(briefingId);
    emulator.setFaults({ throttleRate: 0 });
    expect(retries).toBeGreaterThan(0);
    const stored = emulator.store.items('BriefingReceipts').filter((receipt) => receipt.AuthorId === member.id && receipt.fields.Briefing === briefingId);
    expect(stored.map((receipt) => receipt.Id)).toEqual([read.id]);
  });

  it('a write SharePoint keeps refusing fails with a DataError and stores nothing', async () => {
    const member = freshMember();
    const before = emulator.store.items('BriefingReceipts').length;
    emulator.setFaults({ throttleRate: 1, retryAfterSeconds: 0 });
    const failure = await repositoryFor(member).markRead(briefingId).catch((error: unknown) => error);
    emulator.setFaults({ throttleRate: 0 });
    expect(isDataError(failure) && failure.kind).toBe('throttled');
    expect(emulator.store.items('BriefingReceipts').length).toBe(before);
  });

  it('an undo with a stale ETag is refused (conflict) and the receipt is kept', async () => {
    const member = freshMember();
    const repository = repositoryFor(member);
    const read = await repository.markRead(briefingId);
    const failure = await repository.withdraw({ ...read, eTag: '"999"' }).catch((error: unknown) => error);
    expect(isDataError(failure) && failure.kind).toBe('conflict');
    expect(emulator.store.item('BriefingReceipts', read.id)).toBeDefined();
  });
});

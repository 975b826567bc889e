/** @jest-environment node */
/**
 * A first visit draws the cards before the committees arrive: loadDirectory(onRevalidated) resolves with the
 * members, parties and wards as soon as their $batch is in (committeesPending 'loading'), then hands over the
 * whole directory, or the committees' failure with the members kept, through onRevalidated.
 */
import { spfi, SPBrowser } from '@pnp/sp';
import { MemberRepository } from '../../src/data/MemberRepository';
import { DataError } from '../../src/data/DataError';
import type { RawItem } from '../../src/data/fieldReaders';
import type { IMemberDirectory } from '../../src/model/Member';
import { FakeSharePoint, IRecordedRequest, json, Responder, spError } from './support/FakeSharePoint';

const SITE = 'https://contoso.sharepoint.com/sites/hub';
const TODAY = new Date(2026, 10, 23, 10, 0, 0);

const listOf = (request: IRecordedRequest): string => /getByTitle\('([^']+)'\)/.exec(decodeURIComponent(request.url))?.[1] ?? '';

const LISTS: Readonly<Record<string, RawItem[]>> = {
  Members: [
    { Id: 1, Title: 'Cllr Ann Able', Surname: 'Able', Ward: { Id: 1, Title: 'Abbey' }, Party: { Id: 1, Title: 'Green Party' }, IsCurrent: true },
    { Id: 2, Title: 'Cllr Ben Bold', Surname: 'Bold', Ward: { Id: 1, Title: 'Abbey' }, IsCurrent: true }
  ],
  Parties: [{ Id: 1, Title: 'Green Party', PartyKind: 'Political party' }],
  Wards: [{ Id: 1, Title: 'Abbey' }],
  Committees: [{ Id: 5, Title: 'Planning', IsActive: true }],
  CommitteeMemberships: [{ Id: 9, Member: { Id: 1, Title: 'x' }, Committee: { Id: 5, Title: 'y' }, MembershipRole: 'Chair' }]
};

/** Serves LISTS; the committees' answer (and so their whole batch) waits for `release`. */
function heldCommittees(answer: () => Response = () => json({ value: LISTS.Committees })): { responder: Responder; release: () => void } {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const responder: Responder = async (request) => {
    const list = listOf(request);
    if (list === 'Committees') {
      await released;
      return answer();
    }
    return json({ value: LISTS[list] ?? [] });
  };
  return { responder, release: () => release() };
}

function repositoryOn(fake: FakeSharePoint): MemberRepository {
  return new MemberRepository(spfi(SITE).using(SPBrowser({ baseUrl: SITE }), fake.behaviour()), { today: () => TODAY });
}

function handedOver(): { onRevalidated: (directory: IMemberDirectory) => void; later: Promise<IMemberDirectory>; count: () => number } {
  let calls = 0;
  let resolveLater: (directory: IMemberDirectory) => void = () => undefined;
  const later = new Promise<IMemberDirectory>((resolve) => (resolveLater = resolve));
  return {
    onRevalidated: (directory) => {
      calls += 1;
      resolveLater(directory);
    },
    later,
    count: () => calls
  };
}

describe('MemberRepository.loadDirectory: members before committees', () => {
  it('resolves with the members while the committees are still on their way, then hands over the whole directory', async () => {
    const { responder, release } = heldCommittees();
    const fake = new FakeSharePoint(responder);
    const { onRevalidated, later, count } = handedOver();

    const first = await repositoryOn(fake).loadDirectory(onRevalidated);
    expect(first.members.map((member) => member.displayName)).toEqual(['Cllr Ann Able', 'Cllr Ben Bold']);
    expect(first.parties).toHaveLength(1);
    expect(first.wards).toHaveLength(1);
    expect(first.committees).toEqual([]);
    expect(first.memberships).toEqual([]);
    expect(first.committeesPending).toEqual({ status: 'loading' });
    expect(count()).toBe(0);

    release();
    const whole = await later;
    expect(whole.committeesPending).toBeUndefined();
    expect(whole.members).toEqual(first.members);
    expect(whole.committees.map((committee) => committee.name)).toEqual(['Planning']);
    expect(whole.memberships).toEqual([expect.objectContaining({ memberId: 1, committeeId: 5, role: 'Chair' })]);
    expect(count()).toBe(1);
    // Both batches went out together: nothing was sent after the committees were released.
    expect(fake.dataRequests).toHaveLength(2);
  });

  it('keeps the members and says why when the committees cannot be read', async () => {
    const { responder, release } = heldCommittees(() => spError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied.'));
    const fake = new FakeSharePoint(responder);
    const { onRevalidated, later } = handedOver();

    const first = await repositoryOn(fake).loadDirectory(onRevalidated);
    expect(first.committeesPending).toEqual({ status: 'loading' });
    release();
    const failed = await later;
    expect(failed.members).toEqual(first.members);
    expect(failed.committees).toEqual([]);
    expect(failed.committeesPending?.status).toBe('failed');
    const error = failed.committeesPending?.status === 'failed' ? failed.committeesPending.error : undefined;
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ kind: 'accessDenied', listTitle: 'Committees' });
  });

  it('resolves with the whole directory at once when the committees arrive first, and hands over nothing later', async () => {
    let releaseMembers: () => void = () => undefined;
    const membersHeld = new Promise<void>((resolve) => (releaseMembers = resolve));
    const fake = new FakeSharePoint(async (request) => {
      const list = listOf(request);
      if (list === 'Members') await membersHeld;
      if (list === 'CommitteeMemberships') setTimeout(releaseMembers, 50);
      return json({ value: LISTS[list] ?? [] });
    });
    const { onRevalidated, count } = handedOver();

    const directory = await repositoryOn(fake).loadDirectory(onRevalidated);
    expect(directory.committeesPending).toBeUndefined();
    expect(directory.memberships).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(count()).toBe(0);
  });

  it('without onRevalidated, waits for both parts and fails as a whole when the committees cannot be read', async () => {
    const fake = new FakeSharePoint(async (request) =>
      listOf(request) === 'CommitteeMemberships'
        ? spError(404, '-1, System.ArgumentException', `List 'CommitteeMemberships' does not exist at site with URL '${SITE}'.`)
        : json({ value: LISTS[listOf(request)] ?? [] })
    );
    const error = await repositoryOn(fake).loadDirectory().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'listNotFound', listTitle: 'CommitteeMemberships' });
  });

  it('a failure of the members part fails the load, whatever the committees do', async () => {
    const fake = new FakeSharePoint(async (request) =>
      listOf(request) === 'Members' ? spError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied.') : json({ value: LISTS[listOf(request)] ?? [] })
    );
    const error = await repositoryOn(fake).loadDirectory(() => undefined).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'accessDenied', listTitle: 'Members' });
  });
});

import {
  memberDirectoryCacheKey,
  MEMBER_CACHE_SHAPE,
  parseMemberSnapshot,
  serialiseMemberSnapshot
} from '../../src/data/memberDirectoryCache';
import type { IMemberDirectory } from '../../src/model/Member';
import { memberDirectory } from '../fakes/memberDirectoryFixture';

const LISTS = ['Members', 'Parties', 'Wards', 'Committees', 'CommitteeMemberships'];
const SITE = 'https://contoso.sharepoint.com/sites/hub';

const withDates: IMemberDirectory = {
  ...memberDirectory,
  members: memberDirectory.members.map((member, index) => (index === 0 ? { ...member, termStart: new Date('2022-05-05T00:00:00Z') } : member)),
  memberships: memberDirectory.memberships.map((membership, index) => (index === 0 ? { ...membership, startDate: new Date('2025-05-20T00:00:00Z') } : membership))
};

describe('the member directory browser copy', () => {
  it('reads back what it kept, dates as dates', () => {
    const parsed = parseMemberSnapshot(serialiseMemberSnapshot({ fingerprint: 'f1', directory: withDates }));
    expect(parsed?.fingerprint).toBe('f1');
    expect(parsed?.directory.members[0].termStart).toEqual(new Date('2022-05-05T00:00:00Z'));
    expect(parsed?.directory.memberships[0].startDate).toEqual(new Date('2025-05-20T00:00:00Z'));
    expect(parsed?.directory).toEqual(withDates);
  });

  it('leaves out a date it cannot read, and keeps the rest of the record', () => {
    const kept = JSON.parse(serialiseMemberSnapshot({ fingerprint: 'f1', directory: withDates })) as { members: Record<string, unknown>[] };
    kept.members[0] = { ...kept.members[0], termStart: 'not a date', termEnd: 42 };
    const parsed = parseMemberSnapshot(JSON.stringify(kept));
    expect(parsed?.directory.members[0]).not.toHaveProperty('termStart');
    expect(parsed?.directory.members[0]).not.toHaveProperty('termEnd');
    expect(parsed?.directory.members[0].displayName).toBe(withDates.members[0].displayName);
    expect(parsed?.directory.members.slice(1)).toEqual(withDates.members.slice(1));
  });

  const whole = JSON.parse(serialiseMemberSnapshot({ fingerprint: 'f1', directory: memberDirectory })) as Record<string, unknown>;
  test.each([
    ['nothing kept', undefined],
    ['cut short', serialiseMemberSnapshot({ fingerprint: 'f1', directory: memberDirectory }).slice(0, 200)],
    ['not JSON at all', 'not json'],
    ['JSON null', 'null'],
    ['another release’s shape', JSON.stringify({ ...whole, shape: 'v0:old' })],
    ['no fingerprint', JSON.stringify({ ...whole, fingerprint: undefined })],
    ['a list missing', JSON.stringify({ ...whole, wards: undefined })],
    ['an item without an id', JSON.stringify({ ...whole, parties: [{ name: 'No id' }] })],
    ['a member without a name', JSON.stringify({ ...whole, members: [{ id: 1, skills: [] }] })]
  ])('ignores a copy that is %s', (_case, text) => {
    expect(parseMemberSnapshot(text)).toBeUndefined();
  });

  it('is stamped with the columns it holds', () => {
    expect(whole.shape).toBe(MEMBER_CACHE_SHAPE);
  });

  it('is kept apart per user and per site, whatever the case or trailing slash', () => {
    const alice = memberDirectoryCacheKey({ siteUrl: SITE, user: 'alice@contoso.com', listTitles: LISTS });
    expect(memberDirectoryCacheKey({ siteUrl: `${SITE}/`, user: ' Alice@Contoso.com ', listTitles: LISTS })).toBe(alice);
    expect(memberDirectoryCacheKey({ siteUrl: SITE, user: 'bob@contoso.com', listTitles: LISTS })).not.toBe(alice);
    expect(memberDirectoryCacheKey({ siteUrl: `${SITE}2`, user: 'alice@contoso.com', listTitles: LISTS })).not.toBe(alice);
    expect(memberDirectoryCacheKey({ siteUrl: SITE, user: 'alice@contoso.com', listTitles: ['Councillors', ...LISTS.slice(1)] })).not.toBe(alice);
  });
});

import type { ICommittee, ICommitteeMembership, IMember, IMemberDirectory, IParty, IWard } from '../model/Member';
import { COMMITTEE_COLUMNS, MEMBER_COLUMNS, MEMBERSHIP_COLUMNS, PARTY_COLUMNS, WARD_COLUMNS } from './mapMemberDirectory';
import { browserCopyKey, IBrowserCopyFormat, IBrowserCopyIdentity } from './cache/browserCopy';
import { isRecord, parseStoredRecord } from './cache/storedRecord';

/**
 * The member directory as kept in the browser between visits: one copy per site and signed-in user,
 * stamped with the lists' change fingerprint it was read under and with the projection it holds
 * (CACHE_SHAPE: a release that reads other columns never serves an old copy). Only what the profiles
 * show is kept: the directory selects only the columns its views render, and the Members list holds
 * nothing private (docs/privacy.md).
 */

/** Bump when a column's mapping changes without the column lists changing. */
const MAPPING_VERSION = 1;

export const MEMBER_CACHE_SHAPE = `v${MAPPING_VERSION}:${[MEMBER_COLUMNS, PARTY_COLUMNS, WARD_COLUMNS, COMMITTEE_COLUMNS, MEMBERSHIP_COLUMNS]
  .map((columns) => columns.join(','))
  .join('|')}`;

export const MEMBER_DIRECTORY_COPY = 'member-directory';

export function memberDirectoryCacheKey(identity: IBrowserCopyIdentity): string {
  return browserCopyKey(MEMBER_DIRECTORY_COPY, identity);
}

/** The directory as read, before today's date picks the current committee memberships. */
export interface IMemberSnapshot {
  readonly fingerprint: string;
  readonly directory: IMemberDirectory;
}

export function serialiseMemberSnapshot(snapshot: IMemberSnapshot): string {
  const { directory } = snapshot;
  return JSON.stringify({
    shape: MEMBER_CACHE_SHAPE,
    fingerprint: snapshot.fingerprint,
    members: directory.members,
    parties: directory.parties,
    wards: directory.wards,
    committees: directory.committees,
    memberships: directory.memberships
  });
}

const hasId = (value: unknown): boolean => isRecord(value) && typeof value.id === 'number';

/**
 * A stored ISO date back to a Date; a missing or unreadable one is left out. The record is changed
 * in place: it was just parsed from the stored text and nothing else holds it (a warm visit revives
 * thousands of memberships before it can draw, so no copy of each is made).
 */
function reviveDates<T>(record: Record<string, unknown>, fields: readonly string[]): T {
  for (const field of fields) {
    const value = record[field];
    if (value === undefined) continue;
    const date = typeof value === 'string' ? new Date(value) : undefined;
    if (date && !Number.isNaN(date.getTime())) record[field] = date;
    else delete record[field];
  }
  return record as T;
}

/** Undefined for anything that is not a whole copy of this shape: the caller reads the lists instead. */
export function parseMemberSnapshot(text: string | undefined): IMemberSnapshot | undefined {
  const parsed = parseStoredRecord(text);
  if (parsed === undefined || parsed.shape !== MEMBER_CACHE_SHAPE || typeof parsed.fingerprint !== 'string') return undefined;
  const { members, parties, wards, committees, memberships } = parsed;
  const lists = [members, parties, wards, committees, memberships];
  if (!lists.every((list) => Array.isArray(list) && list.every(hasId))) return undefined;
  const records = (list: unknown): Record<string, unknown>[] => list as Record<string, unknown>[];
  if (!records(members).every((member) => typeof member.displayName === 'string' && Array.isArray(member.skills))) return undefined;
  return {
    fingerprint: parsed.fingerprint,
    directory: {
      members: records(members).map((member) => reviveDates<IMember>(member, ['termStart', 'termEnd'])),
      parties: records(parties) as unknown as IParty[],
      wards: records(wards) as unknown as IWard[],
      committees: records(committees) as unknown as ICommittee[],
      memberships: records(memberships).map((membership) => reviveDates<ICommitteeMembership>(membership, ['startDate', 'endDate']))
    }
  };
}

/** The copy's text format, for BrowserCopy. */
export const MEMBER_DIRECTORY_FORMAT: IBrowserCopyFormat<IMemberSnapshot> = { parse: parseMemberSnapshot, serialise: serialiseMemberSnapshot };

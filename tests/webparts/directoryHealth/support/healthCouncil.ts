/**
 * The sample council with a few gaps the health rules must find, made by transforming
 * generateSampleCouncil() output (the generator itself stays as other tests count it):
 * an open committee seat held by a former member, a briefing item with no category, an officer
 * sharing a member's email (other case, stray spaces), and a liaison officer whose profile is
 * only empty markup. The sample council already has services without a CLO, stale and missing
 * review dates and incomplete member profiles of its own.
 */
import type { ListKey } from '../../../../src/schema';
import type { ISiteData, IStoredItem, StoredValue } from '../../../../tools/emulator/siteData';
import { generateSampleCouncil } from '../../../../tools/sample-council/generateSampleCouncil';

export interface IHealthCouncil {
  readonly data: ISiteData;
  /** The membership now held (and not ended) by a former member. */
  readonly formerMemberSeat: { readonly membershipId: number; readonly memberName: string; readonly committeeName: string };
  readonly uncategorisedItem: { readonly id: number; readonly title: string };
  readonly sharedEmail: { readonly email: string; readonly memberName: string; readonly officerName: string };
  readonly blankProfileLiaisonOfficer: { readonly id: number; readonly name: string };
}

function withFields(item: IStoredItem, fields: Readonly<Record<string, StoredValue>>): IStoredItem {
  return { ...item, version: item.version + 1, fields: { ...item.fields, ...fields } };
}

function replace(lists: Record<ListKey, readonly IStoredItem[]>, list: ListKey, id: number, fields: Readonly<Record<string, StoredValue>>): void {
  lists[list] = lists[list].map((item) => (item.Id === id ? withFields(item, fields) : item));
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The sample council has no ${what} to craft a gap from.`);
  return value;
}

export function healthCouncil(anchorDate: string): IHealthCouncil {
  const base = generateSampleCouncil({ seed: 2026, members: 30, officers: 100, services: 12, weeks: 8, anchorDate });
  const lists = { ...base.lists } as Record<ListKey, readonly IStoredItem[]>;
  const title = (item: IStoredItem): string => String(item.fields.Title ?? '');

  const former = required(lists.Members.find((item) => item.fields.IsCurrent === false), 'former member');
  const activeCommittee = required(lists.Committees.find((item) => item.fields.IsActive === true), 'active committee');
  const seat = required(lists.CommitteeMemberships.find((item) => item.fields.Committee === activeCommittee.Id), 'seat on an active committee');
  replace(lists, 'CommitteeMemberships', seat.Id, { Member: former.Id, EndDate: null });

  const item = required(lists.BriefingItems.find((candidate) => candidate.moderationStatus === 0), 'approved briefing item');
  replace(lists, 'BriefingItems', item.Id, { Category: null });

  const member = required(lists.Members.find((candidate) => candidate.fields.IsCurrent === true && typeof candidate.fields.Email === 'string'), 'member with an email');
  const officer = required(lists.Officers.find((candidate) => candidate.fields.IsLiaisonOfficer !== true), 'officer');
  replace(lists, 'Officers', officer.Id, { Email: `  ${String(member.fields.Email).toUpperCase()} ` });

  const liaison = required(lists.Officers.find((candidate) => candidate.fields.IsLiaisonOfficer === true), 'liaison officer');
  replace(lists, 'Officers', liaison.Id, { LiaisonProfile: '<div class="ExternalClass0"><p>&nbsp;</p></div>' });

  return {
    data: { ...base, lists },
    formerMemberSeat: { membershipId: seat.Id, memberName: title(former), committeeName: title(activeCommittee) },
    uncategorisedItem: { id: item.Id, title: title(item) },
    sharedEmail: { email: String(member.fields.Email).trim().toLowerCase(), memberName: title(member), officerName: title(officer) },
    blankProfileLiaisonOfficer: { id: liaison.Id, name: title(liaison) }
  };
}

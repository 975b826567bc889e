import { representsAWard } from '../memberType';
import type { IHealthData, IHealthMember, IItemRef } from './healthData';
import { compareNames } from '../uiLocale';
import { IWardVacancyFinding, wardVacancyFindings } from './wardSeats';

/** The profile fields the member protocol expects officers to find, in the order admins see them. */
export const PROFILE_FIELDS = ['photo', 'email', 'phone', 'party', 'ward', 'committees', 'skillsOrInterests', 'preferredContact'] as const;

export type ProfileField = (typeof PROFILE_FIELDS)[number];

export interface IMemberCompleteness {
  readonly member: IItemRef;
  /** Protocol fields the profile lacks, in PROFILE_FIELDS order. */
  readonly missing: readonly ProfileField[];
  /** Whole percent of PROFILE_FIELDS present, 0–100. */
  readonly score: number;
}

export interface IFieldCoverage {
  readonly field: ProfileField;
  /** Current members who have it. */
  readonly present: number;
  /** Whole percent of current members who have it; 100 when there are none. */
  readonly percent: number;
}

export interface IMemberCompletenessReport {
  readonly currentMembers: number;
  /** Current members missing at least one field, worst first (then by name). */
  readonly incomplete: readonly IMemberCompleteness[];
  readonly coverage: readonly IFieldCoverage[];
  /** Wards with fewer current councillors than seats. */
  readonly wardVacancies: readonly IWardVacancyFinding[];
}

function hasField(member: IHealthMember, field: ProfileField, onCommittee: ReadonlySet<number>): boolean {
  switch (field) {
    case 'photo':
      return member.hasPhoto;
    case 'email':
      return member.email !== undefined;
    case 'phone':
      return member.workPhone !== undefined || member.mobilePhone !== undefined;
    case 'party':
      return member.partyId !== undefined;
    case 'ward':
      // A co-opted member or independent person represents no ward: nothing is missing.
      return member.wardId !== undefined || !representsAWard(member.memberType);
    case 'committees':
      return onCommittee.has(member.id);
    case 'skillsOrInterests':
      return member.skills.length > 0 || member.interests.length > 0;
    case 'preferredContact':
      return member.preferredContact !== undefined;
  }
}

function percentOf(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.round((part / whole) * 100);
}

/** Members holding a current seat on an active committee that still exists. */
function membersOnCommittees(data: Pick<IHealthData, 'committees' | 'memberships'>): Set<number> {
  const active = new Set(data.committees.filter((committee) => committee.isActive).map((committee) => committee.id));
  const seated = new Set<number>();
  for (const membership of data.memberships) {
    if (membership.isCurrent && membership.memberId !== undefined && membership.committeeId !== undefined && active.has(membership.committeeId)) {
      seated.add(membership.memberId);
    }
  }
  return seated;
}

/** How complete each current member's profile is, and how the council does on each field. */
export function memberCompleteness(data: Pick<IHealthData, 'members' | 'wards' | 'committees' | 'memberships'>): IMemberCompletenessReport {
  const current = data.members.filter((member) => member.isCurrent);
  const onCommittee = membersOnCommittees(data);
  const rows = current.map((member): IMemberCompleteness => {
    const missing = PROFILE_FIELDS.filter((field) => !hasField(member, field, onCommittee));
    return {
      member: { list: 'Members', id: member.id, name: member.name },
      missing,
      score: percentOf(PROFILE_FIELDS.length - missing.length, PROFILE_FIELDS.length)
    };
  });
  const incomplete = rows
    .filter((row) => row.missing.length > 0)
    .sort((a, b) => a.score - b.score || compareNames(a.member.name, b.member.name) || a.member.id - b.member.id);
  const coverage = PROFILE_FIELDS.map((field): IFieldCoverage => {
    const present = current.filter((member) => hasField(member, field, onCommittee)).length;
    return { field, present, percent: percentOf(present, current.length) };
  });
  return { currentMembers: current.length, incomplete, coverage, wardVacancies: wardVacancyFindings(data) };
}

import * as strings from 'MemberProfilesWebPartStrings';
import type { IMember, IWard, MemberType } from '../../../model/Member';

const MEMBER_TYPE_LABELS: Readonly<Record<MemberType, string>> = {
  Councillor: strings.MemberTypeCouncillor,
  'Co-opted member': strings.MemberTypeCoOptedMember,
  'Independent person': strings.MemberTypeIndependentPerson
};

export function memberTypeLabel(type: MemberType): string {
  return MEMBER_TYPE_LABELS[type];
}

/**
 * Where a member's ward would be shown: the ward, or for a co-opted member or independent person
 * (who represent no ward) what they are, or "No ward recorded" for a councillor without one.
 */
export function wardOrMemberTypeText(member: IMember, ward: IWard | undefined): string {
  if (ward) return ward.name;
  return member.memberType === 'Councillor' ? strings.NoWard : memberTypeLabel(member.memberType);
}

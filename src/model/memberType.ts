import type { MemberType } from './Member';

/** Only a councillor is elected for a ward; a co-opted member or independent person has none. */
export function representsAWard(memberType: MemberType | undefined): boolean {
  return memberType === undefined || memberType === 'Councillor';
}

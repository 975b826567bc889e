import type { IMember } from './Member';

/** The local members for the given wards, in the order given. */
export function membersForWards(members: readonly IMember[], wardIds: readonly number[]): IMember[] {
  const wanted = new Set(wardIds);
  return members.filter((member) => member.wardId !== undefined && wanted.has(member.wardId));
}

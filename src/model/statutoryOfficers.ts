import { STATUTORY_ROLES, StatutoryRole } from '../schema';
import type { IOfficer } from './Officer';
import { compareNames } from './uiLocale';

export interface IStatutoryPost {
  readonly role: StatutoryRole;
  /** Who holds it, by name; usually one, none when the Officers list names no one, more during a handover. */
  readonly officers: readonly IOfficer[];
}

/** The three statutory posts in the order the law and the protocol name them, each with its holders. */
export function statutoryPosts(officers: readonly IOfficer[]): IStatutoryPost[] {
  const holders = new Map<StatutoryRole, IOfficer[]>(STATUTORY_ROLES.map((role) => [role, []]));
  for (const officer of officers) {
    if (officer.statutoryRole) holders.get(officer.statutoryRole)?.push(officer);
  }
  return STATUTORY_ROLES.map((role) => ({
    role,
    officers: (holders.get(role) ?? []).sort((a, b) => compareNames(a.name, b.name) || a.id - b.id)
  }));
}

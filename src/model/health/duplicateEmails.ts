import type { IHealthData, IItemRef } from './healthData';

export interface IDuplicateEmail {
  /** The address as compared: trimmed, lower case. */
  readonly email: string;
  /** Every member and officer item that has it, members first. */
  readonly items: readonly IItemRef[];
}

/** Email addresses recorded on more than one member or officer item (former members included), compared trimmed and case-insensitively. */
export function duplicateEmails(data: Pick<IHealthData, 'members' | 'officers'>): IDuplicateEmail[] {
  const byEmail = new Map<string, IItemRef[]>();
  const add = (email: string | undefined, ref: IItemRef): void => {
    const key = email?.trim().toLowerCase();
    if (!key) return;
    const items = byEmail.get(key);
    if (items) items.push(ref);
    else byEmail.set(key, [ref]);
  };
  for (const member of data.members) add(member.email, { list: 'Members', id: member.id, name: member.name });
  for (const officer of data.officers) add(officer.email, { list: 'Officers', id: officer.id, name: officer.name });
  return Array.from(byEmail, ([email, items]) => ({ email, items }))
    .filter((duplicate) => duplicate.items.length > 1)
    .sort((a, b) => a.email.localeCompare(b.email));
}

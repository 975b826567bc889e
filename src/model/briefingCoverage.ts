import type { IBriefingReceipt } from './BriefingReceipt';
import type { IMember } from './Member';
import { nameCollator } from './uiLocale';

/** A current member as the coverage report sees them: who, where, which group, and their account. */
export interface ICoverageMember {
  readonly member: IMember;
  /** The SharePoint user id of the member's Microsoft 365 account; receipts are matched on it. */
  readonly accountId?: number;
  readonly wardName: string;
  readonly groupName: string;
}

export interface ICoverageCount {
  readonly name: string;
  readonly done: number;
  readonly total: number;
  readonly notDone: readonly ICoverageMember[];
}

export interface IItemCoverage {
  readonly itemId: number;
  readonly title: string;
  readonly acknowledged: ICoverageCount;
}

export interface IBriefingCoverage {
  readonly read: ICoverageCount;
  readonly byWard: readonly ICoverageCount[];
  readonly byGroup: readonly ICoverageCount[];
  readonly items: readonly IItemCoverage[];
}

function count(name: string, members: readonly ICoverageMember[], done: (member: ICoverageMember) => boolean): ICoverageCount {
  const notDone = members.filter((member) => !done(member));
  return { name, done: members.length - notDone.length, total: members.length, notDone };
}

function grouped(
  members: readonly ICoverageMember[],
  keyOf: (member: ICoverageMember) => string,
  done: (member: ICoverageMember) => boolean,
  collator: Intl.Collator
): ICoverageCount[] {
  const groups = new Map<string, ICoverageMember[]>();
  for (const member of members) {
    const key = keyOf(member);
    groups.set(key, [...(groups.get(key) ?? []), member]);
  }
  return [...groups.entries()].sort(([a], [b]) => collator.compare(a, b)).map(([name, inGroup]) => count(name, inGroup, done));
}

/**
 * Who has read a week's briefing and acknowledged each item that asks for it, over all current
 * members, by ward and by political group. A receipt counts for the member whose account created
 * it (SharePoint's Created By); a member with no account can have none and is counted as not done.
 */
export function briefingCoverage(
  members: readonly ICoverageMember[],
  receipts: readonly IBriefingReceipt[],
  itemsAsking: readonly { readonly id: number; readonly title: string }[],
  collator: Intl.Collator = nameCollator()
): IBriefingCoverage {
  const readers = new Set(receipts.filter((receipt) => receipt.kind === 'read').map((receipt) => receipt.authorId));
  const hasRead = (member: ICoverageMember): boolean => member.accountId !== undefined && readers.has(member.accountId);
  const sorted = [...members].sort((a, b) => collator.compare(a.member.surname, b.member.surname) || collator.compare(a.member.displayName, b.member.displayName));
  return {
    read: count('', sorted, hasRead),
    byWard: grouped(sorted, (member) => member.wardName, hasRead, collator),
    byGroup: grouped(sorted, (member) => member.groupName, hasRead, collator),
    items: itemsAsking.map((item) => {
      const acknowledgers = new Set(
        receipts.filter((receipt) => receipt.kind === 'acknowledged' && receipt.itemId === item.id).map((receipt) => receipt.authorId)
      );
      return {
        itemId: item.id,
        title: item.title,
        acknowledged: count(item.title, sorted, (member) => member.accountId !== undefined && acknowledgers.has(member.accountId))
      };
    })
  };
}

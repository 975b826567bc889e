/**
 * Briefing receipts: members who read recent weeks' briefings and acknowledged the items that
 * asked for it. Only the last RECEIPT_WEEKS published weeks have receipts (a council starts the
 * feature some day; older weeks show no coverage), and this week's briefing is read by only a
 * few members so far, so the coverage view has people to remind.
 */
import { IStoredItem, ModerationStatus } from '../emulator/siteData';
import { ICouncilContext, stampFor } from './context';
import type { IBuiltBriefings } from './briefings';
import type { IMember } from './members';
import { storedItem } from './siteBuilder';
import { ukDayOfStored } from './ukDate';

const RECEIPT_WEEKS = 8;
const READ_EARLIER_WEEK = 0.75;
const READ_THIS_WEEK = 0.25;
const ACKNOWLEDGED_WHEN_READ = 0.8;

export function buildReceipts(context: ICouncilContext, briefings: IBuiltBriefings, members: readonly IMember[]): IStoredItem[] {
  const random = context.random;
  const published = briefings.briefings.filter(
    (briefing) => briefing.moderationStatus === ModerationStatus.Approved && ukDayOfStored(String(briefing.fields.WeekCommencing)) <= context.today
  );
  const recent = published.slice(-RECEIPT_WEEKS);
  const thisWeek = recent[recent.length - 1];
  const readers = members.filter((member) => member.isCurrent && member.userId !== null);
  const receipts: IStoredItem[] = [];
  for (const briefing of recent) {
    const monday = ukDayOfStored(String(briefing.fields.WeekCommencing));
    const toAcknowledge = briefings.items.filter(
      (item) => item.fields.Briefing === briefing.Id && item.fields.NeedsAcknowledgement === true && item.moderationStatus === ModerationStatus.Approved
    );
    const chance = briefing === thisWeek ? READ_THIS_WEEK : READ_EARLIER_WEEK;
    for (const member of readers) {
      if (!random.chance(chance) || member.userId === null) continue;
      const day = Math.min(context.today, monday + random.int(0, 4));
      receipts.push(storedItem(receipts.length + 1, stampFor(context, day, member.userId), { Title: 'Read', Briefing: briefing.Id, BriefingItem: null, ReceiptKind: 'Read' }));
      for (const item of toAcknowledge) {
        if (!random.chance(ACKNOWLEDGED_WHEN_READ)) continue;
        receipts.push(storedItem(receipts.length + 1, stampFor(context, day, member.userId), { Title: 'Acknowledged', Briefing: briefing.Id, BriefingItem: item.Id, ReceiptKind: 'Acknowledged' }));
      }
    }
  }
  return receipts;
}

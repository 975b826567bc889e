/** The council's one settings item (the HubSettings list): the next election's pre-election period, the briefings contact and the enquiry settings; and its closure days. */
import type { IStoredItem } from '../emulator/siteData';
import { stampFor, type ICouncilContext } from './context';
import { electionDay, latestElectionYear } from './elections';
import { storedItem } from './siteBuilder';
import { dayFromIso, storedDateOnly, yearOf } from './ukDate';
import { EMAIL_DOMAIN } from './vocabulary';

/** The notice of election comes out about five weeks before polling day (the 25th working day before it at the latest). */
const NOTICE_BEFORE_POLL_DAYS = 35;

export const SAMPLE_BRIEFINGS_CONTACT = { name: 'Member Briefings Team', email: `member.briefings@${EMAIL_DOMAIN}` } as const;

/**
 * The next ordinary election's period, so the preview shows no notice on an ordinary day (an e2e sets
 * a period around today through the emulator). The protocol link is left empty: a link must be on
 * the tenant's own address, which for the preview is only known once it runs.
 */
export function buildHubSettings(context: ICouncilContext): IStoredItem[] {
  const poll = electionDay(latestElectionYear(context.today, yearOf(context.today)) + 4);
  return [
    storedItem(1, stampFor(context, context.today - 60, context.admins.democraticServices), {
      Title: 'Council settings',
      PreElectionStart: storedDateOnly(poll - NOTICE_BEFORE_POLL_DAYS),
      PreElectionEnd: storedDateOnly(poll),
      WardWord: 'Ward',
      ProtocolUrl: null,
      BriefingsContactName: SAMPLE_BRIEFINGS_CONTACT.name,
      BriefingsContactEmail: SAMPLE_BRIEFINGS_CONTACT.email,
      // An English council on the default targets (blank: 1 and 10 working days).
      EnquiryNation: 'England',
      EnquiryAcknowledgeDays: null,
      EnquiryRespondDays: null
    })
  ];
}

/** The days between Christmas and New Year the sample council closes (its bank holidays are England's). */
export const SAMPLE_CLOSURE_DAYS = [
  { date: '2026-12-29', title: 'Christmas closure' },
  { date: '2026-12-30', title: 'Christmas closure' }
] as const;

/** The EnquiryClosureDays list, added by Democratic Services in the autumn. */
export function buildEnquiryClosureDays(context: ICouncilContext): IStoredItem[] {
  return SAMPLE_CLOSURE_DAYS.map((closure, index) =>
    storedItem(index + 1, stampFor(context, context.today - 30, context.admins.democraticServices), {
      Title: closure.title,
      ClosureDate: storedDateOnly(dayFromIso(closure.date))
    })
  );
}

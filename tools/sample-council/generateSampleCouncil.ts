/**
 * The deterministic sample council: a fictional but realistic UK county council
 * ("Wessex Vale") built on src/schema, with scale knobs. Same options, same data: nothing
 * reads the clock or Math.random(), and "today" is the anchor date, not the real date.
 */
import { ISiteData } from '../emulator/siteData';
import { buildBriefings } from './briefings';
import { buildReceipts } from './receipts';
import { buildEnquiries } from './enquiries';
import { buildCommitteeMemberships, buildCommittees } from './committees';
import { createContext } from './context';
import { buildEnquiryClosureDays, buildHubSettings } from './hubSettings';
import { buildMembers } from './members';
import { addNonCouncillorsAndSeats } from './nonCouncillors';
import { buildOfficers } from './officers';
import { buildServices } from './services';
import { SITE_URL } from './siteBuilder';
import { dayFromIso } from './ukDate';
import { COUNCIL_NAME } from './vocabulary';
import { buildParties, buildWards } from './wardsAndParties';

export interface ISampleCouncilOptions {
  readonly seed?: number;
  /** Current members (councillors); a quarter as many former members are added. */
  readonly members?: number;
  /** Wards; defaults to half the members, kept between members/3 and members so each ward has 1–3 members. */
  readonly wards?: number;
  readonly officers?: number;
  readonly services?: number;
  /** Weeks of briefings up to and including the anchor's week; next week's draft comes on top. */
  readonly weeks?: number;
  /** YYYY-MM-DD. The data's "today": the week containing it has the latest published briefing. */
  readonly anchorDate?: string;
}

export const SAMPLE_COUNCIL_DEFAULTS = {
  seed: 2026,
  members: 80,
  officers: 600,
  services: 60,
  weeks: 52,
  anchorDate: '2026-11-23'
} as const;

/** Municipal years of committee memberships kept (the current one and those before it). */
const MEMBERSHIP_HISTORY_YEARS = 7;

function positiveInteger(name: string, value: number, minimum: number): number {
  if (!Number.isInteger(value) || value < minimum) {
    throw new Error(`${name} must be a whole number of at least ${minimum}, got ${value}`);
  }
  return value;
}

export function generateSampleCouncil(options: ISampleCouncilOptions = {}): ISiteData {
  const seed = options.seed ?? SAMPLE_COUNCIL_DEFAULTS.seed;
  const memberCount = positiveInteger('members', options.members ?? SAMPLE_COUNCIL_DEFAULTS.members, 1);
  const officerCount = positiveInteger('officers', options.officers ?? SAMPLE_COUNCIL_DEFAULTS.officers, 1);
  const serviceCount = positiveInteger('services', options.services ?? SAMPLE_COUNCIL_DEFAULTS.services, 1);
  const weeks = positiveInteger('weeks', options.weeks ?? SAMPLE_COUNCIL_DEFAULTS.weeks, 1);
  const wardCount = Math.min(memberCount, Math.max(Math.ceil(memberCount / 3), positiveInteger('wards', options.wards ?? Math.ceil(memberCount / 2), 1)));
  const today = dayFromIso(options.anchorDate ?? SAMPLE_COUNCIL_DEFAULTS.anchorDate);

  const context = createContext(seed, today);
  // The site was set up well before the oldest data it holds.
  const siteCreated = today - Math.max(weeks * 7, 365 * MEMBERSHIP_HISTORY_YEARS) - 30;

  const wards = buildWards(context.fork(1), wardCount, siteCreated);
  const parties = buildParties(context.fork(2), siteCreated);
  const members = buildMembers(context.fork(3), {
    current: memberCount,
    former: Math.round(memberCount / 4),
    wards: wards.wards,
    parties: parties.parties,
    groups: parties.groups
  });
  const committees = buildCommittees(context.fork(4), siteCreated);
  const memberships = buildCommitteeMemberships(context.fork(5), { committees: committees.committees, members: members.members, historyYears: MEMBERSHIP_HISTORY_YEARS });
  const services = buildServices(context.fork(6), serviceCount, siteCreated);
  const officers = buildOfficers(context.fork(7), officerCount, services.services, siteCreated);
  const briefings = buildBriefings(context.fork(8), { weeks, wards: wards.wards, services: services.services, officers: officers.officers });
  const receipts = buildReceipts(context.fork(9), briefings, members.members);
  const settings = buildHubSettings(context.fork(10));
  const nonCouncillors = addNonCouncillorsAndSeats(
    context.fork(11),
    { wards: wards.items, members: members.items, memberships },
    { members: members.members, committees: committees.committees, siteCreated }
  );

  const enquiries = buildEnquiries(context.fork(12), {
    services: services.items,
    officers: officers.items,
    members: members.members,
    users: context.users.all()
  });

  return {
    siteTitle: `${COUNCIL_NAME} — Member–Officer Hub`,
    serverRelativeUrl: SITE_URL,
    users: context.users.all(),
    lists: {
      Wards: nonCouncillors.wards,
      Parties: parties.items,
      Members: nonCouncillors.members,
      Committees: committees.items,
      CommitteeMemberships: nonCouncillors.memberships,
      Services: enquiries.services,
      Officers: officers.items,
      Briefings: briefings.briefings,
      BriefingItems: briefings.items,
      BriefingReceipts: receipts,
      HubSettings: settings,
      Enquiries: enquiries.enquiries,
      EnquiryUpdates: enquiries.updates,
      EnquiryClosureDays: buildEnquiryClosureDays(context)
    },
    files: context.files.all(),
    security: enquiries.security
  };
}

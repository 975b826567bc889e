/**
 * Weekly member briefings and their items. The week containing "today" has the latest
 * published briefing, next week's is still a draft, and earlier weeks go back as far as asked
 * (skipping Christmas week, when no briefing goes out). Items are tagged by ward (none = all
 * wards), service, category and contact officer; a few are confidential, pending or drafts.
 */
import { BRIEFING_CATEGORIES } from '../../src/schema';
import { IStoredItem, ModerationStatus, StoredValue } from '../emulator/siteData';
import { ICouncilContext, stampFor } from './context';
import { IOfficer } from './officers';
import { Random } from './random';
import { HOSTILE_FRAGMENTS, bulletList, escapeHtml, link, paragraphs, richTextDiv } from './richText';
import { IService } from './services';
import { storedItem } from './siteBuilder';
import { DayNumber, isoFromDay, mondayOf, storedDateOnly } from './ukDate';
import { PUBLIC_WEBSITE } from './vocabulary';
import { IWard } from './wardsAndParties';

type Category = (typeof BRIEFING_CATEGORIES)[number];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "23 November 2026": en-GB long date, spelled out here so output never depends on the runtime's locale data. */
export function longUkDate(day: DayNumber): string {
  const [year, month, date] = isoFromDay(day).split('-').map(Number);
  return `${date} ${MONTHS[month - 1]} ${year}`;
}

const HEADLINES: Readonly<Record<Category, readonly string[]>> = {
  'Service disruption': [
    '{service}: temporary closure affecting {place}',
    'Roadworks and diversions in {place} this week',
    'Industrial action may affect {service}',
    'IT outage: {service} online forms unavailable on Wednesday',
    'Severe weather: {service} running a reduced service in {place}'
  ],
  Consultation: [
    'Consultation opens on {topic}',
    'Have your say: proposed changes to {topic} in {place}',
    'Last week to respond to the {service} consultation'
  ],
  'Policy development': [
    'Draft {service} strategy goes to scrutiny',
    'New policy on {topic} proposed',
    'Review of {topic}: members’ views sought'
  ],
  'Media interest': [
    'Press enquiry expected about {topic} in {place}',
    'National coverage of {topic}: lines to take',
    'BBC visit to {service} on Thursday'
  ],
  Event: [
    'Drop-in session for residents at {place} library',
    'Member seminar: {topic}',
    'Opening of the refurbished {place} family hub',
    'Remembrance Sunday arrangements in {place}'
  ],
  Decision: [
    'Cabinet decision: {topic}',
    'Key decision published: {service} contract award',
    'Planning and Regulatory Committee decision affecting {place}'
  ],
  General: [
    'Reminder: {topic}',
    'Staff changes in {service}',
    'New contact route for {service} enquiries',
    'Thank you to volunteers in {place}'
  ]
};

/**
 * Welsh versions for a few items (this week's first, third and fourth, last week's first), so the
 * bilingual view always has something to show. Chosen by position, not drawn, so the random stream
 * and every other item stay as they were. Welsh text by the product team: a council's own
 * translators would write their own.
 */
const WELSH_HEADLINES: Readonly<Record<Category, string>> = {
  'Service disruption': 'Tarfu ar wasanaethau yn {place} yr wythnos hon',
  Consultation: 'Ymgynghoriad newydd yn agor: dweud eich dweud am newidiadau yn {place}',
  'Policy development': 'Polisi drafft yn mynd i’r pwyllgor craffu',
  'Media interest': 'Disgwylir ymholiad gan y wasg am {place}',
  Event: 'Sesiwn galw heibio i breswylwyr yn {place}',
  Decision: 'Penderfyniad y Cabinet yn effeithio ar {place}',
  General: 'Nodyn atgoffa i aelodau'
};

function welshVersion(category: Category, wards: readonly IWard[]): { HeadlineWelsh: string; BodyWelsh: string } {
  const place = wards.length === 0 ? 'y sir' : wards[0].name;
  const headline = WELSH_HEADLINES[category].replace('{place}', place);
  return {
    HeadlineWelsh: headline,
    BodyWelsh: richTextDiv(
      paragraphs([`${headline}.`, 'Dyma rybudd cynnar fel y gall aelodau ateb cwestiynau gan breswylwyr cyn y cyhoeddiad ehangach.'])
    )
  };
}

function fill(template: string, service: IService | null, wards: readonly IWard[]): string {
  const topic = service ? service.seed.keywords.split(',')[0].trim() : 'council services';
  const place = wards.length === 0 ? 'the county' : wards.length === 1 ? wards[0].name : `${wards[0].name} and nearby wards`;
  return template.replace('{service}', service ? service.title : 'Council').replace('{topic}', topic).replace('{place}', place);
}

function itemBody(random: Random, headline: string, service: IService | null, hostile: string | null): string | null {
  if (random.chance(0.05) && hostile === null) {
    return null;
  }
  let html = paragraphs([`${headline}.`, 'This is an early notice so that members can answer questions from residents before the wider announcement.']);
  if (random.chance(0.5)) {
    html += bulletList(['What is happening and when', 'Who is affected', 'What residents should do']);
  }
  if (service && random.chance(0.4)) {
    html += `<p>More detail is on the ${link(`${PUBLIC_WEBSITE}/news`, 'council news page')}. Questions about ${escapeHtml(service.title)} should go to the contact officer below.</p>`;
  }
  return richTextDiv(html + (hostile ?? ''));
}

export interface IBriefingsOptions {
  readonly weeks: number;
  readonly wards: readonly IWard[];
  readonly services: readonly IService[];
  readonly officers: readonly IOfficer[];
}

export function isChristmasWeek(monday: DayNumber): boolean {
  const christmas = isoFromDay(monday).slice(0, 4) + '-12-25';
  for (let offset = 0; offset < 7; offset++) {
    if (isoFromDay(monday + offset) === christmas) {
      return true;
    }
  }
  return false;
}

export interface IBuiltBriefings {
  readonly briefings: IStoredItem[];
  readonly items: IStoredItem[];
}

export function buildBriefings(context: ICouncilContext, options: IBriefingsOptions): IBuiltBriefings {
  const random = context.random;
  const thisMonday = mondayOf(context.today);
  const nextMonday = thisMonday + 7;
  const comms = context.admins.communications;

  const officersByService = new Map<number, IOfficer[]>();
  const liaisonByService = new Map<number, IOfficer[]>();
  for (const officer of options.officers) {
    if (officer.serviceId === null) continue;
    const byService = officersByService.get(officer.serviceId) ?? [];
    byService.push(officer);
    officersByService.set(officer.serviceId, byService);
    if (officer.isLiaisonOfficer) {
      const liaison = liaisonByService.get(officer.serviceId) ?? [];
      liaison.push(officer);
      liaisonByService.set(officer.serviceId, liaison);
    }
  }

  const mondays: DayNumber[] = [];
  for (let week = options.weeks - 1; week >= 0; week--) {
    const monday = thisMonday - 7 * week;
    if (monday === thisMonday || !isChristmasWeek(monday)) {
      mondays.push(monday);
    }
  }
  mondays.push(nextMonday);
  const pendingWeek = mondays.length > 8 ? mondays[mondays.length - 6] : null;

  const briefings: IStoredItem[] = [];
  const items: IStoredItem[] = [];
  let hostileLeft = [HOSTILE_FRAGMENTS[3], HOSTILE_FRAGMENTS[5], HOSTILE_FRAGMENTS[6]];

  mondays.forEach((monday, index) => {
    const briefingId = index + 1;
    const isNext = monday === nextMonday;
    const isThisWeek = monday === thisMonday;
    const briefingStatus = isNext ? ModerationStatus.Draft : monday === pendingWeek ? ModerationStatus.Pending : ModerationStatus.Approved;
    const preparedOn = monday - 4;
    briefings.push(
      storedItem(briefingId, stampFor(context, preparedOn, comms, { editedAfterDays: isNext ? 0 : 3, moderationStatus: briefingStatus }), {
        Title: `Member briefing: week commencing ${longUkDate(monday)}`,
        // UK midnight of the Monday as a UTC instant (a summer Monday is Sunday 23:00Z): see ukDate.ts.
        WeekCommencing: storedDateOnly(monday),
        Summary: random.chance(0.1) ? null : `This week: ${random.int(2, 5)} items for all members, plus updates for individual wards.`
      })
    );

    const count = isThisWeek ? Math.max(BRIEFING_CATEGORIES.length, random.int(4, 12)) : random.int(4, 12);
    // This week's briefing uses every category at least once, so every category is always on show.
    const categories: Category[] = isThisWeek ? random.shuffle(BRIEFING_CATEGORIES) : [];
    for (let position = 0; position < count; position++) {
      const category = categories[position] ?? random.pick(BRIEFING_CATEGORIES);
      const service = random.chance(0.88) ? random.pick(options.services) : null;
      const wards = random.chance(0.3) ? [] : random.sample(options.wards, random.int(1, 3));
      const headline = fill(random.pick(HEADLINES[category]), service, wards);
      const liaison = service ? liaisonByService.get(service.id) : undefined;
      const serviceOfficers = service ? officersByService.get(service.id) : undefined;
      const contact =
        random.chance(0.1) ? null : liaison && liaison.length > 0 && random.chance(0.7) ? random.pick(liaison) : serviceOfficers && serviceOfficers.length > 0 ? random.pick(serviceOfficers) : null;
      const hostile = !isNext && hostileLeft.length > 0 && random.chance(0.05) ? hostileLeft[0] : null;
      if (hostile) hostileLeft = hostileLeft.slice(1);
      const isLast = position === count - 1;
      // This week's last item awaits approval; last week's last item was rejected (withdrawn).
      const itemStatus = isNext
        ? ModerationStatus.Draft
        : isThisWeek && isLast
          ? ModerationStatus.Pending
          : briefingStatus === ModerationStatus.Pending
            ? ModerationStatus.Pending
            : (monday === thisMonday - 7 && isLast) || random.chance(0.01)
              ? ModerationStatus.Rejected
              : ModerationStatus.Approved;
      const fields: Record<string, StoredValue> = {
        Title: headline,
        Briefing: briefingId,
        Body: itemBody(random, headline, service, hostile),
        Category: category,
        Service: service ? service.id : null,
        Wards: wards.map((ward) => ward.id),
        ContactOfficer: contact ? contact.id : null,
        // This week's second item is always confidential, so the published week always shows one;
        // the draw still happens, so the rest of the council is unchanged.
        IsConfidential: random.chance(0.08) || (isThisWeek && position === 1),
        // Decided without a draw so every other value stays as it was: ward decisions ask members to
        // acknowledge them ("no surprises"), and so does this week's first item, so the week always has one.
        NeedsAcknowledgement: (wards.length > 0 && category === 'Decision') || (isThisWeek && position === 0),
        SortOrder: (position + 1) * 10
      };
      if ((isThisWeek && [0, 2, 3].includes(position)) || (monday === thisMonday - 7 && position === 0)) {
        Object.assign(fields, welshVersion(category, wards));
      }
      items.push(storedItem(items.length + 1, stampFor(context, preparedOn - random.int(0, 3), comms, { editedAfterDays: isNext ? 0 : random.int(0, 4), moderationStatus: itemStatus }), fields));
    }
  });
  return { briefings, items };
}

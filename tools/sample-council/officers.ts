/**
 * The officer directory: officers spread over services by size, a head for each service,
 * Councillor Liaison Officers (1–2) in most services, photos for some, review dates spread
 * so that some entries are stale. Built to stay fast at 20,000 officers.
 */
import { IStoredImage, IStoredItem, StoredValue } from '../emulator/siteData';
import { schema } from '../../src/schema';
import type { StatutoryRole } from '../../src/schema';
import { ICouncilContext, stampFor } from './context';
import { landline, mobile } from './fictionalPhones';
import { portraitSvg } from './portraits';
import { Random } from './random';
import { HOSTILE_FRAGMENTS, bulletList, escapeHtml, paragraphs, richTextDiv } from './richText';
import { IService } from './services';
import { emailSlug, imageFolderOf, storedItem } from './siteBuilder';
import { DayNumber, storedDateOnly } from './ukDate';
import { GIVEN_NAMES, JOB_TITLES, OFFICE_LOCATIONS, SURNAMES, TEAM_SUFFIXES } from './vocabulary';

export interface IOfficer {
  readonly id: number;
  readonly name: string;
  readonly serviceId: number | null;
  readonly isLiaisonOfficer: boolean;
}

/** Officer names that exercise apostrophes and accents in the directory too. */
const EDGE_CASE_OFFICER_NAMES: readonly { readonly given: string; readonly surname: string }[] = [
  { given: 'Ciarán', surname: 'O\u2019Neill' },
  { given: 'Mary-Kate', surname: 'O\'Donnell' },
  { given: 'Rhiannon', surname: 'ap Rhys' },
  { given: 'François', surname: 'Lefèvre' },
  { given: 'Nuala', surname: 'Ó Dónaill' }
];

/** Picks a service index with probability proportional to the service's size. */
function serviceSampler(services: readonly IService[]): (random: Random) => number {
  const cumulative: number[] = [];
  let total = 0;
  for (const service of services) {
    total += service.seed.size;
    cumulative.push(total);
  }
  return (random) => {
    const roll = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] > roll) high = mid;
      else low = mid + 1;
    }
    return low;
  };
}

function liaisonProfile(random: Random, service: IService, hostile: string | null): string {
  const topics = service.seed.keywords.split(',').map((word) => word.trim()).filter((word) => word.length > 0);
  return richTextDiv(
    paragraphs([`I am the Councillor Liaison Officer for ${service.title}. I can help members with casework, briefings and questions from residents.`]) +
      `<p><strong>Ask me about:</strong></p>` +
      bulletList(random.sample(topics, Math.min(4, topics.length))) +
      `<p>I aim to acknowledge member enquiries within <strong>${escapeHtml(random.pick(['one working day', 'two working days', '24 hours']))}</strong>.</p>` +
      (hostile ?? '')
  );
}

function jobTitle(random: Random, service: IService, isHead: boolean): string {
  const template = isHead ? random.pick(JOB_TITLES.leader) : random.chance(0.12) ? random.pick(JOB_TITLES.manager) : random.pick(JOB_TITLES.staff);
  return template.replace('{service}', service.title);
}

/**
 * The statutory officers: the head of the service named here holds the role (the Chief
 * Executive's own office is not a service in the sample, so the head of policy stands in).
 */
const STATUTORY_POSTS: ReadonlyMap<string, { readonly role: StatutoryRole; readonly jobTitle: string }> = new Map([
  ['Policy and Performance', { role: 'Head of Paid Service', jobTitle: 'Chief Executive' }],
  ['Finance', { role: 'Chief Finance Officer (s151)', jobTitle: 'Director of Finance' }],
  ['Legal Services', { role: 'Monitoring Officer', jobTitle: 'Director of Law and Governance' }]
]);

/** The statutory post's title over the drawn one; drawn all the same, so every later draw stays as it was. */
function chosenJobTitle(drawn: string | null, statutory: string | undefined): string | null {
  return statutory ?? drawn;
}

export function buildOfficers(context: ICouncilContext, count: number, services: readonly IService[], createdDay: DayNumber): { items: IStoredItem[]; officers: IOfficer[] } {
  const random = context.random;
  const today = context.today;
  const listId = schema.Officers.id;
  const pickService = serviceSampler(services);

  // Heads of service first (one per service while officers last), then everyone else by service size.
  const serviceIndexOf: number[] = [];
  for (let i = 0; i < count; i++) {
    serviceIndexOf.push(i < services.length ? i : pickService(random));
  }
  const noService = new Set(random.sample(Array.from({ length: Math.max(0, count - services.length) }, (_, i) => i + services.length), Math.floor(count * 0.005)));

  // Councillor Liaison Officers: one or two per service that has them, never the head if anyone else is there.
  const staffByService = new Map<number, number[]>();
  serviceIndexOf.forEach((serviceIndex, officerIndex) => {
    if (officerIndex >= services.length && !noService.has(officerIndex)) {
      const list = staffByService.get(serviceIndex) ?? [];
      list.push(officerIndex);
      staffByService.set(serviceIndex, list);
    }
  });
  const liaison = new Set<number>();
  services.forEach((service, serviceIndex) => {
    if (!service.hasLiaisonOfficers || serviceIndex >= count) return;
    const staff = staffByService.get(serviceIndex) ?? [];
    const chosen = staff.length > 0 ? random.sample(staff, random.int(1, 2)) : [serviceIndex];
    chosen.forEach((officerIndex) => liaison.add(officerIndex));
  });
  const hostileLiaison = Array.from(liaison).sort((a, b) => a - b)[0];

  // Accounts for heads, liaison officers and a sample of everyone else (the "signed in as" choices).
  const sampleSize = Math.min(300, Math.ceil(count * 0.02));
  const withAccount = new Set(random.sample(Array.from({ length: count }, (_, i) => i), sampleSize));
  const edgeSlots = new Map<number, { given: string; surname: string }>();
  random.sample(Array.from({ length: count }, (_, i) => i), EDGE_CASE_OFFICER_NAMES.length).forEach((slot, index) => edgeSlots.set(slot, EDGE_CASE_OFFICER_NAMES[index]));

  const officers: IOfficer[] = [];
  const items: IStoredItem[] = [];
  const folder = imageFolderOf(listId);
  for (let index = 0; index < count; index++) {
    const id = index + 1;
    const service = noService.has(index) ? null : services[serviceIndexOf[index]];
    const isHead = index < services.length;
    const isLiaison = liaison.has(index);
    const edge = edgeSlots.get(index);
    const given = edge ? edge.given : random.pick(GIVEN_NAMES);
    const surname = edge ? edge.surname : random.pick(SURNAMES);
    const name = `${given} ${surname}`;
    const email = context.emails.allocate(`${emailSlug(given)}.${emailSlug(surname)}`);
    const serviceTitle = service ? service.title : 'Corporate';
    const userId =
      isHead || isLiaison || withAccount.has(index)
        ? context.users.add(name, email, 'reader', `${isLiaison ? 'Councillor Liaison Officer' : isHead ? 'Head of service' : 'Officer'} — ${serviceTitle}`)
        : null;

    let photo: IStoredImage | null = null;
    const photoRoll = random.next();
    if (photoRoll < 0.3) {
      const fileName = `${emailSlug(name)}-${id}.svg`;
      photo = { fileName, serverRelativeUrl: `${folder}/${fileName}` };
      context.files.addSvg(photo.serverRelativeUrl, portraitSvg(name, random));
    } else if (photoRoll < 0.32) {
      const fileName = `${emailSlug(name)}-${id}.jpg`;
      photo = { fileName, serverRelativeUrl: `${folder}/removed/${fileName}` };
    }

    const statutoryPost = isHead && service ? STATUTORY_POSTS.get(service.title) : undefined;
    const reviewRoll = random.next();
    const lastReviewed = reviewRoll < 0.05 ? null : reviewRoll < 0.8 ? today - random.int(0, 365) : today - random.int(366, 1100);
    const fields: Record<string, StoredValue> = {
      Title: name,
      OfficerAccount: userId,
      JobTitle: service ? chosenJobTitle(random.chance(0.02) ? null : jobTitle(random, service, isHead), statutoryPost?.jobTitle) : 'Agency worker',
      Service: service ? service.id : null,
      Team: service && random.chance(0.9) ? `${service.title} ${random.pick(TEAM_SUFFIXES)}` : null,
      Email: random.chance(0.01) ? null : email,
      Phone: random.chance(0.1) ? null : random.chance(0.25) ? mobile(random) : landline(random),
      Location: random.chance(0.15) ? null : random.pick(OFFICE_LOCATIONS),
      Photo: photo,
      IsLiaisonOfficer: isLiaison,
      LiaisonProfile: isLiaison && service ? liaisonProfile(random, service, index === hostileLiaison ? HOSTILE_FRAGMENTS[0] : null) : null,
      LastReviewed: lastReviewed === null ? null : storedDateOnly(lastReviewed),
      StatutoryRole: statutoryPost?.role ?? null
    };
    const modifiedDay = lastReviewed ?? createdDay;
    items.push(storedItem(id, stampFor(context, Math.min(createdDay, modifiedDay), context.admins.directory, { editedAfterDays: Math.max(0, modifiedDay - createdDay) }), fields));
    officers.push({ id, name, serviceId: service ? service.id : null, isLiaisonOfficer: isLiaison });
  }
  return { items, officers };
}

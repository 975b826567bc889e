/** Council services with their directorate, contact routes and the keywords members search by. */
import { IStoredItem } from '../emulator/siteData';
import { ICouncilContext, stampFor } from './context';
import { landline } from './fictionalPhones';
import { HOSTILE_FRAGMENTS, bulletList, escapeHtml, link, richTextDiv } from './richText';
import { emailSlug, storedItem } from './siteBuilder';
import { DayNumber } from './ukDate';
import { IServiceSeed, PUBLIC_WEBSITE, SERVICES, SERVICE_AREAS, EMAIL_DOMAIN } from './vocabulary';

export interface IService {
  readonly id: number;
  readonly title: string;
  readonly seed: IServiceSeed;
  /** Whether the service names Councillor Liaison Officers; some deliberately do not. */
  readonly hasLiaisonOfficers: boolean;
}

function serviceTitle(index: number): { title: string; seed: IServiceSeed } {
  const seed = SERVICES[index % SERVICES.length];
  const round = Math.floor(index / SERVICES.length);
  if (round === 0) {
    return { title: seed.title, seed };
  }
  const area = SERVICE_AREAS[(round - 1) % SERVICE_AREAS.length];
  const cycle = Math.floor((round - 1) / SERVICE_AREAS.length);
  return { title: `${seed.title} — ${area}${cycle > 0 ? ` ${cycle + 1}` : ''}`, seed };
}

function serviceCode(title: string, id: number): string {
  const initials = title
    .split(/[\s—-]+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word[0])
    .join('')
    .slice(0, 4);
  return `${initials || 'SVC'}-${String(id).padStart(3, '0')}`;
}

function howToContact(context: ICouncilContext, title: string, email: string, phone: string, url: string, hostile: string | null): string | null {
  const random = context.random;
  if (random.chance(0.1) && hostile === null) {
    return null;
  }
  let html = `<p>For casework, email ${link(`mailto:${email}`, email)} with the resident’s address and what has happened so far. ` +
    `Please do not copy in individual officers: the mailbox is monitored every working day.</p>`;
  if (random.chance(0.6)) {
    html += `<p>Residents can report problems themselves on the ${link(url, `${title} pages`)}; members can then track the report number.</p>`;
  }
  html += bulletList([
    `Urgent issues (risk to life or property): call ${phone}`,
    `We aim to reply within ${random.pick(['2', '5', '10'])} working days`,
    ...(random.chance(0.4) ? ['Out of hours: call the county emergency line on 01632 960999'] : [])
  ]);
  if (random.chance(0.3)) {
    html += `<p><em>Member enquiries about ${escapeHtml(title.toLowerCase())} go to the Councillor Liaison Officer first, where there is one.</em></p>`;
  }
  return richTextDiv(html + (hostile ?? ''));
}

export function buildServices(context: ICouncilContext, count: number, createdDay: DayNumber): { items: IStoredItem[]; services: IService[] } {
  const random = context.random;
  const services: IService[] = [];
  const withoutLiaison = new Set<number>();
  if (count >= 3) {
    // Not the first service (Highways), which every demonstration relies on having a CLO.
    for (const id of random.sample(Array.from({ length: count - 1 }, (_, i) => i + 2), Math.max(1, Math.round(count * 0.12)))) {
      withoutLiaison.add(id);
    }
  }
  const hostile = new Map<number, string>();
  if (count >= 2) {
    hostile.set(count, HOSTILE_FRAGMENTS[1]);
    hostile.set(Math.ceil(count / 2), HOSTILE_FRAGMENTS[2]);
  }

  const items: IStoredItem[] = [];
  for (let index = 0; index < count; index++) {
    const id = index + 1;
    const { title, seed } = serviceTitle(index);
    const slug = emailSlug(title);
    const email = `${slug}@${EMAIL_DOMAIN}`;
    const phone = landline(random);
    const url = `${PUBLIC_WEBSITE}/${slug}`;
    services.push({ id, title, seed, hasLiaisonOfficers: !withoutLiaison.has(id) });
    items.push(
      storedItem(id, stampFor(context, createdDay, context.admins.directory, { editedAfterDays: random.int(0, 700) }), {
        Title: title,
        ServiceCode: serviceCode(title, id),
        Directorate: seed.directorate,
        HowToContact: howToContact(context, title, email, phone, url, hostile.get(id) ?? null),
        ServiceEmail: random.chance(0.05) ? null : email,
        ServicePhone: random.chance(0.08) ? null : phone,
        ServiceUrl: random.chance(0.1) ? null : { Url: url, Description: title },
        Keywords: random.chance(0.03) ? null : seed.keywords
      })
    );
  }
  return { items, services };
}

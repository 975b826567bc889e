/** Elected members: current councillors (1–3 per ward) and some former ones, with every profile field filled to varying degrees. */
import { IStoredImage, IStoredItem, StoredValue } from '../emulator/siteData';
import { schema } from '../../src/schema';
import { ICouncilContext, stampFor } from './context';
import { landline, mobile } from './fictionalPhones';
import { electionDay, latestElectionYear, termStartAfter } from './elections';
import { portraitSvg } from './portraits';
import { Random } from './random';
import { HOSTILE_FRAGMENTS, bulletList, escapeHtml, link, paragraphs, richTextDiv } from './richText';
import { emailSlug, imageFolderOf, storedItem } from './siteBuilder';
import { DayNumber, storedDateOnly, yearOf } from './ukDate';
import {
  CABINET_PORTFOLIOS,
  CHAMPION_ROLES,
  EDGE_CASE_MEMBER_NAMES,
  OTHER_SCRIPT_MEMBER_NAMES,
  FILL_IN_ROLES,
  GIVEN_NAMES,
  INTERESTS,
  OUTSIDE_BODIES,
  PUBLIC_WEBSITE,
  SKILLS,
  SURNAMES
} from './vocabulary';
import { IParty, IWard } from './wardsAndParties';

export type CabinetPosition = 'Leader' | 'Deputy Leader' | 'Cabinet Member';

export interface IMember {
  readonly id: number;
  readonly name: string;
  readonly wardId: number;
  readonly partyId: number;
  readonly isCurrent: boolean;
  /** First day in office (not stored: TermStart is the current term only). */
  readonly firstElected: DayNumber;
  /** Last day in office, for former members. */
  readonly leftOffice: DayNumber | null;
  readonly cabinet: CabinetPosition | null;
  readonly userId: number | null;
}

interface IDraftMember {
  id: number;
  given: string;
  surname: string;
  displayName: string;
  /** The email's local part where the name is not in Latin letters. */
  emailName?: string;
  ward: IWard;
  party: IParty;
  group: IParty | null;
  isCurrent: boolean;
  firstElected: DayNumber;
  termStart: DayNumber;
  termEnd: DayNumber;
  leftOffice: DayNumber | null;
  cabinetRole: string | null;
  cabinet: CabinetPosition | null;
  portfolio: string | null;
  roles: string[];
}

const STREETS = ['Orchard Lane', 'Church Street', 'Mill Road', 'The Green', 'Station Road', 'Castle View', 'Meadow Close', 'High Street', 'Rectory Lane'];
const CONTACT_NOTES = [
  'Best reached on Mondays and Fridays.',
  'Please text rather than call during the day.',
  'Prefers a Teams message for anything urgent.',
  'Holds a surgery on the first Saturday of each month at the local library.',
  'Works part-time; replies within two working days.',
  'Café surgery every other Thursday, 10:00–12:00 — drop in, no appointment needed.'
];
const BACKGROUNDS = [
  'worked for twenty years as a district nurse',
  'ran a family farm on the edge of the county',
  'taught mathematics at a local comprehensive',
  'owns a small bakery on the high street',
  'served in the Royal Navy before retraining as an engineer',
  'volunteers with the county’s food bank network',
  'was a trade union representative in the rail industry',
  'is a chartered accountant and school governor',
  'is a full-time carer for a family member'
];

export interface IMembersResult {
  readonly items: IStoredItem[];
  readonly members: IMember[];
}

function seatsPerWard(random: Random, wards: readonly IWard[], members: number): number[] {
  const seats = wards.map(() => 1);
  let remaining = members - wards.length;
  while (remaining > 0) {
    const index = random.int(0, wards.length - 1);
    if (seats[index] < 3) {
      seats[index]++;
      remaining--;
    }
  }
  return seats;
}

function weightedParty(random: Random, parties: readonly IParty[]): IParty {
  const total = parties.reduce((sum, party) => sum + party.seed.weight, 0);
  let roll = random.next() * total;
  for (const party of parties) {
    roll -= party.seed.weight;
    if (roll < 0) {
      return party;
    }
  }
  return parties[parties.length - 1];
}

function groupFor(random: Random, party: IParty, groups: readonly IParty[]): IParty | null {
  const [residents, alliance] = groups;
  const kind = party.seed.shortName;
  if (kind === 'Ind' || kind === 'WVF') {
    return random.chance(0.7) ? residents : random.chance(0.5) ? alliance : null;
  }
  if (kind === 'Grn') {
    return random.chance(0.5) ? alliance : null;
  }
  return null;
}

/** The name as it goes in a file name or web address: from the Latin email name where the name is in another script. */
function nameSlug(member: IDraftMember): string {
  return member.emailName ? emailSlug(member.emailName) : emailSlug(member.displayName);
}

function biography(random: Random, member: IDraftMember, wardName: string, hostile: string | null): string | null {
  if (random.chance(0.08)) {
    return null;
  }
  const firstName = member.given || member.displayName;
  const year = yearOf(member.firstElected);
  const lines = [`${firstName} was first elected to represent ${wardName} in ${year}.`, `Outside the council, ${firstName} ${random.pick(BACKGROUNDS)}.`];
  let html = paragraphs(lines);
  if (random.chance(0.5)) {
    html += `<p><strong>Priorities for ${escapeHtml(wardName)}:</strong></p>` + bulletList(random.sample(INTERESTS, random.int(2, 4)));
  }
  if (random.chance(0.3)) {
    html += `<p>Read more on the ${link(`${PUBLIC_WEBSITE}/councillors/${nameSlug(member)}`, 'council website')}.</p>`;
  }
  if (random.chance(0.1)) {
    // A long biography, as some members write.
    for (let i = 0; i < 6; i++) {
      html += paragraphs([`${firstName} has campaigned on ${random.pick(INTERESTS).toLowerCase()} and ${random.pick(INTERESTS).toLowerCase()}, working with parish and town councils, residents’ groups and local businesses across ${wardName} to make sure the council hears their views.`]);
    }
  }
  if (hostile) {
    html += hostile;
  }
  return richTextDiv(html);
}

export function buildMembers(
  context: ICouncilContext,
  options: { current: number; former: number; wards: readonly IWard[]; parties: readonly IParty[]; groups: readonly IParty[] }
): IMembersResult {
  const random = context.random;
  const { wards, parties, groups } = options;
  const today = context.today;
  const listId = schema.Members.id;
  const thisElectionYear = latestElectionYear(today, yearOf(today));
  const thisTermStart = termStartAfter(electionDay(thisElectionYear));
  const previousTermStart = termStartAfter(electionDay(thisElectionYear - 4));
  const nextTermStart = termStartAfter(electionDay(thisElectionYear + 4));
  const rulingParty = parties[0];

  // Current members, ward by ward, then former members in random wards.
  const seats = seatsPerWard(random, wards, options.current);
  const drafts: IDraftMember[] = [];
  const slots: { ward: IWard; isCurrent: boolean }[] = [];
  wards.forEach((ward, index) => {
    for (let seat = 0; seat < seats[index]; seat++) {
      slots.push({ ward, isCurrent: true });
    }
  });
  for (let i = 0; i < options.former; i++) {
    slots.push({ ward: random.pick(wards), isCurrent: false });
  }

  const edgeSlots = new Map<number, { given: string; surname: string }>();
  const currentIndices = slots.map((_, index) => index).filter((index) => slots[index].isCurrent);
  // One shuffle for both: the edge-case names keep the places they had before other scripts were added.
  const otherScriptSlots = new Map<number, (typeof OTHER_SCRIPT_MEMBER_NAMES)[number]>();
  random.sample(currentIndices, EDGE_CASE_MEMBER_NAMES.length + OTHER_SCRIPT_MEMBER_NAMES.length).forEach((slot, index) => {
    if (index < EDGE_CASE_MEMBER_NAMES.length) edgeSlots.set(slot, EDGE_CASE_MEMBER_NAMES[index]);
    else otherScriptSlots.set(slot, OTHER_SCRIPT_MEMBER_NAMES[index - EDGE_CASE_MEMBER_NAMES.length]);
  });

  const displayNames = new Set<string>();
  slots.forEach((slot, index) => {
    const edge = edgeSlots.get(index);
    const drawnGiven = edge ? edge.given : random.pick(GIVEN_NAMES);
    const drawnSurname = edge ? edge.surname : random.pick(SURNAMES);
    // A name in another script replaces the drawn one after the draw, so the random sequence is as before.
    const otherScript = otherScriptSlots.get(index);
    const given = otherScript ? otherScript.given : drawnGiven;
    const surname = otherScript ? otherScript.surname : drawnSurname;
    let displayName = `${random.chance(0.04) ? 'Dr ' : ''}${otherScript ? otherScript.displayName : `${given} ${surname}`}`.trim();
    while (displayNames.has(displayName)) {
      displayName = `${given} ${String.fromCharCode(65 + random.int(0, 25))}. ${surname}`.trim();
    }
    displayNames.add(displayName);
    const party = weightedParty(random, parties);
    const electionsBack = slot.isCurrent ? (random.chance(0.45) ? 0 : random.int(1, 3)) : random.int(1, 4);
    const firstElected = termStartAfter(electionDay(thisElectionYear - 4 * electionsBack));
    const daysIntoTerm = today - thisTermStart;
    // A by-election some months into the term, when the term is old enough to have had one.
    const byElection = slot.isCurrent && daysIntoTerm > 90 && random.chance(0.06);
    const termStart = slot.isCurrent
      ? byElection ? thisTermStart + random.int(60, daysIntoTerm - 1) : thisTermStart
      : undefined;
    // Former members either lost their seat at the last election or left part-way through this term.
    const leftMidTerm = !slot.isCurrent && daysIntoTerm > 60 && random.chance(0.3);
    const leftOffice = slot.isCurrent ? null : leftMidTerm ? thisTermStart + random.int(30, Math.min(400, daysIntoTerm - 7)) : thisTermStart - 1;
    drafts.push({
      id: index + 1,
      given,
      surname,
      displayName,
      emailName: otherScript?.emailName,
      ward: slot.ward,
      party,
      group: groupFor(random, party, groups),
      isCurrent: slot.isCurrent,
      firstElected: termStart === undefined ? Math.min(firstElected, previousTermStart) : Math.min(firstElected, termStart),
      termStart: termStart ?? (leftMidTerm ? thisTermStart : previousTermStart),
      termEnd: leftOffice ?? nextTermStart - 1,
      leftOffice,
      cabinetRole: null,
      cabinet: null,
      portfolio: null,
      roles: []
    });
  });

  assignRoles(random, drafts, rulingParty, parties, groups);

  const hostileMembers = new Map<number, string>();
  random
    .sample(drafts.filter((draft) => draft.isCurrent), Math.min(HOSTILE_FRAGMENTS.length, Math.max(3, Math.floor(drafts.length / 20))))
    .forEach((draft, index) => hostileMembers.set(draft.id, HOSTILE_FRAGMENTS[index % HOSTILE_FRAGMENTS.length]));

  // Photo states: most have a portrait, some none, a few point at a file that does not exist.
  const photoStates = new Map<number, 'photo' | 'none' | 'broken'>();
  drafts.forEach((draft) => {
    const roll = random.next();
    photoStates.set(draft.id, roll < 0.72 ? 'photo' : roll < 0.93 ? 'none' : 'broken');
  });
  const edgeDrafts = drafts.filter((draft) => EDGE_CASE_MEMBER_NAMES.some((edge) => edge.given === draft.given && edge.surname === draft.surname));
  (['photo', 'none', 'broken'] as const).forEach((state, index) => {
    if (edgeDrafts[index]) {
      photoStates.set(edgeDrafts[index].id, state);
    }
  });

  const members: IMember[] = [];
  const items: IStoredItem[] = drafts.map((draft) => {
    const local = `cllr.${draft.emailName ?? `${emailSlug(draft.given || 'member')}.${emailSlug(draft.surname)}`}`;
    const email = context.emails.allocate(local);
    const persona = `Member for ${draft.ward.name} ward${draft.cabinetRole ? ` — ${draft.cabinetRole}` : ''}`;
    const hasAccount = draft.isCurrent && !random.chance(0.02);
    const userId = hasAccount ? context.users.add(draft.displayName, email, 'reader', persona) : null;
    members.push({
      id: draft.id,
      name: draft.displayName,
      wardId: draft.ward.id,
      partyId: draft.party.id,
      isCurrent: draft.isCurrent,
      firstElected: draft.firstElected,
      leftOffice: draft.leftOffice,
      cabinet: draft.cabinet,
      userId
    });

    const photoState = photoStates.get(draft.id);
    const fileName = `${nameSlug(draft)}-${draft.id}.svg`;
    let photo: IStoredImage | null = null;
    if (photoState === 'photo') {
      photo = { fileName, serverRelativeUrl: `${imageFolderOf(listId)}/${fileName}` };
      context.files.addSvg(photo.serverRelativeUrl, portraitSvg(draft.displayName, random));
    } else if (photoState === 'broken') {
      photo = { fileName, serverRelativeUrl: `${imageFolderOf(listId)}/deleted-${fileName}` };
    }

    // Draws in the same order as before the private columns were removed, so the rest of the council is unchanged.
    const publishablePhone = random.chance(0.4) ? mobile(random) : null;
    const surgeryAddress = random.chance(0.45)
      ? `Ward surgery, ${draft.ward.name} Community Centre\n${random.int(1, 120)} ${random.pick(STREETS)}\nWessex Vale\nWX${random.int(1, 29)} ${random.int(1, 9)}${String.fromCharCode(65 + random.int(0, 25))}${String.fromCharCode(65 + random.int(0, 25))}`
      : null;
    const preferred = random.next();

    const fields: Record<string, StoredValue> = {
      Title: draft.displayName,
      GivenName: draft.given === '' ? null : draft.given,
      Surname: draft.surname,
      MemberAccount: userId,
      Email: random.chance(0.03) ? null : email,
      WorkPhone: random.chance(0.85) ? landline(random) : null,
      MobilePhone: random.chance(0.7) ? mobile(random) : null,
      // Some members publish a further number or a surgery address; most do not.
      PublicPhone: random.chance(publishablePhone ? 0.5 : 0.05) ? publishablePhone : null,
      PublicAddress: random.chance(surgeryAddress ? 0.4 : 0.05) ? surgeryAddress : null,
      Photo: photo,
      // Now and then the party is missing (an admin's omission), never for the executive.
      Party: draft.cabinet === null && random.chance(0.01) ? null : draft.party.id,
      PoliticalGroup: draft.group ? draft.group.id : null,
      Ward: draft.ward.id,
      CabinetRole: draft.cabinetRole,
      Portfolio: draft.portfolio,
      AdditionalRoles: draft.roles.length > 0 ? draft.roles : null,
      OutsideAppointments: random.chance(0.6) ? random.sample(OUTSIDE_BODIES, random.int(1, 4)).join('\n') : null,
      Skills: random.chance(0.75) ? random.sample(SKILLS, random.int(1, 5)).join('\n') : null,
      Interests: random.chance(0.75) ? random.sample(INTERESTS, random.int(1, 5)).join('\n') : null,
      Biography: biography(random, draft, draft.ward.name, hostileMembers.get(draft.id) ?? null),
      PreferredContact: preferred < 0.45 ? 'Email' : preferred < 0.65 ? 'Phone' : preferred < 0.82 ? 'Teams' : preferred < 0.94 ? 'In person' : null,
      ContactNotes: random.chance(0.35) ? random.pick(CONTACT_NOTES) : null,
      RegisterOfInterestsUrl: random.chance(0.9)
        ? { Url: `${PUBLIC_WEBSITE}/councillors/${nameSlug(draft)}/register-of-interests`, Description: `Register of interests — ${draft.displayName}` }
        : null,
      TermStart: storedDateOnly(draft.termStart),
      TermEnd: random.chance(0.05) && draft.isCurrent ? null : storedDateOnly(draft.termEnd),
      IsCurrent: draft.isCurrent
    };
    return storedItem(draft.id, stampFor(context, draft.termStart - random.int(1, 20), context.admins.democraticServices, { editedAfterDays: random.int(0, 400) }), fields);
  });

  return { items, members };
}

function assignRoles(random: Random, drafts: IDraftMember[], rulingParty: IParty, parties: readonly IParty[], groups: readonly IParty[]): void {
  const current = drafts.filter((draft) => draft.isCurrent);
  const ruling = current.filter((draft) => draft.party.id === rulingParty.id);
  const pool = ruling.length >= 2 ? ruling : current;
  const cabinetSize = Math.min(2 + CABINET_PORTFOLIOS.length, Math.max(1, Math.floor(current.length / 8)), pool.length);
  const cabinet = random.sample(pool, cabinetSize);
  cabinet.forEach((draft, index) => {
    if (index === 0) {
      draft.cabinet = 'Leader';
      draft.cabinetRole = 'Leader of the Council';
      draft.portfolio = 'Strategy, Partnerships and Devolution';
      draft.roles.push('Leader of the Council', 'Group Leader');
    } else if (index === 1) {
      draft.cabinet = 'Deputy Leader';
      draft.cabinetRole = 'Deputy Leader of the Council';
      draft.portfolio = 'Finance and Resources';
      draft.roles.push('Deputy Leader of the Council', 'Deputy Group Leader');
    } else {
      const portfolio = CABINET_PORTFOLIOS[(index - 2) % CABINET_PORTFOLIOS.length];
      draft.cabinet = 'Cabinet Member';
      draft.cabinetRole = `Cabinet Member for ${portfolio}`;
      draft.portfolio = portfolio;
    }
  });

  const backbench = current.filter((draft) => draft.cabinet === null);
  const ceremonial = random.sample(backbench.filter((draft) => draft.party.id === rulingParty.id), 2);
  if (ceremonial[0]) ceremonial[0].roles.push('Chairman of the Council');
  if (ceremonial[1]) ceremonial[1].roles.push('Vice-Chairman of the Council');

  // Group leaders of the other parties and of the cross-party groups.
  for (const party of [...parties.filter((p) => p.id !== rulingParty.id), ...groups]) {
    const inGroup = backbench.filter((draft) => (party.seed.kind === 'Political group' ? draft.group?.id === party.id : draft.party.id === party.id && draft.group === null));
    const [leader, deputy] = random.sample(inGroup, 2);
    if (leader) leader.roles.push('Group Leader');
    if (deputy && inGroup.length >= 4) deputy.roles.push('Deputy Group Leader');
  }

  for (const draft of current) {
    if (random.chance(0.15)) {
      draft.roles.push(random.pick(CHAMPION_ROLES));
    }
  }
  random.sample(backbench, FILL_IN_ROLES.length).forEach((draft, index) => draft.roles.push(FILL_IN_ROLES[index]));
}

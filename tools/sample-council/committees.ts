/**
 * Committees of every type and who sits on them, year by year: each municipal year (from
 * Annual Council in May) every committee active that year has exactly one Chair, usually a
 * Vice-Chair, members and sometimes substitutes. Past years' memberships carry an end date.
 */
import { IStoredItem, StoredValue } from '../emulator/siteData';
import { ICouncilContext, stampFor } from './context';
import { annualCouncilDay, currentMunicipalYear } from './elections';
import { IMember } from './members';
import { Random } from './random';
import { emailSlug, storedItem } from './siteBuilder';
import { DayNumber, storedDateOnly, yearOf } from './ukDate';
import { COMMITTEES, ICommitteeSeed, PUBLIC_WEBSITE } from './vocabulary';

export interface ICommittee {
  readonly id: number;
  readonly seed: ICommitteeSeed;
}

/** Inactive committees stopped meeting this many municipal years ago. */
const INACTIVE_SINCE_YEARS = 2;

export function buildCommittees(context: ICouncilContext, createdDay: DayNumber): { items: IStoredItem[]; committees: ICommittee[] } {
  const random = context.random;
  const committees = COMMITTEES.map((seed, index) => ({ id: index + 1, seed }));
  const items = committees.map((committee) =>
    storedItem(committee.id, stampFor(context, createdDay, context.admins.democraticServices, { editedAfterDays: random.int(0, 900) }), {
      Title: committee.seed.title,
      CommitteeType: committee.seed.type,
      Description: random.chance(0.1) ? null : committee.seed.description,
      WebPageUrl: random.chance(0.1) ? null : { Url: `${PUBLIC_WEBSITE}/committees/${emailSlug(committee.seed.title)}`, Description: committee.seed.title },
      IsActive: committee.seed.isActive
    })
  );
  return { items, committees };
}

interface ISeatHolder {
  readonly member: IMember;
  readonly role: 'Chair' | 'Vice-Chair' | 'Member' | 'Substitute';
  readonly start: DayNumber;
  readonly end: DayNumber | null;
}

function inOffice(member: IMember, from: DayNumber, to: DayNumber): boolean {
  return member.firstElected <= from && (member.leftOffice === null || member.leftOffice >= to);
}

function rulingPartyOr(eligible: readonly IMember[], members: readonly IMember[], seats: number): readonly IMember[] {
  const leader = members.find((member) => member.cabinet === 'Leader');
  const ruling = leader ? eligible.filter((member) => member.partyId === leader.partyId) : [];
  return ruling.length >= seats ? ruling : eligible;
}

function seatsFor(seed: ICommitteeSeed, memberCount: number): number {
  const scale = Math.min(1.6, Math.max(0.4, memberCount / 80));
  return Math.max(3, Math.round(seed.seats * scale));
}

function cabinetSeats(members: readonly IMember[], start: DayNumber, end: DayNumber | null): ISeatHolder[] {
  const cabinet = members.filter((member) => member.isCurrent && member.cabinet !== null);
  return cabinet.map((member) => ({
    member,
    role: member.cabinet === 'Leader' ? 'Chair' : member.cabinet === 'Deputy Leader' ? 'Vice-Chair' : 'Member',
    start,
    end
  }));
}

function yearSeats(random: Random, seed: ICommitteeSeed, eligible: readonly IMember[], seats: number, start: DayNumber, end: DayNumber | null): ISeatHolder[] {
  const chosen = random.sample(eligible, seats + (seed.type === 'Cabinet' ? 0 : random.int(0, 2)));
  return chosen.map((member, index) => ({
    member,
    role: index === 0 ? 'Chair' : index === 1 && random.chance(0.9) ? 'Vice-Chair' : index < seats ? 'Member' : 'Substitute',
    start,
    end
  }));
}

export function buildCommitteeMemberships(
  context: ICouncilContext,
  options: { committees: readonly ICommittee[]; members: readonly IMember[]; historyYears: number }
): IStoredItem[] {
  const random = context.random;
  const today = context.today;
  const thisYear = currentMunicipalYear(today, yearOf(today));
  const holders: { committee: ICommittee; holder: ISeatHolder }[] = [];

  for (let year = thisYear - options.historyYears + 1; year <= thisYear; year++) {
    const start = annualCouncilDay(year);
    const nextStart = annualCouncilDay(year + 1);
    const isCurrentYear = year === thisYear;
    const end = isCurrentYear ? null : nextStart - 1;
    const eligible = isCurrentYear
      ? options.members.filter((member) => member.isCurrent && member.firstElected <= today)
      : options.members.filter((member) => inOffice(member, start, nextStart - 1));
    if (eligible.length === 0) {
      continue;
    }
    for (const committee of options.committees) {
      const activeThisYear = committee.seed.isActive || year <= thisYear - INACTIVE_SINCE_YEARS;
      if (!activeThisYear) {
        continue;
      }
      const seats = seatsFor(committee.seed, options.members.filter((member) => member.isCurrent).length);
      // The executive comes from the ruling party (the party of this year's Leader) where it has enough members.
      const pool = committee.seed.type === 'Cabinet' ? rulingPartyOr(eligible, options.members, seats) : eligible;
      const yearHolders =
        committee.seed.type === 'Cabinet' && isCurrentYear ? cabinetSeats(options.members, start, end) : yearSeats(random, committee.seed, pool, Math.min(seats, pool.length), start, end);
      // Now and then an ordinary member steps down mid-year and is replaced.
      const seated = new Set(yearHolders.map((holder) => holder.member.id));
      for (const holder of yearHolders) {
        const replacement = random.pick(eligible);
        const leaveDay = start + random.int(40, 250);
        const canReplace = holder.role === 'Member' && random.chance(0.04) && leaveDay < (end ?? today) && !seated.has(replacement.id);
        if (canReplace) {
          seated.add(replacement.id);
          holders.push({ committee, holder: { ...holder, end: leaveDay - 1 } });
          holders.push({ committee, holder: { member: replacement, role: 'Member', start: leaveDay, end } });
        } else {
          holders.push({ committee, holder });
        }
      }
    }
  }

  return holders.map(({ committee, holder }, index) => {
    const fields: Record<string, StoredValue> = {
      Title: random.chance(0.05) ? 'Appointed by the group leader under delegated powers' : null,
      Member: holder.member.id,
      Committee: committee.id,
      MembershipRole: holder.role,
      StartDate: storedDateOnly(holder.start),
      EndDate: holder.end === null ? null : storedDateOnly(holder.end)
    };
    const editedAfterDays = holder.end === null ? 0 : holder.end - holder.start + 1;
    return storedItem(index + 1, stampFor(context, holder.start, context.admins.democraticServices, { editedAfterDays }), fields);
  });
}

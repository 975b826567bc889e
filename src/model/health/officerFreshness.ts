import { STATUTORY_ROLES, StatutoryRole } from '../../schema';
import { ukDateOf } from '../../schema/ukDates';
import type { CalendarDate } from '../../schema/ukDates';
import type { IHealthData, IHealthOfficer, IItemRef } from './healthData';
import { richTextIsBlank } from './richTextIsBlank';
import { compareNames } from '../uiLocale';

export const DEFAULT_REVIEW_MONTHS = 12;

export interface INotReviewedOfficer {
  readonly officer: IItemRef;
  /** Undefined when the officer has never been reviewed. */
  readonly lastReviewed?: Date;
}

export interface IOfficerWithoutService {
  readonly officer: IItemRef;
  /** 'none': the Service column is blank; 'deleted': it names a service that no longer exists. */
  readonly reason: 'none' | 'deleted';
}

export interface IOfficerFreshnessReport {
  readonly officers: number;
  readonly services: number;
  readonly reviewMonths: number;
  /** The oldest review date that still counts as recent (UK calendar date). */
  readonly reviewedSince: CalendarDate;
  /** Never reviewed first, then the longest ago. */
  readonly notReviewed: readonly INotReviewedOfficer[];
  readonly withoutService: readonly IOfficerWithoutService[];
  readonly servicesWithoutLiaisonOfficer: readonly IItemRef[];
  readonly liaisonOfficersWithoutProfile: readonly IItemRef[];
  /**
   * Statutory roles no officer holds, in STATUTORY_ROLES order: all three when the council has set
   * none, and members would find no Monitoring Officer to escalate to.
   */
  readonly statutoryRolesUnset: readonly StatutoryRole[];
}

/** The same day `months` calendar months earlier, clamped to the end of a shorter month (31 March − 1 → 28/29 February). */
export function monthsBefore(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

const byName = (a: IItemRef, b: IItemRef): number => compareNames(a.name, b.name) || a.id - b.id;

function refOf(officer: IHealthOfficer): IItemRef {
  return { list: 'Officers', id: officer.id, name: officer.name };
}

/**
 * Is the officer directory up to date: reviews within `reviewMonths` of `today` (a review on the
 * same day that many months ago still counts; no review date never does), every officer in a
 * service, every service with a Councillor Liaison Officer, every CLO with a profile, every
 * statutory role held.
 */
export function officerFreshness(
  data: Pick<IHealthData, 'officers' | 'services'>,
  today: Date,
  reviewMonths: number = DEFAULT_REVIEW_MONTHS
): IOfficerFreshnessReport {
  const reviewedSince = monthsBefore(ukDateOf(today), reviewMonths);
  const serviceIds = new Set(data.services.map((service) => service.id));
  const servicesWithLiaison = new Set<number>();

  const notReviewed: INotReviewedOfficer[] = [];
  const withoutService: IOfficerWithoutService[] = [];
  const liaisonOfficersWithoutProfile: IItemRef[] = [];
  const statutoryRolesHeld = new Set<StatutoryRole>();
  for (const officer of data.officers) {
    if (officer.statutoryRole) statutoryRolesHeld.add(officer.statutoryRole);
    if (!officer.lastReviewed || ukDateOf(officer.lastReviewed) < reviewedSince) {
      notReviewed.push({ officer: refOf(officer), lastReviewed: officer.lastReviewed });
    }
    if (officer.serviceId === undefined) withoutService.push({ officer: refOf(officer), reason: 'none' });
    else if (!serviceIds.has(officer.serviceId)) withoutService.push({ officer: refOf(officer), reason: 'deleted' });
    if (officer.isLiaisonOfficer) {
      if (officer.serviceId !== undefined) servicesWithLiaison.add(officer.serviceId);
      if (richTextIsBlank(officer.liaisonProfileHtml)) liaisonOfficersWithoutProfile.push(refOf(officer));
    }
  }

  notReviewed.sort(
    (a, b) =>
      (a.lastReviewed?.getTime() ?? -Infinity) - (b.lastReviewed?.getTime() ?? -Infinity) || byName(a.officer, b.officer)
  );
  withoutService.sort((a, b) => byName(a.officer, b.officer));
  liaisonOfficersWithoutProfile.sort(byName);
  const servicesWithoutLiaisonOfficer = data.services
    .filter((service) => !servicesWithLiaison.has(service.id))
    .map((service): IItemRef => ({ list: 'Services', id: service.id, name: service.name }))
    .sort(byName);

  return {
    officers: data.officers.length,
    services: data.services.length,
    reviewMonths,
    reviewedSince,
    notReviewed,
    withoutService,
    servicesWithoutLiaisonOfficer,
    liaisonOfficersWithoutProfile,
    statutoryRolesUnset: STATUTORY_ROLES.filter((role) => !statutoryRolesHeld.has(role))
  };
}

import { representsAWard } from '../memberType';
import type { IHealthData, IItemRef } from './healthData';
import { compareNames } from '../uiLocale';

export interface IWardVacancyFinding {
  readonly ward: IItemRef;
  readonly seats: number;
  /** Current councillors for the ward, fewer than its seats. */
  readonly filled: number;
}

/**
 * Wards with fewer current councillors than their seats, by name: either a real vacancy (until
 * the by-election) or a councillor missing from the Members list. Wards without a number of seats
 * are not judged; co-opted members and independent persons fill no seat.
 */
export function wardVacancyFindings(data: Pick<IHealthData, 'members' | 'wards'>): IWardVacancyFinding[] {
  const filled = new Map<number, number>();
  for (const member of data.members) {
    if (!member.isCurrent || !representsAWard(member.memberType) || member.wardId === undefined) continue;
    filled.set(member.wardId, (filled.get(member.wardId) ?? 0) + 1);
  }
  const findings: IWardVacancyFinding[] = [];
  for (const ward of data.wards ?? []) {
    const councillors = filled.get(ward.id) ?? 0;
    if (ward.seats !== undefined && councillors < ward.seats) {
      findings.push({ ward: { list: 'Wards', id: ward.id, name: ward.name }, seats: ward.seats, filled: councillors });
    }
  }
  return findings.sort((a, b) => compareNames(a.ward.name, b.ward.name) || a.ward.id - b.ward.id);
}

import type { IMember, IWard } from './Member';
import { representsAWard } from './memberType';
import { compareNames } from './uiLocale';

export interface IWardVacancy {
  readonly ward: IWard;
  readonly seats: number;
  /** Current councillors representing the ward. */
  readonly filled: number;
  /** seats − filled, at least 1. */
  readonly vacant: number;
}

/**
 * Wards with fewer current councillors than seats (a death, resignation or disqualification until
 * the by-election), by ward name. A ward whose seats are not recorded has no vacancy worked out;
 * co-opted members and independent persons fill no seat.
 */
export function wardVacancies(wards: readonly IWard[], members: readonly IMember[]): IWardVacancy[] {
  const filled = new Map<number, number>();
  for (const member of members) {
    if (!member.isCurrent || !representsAWard(member.memberType) || member.wardId === undefined) continue;
    filled.set(member.wardId, (filled.get(member.wardId) ?? 0) + 1);
  }
  const vacancies: IWardVacancy[] = [];
  for (const ward of wards) {
    if (ward.seats === undefined) continue;
    const councillors = filled.get(ward.id) ?? 0;
    if (councillors < ward.seats) vacancies.push({ ward, seats: ward.seats, filled: councillors, vacant: ward.seats - councillors });
  }
  return vacancies.sort((a, b) => compareNames(a.ward.name, b.ward.name) || a.ward.id - b.ward.id);
}

/** The county's four-yearly election cycle and municipal years, relative to "today". */
import { DayNumber, dayOfYmd, weekdayOf } from './ukDate';

/** County elections in England fall on the first Thursday in May, every four years (…2021, 2025, 2029…). */
const ELECTION_YEAR_BASE = 2025;

export function electionDay(year: number): DayNumber {
  const first = dayOfYmd(year, 4, 1);
  return first + ((3 - weekdayOf(first) + 7) % 7);
}

/** Councillors take office on the fourth day after polling day. */
export function termStartAfter(election: DayNumber): DayNumber {
  return election + 4;
}

/** The year of the latest ordinary election whose councillors had taken office by `today`. */
export function latestElectionYear(today: DayNumber, yearOfToday: number): number {
  let year = yearOfToday - ((((yearOfToday - ELECTION_YEAR_BASE) % 4) + 4) % 4);
  if (termStartAfter(electionDay(year)) > today) {
    year -= 4;
  }
  return year;
}

/** Annual Council (start of the municipal year): the third Tuesday in May. */
export function annualCouncilDay(year: number): DayNumber {
  const first = dayOfYmd(year, 4, 1);
  return first + ((1 - weekdayOf(first) + 7) % 7) + 14;
}

export function currentMunicipalYear(today: DayNumber, yearOfToday: number): number {
  return annualCouncilDay(yearOfToday) <= today ? yearOfToday : yearOfToday - 1;
}

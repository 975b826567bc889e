/**
 * A deterministic year (2026) of enquiries to an English council with a Christmas closure, each
 * built with a known outcome, and an independent count of what the report should say. The count
 * uses its own working-day rule over GOV.UK's published bank holidays (the test fixture) and plain
 * UTC dates (every time here is between 08:00 and 18:59 UTC, so its UK date is its UTC date), not
 * the modules under test.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { EnquiryStatus, IEnquiryForReport } from '../../../src/model/enquiries/enquiryForReport';
import { Random } from '../../../tools/sample-council/random';

export const CLOSURE_DAYS = ['2026-12-29', '2026-12-30', '2026-12-31'];
/** Thursday 31 December 2026, midday: a closure day. */
export const AS_OF = new Date('2026-12-31T12:00:00Z');
const AS_OF_DATE = '2026-12-31';

export const SERVICES: readonly (readonly [string, string])[] = [
  ['Highways', 'Place'],
  ['Waste and recycling', 'Place'],
  ['Housing', 'People'],
  ['Adult social care', 'People'],
  ['Council tax', 'Resources']
];
export const WARDS = ['Abbey', 'Castle', 'Riverside', "St Mary's", ''];

interface IGovUkEvent {
  date: string;
}
const govUk = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'fixtures', 'govuk', 'bankHolidays2020to2027.json'), 'utf8')
) as Record<string, IGovUkEvent[]>;
const closed = new Set([...govUk['england-and-wales'].map((event) => event.date), ...CLOSURE_DAYS]);

const MS_PER_DAY = 86_400_000;
function utcDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}
function plusDays(date: string, days: number): string {
  return utcDate(new Date(Date.parse(`${date}T00:00:00Z`) + days * MS_PER_DAY));
}
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);
}
function oracleWorkingDaysAfter(date: string, count: number): string {
  let day = date;
  for (let counted = 0; counted < count; ) {
    day = plusDays(day, 1);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !closed.has(day)) counted++;
  }
  return day;
}
/** Working days from the end of `from` to the end of `to`, by the fixture's own rule (0 when `to` is not after `from`). */
export function oracleWorkingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let day = plusDays(from, 1); day <= to; day = plusDays(day, 1)) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !closed.has(day)) count++;
  }
  return count;
}
/** The due day `count` working days after `date`, by the fixture's own rule. */
export function oracleDueDay(date: string, count: number): string {
  return oracleWorkingDaysAfter(date, count);
}
function at(date: string, time: string): Date {
  return new Date(`${date}T${time}Z`);
}
function knownBy(instant: Date | undefined): Date | undefined {
  return instant !== undefined && instant.getTime() <= AS_OF.getTime() ? instant : undefined;
}

type Kind = 'onTime' | 'late' | 'none';

/** 2,400 enquiries received in 2026 up to 30 December, same seed, same year. */
export function seededEnquiryYear(count = 2400, seed = 19): IEnquiryForReport[] {
  const random = new Random(seed);
  const kinds: Kind[] = ['onTime', 'onTime', 'onTime', 'late', 'none'];
  const enquiries: IEnquiryForReport[] = [];
  for (let index = 0; index < count; index++) {
    const receivedDate = plusDays('2026-01-01', random.int(0, 363));
    const received = at(receivedDate, `${String(random.int(8, 17)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00`);
    const acknowledgeBy = oracleWorkingDaysAfter(receivedDate, 1);
    const respondBy = oracleWorkingDaysAfter(receivedDate, 10);

    const ackKind = random.pick(kinds);
    let acknowledged: Date | undefined;
    if (ackKind === 'onTime') acknowledged = at(plusDays(receivedDate, random.int(0, daysBetween(receivedDate, acknowledgeBy))), '18:00:00');
    if (ackKind === 'late') acknowledged = at(plusDays(acknowledgeBy, random.int(1, 6)), '18:00:00');
    acknowledged = knownBy(acknowledged);

    const respKind = random.pick(kinds);
    const earliest = acknowledged ? utcDate(acknowledged) : receivedDate;
    let responded: Date | undefined;
    if (respKind === 'onTime' && earliest <= respondBy) {
      responded = at(plusDays(earliest, random.int(0, daysBetween(earliest, respondBy))), '18:30:00');
    } else if (respKind !== 'none') {
      const late = plusDays(respondBy, random.int(1, 15));
      responded = at(late > earliest ? late : earliest, '18:30:00');
    }
    responded = knownBy(responded);

    let closedAt: Date | undefined;
    let status: EnquiryStatus = responded ? 'responded' : acknowledged ? 'acknowledged' : 'received';
    if (responded && random.chance(0.7)) {
      closedAt = knownBy(new Date(responded.getTime() + random.int(0, 3) * MS_PER_DAY));
    } else if (!responded && random.chance(0.05)) {
      // Withdrawn: closed with no separate response (the closure counts as the response).
      closedAt = knownBy(at(plusDays(receivedDate, random.int(0, 20)), '18:45:00'));
    }
    if (closedAt) status = 'closed';

    const [service, directorate] = random.pick(SERVICES);
    enquiries.push({
      id: `ENQ-2026-${String(index + 1).padStart(5, '0')}`,
      received,
      acknowledged,
      responded,
      closed: closedAt,
      service,
      directorate,
      ward: random.pick(WARDS),
      status
    });
  }
  return enquiries;
}

export interface IExpectedMeasure {
  onTime: number;
  late: number;
  pending: number;
  percentOnTime: number | undefined;
}
export interface IExpectedRow {
  key: string;
  received: number;
  acknowledgement: IExpectedMeasure;
  response: IExpectedMeasure;
  open: number;
  overdue: number;
}
export interface IExpectedEnquiry {
  id: string;
  month: string;
  service: string;
  directorate: string;
  ward: string;
  acknowledgement: Kind | 'pending';
  response: Kind | 'pending';
  open: boolean;
  overdue: boolean;
}

function outcome(done: Date | undefined, due: string): 'onTime' | 'late' | 'pending' {
  if (done) return utcDate(done) <= due ? 'onTime' : 'late';
  return due >= AS_OF_DATE ? 'pending' : 'late';
}

/** What the report should say of each enquiry, by the documented rules, counted independently. */
export function expectedEnquiries(enquiries: readonly IEnquiryForReport[]): IExpectedEnquiry[] {
  return enquiries.map((enquiry) => {
    const receivedDate = utcDate(enquiry.received);
    const respondedAt = enquiry.responded ?? enquiry.closed;
    const acknowledgedAt = enquiry.acknowledged ?? respondedAt;
    const acknowledgement = outcome(acknowledgedAt, oracleWorkingDaysAfter(receivedDate, 1));
    const response = outcome(respondedAt, oracleWorkingDaysAfter(receivedDate, 10));
    const open = enquiry.status !== 'closed';
    return {
      id: enquiry.id,
      month: receivedDate.slice(0, 7),
      service: enquiry.service,
      directorate: enquiry.directorate,
      ward: enquiry.ward,
      acknowledgement,
      response,
      open,
      overdue: open && ((!acknowledgedAt && acknowledgement === 'late') || (!respondedAt && response === 'late'))
    };
  });
}

function measureOf(results: readonly string[]): IExpectedMeasure {
  const onTime = results.filter((result) => result === 'onTime').length;
  const late = results.filter((result) => result === 'late').length;
  const pending = results.filter((result) => result === 'pending').length;
  return { onTime, late, pending, percentOnTime: onTime + late === 0 ? undefined : (100 * onTime) / (onTime + late) };
}

export function expectedRow(key: string, group: readonly IExpectedEnquiry[]): IExpectedRow {
  return {
    key,
    received: group.length,
    acknowledgement: measureOf(group.map((enquiry) => enquiry.acknowledgement)),
    response: measureOf(group.map((enquiry) => enquiry.response)),
    open: group.filter((enquiry) => enquiry.open).length,
    overdue: group.filter((enquiry) => enquiry.overdue).length
  };
}

export function expectedRowsBy(expected: readonly IExpectedEnquiry[], keyOf: (enquiry: IExpectedEnquiry) => string): Map<string, IExpectedRow> {
  const keys = [...new Set(expected.map(keyOf))];
  return new Map(keys.map((key) => [key, expectedRow(key, expected.filter((enquiry) => keyOf(enquiry) === key))]));
}

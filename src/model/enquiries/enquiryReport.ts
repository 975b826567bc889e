/**
 * The enquiries report for Democratic Services and scrutiny: acknowledged and responded on time
 * (counts and per cent), in total and by month of receipt, service, directorate and ward, with the
 * open and overdue lists, all as they stood at one instant.
 */
import { dueDatesByDay } from './enquiryDueDates';
import type { IEnquiryForReport } from './enquiryForReport';
import { enquiryOutcome, IEnquiryOutcome, TargetOutcome } from './enquiryOutcome';
import { REPORT_GROUP_KEY } from './enquiryReportGrouping';
import type { IEnquiryTargets } from './enquiryTargets';
import type { IWorkingCalendar } from './workingCalendar';

export interface ITargetMeasure {
  readonly onTime: number;
  readonly late: number;
  /** Not done and not yet due: left out of the percentage. */
  readonly pending: number;
  /** onTime of (onTime + late), 0–100; undefined while nothing is decided. */
  readonly percentOnTime: number | undefined;
}

/**
 * A measure's per cent on time as the report gives it everywhere, on screen and in the CSV: to one decimal place
 * (so 569 of 911 is 62.5 in both, never 62 on screen and 62.5 in the file); undefined while nothing is decided.
 */
export function percentToOneDecimal(measure: ITargetMeasure): number | undefined {
  const decided = measure.onTime + measure.late;
  // From the counts, halves up: 306 of 480 is 63.75 exactly, so 63.8 (the float 0.6375 × 100 falls just below).
  return decided === 0 ? undefined : Math.round((1000 * measure.onTime) / decided) / 10;
}

export interface IEnquiryReportRow {
  /** The month (YYYY-MM, UK time of receipt), service, directorate or ward; "" when not recorded. */
  readonly key: string;
  readonly received: number;
  readonly acknowledgement: ITargetMeasure;
  readonly response: ITargetMeasure;
  readonly open: number;
  readonly overdue: number;
}

export interface IEnquiryReport {
  readonly asOf: Date;
  readonly targets: IEnquiryTargets;
  readonly total: IEnquiryReportRow;
  readonly byMonth: readonly IEnquiryReportRow[];
  readonly byService: readonly IEnquiryReportRow[];
  readonly byDirectorate: readonly IEnquiryReportRow[];
  readonly byWard: readonly IEnquiryReportRow[];
  /** Open at asOf, soonest response due first. */
  readonly open: readonly IEnquiryOutcome[];
  /** Open and past a due day at asOf, longest overdue first. */
  readonly overdue: readonly IEnquiryOutcome[];
}

function measure(outcomes: readonly IEnquiryOutcome[], target: (outcome: IEnquiryOutcome) => TargetOutcome): ITargetMeasure {
  let onTime = 0;
  let late = 0;
  let pending = 0;
  for (const outcome of outcomes) {
    const result = target(outcome);
    if (result === 'onTime') onTime++;
    else if (result === 'late') late++;
    else pending++;
  }
  const decided = onTime + late;
  return { onTime, late, pending, percentOnTime: decided === 0 ? undefined : (onTime / decided) * 100 };
}

function row(key: string, outcomes: readonly IEnquiryOutcome[]): IEnquiryReportRow {
  return {
    key,
    received: outcomes.length,
    acknowledgement: measure(outcomes, (outcome) => outcome.acknowledgement),
    response: measure(outcomes, (outcome) => outcome.response),
    open: outcomes.filter((outcome) => outcome.isOpen).length,
    overdue: outcomes.filter((outcome) => outcome.isOverdue).length
  };
}

const byKey = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

function rowsBy(outcomes: readonly IEnquiryOutcome[], keyOf: (outcome: IEnquiryOutcome) => string): IEnquiryReportRow[] {
  const groups = new Map<string, IEnquiryOutcome[]>();
  for (const outcome of outcomes) {
    const key = keyOf(outcome).trim();
    const group = groups.get(key);
    if (group) group.push(outcome);
    else groups.set(key, [outcome]);
  }
  return [...groups.entries()].sort(([a], [b]) => byKey.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)).map(([key, group]) => row(key, group));
}

function byDueThenId(dueOf: (outcome: IEnquiryOutcome) => string) {
  return (a: IEnquiryOutcome, b: IEnquiryOutcome): number =>
    dueOf(a).localeCompare(dueOf(b)) || a.enquiry.received.getTime() - b.enquiry.received.getTime() || a.enquiry.id.localeCompare(b.enquiry.id);
}


/**
 * The report at `asOf`. Enquiries received after `asOf` are left out; anything done after it
 * counts as not done yet, so a report for a past instant shows what was known then.
 */
export function enquiryReport(
  enquiries: readonly IEnquiryForReport[],
  asOf: Date,
  targets: IEnquiryTargets,
  calendar: IWorkingCalendar
): IEnquiryReport {
  const dueDatesOf = dueDatesByDay(targets, calendar);
  const outcomes = enquiries
    .filter((enquiry) => enquiry.received.getTime() <= asOf.getTime())
    .map((enquiry) => enquiryOutcome(enquiry, asOf, dueDatesOf));
  return {
    asOf,
    targets,
    total: row('', outcomes),
    byMonth: rowsBy(outcomes, (outcome) => REPORT_GROUP_KEY.month(outcome.enquiry)),
    byService: rowsBy(outcomes, (outcome) => REPORT_GROUP_KEY.service(outcome.enquiry)),
    byDirectorate: rowsBy(outcomes, (outcome) => REPORT_GROUP_KEY.directorate(outcome.enquiry)),
    byWard: rowsBy(outcomes, (outcome) => REPORT_GROUP_KEY.ward(outcome.enquiry)),
    open: outcomes.filter((outcome) => outcome.isOpen).sort(byDueThenId((outcome) => outcome.respondBy)),
    overdue: outcomes.filter((outcome) => outcome.isOverdue).sort(byDueThenId((outcome) => outcome.overdueSince ?? outcome.respondBy))
  };
}

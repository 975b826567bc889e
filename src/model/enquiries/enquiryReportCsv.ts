/**
 * The enquiries report as CSV for scrutiny papers and spreadsheets. Column names are fixed,
 * machine-readable snake_case (not translated), like the open data export: a spreadsheet, pivot
 * table or Power BI query built on one month's file keeps working on the next, whichever language
 * the person exporting uses. docs/enquiries.md § Report CSV describes each column. Cells are
 * written by the project's one formula-safe CSV writer (csvRows in ../openDataCsv), so a service
 * or ward named "=HYPERLINK(…)" is text in the spreadsheet.
 */
import { csvRows } from '../openDataCsv';
import type { IEnquiryOutcome } from './enquiryOutcome';
import { percentToOneDecimal, type IEnquiryReport, type IEnquiryReportRow, type ITargetMeasure } from './enquiryReport';
import { reportRowsBy, ReportGrouping } from './enquiryReportGrouping';

export const ENQUIRY_REPORT_CSV_COLUMNS = [
  'breakdown',
  'group',
  'received',
  'acknowledged_on_time',
  'acknowledged_late',
  'acknowledgement_pending',
  'acknowledged_on_time_percent',
  'responded_on_time',
  'responded_late',
  'response_pending',
  'responded_on_time_percent',
  'open',
  'overdue'
] as const;

export const ENQUIRY_LIST_CSV_COLUMNS = [
  'enquiry_id',
  'received',
  'status',
  'service',
  'directorate',
  'ward',
  'acknowledge_by',
  'acknowledged',
  'acknowledgement',
  'respond_by',
  'responded',
  'response',
  'overdue_since'
] as const;

/** Which breakdown a summary row belongs to (the `breakdown` column). */
export type EnquiryReportBreakdown = 'total' | ReportGrouping;

/** The CSV's order of breakdowns after the total (fixed: spreadsheets built on it rely on it). */
const CSV_GROUPINGS: readonly ReportGrouping[] = ['month', 'service', 'directorate', 'ward'];

/** A percentage to one decimal place ("" while nothing is decided), a dot as decimal separator. */
function percentCell(measure: ITargetMeasure): string {
  const percent = percentToOneDecimal(measure);
  return percent === undefined ? '' : percent.toFixed(1);
}

function summaryCells(breakdown: EnquiryReportBreakdown, row: IEnquiryReportRow): string[] {
  return [
    breakdown,
    row.key,
    String(row.received),
    String(row.acknowledgement.onTime),
    String(row.acknowledgement.late),
    String(row.acknowledgement.pending),
    percentCell(row.acknowledgement),
    String(row.response.onTime),
    String(row.response.late),
    String(row.response.pending),
    percentCell(row.response),
    String(row.open),
    String(row.overdue)
  ];
}

/** The summary: the total first, then each month, service, directorate and ward in the report's order. */
export function enquiryReportCsv(report: IEnquiryReport): string {
  const sections: [EnquiryReportBreakdown, readonly IEnquiryReportRow[]][] = [
    ['total', [report.total]],
    ...CSV_GROUPINGS.map((grouping): [EnquiryReportBreakdown, readonly IEnquiryReportRow[]] => [grouping, reportRowsBy(report, grouping)])
  ];
  const rows = sections.flatMap(([breakdown, rowsOf]) => rowsOf.map((row) => summaryCells(breakdown, row)));
  return csvRows([[...ENQUIRY_REPORT_CSV_COLUMNS], ...rows]);
}

function instantCell(instant: Date | undefined): string {
  return instant === undefined ? '' : instant.toISOString();
}

/** One row per enquiry (the report's open or overdue list), times as UTC ISO 8601, due days as YYYY-MM-DD. */
export function enquiryListCsv(outcomes: readonly IEnquiryOutcome[]): string {
  const rows = outcomes.map((outcome) => [
    outcome.enquiry.id,
    instantCell(outcome.enquiry.received),
    outcome.enquiry.status,
    outcome.enquiry.service,
    outcome.enquiry.directorate,
    outcome.enquiry.ward,
    outcome.acknowledgeBy,
    instantCell(outcome.acknowledgedAt),
    outcome.acknowledgement,
    outcome.respondBy,
    instantCell(outcome.respondedAt),
    outcome.response,
    outcome.overdueSince ?? ''
  ]);
  return csvRows([[...ENQUIRY_LIST_CSV_COLUMNS], ...rows]);
}

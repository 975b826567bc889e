/**
 * How the enquiries report groups enquiries: by the month they arrived (UK time), their service, the service's
 * directorate or the ward. The one definition of each group's key, used by the report's rows (enquiryReport.ts),
 * the median working days beside them, the table and chart on screen and the CSV (enquiryReportCsv.ts), so what
 * the screen shows and what the CSV holds cannot disagree.
 */
import { monthOf } from '../../schema/ukDates';
import { receivedOn } from './enquiryDueDates';
import type { IEnquiryForReport } from './enquiryForReport';
import type { IEnquiryReport, IEnquiryReportRow } from './enquiryReport';

/** In the order the screen offers them (service first: the report's first view). */
export const REPORT_GROUPINGS = ['service', 'directorate', 'ward', 'month'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

export function isReportGrouping(value: string): value is ReportGrouping {
  return (REPORT_GROUPINGS as readonly string[]).includes(value);
}

/** The group an enquiry falls in: YYYY-MM of its UK date of receipt, or the name trimmed ("" when not recorded). */
export const REPORT_GROUP_KEY: Readonly<Record<ReportGrouping, (enquiry: IEnquiryForReport) => string>> = {
  month: (enquiry) => monthOf(receivedOn(enquiry.received)),
  service: (enquiry) => enquiry.service.trim(),
  directorate: (enquiry) => enquiry.directorate.trim(),
  ward: (enquiry) => enquiry.ward.trim()
};

/** The report's rows for a grouping, in the report's order (months in time order, names alphabetically). */
export function reportRowsBy(report: IEnquiryReport, grouping: ReportGrouping): readonly IEnquiryReportRow[] {
  switch (grouping) {
    case 'month':
      return report.byMonth;
    case 'service':
      return report.byService;
    case 'directorate':
      return report.byDirectorate;
    case 'ward':
      return report.byWard;
  }
}

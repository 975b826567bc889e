/** The figures per group that the report's table and chart show, for the chosen grouping: one source for both. */
import type { IEnquiryReport, ITargetMeasure } from '../../../model/enquiries/enquiryReport';
import { reportRowsBy, ReportGrouping } from '../../../model/enquiries/enquiryReportGrouping';

export interface IGroupFigures {
  /** The month (YYYY-MM), service, directorate or ward; "" when not recorded. */
  readonly key: string;
  readonly received: number;
  readonly acknowledgement: ITargetMeasure;
  /** On time, late (responded after the due day, or not responded and past it) and pending (not yet due). */
  readonly response: ITargetMeasure;
  readonly open: number;
  /** Open at the report's instant and past a due day (acknowledgement or response). */
  readonly overdue: number;
  /** Undefined while none was responded to. */
  readonly medianWorkingDays: number | undefined;
}

export interface IReportFigures {
  readonly grouping: ReportGrouping;
  readonly groups: readonly IGroupFigures[];
  readonly total: IGroupFigures;
}

/** The report's rows for `grouping` (reportRowsBy: the CSV's rows too) with each group's median working days to respond. */
export function reportFigures(
  report: IEnquiryReport,
  grouping: ReportGrouping,
  medians: { readonly byGroup: ReadonlyMap<string, number>; readonly total: number | undefined }
): IReportFigures {
  return {
    grouping,
    groups: reportRowsBy(report, grouping).map((row) => ({ ...row, medianWorkingDays: medians.byGroup.get(row.key) })),
    total: { ...report.total, medianWorkingDays: medians.total }
  };
}

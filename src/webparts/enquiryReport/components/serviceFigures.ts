/** The per-service figures the report's table and chart show: one source for both. */
import type { IEnquiryReport, IEnquiryReportRow } from '../../../model/enquiries/enquiryReport';

export interface IServiceFigures {
  /** The service's name; "" when not recorded. */
  readonly service: string;
  readonly received: number;
  readonly respondedOnTime: number;
  /** Responded after the due day, or not responded and past it. */
  readonly late: number;
  /** Not responded and not yet due. */
  readonly pending: number;
  /** Open at the report's instant and past a due day (acknowledgement or response). */
  readonly openOverdue: number;
  /** Undefined while none was responded to. */
  readonly medianWorkingDays: number | undefined;
}

function figuresOf(row: IEnquiryReportRow, medianWorkingDays: number | undefined): IServiceFigures {
  return {
    service: row.key,
    received: row.received,
    respondedOnTime: row.response.onTime,
    late: row.response.late,
    pending: row.response.pending,
    openOverdue: row.overdue,
    medianWorkingDays
  };
}

export interface IReportFigures {
  readonly services: readonly IServiceFigures[];
  readonly total: IServiceFigures;
}

export function reportFigures(report: IEnquiryReport, medians: { byService: ReadonlyMap<string, number>; total: number | undefined }): IReportFigures {
  return {
    services: report.byService.map((row) => figuresOf(row, medians.byService.get(row.key))),
    total: figuresOf(report.total, medians.total)
  };
}

/** What each grouping is called on screen: its choice, column, caption, total row, chart heading and "not recorded". */
import * as strings from 'EnquiryReportWebPartStrings';
import type { ReportGrouping } from '../../../model/enquiries/enquiryReportGrouping';
import { formatCalendarMonth } from '../../../ui/formatCalendarDate';

interface IGroupingLabels {
  /** The choice and the table's first column. */
  readonly name: string;
  /** With {0} and {1}: the period's first and last days. */
  readonly caption: string;
  readonly total: string;
  readonly chartHeading: string;
  readonly notRecorded: string;
}

export const GROUPING_LABELS: Readonly<Record<ReportGrouping, IGroupingLabels>> = {
  service: {
    name: strings.GroupService,
    caption: strings.TableCaptionService,
    total: strings.TotalService,
    chartHeading: strings.ChartHeadingService,
    notRecorded: strings.ServiceNotRecorded
  },
  directorate: {
    name: strings.GroupDirectorate,
    caption: strings.TableCaptionDirectorate,
    total: strings.TotalDirectorate,
    chartHeading: strings.ChartHeadingDirectorate,
    notRecorded: strings.DirectorateNotRecorded
  },
  ward: {
    name: strings.GroupWard,
    caption: strings.TableCaptionWard,
    total: strings.TotalWard,
    chartHeading: strings.ChartHeadingWard,
    notRecorded: strings.WardNotRecorded
  },
  month: {
    name: strings.GroupMonth,
    caption: strings.TableCaptionMonth,
    total: strings.TotalMonth,
    chartHeading: strings.ChartHeadingMonth,
    // Every enquiry has a date of receipt; kept for completeness.
    notRecorded: strings.GroupMonth
  }
};

/** A group as the reader sees it: "November 2026" for a month, the name otherwise, or "… not recorded". */
export function groupName(grouping: ReportGrouping, key: string): string {
  if (key === '') return GROUPING_LABELS[grouping].notRecorded;
  return grouping === 'month' ? formatCalendarMonth(key) : key;
}

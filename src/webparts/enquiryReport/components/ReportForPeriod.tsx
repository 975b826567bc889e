import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'EnquiryReportWebPartStrings';
import type { IRequestEvents } from '../../../contracts/requestEvents';
import type { IEnquiryReportRepository, OpenEnquiryDetails, ReportReader } from '../../../data/EnquiryReportRepository';
import type { IListsSite } from '../../../data/resolveListsSite';
import type { IEnquiryForReport } from '../../../model/enquiries/enquiryForReport';
import { enquiryReport, IEnquiryReport, percentToOneDecimal } from '../../../model/enquiries/enquiryReport';
import { REPORT_GROUP_KEY, REPORT_GROUPINGS, ReportGrouping, isReportGrouping } from '../../../model/enquiries/enquiryReportGrouping';
import { IOverdueEnquiry, overdueEnquiries } from '../../../model/enquiries/enquiryReportOverdue';
import { median, medianWorkingDaysToRespondBy, workingDaysToRespond } from '../../../model/enquiries/enquiryResponseTimes';
import type { IEnquiryRules } from '../../../model/enquiries/enquiryCalendarSettings';
import type { IWorkingCalendar } from '../../../model/enquiries/workingCalendar';
import { RadioGroup } from '../../../ui/controls/RadioGroup';
import { formatCalendarDate } from '../../../ui/formatCalendarDate';
import { formatNumber } from '../../../ui/formatNumber';
import { formatText } from '../../../ui/formatText';
import { useAsyncResource } from '../../../ui/useAsyncResource';
import { ViewBody, ViewState } from '../../shared/components/ViewState';
import { IReportDates, periodOf } from '../reportPeriod';
import { GroupChart } from './GroupChart';
import { reportFigures } from './groupFigures';
import { GROUPING_LABELS } from './groupLabels';
import { GroupTable } from './GroupTable';
import { OverdueList } from './OverdueList';
import { ReportDownloads } from './ReportDownloads';

export interface IReportForPeriodProps {
  readonly repository: IEnquiryReportRepository;
  readonly dates: IReportDates;
  /** The council's targets and working calendar, once its settings are read. */
  readonly rules: Promise<IEnquiryRules>;
  readonly listsSite: IListsSite;
  readonly requestEvents?: IRequestEvents;
  readonly now: () => Date;
  /** How the table and chart group the figures; the reader's choice, kept when they show another period. */
  readonly grouping: ReportGrouping;
  readonly onGroupingChange: (grouping: ReportGrouping) => void;
}

interface IComputed {
  readonly report: IEnquiryReport;
  readonly enquiries: readonly IEnquiryForReport[];
  readonly calendar: IWorkingCalendar;
  /** Median working days to respond over the whole period. */
  readonly totalMedian: number | undefined;
  readonly overdue: readonly IOverdueEnquiry[];
  readonly details: OpenEnquiryDetails;
}

/** Subjects and officers for Democratic Services only, and only of the listed enquiries; a failed read shows no list, not no report. */
async function overdueDetails(repository: IEnquiryReportRepository, reader: ReportReader, overdue: readonly IOverdueEnquiry[]): Promise<OpenEnquiryDetails> {
  if (reader === 'other') return { kind: 'notDemocraticServices' };
  if (reader === 'unknown') return { kind: 'unknown' };
  if (overdue.length === 0) return { kind: 'democraticServices', byId: new Map() };
  try {
    return { kind: 'democraticServices', byId: await repository.enquiryDetails(overdue.map((entry) => entry.outcome.enquiry.id)) };
  } catch {
    return { kind: 'unknown' };
  }
}

const GROUPING_OPTIONS = REPORT_GROUPINGS.map((grouping) => ({ key: grouping, text: GROUPING_LABELS[grouping].name }));

const classes = mergeStyleSets({
  root: { display: 'grid', gap: 16 },
  summary: { margin: 0 }
});

/** One period's report: read, worked out as it stands now, and shown as a table, a chart and CSV downloads. */
export function ReportForPeriod(props: IReportForPeriodProps): JSX.Element {
  const { repository, dates, rules, now, grouping, onGroupingChange } = props;
  const load = React.useCallback(async (): Promise<IComputed> => {
    const [{ targets, calendar }, enquiries, reader] = await Promise.all([rules, repository.enquiriesReceived(periodOf(dates)), repository.reportReader()]);
    const asOf = now();
    const report = enquiryReport(enquiries, asOf, targets, calendar);
    const taken = enquiries.map((enquiry) => workingDaysToRespond(enquiry, asOf, calendar)).filter((days): days is number => days !== undefined);
    const overdue = overdueEnquiries(report, calendar);
    return { report, enquiries, calendar, totalMedian: median(taken), overdue, details: await overdueDetails(repository, reader, overdue) };
  }, [repository, dates, rules, now]);
  const [resource, retry] = useAsyncResource(load);
  const computed = resource.status === 'ready' ? resource.value : undefined;
  // Medians for the chosen grouping only: each needs a pass over the period's enquiries.
  const figures = React.useMemo(() => {
    if (!computed) return undefined;
    const { report, enquiries, calendar, totalMedian } = computed;
    return reportFigures(report, grouping, { byGroup: medianWorkingDaysToRespondBy(enquiries, report.asOf, calendar, REPORT_GROUP_KEY[grouping]), total: totalMedian });
  }, [computed, grouping]);
  const chooseGrouping = React.useCallback((key: string) => {
    if (isReportGrouping(key)) onGroupingChange(key);
  }, [onGroupingChange]);

  const from = formatCalendarDate(dates.from);
  const to = formatCalendarDate(dates.to);
  let body: ViewBody;
  if (resource.status === 'loading' || (resource.status === 'ready' && figures === undefined)) body = { kind: 'loading', label: strings.LoadingLabel };
  else if (resource.status === 'error') body = { kind: 'error', heading: strings.ErrorHeading, error: resource.error, onRetry: retry };
  else if (resource.value.report.total.received === 0) body = { kind: 'empty', heading: strings.NoEnquiriesHeading, message: formatText(strings.NoEnquiriesMessage, from, to) };
  else if (figures !== undefined) {
    const { report, overdue, details } = resource.value;
    const response = report.total.response;
    const decided = response.onTime + response.late;
    body = {
      kind: 'ready',
      content: (
        <div className={classes.root}>
          <p className={classes.summary}>
            {formatText(strings.PeriodSummary, from, to, formatNumber(report.total.received))}{' '}
            {decided === 0
              ? strings.NothingDueYet
              : formatText(strings.ResponseSummary, formatNumber(response.onTime), formatNumber(decided), `${formatNumber(percentToOneDecimal(response) ?? 0)}%`)}
          </p>
          <RadioGroup label={strings.GroupByLabel} options={GROUPING_OPTIONS} selectedKey={grouping} onChange={chooseGrouping} />
          <GroupTable figures={figures} caption={formatText(GROUPING_LABELS[grouping].caption, from, to)} />
          <ReportDownloads report={report} dates={dates} />
          <GroupChart grouping={grouping} groups={figures.groups} />
          <OverdueList overdue={overdue} details={details} caption={formatText(strings.OverdueCaption, from, to)} />
        </div>
      )
    };
  } else body = { kind: 'loading', label: strings.LoadingLabel };
  return <ViewState body={body} listsSite={props.listsSite} requestEvents={props.requestEvents} />;
}

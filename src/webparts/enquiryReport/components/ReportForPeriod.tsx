import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'EnquiryReportWebPartStrings';
import type { IRequestEvents } from '../../../contracts/requestEvents';
import type { IEnquiryReportRepository } from '../../../data/EnquiryReportRepository';
import type { IListsSite } from '../../../data/resolveListsSite';
import { enquiryReport, IEnquiryReport } from '../../../model/enquiries/enquiryReport';
import { median, medianWorkingDaysToRespondByService, workingDaysToRespond } from '../../../model/enquiries/enquiryResponseTimes';
import type { IEnquiryRules } from '../../../model/enquiries/enquiryCalendarSettings';
import { formatCalendarDate } from '../../../ui/formatCalendarDate';
import { formatNumber } from '../../../ui/formatNumber';
import { formatText } from '../../../ui/formatText';
import { useAsyncResource } from '../../../ui/useAsyncResource';
import { ViewBody, ViewState } from '../../shared/components/ViewState';
import { IReportDates, periodOf } from '../reportPeriod';
import { ReportDownloads } from './ReportDownloads';
import { ServiceChart } from './ServiceChart';
import { ServiceTable } from './ServiceTable';
import { IReportFigures, reportFigures } from './serviceFigures';

export interface IReportForPeriodProps {
  readonly repository: IEnquiryReportRepository;
  readonly dates: IReportDates;
  /** The council's targets and working calendar, once its settings are read. */
  readonly rules: Promise<IEnquiryRules>;
  readonly listsSite: IListsSite;
  readonly requestEvents?: IRequestEvents;
  readonly now: () => Date;
}

interface IComputed {
  readonly report: IEnquiryReport;
  readonly figures: IReportFigures;
}

const classes = mergeStyleSets({
  root: { display: 'grid', gap: 16 },
  summary: { margin: 0 }
});

/** One period's report: read, worked out as it stands now, and shown as a table, a chart and CSV downloads. */
export function ReportForPeriod(props: IReportForPeriodProps): JSX.Element {
  const { repository, dates, rules, now } = props;
  const load = React.useCallback(async (): Promise<IComputed> => {
    const [{ targets, calendar }, enquiries] = await Promise.all([rules, repository.enquiriesReceived(periodOf(dates))]);
    const asOf = now();
    const report = enquiryReport(enquiries, asOf, targets, calendar);
    const taken = enquiries.map((enquiry) => workingDaysToRespond(enquiry, asOf, calendar)).filter((days): days is number => days !== undefined);
    const figures = reportFigures(report, { byService: medianWorkingDaysToRespondByService(enquiries, asOf, calendar), total: median(taken) });
    return { report, figures };
  }, [repository, dates, rules, now]);
  const [resource, retry] = useAsyncResource(load);

  const from = formatCalendarDate(dates.from);
  const to = formatCalendarDate(dates.to);
  let body: ViewBody;
  if (resource.status === 'loading') body = { kind: 'loading', label: strings.LoadingLabel };
  else if (resource.status === 'error') body = { kind: 'error', heading: strings.ErrorHeading, error: resource.error, onRetry: retry };
  else if (resource.value.report.total.received === 0) body = { kind: 'empty', heading: strings.NoEnquiriesHeading, message: formatText(strings.NoEnquiriesMessage, from, to) };
  else {
    const { report, figures } = resource.value;
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
              : formatText(strings.ResponseSummary, formatNumber(response.onTime), formatNumber(decided), `${formatNumber(Math.round(response.percentOnTime ?? 0))}%`)}
          </p>
          <ServiceTable figures={figures} caption={formatText(strings.TableCaption, from, to)} />
          <ReportDownloads report={report} dates={dates} />
          <ServiceChart services={figures.services} />
        </div>
      )
    };
  }
  return <ViewState body={body} listsSite={props.listsSite} requestEvents={props.requestEvents} />;
}

import * as React from 'react';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'EnquiryReportWebPartStrings';
import type { IRequestEvents } from '../../../contracts/requestEvents';
import type { IEnquiryReportRepository } from '../../../data/EnquiryReportRepository';
import type { IListsSite } from '../../../data/resolveListsSite';
import type { IEnquiryTargets } from '../../../model/enquiries/enquiryTargets';
import { ukDateAt } from '../../../model/enquiries/ukDayBoundary';
import type { UkNation } from '../../../model/enquiries/ukNation';
import { workingCalendar } from '../../../model/enquiries/workingCalendar';
import { formatText } from '../../../ui/formatText';
import { WebPartFrame } from '../../shared/components/WebPartFrame';
import { IReportDates, reportDates } from '../reportPeriod';
import { PeriodPicker } from './PeriodPicker';
import { ReportForPeriod } from './ReportForPeriod';

export interface IEnquiryReportProps {
  readonly repository: IEnquiryReportRepository;
  readonly title: string;
  readonly listsSite: IListsSite;
  readonly requestEvents?: IRequestEvents;
  /** Whose bank holidays count as non-working days. */
  readonly nation: UkNation;
  readonly targets: IEnquiryTargets;
  /** SharePoint theme; absent means Fluent's default. */
  readonly theme?: PartialTheme;
  /** The clock (tests). */
  readonly now?: () => Date;
}

const classes = mergeStyleSets({
  root: { gap: 16 },
  lead: { display: 'grid', gap: 12 },
  paragraph: { margin: 0 }
});

const systemClock = (): Date => new Date();

/**
 * Root of the enquiries report, for Democratic Services and managers: a period, then per service the
 * enquiries received, responded within target, late, open and overdue and the median working days to
 * respond, as a table (the primary view), CSV files and a chart. It reads what SharePoint lets the user see.
 */
export function EnquiryReport(props: IEnquiryReportProps): JSX.Element {
  const now = props.now ?? systemClock;
  const today = React.useMemo(() => ukDateAt(now()), [now]);
  // Each "Show report" reads again, also for the same dates (someone may have answered an enquiry since).
  const [shown, setShown] = React.useState<{ readonly dates: IReportDates; readonly run: number }>(() => ({ dates: reportDates('thisQuarter', today) as IReportDates, run: 0 }));
  const show = React.useCallback((dates: IReportDates) => setShown((previous) => ({ dates, run: previous.run + 1 })), []);
  const { dates } = shown;
  const calendar = React.useMemo(() => workingCalendar(props.nation), [props.nation]);
  return (
    <WebPartFrame
      title={props.title}
      idPrefix="enquiry-report"
      theme={props.theme}
      listsSite={props.listsSite}
      requestEvents={props.requestEvents}
      rootStyle={classes.root}
      lead={
        <div className={classes.lead}>
          <p className={classes.paragraph}>{formatText(strings.Intro, props.targets.respondWorkingDays)}</p>
          <p className={classes.paragraph}>
            <strong>{strings.VisibilityNote}</strong>
          </p>
          <PeriodPicker today={today} onShow={show} />
        </div>
      }
      body={{
        kind: 'ready',
        content: (
          <ReportForPeriod
            key={shown.run}
            repository={props.repository}
            dates={dates}
            targets={props.targets}
            calendar={calendar}
            listsSite={props.listsSite}
            requestEvents={props.requestEvents}
            now={now}
          />
        )
      }}
    />
  );
}

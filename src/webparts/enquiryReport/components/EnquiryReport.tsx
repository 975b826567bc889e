import * as React from 'react';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'EnquiryReportWebPartStrings';
import type { IRequestEvents } from '../../../contracts/requestEvents';
import type { IEnquiryReportRepository } from '../../../data/EnquiryReportRepository';
import type { IListsSite } from '../../../data/resolveListsSite';
import type { IEnquirySettingsRead } from '../../../data/readEnquirySettings';
import { enquiryRulesFrom, IEnquiryRules } from '../../../model/enquiries/enquiryCalendarSettings';
import { ukDateAt } from '../../../model/enquiries/ukDayBoundary';
import type { ReportGrouping } from '../../../model/enquiries/enquiryReportGrouping';
import type { UkNation } from '../../../model/enquiries/ukNation';
import { formatText } from '../../../ui/formatText';
import { useAsyncResource } from '../../../ui/useAsyncResource';
import { WebPartFrame } from '../../shared/components/WebPartFrame';
import { IReportDates, reportDates } from '../reportPeriod';
import { PeriodPicker } from './PeriodPicker';
import { ReportForPeriod } from './ReportForPeriod';
import { SettingsNotes } from './SettingsNotes';

export interface IEnquiryReportProps {
  readonly repository: IEnquiryReportRepository;
  readonly title: string;
  readonly listsSite: IListsSite;
  readonly requestEvents?: IRequestEvents;
  /** Whose bank holidays count when the council's settings name no nation (the page's property). */
  readonly fallbackNation: UkNation;
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

interface ISettingsAndRules {
  readonly read: IEnquirySettingsRead;
  readonly rules: IEnquiryRules;
}

/** The council's settings and the rules they give; the read never rejects, and its values are always usable. */
async function settingsAndRules(repository: IEnquiryReportRepository, fallbackNation: UkNation): Promise<ISettingsAndRules> {
  const read = await repository.calendarSettings(fallbackNation);
  return { read, rules: enquiryRulesFrom(read.settings) };
}

/**
 * Root of the enquiries report, for Democratic Services and managers: a period, then by service, directorate,
 * ward or month (the reader's choice) the enquiries received, acknowledged and responded on time, open and
 * overdue and the median working days to respond, as a table (the primary view), CSV files and a chart, and the
 * open and overdue list (Democratic Services only). It reads what SharePoint lets the user see.
 * Targets, nation and closure days are the council's (HubSettings, EnquiryClosureDays); a note says when
 * any of them is a default.
 */
export function EnquiryReport(props: IEnquiryReportProps): JSX.Element {
  const now = props.now ?? systemClock;
  const today = React.useMemo(() => ukDateAt(now()), [now]);
  // Each "Show report" reads again, also for the same dates (someone may have answered an enquiry since).
  const [shown, setShown] = React.useState<{ readonly dates: IReportDates; readonly run: number }>(() => ({ dates: reportDates('thisQuarter', today) as IReportDates, run: 0 }));
  const show = React.useCallback((dates: IReportDates) => setShown((previous) => ({ dates, run: previous.run + 1 })), []);
  const { dates } = shown;
  const [grouping, setGrouping] = React.useState<ReportGrouping>('service');
  // The council's settings, read once; each period's report waits for them alongside its enquiries.
  const { repository, fallbackNation } = props;
  const settings = React.useMemo(() => settingsAndRules(repository, fallbackNation), [repository, fallbackNation]);
  const rules = React.useMemo(() => settings.then((read) => read.rules), [settings]);
  const loadSettings = React.useCallback(() => settings, [settings]);
  const [settingsResource] = useAsyncResource(loadSettings, settings);
  const read = settingsResource.status === 'ready' ? settingsResource.value : undefined;
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
          {read && <p className={classes.paragraph}>{formatText(strings.Intro, read.rules.targets.acknowledgeWorkingDays, read.rules.targets.respondWorkingDays)}</p>}
          {read && <SettingsNotes read={read.read} />}
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
            rules={rules}
            listsSite={props.listsSite}
            requestEvents={props.requestEvents}
            now={now}
            grouping={grouping}
            onGroupingChange={setGrouping}
          />
        )
      }}
    />
  );
}

import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'MemberBriefingsWebPartStrings';
import type { IBriefingRepository } from '../../../data/IBriefingRepository';
import type { IRequestEvents } from '../../../contracts/requestEvents';
import type { IListsSite } from '../../../data/resolveListsSite';
import type { IBriefing } from '../../../model/Briefing';
import { nextMonth, previousMonth, type CalendarDate, type CalendarMonth } from '../../../schema/ukDates';
import { formatCalendarDate, formatCalendarMonth } from '../../../ui/formatCalendarDate';
import { formatText } from '../../../ui/formatText';
import { InPlaceLink } from '../../../ui/InPlaceLink';
import { LiveAnnouncement } from '../../../ui/LiveAnnouncement';
import { focusRing, minimumTarget } from '../../../ui/styles';
import { useAsyncResource } from '../../../ui/useAsyncResource';
import { formatPlural, pluralForms } from '../../../ui/formatPlural';
import { ViewBody, ViewState } from '../../shared/components/ViewState';
import { Button } from '../../../ui/controls/Button';

export interface IBriefingArchiveProps {
  repository: IBriefingRepository;
  requestEvents?: IRequestEvents;
  listsSite: IListsSite;
  month: CalendarMonth;
  locale: string;
  onMonthChange: (month: CalendarMonth) => void;
  /** The address of a week, so each entry is a real link. */
  weekHref: (week: CalendarDate) => string;
  onOpenWeek: (week: CalendarDate) => void;
}

/** Past briefings one month at a time, newest first; each opens its week. */
export function BriefingArchive(props: IBriefingArchiveProps): JSX.Element {
  const theme = useTheme();
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 8, marginBottom: 12 },
        heading: { margin: 0, fontSize: 20, fontWeight: 600 },
        buttons: { display: 'flex', gap: 8 },
        button: { ...minimumTarget, ...focusRing(theme) }
      }),
    [theme]
  );
  const monthText = formatCalendarMonth(props.month, props.locale);
  return (
    <>
      <div className={classes.header}>
        <h3 className={classes.heading}>{formatText(strings.ArchiveHeading, monthText)}</h3>
        <nav className={classes.buttons} aria-label={strings.ArchiveNavigationLabel}>
          <Button
            className={classes.button}
            iconName="ChevronLeft"
            text={strings.PreviousMonth}
            onClick={() => props.onMonthChange(previousMonth(props.month))}
          />
          <Button
            className={classes.button}
            endIconName="ChevronRight"
            text={strings.NextMonth}
            onClick={() => props.onMonthChange(nextMonth(props.month))}
          />
        </nav>
      </div>
      <ArchiveMonth key={props.month} {...props} monthText={monthText} />
    </>
  );
}

const listClasses = mergeStyleSets({
  list: { margin: 0, paddingLeft: 20, display: 'grid', gap: 8 },
  title: { display: 'block' }
});

/** One month's briefings; keyed by month, so each month loads afresh. */
function ArchiveMonth(props: IBriefingArchiveProps & { monthText: string }): JSX.Element {
  const { repository, month } = props;
  const load = React.useCallback((): Promise<readonly IBriefing[]> => repository.forMonth(month), [repository, month]);
  const [resource, retry] = useAsyncResource(load);

  if (resource.status !== 'ready') {
    const body: ViewBody =
      resource.status === 'loading'
        ? { kind: 'loading', label: formatText(strings.ArchiveLoading, props.monthText), rows: 2 }
        : { kind: 'error', heading: strings.ErrorHeading, error: resource.error, onRetry: retry };
    return <ViewState body={body} listsSite={props.listsSite} requestEvents={props.requestEvents} />;
  }
  const briefings = resource.value;
  const count = formatPlural(briefings.length, pluralForms(strings, 'Briefings'));
  return (
    <>
      <LiveAnnouncement message={formatText(strings.ArchiveAnnouncement, props.monthText, count)} settleMs={100} />
      {briefings.length === 0 ? (
        <p>{formatText(strings.ArchiveEmpty, props.monthText)}</p>
      ) : (
        <ul className={listClasses.list}>
          {briefings.map((briefing) => (
            <li key={briefing.id}>
              <InPlaceLink href={props.weekHref(briefing.weekCommencing)} onOpen={() => props.onOpenWeek(briefing.weekCommencing)}>
                {formatText(strings.ArchiveEntry, formatCalendarDate(briefing.weekCommencing, 'weekdayLong', props.locale))}
              </InPlaceLink>
              <span className={listClasses.title}>{briefing.title}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

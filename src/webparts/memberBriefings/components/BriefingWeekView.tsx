import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'MemberBriefingsWebPartStrings';
import type { IBriefingRepository } from '../../../data/IBriefingRepository';
import type { IReceiptRepository } from '../../../data/IReceiptRepository';
import type { IRequestEvents } from '../../../contracts/requestEvents';
import type { IListsSite } from '../../../data/resolveListsSite';
import type { IWeeklyBriefing } from '../../../model/Briefing';
import { orderBriefingItems } from '../../../model/orderBriefingItems';
import { previousWeek, type CalendarDate } from '../../../schema/ukDates';
import { formatCalendarDate } from '../../../ui/formatCalendarDate';
import { formatText } from '../../../ui/formatText';
import { LiveAnnouncement } from '../../../ui/LiveAnnouncement';
import { EmptyState } from '../../../ui/states/EmptyState';
import { useAsyncResource } from '../../../ui/useAsyncResource';
import { ViewBody, ViewState } from '../../shared/components/ViewState';
import { BriefingSections } from './BriefingSections';
import { IItemLinking, itemElementId } from './itemLinking';
import type { IWardTerms } from './wardTerms';
import { WeekReceiptBar } from './ReceiptControls';
import { useWeekReceipts, WeekReceiptsContext } from './useWeekReceipts';
import { formatPlural, pluralForms } from '../../../ui/formatPlural';
import { Notice } from '../../../ui/controls/Notice';

export interface IBriefingWeekViewProps {
  repository: IBriefingRepository;
  requestEvents?: IRequestEvents;
  listsSite: IListsSite;
  week: CalendarDate;
  /** Moves on when the repository has newer data for the opening week: taken again, without a spinner. */
  revision?: number;
  locale: string;
  /** The ward whose items come first, if the reader has (or chose) one. */
  readerWardId?: number;
  readerWardHeading: string;
  terms: IWardTerms;
  linking: IItemLinking;
  /** Unique per web part on the page, for element ids. */
  idPrefix: string;
  /** An item a link asked for: scrolled to and focused once the week has loaded. */
  focusItemId?: number;
  onWeekChange: (week: CalendarDate) => void;
  /** The signed-in member's receipts; absent for readers who are not members (nothing to mark). */
  receipts?: IReceiptRepository;
}

const classes = mergeStyleSets({
  summary: { margin: '0 0 16px' },
  notice: { marginBottom: 12 }
});

/**
 * One week's briefing in whichever state it is: loading, failed, not yet published, or its sections.
 * Loads once per mount: the parent keys it by week, so a new week is a fresh view.
 */
export function BriefingWeekView(props: IBriefingWeekViewProps): JSX.Element {
  const { repository, week } = props;
  const load = React.useCallback((): Promise<IWeeklyBriefing> => repository.forWeek(week), [repository, week]);
  const [resource, retry] = useAsyncResource(load, props.revision);
  const weekText = formatCalendarDate(week, 'weekdayLong', props.locale);
  const weekly = resource.status === 'ready' ? resource.value : undefined;
  const sections = React.useMemo(
    () => (weekly?.briefing ? orderBriefingItems(weekly.items, props.readerWardId) : []),
    [weekly, props.readerWardId]
  );
  const weekReceipts = useWeekReceipts(props.receipts, weekly?.briefing?.id, props.listsSite.url);
  const focusItemId = props.focusItemId;
  const itemFound = weekly?.briefing !== undefined && focusItemId !== undefined && weekly.items.some((item) => item.id === focusItemId);
  const { idPrefix } = props;

  React.useEffect(() => {
    if (!itemFound || focusItemId === undefined) return;
    const element = document.getElementById(itemElementId(idPrefix, focusItemId));
    if (!element) return;
    // jsdom and some older hosts have no scrollIntoView.
    if (typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'start' });
    element.focus();
  }, [itemFound, focusItemId, idPrefix]);

  let announcement = '';
  let body: JSX.Element;
  if (resource.status !== 'ready') {
    const state: ViewBody =
      resource.status === 'loading'
        ? { kind: 'loading', label: strings.LoadingLabel }
        : { kind: 'error', heading: strings.ErrorHeading, error: resource.error, onRetry: retry };
    body = <ViewState body={state} listsSite={props.listsSite} requestEvents={props.requestEvents} />;
  } else if (!resource.value.briefing) {
    announcement = formatText(strings.WeekAnnouncementEmpty, weekText);
    body = (
      <EmptyState
        heading={strings.EmptyWeekHeading}
        message={strings.EmptyWeekMessage}
        actionLabel={strings.EmptyWeekAction}
        onAction={() => props.onWeekChange(previousWeek(week))}
      />
    );
  } else {
    const { briefing, items } = resource.value;
    announcement = formatText(strings.WeekAnnouncement, weekText, formatPlural(items.length, pluralForms(strings, 'Items')));
    body = (
      <>
        {briefing.summary ? <p className={classes.summary}>{briefing.summary}</p> : null}
        <WeekReceiptBar />
        {focusItemId !== undefined && !itemFound ? (
          <Notice className={classes.notice} type="warning">
            {strings.ItemNotInWeek}
          </Notice>
        ) : null}
        {items.length === 0 ? (
          <p>{strings.NoItemsMessage}</p>
        ) : (
          <BriefingSections
            sections={sections}
            week={week}
            readerWardHeading={props.readerWardHeading}
            terms={props.terms}
            linking={props.linking}
            idPrefix={idPrefix}
          />
        )}
      </>
    );
  }

  return (
    <WeekReceiptsContext.Provider value={weekReceipts}>
      <LiveAnnouncement message={announcement} settleMs={100} />
      {body}
    </WeekReceiptsContext.Provider>
  );
}

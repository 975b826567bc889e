import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'MemberBriefingsWebPartStrings';
import type { IBriefingRepository } from '../../../data/IBriefingRepository';
import type { IRequestEvents } from '../../../contracts/requestEvents';
import type { IListsSite } from '../../../data/resolveListsSite';
import { type CalendarDate } from '../../../schema/ukDates';
import { formatCalendarDate } from '../../../ui/formatCalendarDate';
import { formatText } from '../../../ui/formatText';
import { InPlaceLink } from '../../../ui/InPlaceLink';
import { LiveAnnouncement } from '../../../ui/LiveAnnouncement';
import { useAsyncResource } from '../../../ui/useAsyncResource';
import { ViewBody, ViewState } from '../../shared/components/ViewState';
import { hiddenInPrint } from './printStyles';
import { categoryLabel } from '../categoryLabel';
import { formatPlural, pluralForms } from '../../../ui/formatPlural';
import { briefingItemLanguages } from '../../../model/briefingItemLanguages';
import { uiLocale } from '../../../model/uiLocale';
import { SearchInput } from '../../../ui/controls/SearchInput';

/** Fewer characters than this match too much to be useful. */
export const MINIMUM_SEARCH_LENGTH = 2;
/** Waits for typing to pause before asking SharePoint, so a word is one request, not one per key. */
export const SEARCH_DEBOUNCE_MS = 400;

export interface IBriefingSearchProps {
  repository: IBriefingRepository;
  requestEvents?: IRequestEvents;
  listsSite: IListsSite;
  locale: string;
  text: string;
  onTextChange: (text: string) => void;
  /** The address of an item in its week, so each result is a real link. */
  itemHref: (itemId: number, week: CalendarDate) => string;
  onOpenItem: (itemId: number, week: CalendarDate) => void;
}

const classes = mergeStyleSets({
  root: { display: 'grid', gap: 12 },
  searchBox: hiddenInPrint,
  heading: { margin: 0, fontSize: 18, fontWeight: 600 },
  list: { margin: 0, paddingLeft: 20, display: 'grid', gap: 8 },
  detail: { display: 'block' }
});

/** Searches every briefing; results link to the item in its week. */
export function BriefingSearch(props: IBriefingSearchProps): JSX.Element {
  const [settled, setSettled] = React.useState(props.text.trim());
  React.useEffect(() => {
    const timer = window.setTimeout(() => setSettled(props.text.trim()), SEARCH_DEBOUNCE_MS);
    return (): void => window.clearTimeout(timer);
  }, [props.text]);

  return (
    <div className={classes.root}>
      <SearchInput
        className={classes.searchBox}
        ariaLabel={strings.SearchLabel}
        placeholder={strings.SearchPlaceholder}
        value={props.text}
        onChange={props.onTextChange}
      />
      {settled.length < MINIMUM_SEARCH_LENGTH ? (
        <p>{formatText(strings.SearchHint, MINIMUM_SEARCH_LENGTH)}</p>
      ) : (
        <SearchResults key={settled} {...props} text={settled} />
      )}
    </div>
  );
}

/** Results for one settled search text; keyed by the text, so each search loads afresh. */
function SearchResults(props: IBriefingSearchProps): JSX.Element {
  const { repository, text } = props;
  const load = React.useCallback(() => repository.search(text), [repository, text]);
  const [resource, retry] = useAsyncResource(load);

  if (resource.status !== 'ready') {
    const body: ViewBody =
      resource.status === 'loading'
        ? { kind: 'loading', label: strings.SearchLoading, rows: 2 }
        : { kind: 'error', heading: strings.ErrorHeading, error: resource.error, onRetry: retry };
    return <ViewState body={body} listsSite={props.listsSite} requestEvents={props.requestEvents} />;
  }
  const results = resource.value;
  const count = formatPlural(results.length, pluralForms(strings, 'SearchCount'));
  return (
    <>
      <LiveAnnouncement message={count} />
      {results.length === 0 ? (
        <p>{formatText(strings.SearchNoResults, text)}</p>
      ) : (
        <>
          <h3 className={classes.heading}>
            {strings.SearchResultsHeading}: {count}
          </h3>
          <ul className={classes.list}>
            {results.map(({ briefing, item }) => {
              const title = briefingItemLanguages(item, uiLocale()).first;
              return (
                <li key={item.id}>
                  <InPlaceLink
                    href={props.itemHref(item.id, briefing.weekCommencing)}
                    onOpen={() => props.onOpenItem(item.id, briefing.weekCommencing)}
                  >
                    <span lang={title.lang}>{title.title}</span>
                  </InPlaceLink>
                  <span className={classes.detail}>
                    {formatText(strings.SearchResultWeek, formatCalendarDate(briefing.weekCommencing, 'long', props.locale), categoryLabel(item.category))}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}

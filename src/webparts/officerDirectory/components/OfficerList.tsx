import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'OfficerDirectoryWebPartStrings';
import type { IOfficer } from '../../../model/Officer';
import { formatNumber } from '../../../ui/formatNumber';
import { formatText } from '../../../ui/formatText';
import { useShowMore } from '../../../ui/useShowMore';
import { OfficerListItem } from './OfficerListItem';
import type { ServiceLookup } from './useServiceLookup';
import { Button } from '../../../ui/controls/Button';

/**
 * Rows drawn at once: more than a screenful to scan, few enough that a keystroke's results are
 * drawn within one frame (a page of 50 took several frames on a busy two-core machine, and 15
 * rows cost about a sixth less than 20 when every row changes; tools/bench).
 */
export const OFFICER_PAGE_SIZE = 15;

const classes = mergeStyleSets({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  more: { display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap', marginTop: 8 },
  note: { margin: 0 }
});

export interface IOfficerListProps {
  /** Already in the order to show (ranked or sorted by the model). */
  officers: readonly IOfficer[];
  label: string;
  serviceOf: ServiceLookup;
  profileHref: (officerId: number) => string;
  onOpenProfile: (officerId: number) => void;
  pageSize?: number;
  /** Changes with the search, so a new search starts again at the first page. */
  resetKey?: string;
}

/**
 * The officers as a list, drawn a page at a time with "Show more". Rows are keyed by position, so
 * a keystroke that changes the results rewrites the text of the rows on screen rather than
 * removing them all and building new ones (about a third less work for the first letter typed
 * or the last one deleted, when every row changes); a row is memoised on stable props (the
 * officer, their service, two callbacks that outlive the search), so a row whose officer stays
 * is not drawn again. Focus is in the search box or a filter whenever the results change.
 */
export function OfficerList(props: IOfficerListProps): JSX.Element {
  const pageSize = props.pageSize ?? OFFICER_PAGE_SIZE;
  const { shown, remaining, showMore, listRef } = useShowMore(props.officers.length, pageSize, props.resetKey ?? '');
  const visible = props.officers.slice(0, shown);
  // The same callback for the whole search, so typing does not draw Fluent's button again.
  const latestShowMore = React.useRef(showMore);
  latestShowMore.current = showMore;
  const onShowMore = React.useCallback((): void => latestShowMore.current(), []);

  return (
    <>
      <ul ref={listRef} className={classes.list} aria-label={props.label}>
        {visible.map((officer, position) => (
          <li key={position}>
            <OfficerListItem
              officer={officer}
              service={props.serviceOf(officer.serviceId)}
              profileHref={props.profileHref}
              onOpenProfile={props.onOpenProfile}
            />
          </li>
        ))}
      </ul>
      {remaining > 0 ? <ShowMore shown={visible.length} next={Math.min(pageSize, remaining)} onShowMore={onShowMore} /> : null}
    </>
  );
}

interface IShowMoreProps {
  shown: number;
  next: number;
  onShowMore: () => void;
}

/** "Showing the first 20." and "Show 20 more". Memoised: the same while someone types. */
const ShowMore = React.memo(function ShowMore(props: IShowMoreProps): JSX.Element {
  return (
    <div className={classes.more}>
      <p className={classes.note}>{formatText(strings.ShowingFirst, formatNumber(props.shown))}</p>
      <Button text={formatText(strings.ShowMore, formatNumber(props.next))} onClick={props.onShowMore} />
    </div>
  );
});

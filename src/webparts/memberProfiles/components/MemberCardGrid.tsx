import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'MemberProfilesWebPartStrings';
import type { IMember } from '../../../model/Member';
import { formatText } from '../../../ui/formatText';
import { useShowMore } from '../../../ui/useShowMore';
import type { IDirectoryRecords } from './useDirectoryRecords';
import { MemberCard } from './MemberCard';
import { Button } from '../../../ui/controls/Button';

/**
 * Cards drawn at once: a few screenfuls, and every member of a district council (hardening and
 * small councils see no button), while clearing a search at county scale (150) stays within a frame.
 */
export const MEMBER_CARD_PAGE_SIZE = 36;

/** Cards in the grid's very first drawing: about a screenful, so the first paint does not wait for the whole page. */
export const MEMBER_CARDS_FIRST_DRAWN = 12;

const classes = mergeStyleSets({
  grid: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: 12,
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))'
  },
  more: { display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap', marginTop: 12 },
  note: { margin: 0 }
});

export interface IMemberCardGridProps {
  members: readonly IMember[];
  lookups: IDirectoryRecords;
  label: string;
  profileHref: (memberId: number) => string;
  onOpenProfile: (memberId: number) => void;
  /** Changes with the search, filters and sort, so new results start again at the first page. */
  resetKey: string;
  pageSize?: number;
  /** Cards to draw for now (the view's first paint); the whole page when absent. "Show more" waits for the rest. */
  firstDrawn?: number;
}

/** The card layout, as a list so its length is announced, drawn a page at a time with "Show more". */
export function MemberCardGrid(props: IMemberCardGridProps): JSX.Element {
  const pageSize = props.pageSize ?? MEMBER_CARD_PAGE_SIZE;
  const theme = useTheme();
  const { shown, remaining, showMore, listRef } = useShowMore(props.members.length, pageSize, props.resetKey);
  // The rest of the page follows below the first screenful, so nothing above moves.
  const drawn = props.firstDrawn === undefined ? shown : Math.min(shown, props.firstDrawn);
  return (
    <>
      <ul ref={listRef} className={classes.grid} aria-label={props.label}>
        {props.members.slice(0, drawn).map((member) => (
          <li key={member.id}>
            <MemberCard member={member} lookups={props.lookups} profileHref={props.profileHref} onOpenProfile={props.onOpenProfile} theme={theme} />
          </li>
        ))}
      </ul>
      {drawn === shown && remaining > 0 ? (
        <div className={classes.more}>
          <p className={classes.note}>{formatText(strings.ShowingFirst, shown, props.members.length)}</p>
          <Button text={formatText(strings.ShowMore, Math.min(pageSize, remaining))} onClick={showMore} />
        </div>
      ) : null}
    </>
  );
}

import * as React from 'react';
import * as common from 'CommonStrings';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { describeDataError } from '../describeDataError';
import { formatLongDate } from '../formatDate';
import { formatText } from '../formatText';
import { formatTime, isSameDay } from '../formatTime';
import { minimumTarget } from '../styles';
import type { ISavedCopyState } from './useRevalidationStatus';

const classes = mergeStyleSets({
  notice: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: 8,
    alignItems: 'center',
    padding: '8px 12px',
    border: '1px solid #605e5c',
    borderLeft: '4px solid #8a6d00',
    background: '#fff9e6',
    color: '#323130'
  },
  text: { margin: 0, flex: '1 1 20em' },
  button: {
    ...minimumTarget,
    padding: '4px 12px',
    border: '1px solid #323130',
    borderRadius: 2,
    background: '#ffffff',
    color: '#323130',
    font: 'inherit',
    cursor: 'pointer',
    selectors: { '&[aria-disabled="true"]': { cursor: 'default', color: '#605e5c' } }
  }
});

export interface ISavedCopyNoticeProps {
  readonly state: ISavedCopyState;
  /** The lists' site, which a reason may name. */
  readonly listsSiteUrl: string;
  /** The clock, for "today" against another day. */
  readonly now?: () => Date;
}

/** "Showing the copy saved on this device at 14:05." or with its day, when saved another day; without a time for an old copy. */
function savedText(savedAt: Date | undefined, now: Date): string {
  if (!savedAt) return common.SavedCopyShownUndated;
  if (isSameDay(savedAt, now)) return formatText(common.SavedCopyShownAt, formatTime(savedAt));
  return formatText(common.SavedCopyShownOn, formatLongDate(savedAt), formatTime(savedAt));
}

/**
 * Says, politely, that the view shows the copy kept in this browser because checking it against the lists
 * failed (throttled after the retries, offline, a server error, no permission), why, and offers to check
 * again. Nothing when the check answered.
 */
export function SavedCopyNotice(props: ISavedCopyNoticeProps): JSX.Element | null {
  const { failure, checking } = props.state;
  if (!failure) return null;
  const reason = describeDataError(failure.error, props.listsSiteUrl, common).message;
  const text = `${savedText(failure.savedAt, (props.now ?? (() => new Date()))())} ${formatText(common.SavedCopyNotChecked, reason)}`;
  return (
    <div role="status" className={classes.notice}>
      <p className={classes.text}>{checking ? `${text} ${common.SavedCopyChecking}` : text}</p>
      <button
        type="button"
        className={classes.button}
        aria-disabled={checking}
        onClick={() => {
          // Not disabled while checking, so focus stays on the button; a second press waits for the first.
          if (!checking) failure.retry();
        }}
      >
        {common.RetryButton}
      </button>
    </div>
  );
}

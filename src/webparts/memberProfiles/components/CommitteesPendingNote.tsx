import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as common from 'CommonStrings';
import * as strings from 'MemberProfilesWebPartStrings';
import type { CommitteesPending } from '../../../model/Member';
import { Button } from '../../../ui/controls/Button';
import { visuallyHidden } from '../../../ui/styles';

const classes = mergeStyleSets({
  note: { margin: '4px 0 0' },
  retry: { marginTop: 4 },
  hidden: visuallyHidden
});

export interface ICommitteesPendingNoteProps {
  pending: CommitteesPending | undefined;
  /** Reads the committees again; absent where trying again cannot help (no permission, no list). */
  onRetry?: () => void;
}

/**
 * Says politely that the committees are still on their way (a first visit draws the cards without them),
 * that they have arrived, or that they could not be read (with Try again where it can help). The live region is always there, so a screen
 * reader hears each change; the arrival note is for screen readers only and takes no room.
 */
export function CommitteesPendingNote(props: ICommitteesPendingNoteProps): JSX.Element {
  const { pending } = props;
  const [wasLoading, setWasLoading] = React.useState(pending?.status === 'loading');
  if (pending?.status === 'loading' && !wasLoading) setWasLoading(true);
  return (
    <>
      <div role="status" aria-live="polite">
        {pending?.status === 'loading' ? (
          <p className={classes.note}>{strings.CommitteesLoading}</p>
        ) : pending?.status === 'failed' ? (
          <p className={classes.note}>{strings.CommitteesFailed}</p>
        ) : wasLoading ? (
          <span className={classes.hidden}>{strings.CommitteesLoaded}</span>
        ) : null}
      </div>
      {/* Outside the live region: the button is not announced each time the note changes. */}
      {pending?.status === 'failed' && props.onRetry ? <Button className={classes.retry} text={common.RetryButton} onClick={props.onRetry} /> : null}
    </>
  );
}

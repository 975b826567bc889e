import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'MemberProfilesWebPartStrings';
import type { CommitteesPending } from '../../../model/Member';
import { visuallyHidden } from '../../../ui/styles';

const classes = mergeStyleSets({
  note: { margin: '4px 0 0' },
  hidden: visuallyHidden
});

export interface ICommitteesPendingNoteProps {
  pending: CommitteesPending | undefined;
}

/**
 * Says politely that the committees are still on their way (a first visit draws the cards without them),
 * that they have arrived, or that they could not be read. The live region is always there, so a screen
 * reader hears each change; the arrival note is for screen readers only and takes no room.
 */
export function CommitteesPendingNote(props: ICommitteesPendingNoteProps): JSX.Element {
  const { pending } = props;
  const [wasLoading, setWasLoading] = React.useState(pending?.status === 'loading');
  if (pending?.status === 'loading' && !wasLoading) setWasLoading(true);
  return (
    <div role="status" aria-live="polite">
      {pending?.status === 'loading' ? (
        <p className={classes.note}>{strings.CommitteesLoading}</p>
      ) : pending?.status === 'failed' ? (
        <p className={classes.note}>{strings.CommitteesFailed}</p>
      ) : wasLoading ? (
        <span className={classes.hidden}>{strings.CommitteesLoaded}</span>
      ) : null}
    </div>
  );
}

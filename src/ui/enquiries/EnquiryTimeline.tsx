import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { IEnquiryUpdate } from '../../data/IEnquiryRepository';
import { formatText } from '../formatText';
import type { IEnquiryDisplayStrings } from './enquiryDisplayStrings';
import { enquiryUpdateKindText } from './enquiryStatusText';
import { formatEnquiryInstant } from './formatEnquiryInstant';

const classes = mergeStyleSets({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 12 },
  entry: { borderLeft: '3px solid currentColor', paddingLeft: 12 },
  heading: { margin: '0 0 4px', fontSize: 14, fontWeight: 600 },
  // Plain text as typed: line breaks kept, long words wrapped; React escapes it, nothing is parsed as HTML.
  body: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  empty: { margin: 0 }
});

export interface IEnquiryTimelineProps {
  readonly updates: readonly IEnquiryUpdate[];
  readonly strings: IEnquiryDisplayStrings;
  /** Said for an author the list did not name. */
  readonly unknownAuthor: string;
  /** The heading level of each entry, under the section that holds the timeline. */
  readonly headingLevel?: 3 | 4 | 5;
}

/** Oldest first: an enquiry's updates, responses and the member's replies, each as plain text. */
export function EnquiryTimeline(props: IEnquiryTimelineProps): JSX.Element {
  const ordered = React.useMemo(() => [...props.updates].sort((a, b) => a.created.getTime() - b.created.getTime() || a.id - b.id), [props.updates]);
  if (ordered.length === 0) return <p className={classes.empty}>{props.strings.EnquiryTimelineEmpty}</p>;
  const Heading = `h${props.headingLevel ?? 4}` as 'h4';
  return (
    <ol className={classes.list}>
      {ordered.map((update) => (
        <li key={update.id} className={classes.entry}>
          <Heading className={classes.heading}>
            {formatText(
              props.strings.EnquiryTimelineEntry,
              enquiryUpdateKindText(update.kind, props.strings),
              update.authorName ?? props.unknownAuthor,
              formatEnquiryInstant(update.created, props.strings)
            )}
          </Heading>
          <p className={classes.body}>{update.body}</p>
        </li>
      ))}
    </ol>
  );
}

import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'ServiceEnquiriesWebPartStrings';
import type { IEnquiry, IEnquiryChange } from '../../../data/IEnquiryRepository';
import type { IServiceOfficer } from '../../../data/IServiceEnquiriesRepository';
import { formatText } from '../../../ui/formatText';
import { changeLines, dayAndTimeText, differenceLines } from './enquiryText';

export interface IEnquiryConflictProps {
  /** The version I was working on. */
  readonly before: IEnquiry;
  readonly mine: IEnquiryChange;
  /** The enquiry as it is now. */
  readonly theirs: IEnquiry;
  readonly officers: readonly IServiceOfficer[];
  /** A response's text was saved before the status change met the conflict. */
  readonly responseKept: boolean;
  readonly busy: boolean;
  readonly onApplyMine: () => void;
  readonly onDiscardMine: () => void;
}

const classes = mergeStyleSets({
  heading: { margin: '0 0 4px', fontSize: 'inherit', fontWeight: 600 },
  columns: { display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 16em), 1fr))', margin: '8px 0' },
  sub: { margin: '0 0 4px', fontSize: 'inherit', fontWeight: 600 },
  list: { margin: 0, paddingInlineStart: 20 },
  plain: { margin: '4px 0' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: 8 }
});

/** A 412: both versions side by side, and the choice of applying mine to the current one or discarding it. */
export function EnquiryConflict(props: IEnquiryConflictProps): JSX.Element {
  const theirs = differenceLines(props.before, props.theirs);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => headingRef.current?.focus(), [props.theirs.eTag]);
  const changed = props.theirs.modified ? dayAndTimeText(props.theirs.modified) : undefined;
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline role="alert">
      <h4 className={classes.heading} ref={headingRef} tabIndex={-1}>
        {strings.ConflictHeading}
      </h4>
      <p className={classes.plain}>{strings.ConflictIntro}</p>
      {props.responseKept ? <p className={classes.plain}>{strings.ConflictResponseKept}</p> : null}
      <div className={classes.columns}>
        <section aria-label={strings.ConflictMineHeading}>
          <h5 className={classes.sub}>{strings.ConflictMineHeading}</h5>
          <ul className={classes.list} data-testid="conflict-mine">
            {changeLines(props.mine, props.officers).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
        <section aria-label={strings.ConflictTheirsHeading}>
          <h5 className={classes.sub}>{strings.ConflictTheirsHeading}</h5>
          {changed ? (
            <p className={classes.plain}>
              {props.theirs.modifiedByName ? formatText(strings.ConflictChangedBy, props.theirs.modifiedByName, changed) : formatText(strings.ConflictChangedAt, changed)}
            </p>
          ) : null}
          {theirs.length === 0 ? (
            <p className={classes.plain}>{strings.ConflictNothingVisible}</p>
          ) : (
            <ul className={classes.list} data-testid="conflict-theirs">
              {theirs.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <div className={classes.actions}>
        <PrimaryButton text={strings.ApplyMine} onClick={props.onApplyMine} disabled={props.busy} />
        <DefaultButton text={strings.DiscardMine} onClick={props.onDiscardMine} disabled={props.busy} />
      </div>
    </MessageBar>
  );
}

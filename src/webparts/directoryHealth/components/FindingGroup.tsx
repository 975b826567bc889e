import * as React from 'react';
import * as strings from 'DirectoryHealthWebPartStrings';
import { formatNumber } from '../../../ui/formatNumber';
import { formatText } from '../../../ui/formatText';
import { useShowMore } from '../../../ui/useShowMore';
import { useHealthClasses } from './healthStyles';
import { Button } from '../../../ui/controls/Button';

/** Findings shown at first, and added by each "Show more": a county can have thousands of stale reviews. */
export const FINDINGS_PAGE_SIZE = 25;

export interface IFindingGroupProps<T> {
  readonly heading: string;
  readonly findings: readonly T[];
  readonly keyOf: (finding: T) => string | number;
  readonly renderFinding: (finding: T) => React.ReactNode;
  /** A sentence under the heading, e.g. where to fix this kind of finding. */
  readonly hint?: string;
}

/** One kind of finding: a heading with its count, then the findings as a list, or "Nothing to fix." */
export function FindingGroup<T>(props: IFindingGroupProps<T>): JSX.Element {
  const classes = useHealthClasses();
  const total = props.findings.length;
  const { shown, remaining, showMore, listRef } = useShowMore(total, FINDINGS_PAGE_SIZE, props.heading);
  const visible = props.findings.slice(0, shown);
  const more = Math.min(FINDINGS_PAGE_SIZE, remaining);

  return (
    <div>
      <h4 className={classes.groupHeading}>{formatText(strings.HeadingWithCount, props.heading, formatNumber(total))}</h4>
      {total === 0 ? (
        <p className={classes.paragraph}>{strings.NothingInGroup}</p>
      ) : (
        <>
          {props.hint ? <p className={classes.paragraph}>{props.hint}</p> : null}
          <ul className={classes.list} ref={listRef}>
            {visible.map((finding) => (
              <li key={props.keyOf(finding)}>{props.renderFinding(finding)}</li>
            ))}
          </ul>
          {more > 0 ? <Button className={classes.showMore} text={formatText(strings.ShowMore, formatNumber(more))} onClick={showMore} /> : null}
        </>
      )}
    </div>
  );
}

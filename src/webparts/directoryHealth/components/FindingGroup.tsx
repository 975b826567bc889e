import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import * as strings from 'DirectoryHealthWebPartStrings';
import { formatNumber } from '../../../ui/formatNumber';
import { formatText } from '../../../ui/formatText';
import { useHealthClasses } from './healthStyles';

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
  const [shown, setShown] = React.useState(FINDINGS_PAGE_SIZE);
  const list = React.useRef<HTMLUListElement>(null);
  const total = props.findings.length;
  const visible = props.findings.slice(0, shown);
  const more = Math.min(FINDINGS_PAGE_SIZE, total - shown);

  const showMore = (): void => {
    const firstNew = shown;
    setShown(shown + FINDINGS_PAGE_SIZE);
    // Keyboard users land on the first finding just shown rather than back at the top.
    window.requestAnimationFrame(() => list.current?.children[firstNew]?.querySelector<HTMLElement>('a')?.focus());
  };

  return (
    <div>
      <h4 className={classes.groupHeading}>{formatText(strings.HeadingWithCount, props.heading, formatNumber(total))}</h4>
      {total === 0 ? (
        <p className={classes.paragraph}>{strings.NothingInGroup}</p>
      ) : (
        <>
          {props.hint ? <p className={classes.paragraph}>{props.hint}</p> : null}
          <ul className={classes.list} ref={list}>
            {visible.map((finding) => (
              <li key={props.keyOf(finding)}>{props.renderFinding(finding)}</li>
            ))}
          </ul>
          {more > 0 ? <DefaultButton className={classes.showMore} text={formatText(strings.ShowMore, formatNumber(more))} onClick={showMore} /> : null}
        </>
      )}
    </div>
  );
}

import * as React from 'react';
import { Shimmer, ShimmerElementType } from '@fluentui/react/lib/Shimmer';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { visuallyHidden } from '../styles';

const classes = mergeStyleSets({
  root: { display: 'grid', gap: 12 },
  hidden: visuallyHidden
});

const ROW = [
  { type: ShimmerElementType.circle, height: 48 },
  { type: ShimmerElementType.gap, width: 12, height: 48 },
  { type: ShimmerElementType.line, height: 16 }
];

export interface ILoadingStateProps {
  /** Read out to screen readers, e.g. "Loading councillors…". */
  label: string;
  rows?: number;
}

/** Placeholder shapes while data loads; announces itself once, politely. */
export function LoadingState(props: ILoadingStateProps): JSX.Element {
  const rows = Array.from({ length: props.rows ?? 4 }, (_unused, index) => index);
  return (
    <div className={classes.root} role="status" aria-busy="true">
      <span className={classes.hidden}>{props.label}</span>
      {rows.map((row) => (
        <Shimmer key={row} shimmerElements={ROW} ariaLabel="" />
      ))}
    </div>
  );
}

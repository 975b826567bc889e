import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Button } from '../controls/Button';

const classes = mergeStyleSets({
  root: { padding: '24px 0' },
  heading: { margin: '0 0 4px', fontSize: 18, fontWeight: 600 },
  message: { margin: '0 0 12px' }
});

export interface IEmptyStateProps {
  heading: string;
  message: string;
  actionLabel?: string;
  onAction?: () => void;
}

/** Nothing to show, with the reason and, where there is one, the way out. */
export function EmptyState(props: IEmptyStateProps): JSX.Element {
  return (
    <div className={classes.root}>
      <h3 className={classes.heading}>{props.heading}</h3>
      <p className={classes.message}>{props.message}</p>
      {props.onAction && props.actionLabel ? <Button text={props.actionLabel} onClick={props.onAction} /> : null}
    </div>
  );
}

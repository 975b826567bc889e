import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Button } from '../controls/Button';
import { Notice } from '../controls/Notice';

const classes = mergeStyleSets({
  heading: { margin: '0 0 4px', fontSize: 'inherit', fontWeight: 600 },
  message: { margin: 0 },
  action: { marginTop: 8 }
});

export interface IErrorStateProps {
  heading: string;
  /** What is wrong and what to do about it. */
  message: string;
  /** Offered only when trying again can help. */
  retryLabel?: string;
  onRetry?: () => void;
}

/** A failure the reader can understand and act on; announced as an alert. */
export function ErrorState(props: IErrorStateProps): JSX.Element {
  return (
    <Notice type="error" role="alert">
      <h3 className={classes.heading}>{props.heading}</h3>
      <p className={classes.message}>{props.message}</p>
      {props.onRetry && props.retryLabel ? (
        <Button className={classes.action} text={props.retryLabel} onClick={props.onRetry} />
      ) : null}
    </Notice>
  );
}

import * as React from 'react';
import { describeDataError, IDataErrorStrings } from '../describeDataError';
import { ErrorState } from './ErrorState';

export interface IDataErrorStateStrings extends IDataErrorStrings {
  readonly ErrorHeading: string;
  readonly RetryButton: string;
}

export interface IDataErrorStateProps {
  readonly error: unknown;
  /** The site the lists were read from, named in the message. */
  readonly listsSiteUrl: string;
  readonly strings: IDataErrorStateStrings;
  readonly onRetry: () => void;
}

/** A failed load explained in the reader's terms, with "Try again" only where trying again can help. */
export function DataErrorState(props: IDataErrorStateProps): JSX.Element {
  const described = describeDataError(props.error, props.listsSiteUrl, props.strings);
  return (
    <ErrorState
      heading={props.strings.ErrorHeading}
      message={described.message}
      retryLabel={props.strings.RetryButton}
      onRetry={described.canRetry ? props.onRetry : undefined}
    />
  );
}

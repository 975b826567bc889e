import * as React from 'react';
import * as common from 'CommonStrings';
import { describeDataError } from '../describeDataError';
import { ErrorState } from './ErrorState';

export interface IDataErrorStateProps {
  readonly error: unknown;
  /** The web part's own words for what failed, e.g. "We couldn't load the councillors". */
  readonly heading: string;
  /** The site the lists were read from, named in the message. */
  readonly listsSiteUrl: string;
  readonly onRetry: () => void;
}

/** A failed load explained in the reader's terms, with "Try again" only where trying again can help. */
export function DataErrorState(props: IDataErrorStateProps): JSX.Element {
  const described = describeDataError(props.error, props.listsSiteUrl, common);
  return (
    <ErrorState
      heading={props.heading}
      message={described.message}
      retryLabel={common.RetryButton}
      onRetry={described.canRetry ? props.onRetry : undefined}
    />
  );
}

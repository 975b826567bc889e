import * as React from 'react';
import * as common from 'CommonStrings';
import type { IListsSite } from '../../data/resolveListsSite';
import { describeListsError } from '../describeListsError';
import { ErrorState } from './ErrorState';

export interface IDataErrorStateProps {
  readonly error: unknown;
  /** The web part's own words for what failed, e.g. "We couldn't load the councillors". */
  readonly heading: string;
  /** The site the lists were read from and which setting chose it, named in the message. */
  readonly listsSite: IListsSite;
  readonly onRetry: () => void;
}

/** A failed load explained in the reader's terms, with "Try again" only where trying again can help. */
export function DataErrorState(props: IDataErrorStateProps): JSX.Element {
  const described = describeListsError(props.error, props.listsSite);
  return (
    <ErrorState
      heading={props.heading}
      message={described.message}
      retryLabel={common.RetryButton}
      onRetry={described.canRetry ? props.onRetry : undefined}
    />
  );
}

import * as React from 'react';
import * as strings from 'MemberBriefingsWebPartStrings';
import * as common from 'CommonStrings';
import type { IListsSite } from '../../../data/resolveListsSite';
import { ErrorState } from '../../../ui/states/ErrorState';
import { describeBriefingError } from './describeBriefingError';

export interface IBriefingLoadFailureProps {
  error: unknown;
  listsSite: IListsSite;
  onRetry: () => void;
}

/** A failed load, said in words with what to do; "Try again" only when trying again can help. */
export function BriefingLoadFailure(props: IBriefingLoadFailureProps): JSX.Element {
  const described = describeBriefingError(props.error, props.listsSite);
  return (
    <ErrorState
      heading={strings.ErrorHeading}
      message={described.message}
      retryLabel={common.RetryButton}
      onRetry={described.canRetry ? props.onRetry : undefined}
    />
  );
}

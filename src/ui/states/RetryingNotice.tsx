import * as React from 'react';
import { Notice } from '../controls/Notice';

export interface IRetryingNoticeProps {
  message: string;
}

/** A calm note that the data layer is waiting out SharePoint throttling; not an error. */
export function RetryingNotice(props: IRetryingNoticeProps): JSX.Element {
  return (
    <Notice type="info" role="status">
      {props.message}
    </Notice>
  );
}

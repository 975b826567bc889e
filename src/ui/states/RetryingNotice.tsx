import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';

export interface IRetryingNoticeProps {
  message: string;
}

/** A calm note that the data layer is waiting out SharePoint throttling; not an error. */
export function RetryingNotice(props: IRetryingNoticeProps): JSX.Element {
  return (
    <MessageBar messageBarType={MessageBarType.info} role="status">
      {props.message}
    </MessageBar>
  );
}

import * as React from 'react';
import * as common from 'CommonStrings';
import type { IRequestEvents } from '../../../contracts/requestEvents';
import type { IListsSite } from '../../../data/resolveListsSite';
import { formatText } from '../../../ui/formatText';
import { DataErrorState } from '../../../ui/states/DataErrorState';
import { EmptyState, IEmptyStateProps } from '../../../ui/states/EmptyState';
import { LoadingState } from '../../../ui/states/LoadingState';
import { RetryingNotice } from '../../../ui/states/RetryingNotice';
import { useRetryNotice } from '../../../ui/useRetryNotice';

/** What a view (or one of its tabs) has to show: still loading, failed, nothing there, or its content. */
export type ViewBody =
  | {
      readonly kind: 'loading';
      /** Read out to screen readers, e.g. "Loading councillors…". */
      readonly label: string;
      readonly rows?: number;
      /** Shown above the placeholder, e.g. how much has loaded. */
      readonly progress?: React.ReactNode;
    }
  | { readonly kind: 'error'; readonly heading: string; readonly error: unknown; readonly onRetry: () => void }
  | ({ readonly kind: 'empty' } & IEmptyStateProps)
  | { readonly kind: 'ready'; readonly content: React.ReactNode };

export interface IViewStateProps {
  readonly body: ViewBody;
  /** Where the lists are and which setting chose them: an error says what to change. */
  readonly listsSite: IListsSite;
  /** Retry notices from the data layer, shown as a calm "still trying" message while the view waits. */
  readonly requestEvents?: IRequestEvents;
  /** Waiting although the body is ready (e.g. a check running again): the retry notice shows then too. */
  readonly busy?: boolean;
}

/** The loading, error, empty or ready state of a view, with the "still trying" notice while it waits. */
export function ViewState(props: IViewStateProps): JSX.Element {
  const { body } = props;
  const notice = useRetryNotice(props.requestEvents, body.kind === 'loading' || props.busy === true);
  return (
    <>
      {notice ? <RetryingNotice message={formatText(common.RetryingMessage, notice.attempt)} /> : null}
      <ViewBodyContent body={body} listsSite={props.listsSite} />
    </>
  );
}

function ViewBodyContent(props: { readonly body: ViewBody; readonly listsSite: IListsSite }): JSX.Element {
  const { body } = props;
  switch (body.kind) {
    case 'loading':
      return (
        <>
          {body.progress}
          <LoadingState label={body.label} rows={body.rows} />
        </>
      );
    case 'error':
      return <DataErrorState error={body.error} heading={body.heading} listsSite={props.listsSite} onRetry={body.onRetry} />;
    case 'empty':
      return <EmptyState heading={body.heading} message={body.message} actionLabel={body.actionLabel} onAction={body.onAction} />;
    default:
      return <>{body.content}</>;
  }
}

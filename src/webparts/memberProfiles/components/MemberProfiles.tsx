import * as React from 'react';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'MemberProfilesWebPartStrings';
import type { IMemberRepository } from '../../../data/IMemberRepository';
import type { IRequestEvents } from '../../../contracts/requestEvents';
import type { IListsSite } from '../../../data/resolveListsSite';
import type { IMemberDirectory } from '../../../model/Member';
import { describeListsError } from '../../../ui/describeListsError';
import { formatText } from '../../../ui/formatText';
import { useAsyncResource } from '../../../ui/useAsyncResource';
import { browserUrlStateStore, IUrlStateStore } from '../../../ui/urlStateStore';
import { ALL_FILTERS_SHOWN, DirectoryLayout, ShownFilters } from './directoryUrlState';
import { MemberDirectory } from './MemberDirectory';
import { WardSheetPageContext } from '../../shared/wardSheetLink';
import { WebPartFrame } from '../../shared/components/WebPartFrame';
import { SavedCopyNotice } from '../../../ui/states/SavedCopyNotice';
import { useRevalidationStatus } from '../../../ui/states/useRevalidationStatus';
import type { ViewBody } from '../../shared/components/ViewState';

export interface IMemberProfilesProps {
  repository: IMemberRepository;
  /** Retry notices from the data layer, shown as a calm "still trying" message. */
  requestEvents?: IRequestEvents;
  title: string;
  /** Where the lists live and which setting chose them, so errors can say what to change. */
  listsSite: IListsSite;
  /** The layout the editor chose; a shared link may override it. */
  defaultLayout: DirectoryLayout;
  /** The filters the editor chose to show; all when absent. */
  shownFilters?: ShownFilters;
  /** SharePoint or Teams theme; absent means Fluent's default. */
  theme?: PartialTheme;
  /** Put before this view's address parameters ("b" → "b.q"), for a second copy on one page; none when absent. */
  urlStatePrefix?: string;
  /** Where search, filters and the open profile are kept; the address bar unless told otherwise. */
  urlStateStore?: IUrlStateStore;
  /** The ward contact sheet's page, linked from each member's ward; no link when absent. */
  wardSheetPageUrl?: string;
}

/** Root of the member profiles web part: loads the directory and shows the state it is in. */
export function MemberProfiles(props: IMemberProfilesProps): JSX.Element {
  const { repository } = props;
  const [savedCopy, onRevalidation] = useRevalidationStatus();
  // Cache first: a browser copy is drawn at once and replaced only if the lists changed since; a failed check says so.
  const load = React.useCallback(
    (update: (directory: IMemberDirectory) => void): Promise<IMemberDirectory> => repository.loadDirectory(update, onRevalidation),
    [repository, onRevalidation]
  );
  // Trying the committees again reads the directory again while the cards stay on screen (a refresh, not a retry).
  const [committeesAttempt, setCommitteesAttempt] = React.useState(0);
  const [directory, retry] = useAsyncResource(load, committeesAttempt);
  const retryCommittees = React.useCallback(() => setCommitteesAttempt((attempt) => attempt + 1), []);

  let body: ViewBody;
  if (directory.status === 'loading') {
    body = { kind: 'loading', label: strings.LoadingLabel };
  } else if (directory.status === 'error') {
    body = { kind: 'error', heading: strings.ErrorHeading, error: directory.error, onRetry: retry };
  } else if (directory.value.members.length === 0) {
    body = { kind: 'empty', heading: strings.EmptyDirectoryHeading, message: formatText(strings.EmptyDirectoryMessage, props.listsSite.url) };
  } else {
    body = {
      kind: 'ready',
      content: (
        <MemberDirectory
          directory={directory.value}
          defaultLayout={props.defaultLayout}
          shownFilters={props.shownFilters ?? ALL_FILTERS_SHOWN}
          urlStatePrefix={props.urlStatePrefix ?? ''}
          urlStateStore={props.urlStateStore ?? browserUrlStateStore}
          onRetryCommittees={committeesCanRetry(directory.value, props.listsSite) ? retryCommittees : undefined}
        />
      )
    };
  }

  return (
    <WardSheetPageContext.Provider value={props.wardSheetPageUrl}>
      <WebPartFrame
        title={props.title}
        idPrefix="member-profiles"
        theme={props.theme}
        listsSite={props.listsSite}
        requestEvents={props.requestEvents}
        lead={directory.status === 'ready' ? <SavedCopyNotice state={savedCopy} listsSiteUrl={props.listsSite.url} /> : null}
        body={body}
      />
    </WardSheetPageContext.Provider>
  );
}

/** Whether reading the committees again can help: not when the reader has no permission or the list is missing. */
function committeesCanRetry(directory: IMemberDirectory, listsSite: IListsSite): boolean {
  const pending = directory.committeesPending;
  return pending?.status === 'failed' && describeListsError(pending.error, listsSite).canRetry;
}

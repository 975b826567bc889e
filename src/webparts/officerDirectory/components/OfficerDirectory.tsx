import * as React from 'react';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'OfficerDirectoryWebPartStrings';
import type { IDirectoryLoadProgress, IOfficerRepository } from '../../../data/IOfficerRepository';
import type { IRequestEvents } from '../../../contracts/requestEvents';
import type { IListsSite } from '../../../data/resolveListsSite';
import type { IOfficerDirectory } from '../../../model/Officer';
import { formatText } from '../../../ui/formatText';
import { useAsyncResource } from '../../../ui/useAsyncResource';
import { SavedCopyNotice } from '../../../ui/states/SavedCopyNotice';
import { useRevalidationStatus } from '../../../ui/states/useRevalidationStatus';
import { browserUrlStateStore, IUrlStateStore } from '../../../ui/urlStateStore';
import { DirectorySummary } from './DirectorySummary';
import { LoadingProgress } from './LoadingProgress';
import { OfficerDirectoryViews } from './OfficerDirectoryViews';
import { useIndexedDirectory } from './useIndexedDirectory';
import type { OfficerDirectoryTab } from './officerDirectoryUrlState';
import { WardSheetLink } from './WardSheetLink';
import { EnquiriesPageContext } from '../../shared/enquiriesPageLink';
import { WebPartFrame } from '../../shared/components/WebPartFrame';
import type { ViewBody } from '../../shared/components/ViewState';

export interface IOfficerDirectoryProps {
  repository: IOfficerRepository;
  /** Retry notices from the data layer, shown as a calm "still trying" message. */
  requestEvents?: IRequestEvents;
  title: string;
  /** Where the lists live and which setting chose them, so errors can say what to change. */
  listsSite: IListsSite;
  /** The tab the editor chose to start on; a shared link may override it. */
  startTab?: OfficerDirectoryTab;
  /** SharePoint or Teams theme; absent means Fluent's default. */
  theme?: PartialTheme;
  /** The council's member/officer protocol, already checked to be on the tenant (protocolUrlOnTenant). */
  protocolUrl?: string;
  /** Where searches, filters and the open profile are kept; the address bar unless told otherwise. */
  urlStateStore?: IUrlStateStore;
  /** The ward contact sheet's page, linked from the directory's header; no link when absent. */
  wardSheetPageUrl?: string;
  /** The Member enquiries page: services that take enquiries link to it with the service chosen; no link when absent. */
  enquiriesPageUrl?: string;
}

/** Reports load progress to the view unless it has gone (unmounted) meanwhile. */
function useLoadProgress(): [IDirectoryLoadProgress | undefined, (progress: IDirectoryLoadProgress | undefined) => void] {
  const [progress, setProgress] = React.useState<IDirectoryLoadProgress | undefined>(undefined);
  const mounted = React.useRef(true);
  React.useEffect(
    () => (): void => {
      mounted.current = false;
    },
    []
  );
  const report = React.useCallback((next: IDirectoryLoadProgress | undefined): void => {
    if (mounted.current) setProgress(next);
  }, []);
  return [progress, report];
}

/** Root of the officer directory web part: loads the search index and shows the state it is in. */
export function OfficerDirectory(props: IOfficerDirectoryProps): JSX.Element {
  const { repository } = props;
  const [progress, reportProgress] = useLoadProgress();
  const [savedCopy, onRevalidation] = useRevalidationStatus();
  // Cache first: a browser copy is drawn at once and replaced only if the lists changed since; a failed check says so.
  const load = React.useCallback(
    (update: (directory: IOfficerDirectory) => void): Promise<IOfficerDirectory> => {
      reportProgress(undefined);
      return repository.searchIndex(reportProgress, update, onRevalidation);
    },
    [repository, reportProgress, onRevalidation]
  );
  const [directory, retry] = useAsyncResource(load);
  // Drawn once searchable: the whole directory, or meanwhile the first page the cold load reported.
  const complete = useIndexedDirectory(directory.status === 'ready' ? directory.value : undefined);
  const partial = useIndexedDirectory(directory.status === 'error' ? undefined : progress?.partial);

  const views = (shown: IOfficerDirectory, stillLoading?: IDirectoryLoadProgress): JSX.Element => (
    <OfficerDirectoryViews
      directory={shown}
      stillLoading={stillLoading}
      repository={repository}
      listsSiteUrl={props.listsSite.url}
      startTab={props.startTab ?? 'find'}
      urlStateStore={props.urlStateStore ?? browserUrlStateStore}
      protocolUrl={props.protocolUrl}
    />
  );
  let body: ViewBody;
  if (directory.status === 'error') {
    body = { kind: 'error', heading: strings.ErrorHeading, error: directory.error, onRetry: retry };
  } else if (directory.status === 'ready' && directory.value.officers.length === 0) {
    body = { kind: 'empty', heading: strings.EmptyDirectoryHeading, message: formatText(strings.EmptyDirectoryMessage, props.listsSite.url) };
  } else if (complete) {
    body = { kind: 'ready', content: views(complete) };
  } else if (partial && progress) {
    body = { kind: 'ready', content: views(partial, progress) };
  } else {
    body = { kind: 'loading', label: strings.LoadingLabel, progress: progress ? <LoadingProgress progress={progress} /> : null };
  }

  return (
    <EnquiriesPageContext.Provider value={props.enquiriesPageUrl}>
      <WebPartFrame
        title={props.title}
        idPrefix="officer-directory"
        theme={props.theme}
        listsSite={props.listsSite}
        requestEvents={props.requestEvents}
        busy={!complete && directory.status !== 'error'}
        lead={directory.status === 'ready' ? <SavedCopyNotice state={savedCopy} listsSiteUrl={props.listsSite.url} /> : null}
        subheading={
          <>
            {complete ? <DirectorySummary directory={complete} /> : null}
            {props.wardSheetPageUrl ? <WardSheetLink href={props.wardSheetPageUrl} /> : null}
          </>
        }
        body={body}
      />
    </EnquiriesPageContext.Provider>
  );
}

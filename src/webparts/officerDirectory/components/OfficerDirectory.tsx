import * as React from 'react';
import { ThemeProvider, PartialTheme } from '@fluentui/react/lib/Theme';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'OfficerDirectoryWebPartStrings';
import * as common from 'CommonStrings';
import type { IDirectoryLoadProgress, IOfficerRepository } from '../../../data/IOfficerRepository';
import type { IRequestEvents } from '../../../data/IRequestEvents';
import type { IListsSite } from '../../../data/resolveListsSite';
import type { IOfficerDirectory } from '../../../model/Officer';
import { formatText } from '../../../ui/formatText';
import { EmptyState } from '../../../ui/states/EmptyState';
import { DataErrorState } from '../../../ui/states/DataErrorState';
import { LoadingState } from '../../../ui/states/LoadingState';
import { RetryingNotice } from '../../../ui/states/RetryingNotice';
import { useAsyncResource } from '../../../ui/useAsyncResource';
import { useRetryNotice } from '../../../ui/useRetryNotice';
import { browserUrlStateStore, IUrlStateStore } from '../../../ui/urlStateStore';
import { webPartRoot } from '../../../ui/styles';
import { DirectorySummary } from './DirectorySummary';
import { LoadingProgress } from './LoadingProgress';
import { OfficerDirectoryViews } from './OfficerDirectoryViews';
import type { OfficerDirectoryTab } from './officerDirectoryUrlState';

export interface IOfficerDirectoryProps {
  repository: IOfficerRepository;
  /** Retry notices from the data layer, shown as a calm "still trying" message. */
  requestEvents?: IRequestEvents;
  title: string;
  /** Where the lists live, so error messages can name the site. */
  listsSiteUrl: string;
  /** Site settings that were present but unusable, so editors and admins learn to fix them. */
  ignoredListsSiteSettings?: IListsSite['ignored'];
  /** The tab the editor chose to start on; a shared link may override it. */
  startTab?: OfficerDirectoryTab;
  /** SharePoint or Teams theme; absent means Fluent's default. */
  theme?: PartialTheme;
  /** Where searches, filters and the open profile are kept; the address bar unless told otherwise. */
  urlStateStore?: IUrlStateStore;
}

const classes = mergeStyleSets({
  root: { ...webPartRoot, gap: 12 },
  header: { display: 'grid', gap: 4 },
  title: { margin: 0, fontSize: 24, fontWeight: 600 }
});

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
  const load = React.useCallback((): Promise<IOfficerDirectory> => {
    reportProgress(undefined);
    return repository.searchIndex(reportProgress);
  }, [repository, reportProgress]);
  const [directory, retry] = useAsyncResource(load);
  const headingId = React.useMemo(() => getId('officer-directory'), []);
  const notice = useRetryNotice(props.requestEvents, directory.status === 'loading');

  let body: JSX.Element;
  if (directory.status === 'loading') {
    body = (
      <>
        {notice ? <RetryingNotice message={formatText(common.RetryingMessage, notice.attempt)} /> : null}
        {progress ? <LoadingProgress progress={progress} /> : null}
        <LoadingState label={strings.LoadingLabel} />
      </>
    );
  } else if (directory.status === 'error') {
    body = <DataErrorState error={directory.error} heading={strings.ErrorHeading} listsSiteUrl={props.listsSiteUrl} onRetry={retry} />;
  } else if (directory.value.officers.length === 0) {
    body = <EmptyState heading={strings.EmptyDirectoryHeading} message={formatText(strings.EmptyDirectoryMessage, props.listsSiteUrl)} />;
  } else {
    body = (
      <OfficerDirectoryViews
        directory={directory.value}
        repository={repository}
        listsSiteUrl={props.listsSiteUrl}
        startTab={props.startTab ?? 'find'}
        urlStateStore={props.urlStateStore ?? browserUrlStateStore}
      />
    );
  }

  return (
    <ThemeProvider theme={props.theme}>
      <section className={classes.root} aria-labelledby={headingId}>
        <div className={classes.header}>
          <h2 id={headingId} className={classes.title}>
            {props.title}
          </h2>
          {directory.status === 'ready' ? <DirectorySummary directory={directory.value} /> : null}
        </div>
        {(props.ignoredListsSiteSettings ?? []).map((setting) => (
          <MessageBar key={setting.source} messageBarType={MessageBarType.warning} isMultiline>
            {formatText(
              setting.source === 'webPartProperty' ? common.IgnoredWebPartSiteSetting : common.IgnoredTenantSiteSetting,
              setting.value
            )}
          </MessageBar>
        ))}
        {body}
      </section>
    </ThemeProvider>
  );
}

import * as React from 'react';
import { ThemeProvider, PartialTheme } from '@fluentui/react/lib/Theme';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'MemberProfilesWebPartStrings';
import * as common from 'CommonStrings';
import type { IMemberRepository } from '../../../data/IMemberRepository';
import type { IRequestEvents } from '../../../data/IRequestEvents';
import type { IListsSite } from '../../../data/resolveListsSite';
import type { IMemberDirectory } from '../../../model/Member';
import { formatText } from '../../../ui/formatText';
import { EmptyState } from '../../../ui/states/EmptyState';
import { DataErrorState } from '../../../ui/states/DataErrorState';
import { LoadingState } from '../../../ui/states/LoadingState';
import { RetryingNotice } from '../../../ui/states/RetryingNotice';
import { useAsyncResource } from '../../../ui/useAsyncResource';
import { useRetryNotice } from '../../../ui/useRetryNotice';
import { browserUrlStateStore, IUrlStateStore } from '../../../ui/urlStateStore';
import { webPartRoot } from '../../../ui/styles';
import { ALL_FILTERS_SHOWN, DirectoryLayout, ShownFilters } from './directoryUrlState';
import { MemberDirectory } from './MemberDirectory';

export interface IMemberProfilesProps {
  repository: IMemberRepository;
  /** Retry notices from the data layer, shown as a calm "still trying" message. */
  requestEvents?: IRequestEvents;
  title: string;
  /** Where the lists live, so error messages can name the site. */
  listsSiteUrl: string;
  /** Site settings that were not usable addresses and so were skipped; shown so someone fixes them. */
  ignoredListsSiteSettings?: IListsSite['ignored'];
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
}

const classes = mergeStyleSets({
  root: { ...webPartRoot, gap: 12 },
  title: { margin: 0, fontSize: 24, fontWeight: 600 }
});

/** Root of the member profiles web part: loads the directory and shows the state it is in. */
export function MemberProfiles(props: IMemberProfilesProps): JSX.Element {
  const { repository } = props;
  const load = React.useCallback((): Promise<IMemberDirectory> => repository.loadDirectory(), [repository]);
  const [directory, retry] = useAsyncResource(load);
  const headingId = React.useMemo(() => getId('member-profiles'), []);
  const notice = useRetryNotice(props.requestEvents, directory.status === 'loading');

  let body: JSX.Element;
  if (directory.status === 'loading') {
    body = (
      <>
        {notice ? <RetryingNotice message={formatText(common.RetryingMessage, notice.attempt)} /> : null}
        <LoadingState label={strings.LoadingLabel} />
      </>
    );
  } else if (directory.status === 'error') {
    body = <DataErrorState error={directory.error} heading={strings.ErrorHeading} listsSiteUrl={props.listsSiteUrl} onRetry={retry} />;
  } else if (directory.value.members.length === 0) {
    body = <EmptyState heading={strings.EmptyDirectoryHeading} message={formatText(strings.EmptyDirectoryMessage, props.listsSiteUrl)} />;
  } else {
    body = (
      <MemberDirectory
        directory={directory.value}
        defaultLayout={props.defaultLayout}
        shownFilters={props.shownFilters ?? ALL_FILTERS_SHOWN}
        urlStatePrefix={props.urlStatePrefix ?? ''}
        urlStateStore={props.urlStateStore ?? browserUrlStateStore}
      />
    );
  }

  return (
    <ThemeProvider theme={props.theme}>
      <section className={classes.root} aria-labelledby={headingId}>
        <h2 id={headingId} className={classes.title}>
          {props.title}
        </h2>
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

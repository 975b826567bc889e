import * as React from 'react';
import { ThemeProvider, PartialTheme } from '@fluentui/react/lib/Theme';
import type { IMemberRepository } from '../../../data/IMemberRepository';
import type { IRequestEvents } from '../../../data/IRequestEvents';
import type { IMemberDirectory } from '../../../model/Member';
import { useAsyncResource } from '../../../ui/useAsyncResource';
import { browserUrlStateStore, IUrlStateStore } from '../../../ui/urlStateStore';
import type { DirectoryLayout } from './directoryUrlState';

export interface IMemberProfilesProps {
  repository: IMemberRepository;
  /** Retry notices from the data layer, shown as a calm "still trying" message. */
  requestEvents?: IRequestEvents;
  title: string;
  /** Where the lists live, so error messages can name the site. */
  listsSiteUrl: string;
  /** The layout the editor chose; a shared link may override it. */
  defaultLayout: DirectoryLayout;
  /** SharePoint or Teams theme; absent means Fluent's default. */
  theme?: PartialTheme;
  /** Where search, filters and the open profile are kept; the address bar unless told otherwise. */
  urlStateStore?: IUrlStateStore;
}

/** Root of the member profiles web part: loads the directory and shows the state it is in. */
export function MemberProfiles(props: IMemberProfilesProps): JSX.Element {
  const { repository } = props;
  const load = React.useCallback((): Promise<IMemberDirectory> => repository.loadDirectory(), [repository]);
  const [directory] = useAsyncResource(load);
  const urlStateStore = props.urlStateStore ?? browserUrlStateStore;

  return (
    <ThemeProvider theme={props.theme}>
      <section aria-label={props.title}>
        <h2>{props.title}</h2>
        {directory.status === 'ready' ? <p>{directory.value.members.length}</p> : null}
        {urlStateStore.read()}
      </section>
    </ThemeProvider>
  );
}

import * as React from 'react';
import * as strings from 'MemberProfilesWebPartStrings';
import type { IMemberDirectory } from '../../../model/Member';
import type { IUrlStateStore } from '../../../ui/urlStateStore';
import { TabList, TabPanel, useTabIds } from '../../../ui/controls/Tabs';
import { lazyPart } from '../../../ui/lazyPart';
import { useNeededOnce } from '../../../ui/useNeededOnce';
import type { DirectoryLayout, DirectoryTab, ShownFilters } from './directoryUrlState';
import { MemberSearchView } from './MemberSearchView';
import { useDirectoryRecords } from './useDirectoryRecords';
import { useDirectoryUrlState } from './useDirectoryUrlState';

/** The profile panel (Fluent's Panel, sanitised biography, the profile's sections) loads when a profile is first opened, not with first paint. */
const MemberProfilePanel = lazyPart(
  () => import(/* webpackChunkName: 'member-profiles-profile' */ './MemberProfilePanel').then((module) => module.MemberProfilePanel),
  { overlay: { isOpen: (props) => props.memberId !== undefined, dismiss: (props) => props.onDismiss() } }
);

/** The mail-out and committee tabs load when first chosen. */
const WardMailOut = lazyPart(() => import(/* webpackChunkName: 'member-profiles-mailout' */ './WardMailOut').then((module) => module.WardMailOut));
const CommitteeView = lazyPart(() => import(/* webpackChunkName: 'member-profiles-committees' */ './CommitteeView').then((module) => module.CommitteeView));

export interface IMemberDirectoryProps {
  directory: IMemberDirectory;
  defaultLayout: DirectoryLayout;
  shownFilters: ShownFilters;
  /** Names this directory's address parameters apart from another copy's on the page; '' for none. */
  urlStatePrefix: string;
  urlStateStore: IUrlStateStore;
  /** Reads the committees again after they failed; absent where trying again cannot help. */
  onRetryCommittees?: () => void;
}

/** The loaded directory: find, mail-out and committee tabs, and the profile panel over them. */
export function MemberDirectory(props: IMemberDirectoryProps): JSX.Element {
  const { directory } = props;
  const lookups = useDirectoryRecords(directory);
  const { state, change, openProfile, closeProfile, profileHref } = useDirectoryUrlState(props.urlStateStore, props.shownFilters, props.urlStatePrefix);
  const profileNeeded = useNeededOnce(state.memberId !== undefined);
  const tabIds = useTabIds<DirectoryTab>('member-directory');
  const tabs = React.useMemo(
    () => [
      { key: 'members' as const, text: strings.TabMembers },
      { key: 'mailout' as const, text: strings.TabMailOut },
      { key: 'committees' as const, text: strings.TabCommittees }
    ],
    []
  );

  // The same element while the tab stays, so typing a search does not draw the tabs again.
  const tabList = React.useMemo(
    () => <TabList label={strings.TabsLabel} tabs={tabs} selectedKey={state.tab} ids={tabIds} onSelect={(tab) => change({ tab })} />,
    [tabs, state.tab, tabIds, change]
  );

  return (
    <>
      {tabList}
      <TabPanel selectedKey={state.tab} ids={tabIds}>
        {state.tab === 'members' ? (
          <MemberSearchView
            directory={directory}
            lookups={lookups}
            state={state}
            layout={state.layout ?? props.defaultLayout}
            shownFilters={props.shownFilters}
            onChange={change}
            profileHref={profileHref}
            onOpenProfile={openProfile}
            onRetryCommittees={props.onRetryCommittees}
          />
        ) : state.tab === 'mailout' ? (
          <WardMailOut
            directory={directory}
            lookups={lookups}
            wardIds={state.mailOutWardIds}
            onWardsChange={(mailOutWardIds) => change({ mailOutWardIds })}
            profileHref={profileHref}
            onOpenProfile={openProfile}
          />
        ) : (
          <CommitteeView
            directory={directory}
            lookups={lookups}
            committeeId={state.rosterCommitteeId}
            onCommitteeChange={(rosterCommitteeId) => change({ rosterCommitteeId })}
            profileHref={profileHref}
            onOpenProfile={openProfile}
          />
        )}
      </TabPanel>
      {profileNeeded ? (
        <MemberProfilePanel memberId={state.memberId} directory={directory} lookups={lookups} onDismiss={closeProfile} />
      ) : null}
    </>
  );
}

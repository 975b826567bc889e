import * as React from 'react';
import * as strings from 'OfficerDirectoryWebPartStrings';
import type { IDirectoryLoadProgress, IOfficerRepository } from '../../../data/IOfficerRepository';
import type { IOfficerDirectory } from '../../../model/Officer';
import type { IUrlStateStore } from '../../../ui/urlStateStore';
import { ITabIds, TabList, TabPanel, useTabIds } from '../../../ui/controls/Tabs';
import { lazyPart } from '../../../ui/lazyPart';
import { useNeededOnce } from '../../../ui/useNeededOnce';
import {
  emptyOfficerDirectoryUrlState,
  IOfficerDirectoryUrlState,
  OfficerDirectoryTab,
  parseOfficerDirectoryUrlState,
  serialiseOfficerDirectoryUrlState
} from './officerDirectoryUrlState';
import { LoadingProgress } from './LoadingProgress';
import { OfficerSearchView } from './OfficerSearchView';
import { StatutoryOfficers } from './StatutoryOfficers';
import { useServiceLookup } from './useServiceLookup';
import { useUrlStateWriter } from './useUrlStateWriter';

/** The profile panel (Fluent's Panel, the profile's sections) loads when a profile is first opened, not with first paint. */
const OfficerProfilePanel = lazyPart(
  () => import(/* webpackChunkName: 'officer-directory-profile' */ './OfficerProfilePanel').then((module) => module.OfficerProfilePanel),
  { overlay: { isOpen: (props) => props.officerId !== undefined, dismiss: (props) => props.onDismiss() } }
);

/** The "ask" and "browse" tabs (with the sanitiser for services' rich-text guidance) load when first chosen. */
const ServiceFinder = lazyPart(() => import(/* webpackChunkName: 'officer-directory-ask' */ './ServiceFinder').then((module) => module.ServiceFinder));
const ServiceBrowser = lazyPart(() => import(/* webpackChunkName: 'officer-directory-browse' */ './ServiceBrowser').then((module) => module.ServiceBrowser));

export interface IOfficerDirectoryViewsProps {
  directory: IOfficerDirectory;
  /**
   * Set while `directory` is only the first page of a cold load: the search says it has searched only
   * some officers, and the statutory officers and the service views wait for the whole directory.
   */
  stillLoading?: IDirectoryLoadProgress;
  repository: IOfficerRepository;
  listsSiteUrl: string;
  startTab: OfficerDirectoryTab;
  urlStateStore: IUrlStateStore;
  /** The council's member/officer protocol, checked to be on the tenant. */
  protocolUrl?: string;
}


/** The loaded directory: its three views and the open profile, with their state kept in the page address. */
export function OfficerDirectoryViews(props: IOfficerDirectoryViewsProps): JSX.Element {
  const { directory, urlStateStore } = props;
  const serviceOf = useServiceLookup(directory);
  const [state, setState] = React.useState<IOfficerDirectoryUrlState>(() => {
    const search = urlStateStore.read();
    const parsed = parseOfficerDirectoryUrlState(search);
    // A link that names no tab opens where the editor chose.
    return new URLSearchParams(search).has('otab') ? parsed : { ...parsed, tab: props.startTab };
  });

  useUrlStateWriter(state, urlStateStore);
  // For links worked out when they are drawn: the callbacks stay the same while someone types.
  const stateRef = React.useRef(state);
  stateRef.current = state;

  const change = React.useCallback(
    (next: Partial<IOfficerDirectoryUrlState>): void => setState((current) => ({ ...current, ...next })),
    []
  );
  const openProfile = React.useCallback((officerId: number): void => change({ officerId }), [change]);
  // A profile's own address: the page's parameters and the officer, not the search that found them,
  // so each result's link stays the same while someone types (and its row need not be drawn again).
  // Each result row asks for its officer's link when drawn: remembered while the page's address
  // stays the same, so rows drawn while someone types do not build query strings again.
  const profileHrefs = React.useRef<{ search: string; byOfficer: Map<number, string> }>({ search: '', byOfficer: new Map() });
  const profileHref = React.useCallback(
    (officerId: number): string => {
      const search = urlStateStore.read();
      if (profileHrefs.current.search !== search) profileHrefs.current = { search, byOfficer: new Map() };
      const { byOfficer } = profileHrefs.current;
      let href = byOfficer.get(officerId);
      if (href === undefined) {
        href = serialiseOfficerDirectoryUrlState({ ...emptyOfficerDirectoryUrlState, officerId }, search);
        byOfficer.set(officerId, href);
      }
      return href;
    },
    [urlStateStore]
  );
  const showServiceOfficers = React.useCallback(
    (serviceId: number): void => change({ tab: 'find', query: '', directorate: undefined, serviceId, liaisonOnly: false }),
    [change]
  );
  const serviceOfficersHref = React.useCallback(
    (serviceId: number): string =>
      serialiseOfficerDirectoryUrlState(
        { ...stateRef.current, tab: 'find', query: '', directorate: undefined, serviceId, liaisonOnly: false },
        urlStateStore.read()
      ),
    [urlStateStore]
  );
  const profileServiceHref = React.useCallback(
    (browseServiceId: number): string =>
      serialiseOfficerDirectoryUrlState({ ...stateRef.current, tab: 'browse', browseServiceId, officerId: undefined }, urlStateStore.read()),
    [urlStateStore]
  );
  const openProfileService = React.useCallback(
    (browseServiceId: number): void => change({ tab: 'browse', browseServiceId, officerId: undefined }),
    [change]
  );
  const closeProfile = React.useCallback((): void => change({ officerId: undefined }), [change]);
  const profileNeeded = useNeededOnce(state.officerId !== undefined);

  const answerLinks = { profileHref, onOpenProfile: openProfile, serviceOfficersHref, onShowServiceOfficers: showServiceOfficers };

  const selectTab = React.useCallback((tab: OfficerDirectoryTab): void => change({ tab }), [change]);
  const tabIds = useTabIds<OfficerDirectoryTab>('officer-directory');

  const { stillLoading } = props;
  let view: JSX.Element;
  if (stillLoading && state.tab !== 'find') {
    // A service's liaison officers may be in the pages still on their way: no answer from part of them.
    view = <p>{strings.PartialTabWaiting}</p>;
  } else if (state.tab === 'ask') {
    view = (
      <ServiceFinder
        directory={directory}
        question={state.ask}
        onQuestionChange={(ask) => change({ ask })}
        onBrowse={() => change({ tab: 'browse' })}
        serviceOf={serviceOf}
        {...answerLinks}
      />
    );
  } else if (state.tab === 'browse') {
    view = (
      <ServiceBrowser
        directory={directory}
        serviceId={state.browseServiceId}
        onServiceChange={(browseServiceId) => change({ browseServiceId })}
        serviceHref={(browseServiceId) => serialiseOfficerDirectoryUrlState({ ...state, browseServiceId }, urlStateStore.read())}
        serviceOf={serviceOf}
        {...answerLinks}
      />
    );
  } else {
    view = (
      <OfficerSearchView
        directory={directory}
        stillLoading={stillLoading}
        state={state}
        serviceOf={serviceOf}
        onChange={change}
        profileHref={profileHref}
        onOpenProfile={openProfile}
      />
    );
  }

  return (
    <>
      {stillLoading ? (
        <LoadingProgress progress={stillLoading} />
      ) : (
        <StatutoryOfficers officers={directory.officers} protocolUrl={props.protocolUrl} profileHref={profileHref} onOpenProfile={openProfile} />
      )}
      <OfficerDirectoryTabs selected={state.tab} onSelect={selectTab} ids={tabIds} />
      <TabPanel selectedKey={state.tab} ids={tabIds}>
        {view}
      </TabPanel>
      {profileNeeded ? (
        <OfficerProfilePanel
            officerId={state.officerId}
            directory={directory}
            repository={props.repository}
            listsSiteUrl={props.listsSiteUrl}
            serviceOf={serviceOf}
            serviceHref={profileServiceHref}
            onOpenService={openProfileService}
            onDismiss={closeProfile}
          />
      ) : null}
    </>
  );
}

interface IOfficerDirectoryTabsProps {
  selected: OfficerDirectoryTab;
  onSelect: (tab: OfficerDirectoryTab) => void;
  ids: ITabIds<OfficerDirectoryTab>;
}

/**
 * The three tabs, headers only: the selected view is drawn beside them as their tab panel.
 * Memoised, so typing a search (which changes only the view) does not draw the tab buttons again.
 */
const OfficerDirectoryTabs = React.memo(function OfficerDirectoryTabs(props: IOfficerDirectoryTabsProps): JSX.Element {
  const tabs = React.useMemo(
    () => [
      { key: 'find' as const, text: strings.TabFind },
      { key: 'ask' as const, text: strings.TabAsk },
      { key: 'browse' as const, text: strings.TabBrowse }
    ],
    []
  );
  return <TabList label={strings.TabsLabel} tabs={tabs} selectedKey={props.selected} ids={props.ids} onSelect={props.onSelect} />;
});

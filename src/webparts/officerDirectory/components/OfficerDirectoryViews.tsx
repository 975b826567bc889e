import * as React from 'react';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import * as strings from 'OfficerDirectoryWebPartStrings';
import type { IOfficerRepository } from '../../../data/IOfficerRepository';
import type { IOfficerDirectory } from '../../../model/Officer';
import type { IUrlStateStore } from '../../../ui/urlStateStore';
import {
  emptyOfficerDirectoryUrlState,
  IOfficerDirectoryUrlState,
  OfficerDirectoryTab,
  parseOfficerDirectoryUrlState,
  serialiseOfficerDirectoryUrlState
} from './officerDirectoryUrlState';
import { OfficerProfilePanel } from './OfficerProfilePanel';
import { OfficerSearchView } from './OfficerSearchView';
import { ServiceBrowser } from './ServiceBrowser';
import { ServiceFinder } from './ServiceFinder';
import { useServiceLookup } from './useServiceLookup';

export interface IOfficerDirectoryViewsProps {
  directory: IOfficerDirectory;
  repository: IOfficerRepository;
  listsSiteUrl: string;
  startTab: OfficerDirectoryTab;
  urlStateStore: IUrlStateStore;
}

const TABS: readonly OfficerDirectoryTab[] = ['find', 'ask', 'browse'];

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

  React.useEffect(() => {
    urlStateStore.write(serialiseOfficerDirectoryUrlState(state, urlStateStore.read()));
  }, [state, urlStateStore]);

  const change = React.useCallback(
    (next: Partial<IOfficerDirectoryUrlState>): void => setState((current) => ({ ...current, ...next })),
    []
  );
  const openProfile = React.useCallback((officerId: number): void => change({ officerId }), [change]);
  // A profile's own address: the page's parameters and the officer, not the search that found them,
  // so each result's link stays the same while someone types (and its row need not be drawn again).
  const profileHref = React.useCallback(
    (officerId: number): string =>
      serialiseOfficerDirectoryUrlState({ ...emptyOfficerDirectoryUrlState, officerId }, urlStateStore.read()),
    [urlStateStore]
  );
  const showServiceOfficers = React.useCallback(
    (serviceId: number): void => change({ tab: 'find', query: '', directorate: undefined, serviceId, liaisonOnly: false }),
    [change]
  );
  const serviceOfficersHref = React.useCallback(
    (serviceId: number): string =>
      serialiseOfficerDirectoryUrlState(
        { ...state, tab: 'find', query: '', directorate: undefined, serviceId, liaisonOnly: false },
        urlStateStore.read()
      ),
    [state, urlStateStore]
  );

  const answerLinks = { profileHref, onOpenProfile: openProfile, serviceOfficersHref, onShowServiceOfficers: showServiceOfficers };

  return (
    <>
      <Pivot
        aria-label={strings.TabsLabel}
        selectedKey={state.tab}
        onLinkClick={(item) => {
          const tab = TABS.find((candidate) => candidate === item?.props.itemKey);
          if (tab) change({ tab });
        }}
      >
        <PivotItem itemKey="find" headerText={strings.TabFind}>
          <OfficerSearchView
            directory={directory}
            state={state}
            serviceOf={serviceOf}
            onChange={change}
            profileHref={profileHref}
            onOpenProfile={openProfile}
          />
        </PivotItem>
        <PivotItem itemKey="ask" headerText={strings.TabAsk}>
          <ServiceFinder
            directory={directory}
            question={state.ask}
            onQuestionChange={(ask) => change({ ask })}
            onBrowse={() => change({ tab: 'browse' })}
            serviceOf={serviceOf}
            {...answerLinks}
          />
        </PivotItem>
        <PivotItem itemKey="browse" headerText={strings.TabBrowse}>
          <ServiceBrowser
            directory={directory}
            serviceId={state.browseServiceId}
            onServiceChange={(browseServiceId) => change({ browseServiceId })}
            serviceHref={(browseServiceId) => serialiseOfficerDirectoryUrlState({ ...state, browseServiceId }, urlStateStore.read())}
            serviceOf={serviceOf}
            {...answerLinks}
          />
        </PivotItem>
      </Pivot>
      <OfficerProfilePanel
        officerId={state.officerId}
        directory={directory}
        repository={props.repository}
        listsSiteUrl={props.listsSiteUrl}
        serviceOf={serviceOf}
        serviceHref={(browseServiceId) =>
          serialiseOfficerDirectoryUrlState({ ...state, tab: 'browse', browseServiceId, officerId: undefined }, urlStateStore.read())
        }
        onOpenService={(browseServiceId) => change({ tab: 'browse', browseServiceId, officerId: undefined })}
        onDismiss={() => change({ officerId: undefined })}
      />
    </>
  );
}

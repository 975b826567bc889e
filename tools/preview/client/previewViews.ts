/**
 * The views the preview can show: each web part's real root component, loaded on demand, and how
 * to build its props the way its SPFx shell does. A new web part plugs in with one entry here.
 */
import * as React from 'react';
import type { ITheme } from '@fluentui/react/lib/Theme';
import type { SPFI } from '@pnp/sp';
import type { IRequestEvents } from '../../../src/data/IRequestEvents';
import type { ITeamsHost } from '../../../src/teams/teamsHost';
import type { IUrlStateStore } from '../../../src/ui/urlStateStore';
import type { IMemberBriefingsProps } from '../../../src/webparts/memberBriefings/components/MemberBriefings';
import type { IMemberProfilesProps } from '../../../src/webparts/memberProfiles/components/MemberProfiles';
import type { IOfficerDirectoryProps } from '../../../src/webparts/officerDirectory/components/OfficerDirectory';
import type { OfficerDirectoryTab } from '../../../src/webparts/officerDirectory/components/officerDirectoryUrlState';
import type { IDirectoryHealthProps } from '../../../src/webparts/directoryHealth/components/DirectoryHealth';
import type { IPreviewPersona, PreviewHost, PreviewPage } from './previewBoot';
import { resolvePreviewListsSite } from './previewData';
import { spForListsSite } from '../../../src/data/connectToListsSite';

/** Per signed-in user: the data side, built once and shared by every view on the page. */
export interface IPreviewDataContext {
  /** The site the page (or Teams tab) runs on: the emulated site. */
  readonly siteUrl: string;
  /** PnPjs for a site, with the preview's retry behaviour (SPFx: spfi(url).using(SPFx(context), behaviour)). */
  readonly spFor: (siteUrl: string) => SPFI;
  readonly requestEvents?: IRequestEvents;
  /** Who the emulator answers as (SPFx: context.pageContext.user), when the picker knows them. */
  readonly signedInUser?: IPreviewPersona;
}

/** Per render: what the host page hands a web part (theme, where state lives, Teams). */
export interface IPreviewHostContext {
  readonly host: PreviewHost;
  readonly theme: ITheme;
  readonly urlStateStore: IUrlStateStore;
  /** In the Teams frame: the Teams host, as SPFx's teams-js would give it (context.sdks.microsoftTeams). */
  readonly teams?: ITeamsHost;
}

export type PreviewViewRenderer = (hostContext: IPreviewHostContext) => React.ReactElement;

export interface IPreviewView {
  readonly key: string;
  /** The web part's title as the toolbox shows it, also used for the Teams tab. */
  readonly title: string;
  readonly hosts: readonly PreviewHost[];
  /** The SharePoint page it sits on (the Teams frame shows the home page's views). */
  readonly page: PreviewPage;
  /** Loads the view's code; the result builds the data side once, then renders per host context. */
  load(): Promise<(dataContext: IPreviewDataContext) => Promise<PreviewViewRenderer>>;
}

interface IViewDefinition<TProps, TData> {
  readonly key: string;
  readonly title: string;
  readonly hosts: readonly PreviewHost[];
  /** Defaults to the home page. */
  readonly page?: PreviewPage;
  /** Imports the real root component (and whatever the props need) lazily. */
  readonly load: () => Promise<{
    readonly component: React.ComponentType<TProps>;
    /** Like the web part's onInit: the lists' site, repositories and other per-user services. */
    readonly createData: (dataContext: IPreviewDataContext) => Promise<TData>;
    /** Like the web part's render(): the props from the data side and the host. */
    readonly props: (data: TData, hostContext: IPreviewHostContext) => TProps;
  }>;
}

function defineView<TProps extends object, TData>(definition: IViewDefinition<TProps, TData>): IPreviewView {
  return {
    key: definition.key,
    title: definition.title,
    hosts: definition.hosts,
    page: definition.page ?? 'home',
    load: async () => {
      const loaded = await definition.load();
      return async (dataContext) => {
        const data = await loaded.createData(dataContext);
        return (hostContext) => React.createElement(loaded.component, loaded.props(data, hostContext));
      };
    }
  };
}

/** In this order on the SharePoint page and as Teams tabs (the first tab opens first). */
export const previewViews: readonly IPreviewView[] = [
  defineView<IMemberBriefingsProps, Pick<IMemberBriefingsProps, 'repository' | 'requestEvents' | 'listsSite' | 'account'>>({
    key: 'member-briefings',
    title: 'Member briefings',
    hosts: ['sharepoint', 'teams'],
    load: async () => {
      const [{ MemberBriefings }, { BriefingRepository }, { toWardLabel }, { preElectionPeriodFrom }, manifest] = await Promise.all([
        import('../../../src/webparts/memberBriefings/components/MemberBriefings'),
        import('../../../src/data/BriefingRepository'),
        import('../../../src/webparts/memberBriefings/components/wardTerms'),
        import('../../../src/webparts/memberBriefings/preElectionProperties'),
        import('../../../src/webparts/memberBriefings/MemberBriefingsWebPart.manifest.json')
      ]);
      const defaults = manifest.preconfiguredEntries[0].properties;
      return {
        component: MemberBriefings,
        createData: async (dataContext: IPreviewDataContext) => {
          const listsSite = await resolvePreviewListsSite(dataContext, defaults.listsSiteUrl);
          return {
            repository: new BriefingRepository(spForListsSite(dataContext.spFor, listsSite)),
            requestEvents: dataContext.requestEvents,
            listsSite,
            account: dataContext.signedInUser?.email
          };
        },
        props: (data, hostContext): IMemberBriefingsProps => ({
          ...data,
          title: defaults.title,
          wardLabel: toWardLabel(defaults.wardLabel),
          preElectionPeriod: preElectionPeriodFrom(defaults.preElectionStart, defaults.preElectionEnd),
          theme: hostContext.theme,
          teams: hostContext.teams,
          urlStateStore: hostContext.urlStateStore
        })
      };
    }
  }),
  defineView<IMemberProfilesProps, Pick<IMemberProfilesProps, 'repository' | 'requestEvents' | 'listsSite'>>({
    key: 'member-profiles',
    title: 'Member profiles',
    hosts: ['sharepoint', 'teams'],
    load: async () => {
      const [{ MemberProfiles }, { MemberRepository }, manifest] = await Promise.all([
        import('../../../src/webparts/memberProfiles/components/MemberProfiles'),
        import('../../../src/data/MemberRepository'),
        import('../../../src/webparts/memberProfiles/MemberProfilesWebPart.manifest.json')
      ]);
      const defaults = manifest.preconfiguredEntries[0].properties;
      return {
        component: MemberProfiles,
        createData: async (dataContext: IPreviewDataContext) => {
          const listsSite = await resolvePreviewListsSite(dataContext, defaults.listsSiteUrl);
          return {
            // As in SharePoint: one copy of the directory per user and site in the browser, revalidated.
            repository: new MemberRepository(spForListsSite(dataContext.spFor, listsSite), {
              cache: { user: dataContext.signedInUser?.loginName ?? 'preview-default-user' }
            }),
            requestEvents: dataContext.requestEvents,
            listsSite
          };
        },
        props: (data, hostContext): IMemberProfilesProps => ({
          ...data,
          title: defaults.title,
          defaultLayout: defaults.defaultView === 'list' ? 'list' : 'cards',
          theme: hostContext.theme,
          urlStateStore: hostContext.urlStateStore
        })
      };
    }
  }),
  defineView<IOfficerDirectoryProps, Pick<IOfficerDirectoryProps, 'repository' | 'requestEvents' | 'listsSite'>>({
    key: 'officer-directory',
    title: 'Officer directory',
    hosts: ['sharepoint', 'teams'],
    load: async () => {
      const [{ OfficerDirectory }, { OfficerRepository }, manifest] = await Promise.all([
        import('../../../src/webparts/officerDirectory/components/OfficerDirectory'),
        import('../../../src/data/OfficerRepository'),
        import('../../../src/webparts/officerDirectory/OfficerDirectoryWebPart.manifest.json')
      ]);
      const defaults = manifest.preconfiguredEntries[0].properties;
      return {
        component: OfficerDirectory,
        createData: async (dataContext: IPreviewDataContext) => {
          const listsSite = await resolvePreviewListsSite(dataContext, defaults.listsSiteUrl);
          return {
            // As in SharePoint: one copy of the directory per user and site in the browser (IndexedDB).
            repository: new OfficerRepository(spForListsSite(dataContext.spFor, listsSite), {
              cache: { user: dataContext.signedInUser?.loginName ?? 'preview-default-user' }
            }),
            requestEvents: dataContext.requestEvents,
            listsSite
          };
        },
        props: (data, hostContext): IOfficerDirectoryProps => ({
          ...data,
          title: defaults.title,
          // The manifest's own default ("find"); the shell also guards values stored with a page.
          startTab: defaults.startTab as OfficerDirectoryTab,
          theme: hostContext.theme,
          urlStateStore: hostContext.urlStateStore
        })
      };
    }
  }),
  defineView<IDirectoryHealthProps, Pick<IDirectoryHealthProps, 'repository' | 'requestEvents' | 'listsSite'>>({
    key: 'directory-health',
    title: 'Directory health',
    // For admins, on their own page: SharePoint only, like the web part (no Teams hosts).
    hosts: ['sharepoint'],
    page: 'admin',
    load: async () => {
      const [{ DirectoryHealth }, { HealthRepository }, { reviewMonthsFrom }, manifest] = await Promise.all([
        import('../../../src/webparts/directoryHealth/components/DirectoryHealth'),
        import('../../../src/data/HealthRepository'),
        import('../../../src/webparts/directoryHealth/reviewMonths'),
        import('../../../src/webparts/directoryHealth/DirectoryHealthWebPart.manifest.json')
      ]);
      const defaults = manifest.preconfiguredEntries[0].properties;
      return {
        component: DirectoryHealth,
        createData: async (dataContext: IPreviewDataContext) => {
          const listsSite = await resolvePreviewListsSite(dataContext, defaults.listsSiteUrl);
          return {
            repository: new HealthRepository(spForListsSite(dataContext.spFor, listsSite)),
            requestEvents: dataContext.requestEvents,
            listsSite
          };
        },
        props: (data, hostContext): IDirectoryHealthProps => ({
          ...data,
          title: defaults.title,
          reviewMonths: reviewMonthsFrom(defaults.reviewMonths),
          theme: hostContext.theme
        })
      };
    }
  })
];

export function viewsFor(host: PreviewHost, page: PreviewPage = 'home'): readonly IPreviewView[] {
  return previewViews.filter((view) => view.hosts.includes(host) && view.page === page);
}

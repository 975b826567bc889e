/**
 * The views the preview can show: each web part's real root component, loaded on demand, built by the
 * web part's own composition (the one its SPFx shell uses) from the manifest's stored properties, so the
 * preview cannot build a view differently from SharePoint. A new web part plugs in with one entry here.
 */
import * as React from 'react';
import type { ITheme } from '@fluentui/react/lib/Theme';
import type { SPFI } from '@pnp/sp';
import type { IRequestEvents } from '../../../src/contracts/requestEvents';
import type { ITeamsHost } from '../../../src/teams/teamsHost';
import type { IUrlStateStore } from '../../../src/ui/urlStateStore';
import type { IPreviewPersona, PreviewHost, PreviewPage } from './previewBoot';
import { resolvePreviewListsSite } from './previewData';
import type { IListsSite } from '../../../src/data/resolveListsSite';
import type { IMemberBriefingsWebPartProps } from '../../../src/webparts/memberBriefings/IMemberBriefingsWebPartProps';
import type { IMemberProfilesWebPartProps } from '../../../src/webparts/memberProfiles/IMemberProfilesWebPartProps';
import type { IOfficerDirectoryWebPartProps } from '../../../src/webparts/officerDirectory/IOfficerDirectoryWebPartProps';
import type { IDirectoryHealthWebPartProps } from '../../../src/webparts/directoryHealth/IDirectoryHealthWebPartProps';
import type { IWardContactsWebPartProps } from '../../../src/webparts/wardContacts/IWardContactsWebPartProps';
import type { IEnquiryReportWebPartProps } from '../../../src/webparts/enquiryReport/IEnquiryReportWebPartProps';
import type { IWardContactsRepositories } from '../../../src/webparts/wardContacts/components/WardContacts';
import type { IServiceEnquiriesWebPartProps } from '../../../src/webparts/serviceEnquiries/IServiceEnquiriesWebPartProps';
import type { IMemberEnquiriesWebPartProps } from '../../../src/webparts/memberEnquiries/IMemberEnquiriesWebPartProps';
import { spForListsSite } from '../../../src/data/connectToListsSite';
import type { IListsCompositionInput, ISignedInUser, IWebPartComposition } from '../../../src/webparts/shared/composition';

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
  /** What the preview's page editor set, over the manifest's stored properties (e.g. the ward sheet's page). */
  readonly editorSettings?: () => Readonly<Record<string, string>>;
}

/** The props only the host gives a root component, on top of its composed props. */
interface IHostProps<TRepository> {
  readonly repository: TRepository;
  readonly theme: ITheme;
  readonly teams?: ITeamsHost;
  readonly urlStateStore?: IUrlStateStore;
}

interface IViewDefinition<TProperties extends { listsSiteUrl: string }, TRepository, TOptions, TRootProps> {
  readonly key: string;
  readonly title: string;
  readonly hosts: readonly PreviewHost[];
  /** Defaults to the home page. */
  readonly page?: PreviewPage;
  /** Imports the web part's code lazily: its root component, composition, repository and manifest. */
  readonly load: () => Promise<{
    readonly component: React.ComponentType<TRootProps & IHostProps<TRepository>>;
    readonly compose: (input: IListsCompositionInput<TProperties>) => IWebPartComposition<TOptions, TRootProps>;
    /** `dataContext`: what SPFx's context would tell the shell (the page's site and user). */
    readonly createRepository: (sp: SPFI, options: TOptions, dataContext: IPreviewDataContext) => TRepository;
    /** What a page stores when the web part is added (the manifest's preconfigured properties). */
    readonly storedProperties: TProperties;
    /** Further repositories the shell builds on the same connection and passes beside the root props. */
    readonly services?: (sp: SPFI) => object;
  }>;
  /**
   * Which host props the web part's shell passes (Teams only to the parts that use it, as their shells do).
   */
  readonly hostProps: (hostContext: IPreviewHostContext) => Omit<IHostProps<TRepository>, 'repository'>;
  /** What the preview's page editor set, over the manifest's stored properties. */
  readonly editorSettings?: () => Partial<TProperties>;
}

/** As an editor would set the directories' "Ward contact sheet page": the preview's own /ward page. */
function wardSheetPageSetting(): { wardSheetPageUrl: string } {
  return { wardSheetPageUrl: `${window.location.origin}/ward` };
}

/** As an editor would set the "Member enquiries page": the preview's own /enquiries page. */
function enquiriesPageSetting(): { enquiriesPageUrl: string } {
  return { enquiriesPageUrl: `${window.location.origin}/enquiries` };
}

/** As SPFx's legacyPageContext.userId: the signed-in user's id, which is their id on the lists' site only when the page is on it. */
function pageUserIdOn(dataContext: IPreviewDataContext, listsWebServerRelativeUrl: string): number | undefined {
  const trimmed = (url: string): string => url.replace(/\/+$/, '').toLowerCase();
  const sameSite = trimmed(new URL(dataContext.siteUrl, window.location.origin).pathname) === trimmed(listsWebServerRelativeUrl);
  return sameSite ? dataContext.signedInUser?.userId : undefined;
}

/** Who the preview is signed in as, as SPFx's pageContext.user would say. */
export function previewUser(dataContext: IPreviewDataContext): ISignedInUser {
  return { loginName: dataContext.signedInUser?.loginName ?? 'preview-default-user', email: dataContext.signedInUser?.email };
}

/** The composition of a view for the signed-in user, as its SPFx shell would compose it (exported for tests). */
export async function composePreviewView<TProperties extends { listsSiteUrl: string }, TOptions, TRootProps>(
  compose: (input: IListsCompositionInput<TProperties>) => IWebPartComposition<TOptions, TRootProps>,
  storedProperties: TProperties,
  dataContext: IPreviewDataContext
): Promise<IWebPartComposition<TOptions, TRootProps> & { readonly listsSite: IListsSite }> {
  const listsSite = await resolvePreviewListsSite(dataContext, storedProperties.listsSiteUrl);
  const composition = compose({
    properties: storedProperties,
    lists: { listsSite, requestEvents: dataContext.requestEvents },
    user: previewUser(dataContext)
  });
  return { ...composition, listsSite };
}

function defineView<TProperties extends { listsSiteUrl: string }, TRepository, TOptions, TRootProps extends object>(
  definition: IViewDefinition<TProperties, TRepository, TOptions, TRootProps>
): IPreviewView {
  return {
    key: definition.key,
    title: definition.title,
    hosts: definition.hosts,
    page: definition.page ?? 'home',
    editorSettings: definition.editorSettings as (() => Readonly<Record<string, string>>) | undefined,
    load: async () => {
      const loaded = await definition.load();
      return async (dataContext) => {
        const storedProperties = { ...loaded.storedProperties, ...definition.editorSettings?.() };
        const { rootProps, repositoryOptions, listsSite } = await composePreviewView(loaded.compose, storedProperties, dataContext);
        const sp = spForListsSite(dataContext.spFor, listsSite);
        const repository = loaded.createRepository(sp, repositoryOptions, dataContext);
        const services = loaded.services ? loaded.services(sp) : {};
        return (hostContext) =>
          React.createElement(loaded.component, {
            ...rootProps,
            ...services,
            repository,
            ...definition.hostProps(hostContext)
          } as TRootProps & IHostProps<TRepository>);
      };
    }
  };
}

/** A manifest's preconfigured properties, as a page stores them when the web part is added. */
function storedPropertiesOf<TProperties>(manifest: { readonly preconfiguredEntries: readonly { readonly properties: object }[] }): TProperties {
  return manifest.preconfiguredEntries[0].properties as TProperties;
}

/** In this order on the SharePoint page and as Teams tabs (the first tab opens first). */
export const previewViews: readonly IPreviewView[] = [
  defineView({
    key: 'member-briefings',
    title: 'Member briefings',
    hosts: ['sharepoint', 'teams'],
    load: async () => {
      const [{ MemberBriefings }, { BriefingRepository }, { ReceiptRepository }, { composeMemberBriefings }, manifest] = await Promise.all([
        import('../../../src/webparts/memberBriefings/components/MemberBriefings'),
        import('../../../src/data/BriefingRepository'),
        import('../../../src/data/ReceiptRepository'),
        import('../../../src/webparts/memberBriefings/memberBriefingsComposition'),
        import('../../../src/webparts/memberBriefings/MemberBriefingsWebPart.manifest.json')
      ]);
      return {
        component: MemberBriefings,
        compose: composeMemberBriefings,
        createRepository: (sp, options) => new BriefingRepository(sp, options),
        storedProperties: storedPropertiesOf<IMemberBriefingsWebPartProps>(manifest),
        services: (sp: SPFI) => ({ receipts: new ReceiptRepository(sp) })
      };
    },
    hostProps: ({ theme, teams, urlStateStore }) => ({ theme, teams, urlStateStore })
  }),
  defineView({
    key: 'member-profiles',
    title: 'Member profiles',
    hosts: ['sharepoint', 'teams'],
    load: async () => {
      const [{ MemberProfiles }, { MemberRepository }, { composeMemberProfiles }, manifest] = await Promise.all([
        import('../../../src/webparts/memberProfiles/components/MemberProfiles'),
        import('../../../src/data/MemberRepository'),
        import('../../../src/webparts/memberProfiles/memberProfilesComposition'),
        import('../../../src/webparts/memberProfiles/MemberProfilesWebPart.manifest.json')
      ]);
      return {
        component: MemberProfiles,
        compose: composeMemberProfiles,
        createRepository: (sp, options) => new MemberRepository(sp, options),
        storedProperties: storedPropertiesOf<IMemberProfilesWebPartProps>(manifest)
      };
    },
    hostProps: ({ theme, urlStateStore }) => ({ theme, urlStateStore }),
    editorSettings: wardSheetPageSetting
  }),
  defineView({
    key: 'officer-directory',
    title: 'Officer directory',
    hosts: ['sharepoint', 'teams'],
    load: async () => {
      const [{ OfficerDirectory }, { OfficerRepository }, { composeOfficerDirectory }, manifest] = await Promise.all([
        import('../../../src/webparts/officerDirectory/components/OfficerDirectory'),
        import('../../../src/data/OfficerRepository'),
        import('../../../src/webparts/officerDirectory/officerDirectoryComposition'),
        import('../../../src/webparts/officerDirectory/OfficerDirectoryWebPart.manifest.json')
      ]);
      return {
        component: OfficerDirectory,
        compose: composeOfficerDirectory,
        createRepository: (sp, options) => new OfficerRepository(sp, options),
        storedProperties: storedPropertiesOf<IOfficerDirectoryWebPartProps>(manifest)
      };
    },
    hostProps: ({ theme, urlStateStore }) => ({ theme, urlStateStore }),
    // As a council would set them: the ward sheet's and member enquiries' pages, and the sample council's protocol page on the lists' site.
    editorSettings: () => ({ ...wardSheetPageSetting(), ...enquiriesPageSetting(), protocolUrl: '/sites/council/SitePages/Member-officer-protocol.aspx' })
  }),
  defineView({
    key: 'ward-contacts',
    title: 'Ward contact sheet',
    hosts: ['sharepoint', 'teams'],
    // Its own page, which both directories link to with the ward in the address.
    page: 'ward',
    load: async () => {
      const [{ WardContacts }, { MemberRepository }, { OfficerRepository }, { BriefingRepository }, { composeWardContacts }, manifest] = await Promise.all([
        import('../../../src/webparts/wardContacts/components/WardContacts'),
        import('../../../src/data/MemberRepository'),
        import('../../../src/data/OfficerRepository'),
        import('../../../src/data/BriefingRepository'),
        import('../../../src/webparts/wardContacts/wardContactsComposition'),
        import('../../../src/webparts/wardContacts/WardContactsWebPart.manifest.json')
      ]);
      return {
        component: WardContacts,
        compose: composeWardContacts,
        createRepository: (sp, options): IWardContactsRepositories => ({
          members: new MemberRepository(sp, { cache: options.cache }),
          officers: new OfficerRepository(sp, { cache: options.cache }),
          briefings: new BriefingRepository(sp, { cache: options.cache })
        }),
        storedProperties: storedPropertiesOf<IWardContactsWebPartProps>(manifest)
      };
    },
    hostProps: ({ theme, teams, urlStateStore }) => ({ theme, teams, urlStateStore }),
    editorSettings: enquiriesPageSetting
  }),
  defineView({
    key: 'member-enquiries',
    title: 'Member enquiries',
    hosts: ['sharepoint', 'teams'],
    // Its own page, which the officer directory and the ward sheet link to with ?service= or ?ward=.
    page: 'enquiries',
    load: async () => {
      const [{ MemberEnquiries }, { createMemberEnquiriesRepositories }, { composeMemberEnquiries }, manifest] = await Promise.all([
        import('../../../src/webparts/memberEnquiries/components/MemberEnquiries'),
        import('../../../src/webparts/memberEnquiries/memberEnquiriesRepositories'),
        import('../../../src/webparts/memberEnquiries/memberEnquiriesComposition'),
        import('../../../src/webparts/memberEnquiries/MemberEnquiriesWebPart.manifest.json')
      ]);
      return {
        component: MemberEnquiries,
        compose: composeMemberEnquiries,
        // As MemberEnquiriesWebPart: the page's user id when the page is on the lists' site, so a first visit is one $batch.
        createRepository: (sp, options, dataContext) =>
          createMemberEnquiriesRepositories(sp, { ...options, knownUserId: pageUserIdOn(dataContext, options.listsWebServerRelativeUrl) }),
        storedProperties: storedPropertiesOf<IMemberEnquiriesWebPartProps>(manifest)
      };
    },
    hostProps: ({ theme, teams, urlStateStore }) => ({ theme, teams, urlStateStore })
  }),
  defineView({
    key: 'service-enquiries',
    title: 'Service enquiries',
    hosts: ['sharepoint', 'teams'],
    // The officers' page (sign in as an officer of Highways or Planning and Development to see a queue).
    page: 'service-enquiries',
    load: async () => {
      const [{ ServiceEnquiries }, { ServiceEnquiriesRepository }, { composeServiceEnquiries }, manifest] = await Promise.all([
        import('../../../src/webparts/serviceEnquiries/components/ServiceEnquiries'),
        import('../../../src/data/ServiceEnquiriesRepository'),
        import('../../../src/webparts/serviceEnquiries/serviceEnquiriesComposition'),
        import('../../../src/webparts/serviceEnquiries/ServiceEnquiriesWebPart.manifest.json')
      ]);
      return {
        component: ServiceEnquiries,
        compose: composeServiceEnquiries,
        createRepository: (sp, options) => new ServiceEnquiriesRepository(sp, options.webServerRelativeUrl),
        storedProperties: storedPropertiesOf<IServiceEnquiriesWebPartProps>(manifest)
      };
    },
    hostProps: ({ theme, urlStateStore }) => ({ theme, urlStateStore })
  }),
  defineView({
    key: 'directory-health',
    title: 'Directory health',
    // For admins, on their own page: SharePoint only, like the web part (no Teams hosts).
    hosts: ['sharepoint'],
    page: 'admin',
    load: async () => {
      const [{ DirectoryHealth }, { HealthRepository }, { CoverageRepository }, { composeDirectoryHealth }, manifest] = await Promise.all([
        import('../../../src/webparts/directoryHealth/components/DirectoryHealth'),
        import('../../../src/data/HealthRepository'),
        import('../../../src/data/CoverageRepository'),
        import('../../../src/webparts/directoryHealth/directoryHealthComposition'),
        import('../../../src/webparts/directoryHealth/DirectoryHealthWebPart.manifest.json')
      ]);
      return {
        component: DirectoryHealth,
        compose: composeDirectoryHealth,
        createRepository: (sp, options) => new HealthRepository(sp, options),
        storedProperties: storedPropertiesOf<IDirectoryHealthWebPartProps>(manifest),
        services: (sp: SPFI) => ({ coverage: new CoverageRepository(sp) })
      };
    },
    hostProps: ({ theme }) => ({ theme })
  }),
  defineView({
    key: 'enquiry-report',
    title: 'Enquiries report',
    // For Democratic Services and managers, beside directory health: SharePoint only, like the web part.
    hosts: ['sharepoint'],
    page: 'admin',
    load: async () => {
      const [{ EnquiryReport }, { EnquiryReportRepository }, { composeEnquiryReport }, manifest] = await Promise.all([
        import('../../../src/webparts/enquiryReport/components/EnquiryReport'),
        import('../../../src/data/EnquiryReportRepository'),
        import('../../../src/webparts/enquiryReport/enquiryReportComposition'),
        import('../../../src/webparts/enquiryReport/EnquiryReportWebPart.manifest.json')
      ]);
      return {
        component: EnquiryReport,
        compose: composeEnquiryReport,
        createRepository: (sp) => new EnquiryReportRepository(sp),
        storedProperties: storedPropertiesOf<IEnquiryReportWebPartProps>(manifest)
      };
    },
    hostProps: ({ theme }) => ({ theme })
  })
];

/** On the SharePoint site, the views of one page; in the Teams frame, every Teams view as a tab of its own. */
export function viewsFor(host: PreviewHost, page: PreviewPage = 'home'): readonly IPreviewView[] {
  return previewViews.filter((view) => view.hosts.includes(host) && (host === 'teams' || view.page === page));
}

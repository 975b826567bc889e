/**
 * Builds the Teams app manifest (teams/manifest.json) from the web part manifests and
 * config/package-solution.json (title, version, developer, descriptions): one channel tab for a
 * web part that supports `TeamsTab`, a personal tab for each web part that supports
 * `TeamsPersonalApp`. SharePoint hosts the tabs; the URLs and tokens are the ones SharePoint's own
 * "Sync to Teams" uses.
 */
import type { IPackageSolution, IWebPartManifest } from '../projectFiles';

export const TEAMS_MANIFEST_VERSION = '1.22';
export const TEAMS_MANIFEST_SCHEMA = `https://developer.microsoft.com/json-schemas/teams/v${TEAMS_MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
export const MANIFEST_FILE = 'manifest.json';
export const COLOUR_ICON_FILE = 'color.png';
export const OUTLINE_ICON_FILE = 'outline.png';
/** The language of the manifest's own strings (the web parts' "default" titles, package-solution.json). */
export const TEAMS_DEFAULT_LANGUAGE = 'en-GB';
export const teamsLocalizationFile = (languageTag: string): string => `${languageTag}.json`;
export const teamsLocalizationSchema = `https://developer.microsoft.com/json-schemas/teams/v${TEAMS_MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`;

/**
 * The app's own words in each further language Teams shows it in; the tab names come from the web
 * part manifests' titles for the same language tag. Welsh: to be reviewed by the council (docs/translation.md).
 */
export const TEAMS_ADDITIONAL_LANGUAGES: Readonly<Record<string, { readonly fullName: string; readonly shortDescription: string; readonly longDescription: string }>> = {
  'cy-GB': {
    fullName: 'Member–Officer Hub ar gyfer cynghorwyr a swyddogion',
    shortDescription: 'Proffiliau aelodau, cyfeiriadur swyddogion a briffiau wythnosol i aelodau.',
    longDescription:
      'Mae Member–Officer Hub yn rhoi un lle i gynghorwyr a swyddogion ddod o hyd i’w gilydd: proffiliau aelodau gyda’u wardiau, pleidiau, pwyllgorau a phortffolios; cyfeiriadur swyddogion fesul gwasanaeth; a briffiau wythnosol i aelodau mewn tab yn Microsoft Teams. Mae ychwanegu’r ap at safle yn creu ei restrau SharePoint.'
  }
};

/** Facts about the Teams app that no other project file holds. */
export const teamsAppIdentity = {
  /** The Teams app id; never changes once the app is in a tenant's store. */
  id: '0f901ec2-f822-4b44-8c4b-939faf7a3a7a',
  fullName: 'Member–Officer Hub for councillors and officers',
  accentColour: '#22577A',
  /**
   * Teams allows one configurable (channel) tab per app. When more than one web part supports
   * `TeamsTab`, the first of these component ids that does is the channel tab: Member briefings,
   * which the design makes the Teams app's main surface.
   */
  channelTabPreference: ['eb25a990-21d9-491e-a9b9-a49f9b9ee3fb'] as readonly string[]
} as const;

/** SharePoint Online, its sign-in and its CDN: the domains SharePoint-hosted tabs load from. */
export const SHAREPOINT_VALID_DOMAINS = [
  '*.login.microsoftonline.com',
  '*.sharepoint.com',
  'spoprod-a.akamaihd.net',
  'resourceseng.blob.core.windows.net'
] as const;

/** The SharePoint Online resource, so the tab signs in to SharePoint silently. */
export const SHAREPOINT_WEB_APPLICATION_INFO = {
  id: '00000003-0000-0ff1-ce00-000000000000',
  resource: 'https://{teamSiteDomain}'
} as const;

export interface ITeamsConfigurableTab {
  readonly id: string;
  readonly configurationUrl: string;
  readonly canUpdateConfiguration: boolean;
  readonly scopes: readonly 'team'[];
  readonly context: readonly 'channelTab'[];
}

export interface ITeamsStaticTab {
  readonly entityId: string;
  readonly name: string;
  readonly contentUrl: string;
  readonly scopes: readonly 'personal'[];
}

export interface ITeamsManifest {
  readonly $schema: string;
  readonly manifestVersion: string;
  readonly version: string;
  readonly id: string;
  readonly developer: { readonly name: string; readonly websiteUrl: string; readonly privacyUrl: string; readonly termsOfUseUrl: string };
  readonly name: { readonly short: string; readonly full: string };
  readonly description: { readonly short: string; readonly full: string };
  readonly icons: { readonly color: string; readonly outline: string };
  readonly accentColor: string;
  readonly configurableTabs?: readonly ITeamsConfigurableTab[];
  readonly staticTabs?: readonly ITeamsStaticTab[];
  readonly validDomains: readonly string[];
  readonly webApplicationInfo: { readonly id: string; readonly resource: string };
  readonly localizationInfo?: {
    readonly defaultLanguageTag: string;
    readonly additionalLanguages: readonly { readonly languageTag: string; readonly file: string }[];
  };
}

/** A Teams localisation file: the manifest's texts by their JSON path ("name.full", "staticTabs[0].name"). */
export type ITeamsLocalization = Readonly<Record<string, string>>;

/** Page in a team's site that hosts a web part as a channel tab, opening its property pane first. */
export function channelTabConfigurationUrl(componentId: string): string {
  return (
    'https://{teamSiteDomain}{teamSitePath}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest={teamSitePath}' +
    `/_layouts/15/teamshostedapp.aspx%3FopenPropertyPane=true%26teams%26componentId=${componentId}%26forceLocale={locale}`
  );
}

/** Page on the tenant's root site that hosts a web part as a personal app tab. */
export function personalTabContentUrl(componentId: string): string {
  return (
    'https://{teamSiteDomain}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=' +
    `/_layouts/15/teamshostedapp.aspx%3Fteams%26personal%26componentId=${componentId}%26forceLocale={locale}`
  );
}

/** Teams wants semver; the SharePoint solution version is major.minor.build.revision. */
export function teamsAppVersion(solutionVersion: string): string {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:\.\d+)?$/.exec(solutionVersion);
  if (!match) throw new Error(`Solution version "${solutionVersion}" is not major.minor.build.revision.`);
  return `${Number(match[1])}.${Number(match[2])}.${Number(match[3])}`;
}

function supports(manifest: IWebPartManifest, host: 'TeamsTab' | 'TeamsPersonalApp'): boolean {
  return manifest.supportedHosts?.includes(host) ?? false;
}

function chooseChannelTab(webParts: readonly IWebPartManifest[], preference: readonly string[]): IWebPartManifest | undefined {
  const candidates = webParts.filter((manifest) => supports(manifest, 'TeamsTab'));
  const preferred = preference.map((id) => candidates.find((manifest) => manifest.id === id)).find((manifest) => manifest !== undefined);
  if (preferred) return preferred;
  if (candidates.length > 1) {
    const names = candidates.map((manifest) => manifest.alias).join(', ');
    throw new Error(`Teams allows one channel tab per app, but ${names} all support TeamsTab: list the one to use in teamsAppIdentity.channelTabPreference.`);
  }
  return candidates[0];
}

export function buildTeamsManifest(
  webParts: readonly IWebPartManifest[],
  packageSolution: IPackageSolution,
  identity: { readonly id: string; readonly fullName: string; readonly accentColour: string; readonly channelTabPreference: readonly string[] } = teamsAppIdentity
): ITeamsManifest {
  const { solution } = packageSolution;
  const channelTab = chooseChannelTab(webParts, identity.channelTabPreference);
  const personalTabs = webParts.filter((manifest) => supports(manifest, 'TeamsPersonalApp'));
  if (!channelTab && personalTabs.length === 0) {
    throw new Error('No web part supports TeamsTab or TeamsPersonalApp, so the Teams app would have nothing to show.');
  }
  const { name, websiteUrl, privacyUrl, termsOfUseUrl } = solution.developer;
  return {
    $schema: TEAMS_MANIFEST_SCHEMA,
    manifestVersion: TEAMS_MANIFEST_VERSION,
    version: teamsAppVersion(solution.version),
    id: identity.id,
    developer: { name, websiteUrl, privacyUrl, termsOfUseUrl },
    name: { short: solution.title, full: identity.fullName },
    description: { short: solution.metadata.shortDescription.default, full: solution.metadata.longDescription.default },
    icons: { color: COLOUR_ICON_FILE, outline: OUTLINE_ICON_FILE },
    accentColor: identity.accentColour,
    ...(channelTab && {
      configurableTabs: [
        {
          id: channelTab.alias,
          configurationUrl: channelTabConfigurationUrl(channelTab.id),
          canUpdateConfiguration: true,
          scopes: ['team'],
          context: ['channelTab']
        }
      ]
    }),
    ...(personalTabs.length > 0 && {
      staticTabs: personalTabs.map((manifest) => ({
        entityId: manifest.id,
        name: manifest.preconfiguredEntries[0].title.default,
        contentUrl: personalTabContentUrl(manifest.id),
        scopes: ['personal']
      }))
    }),
    validDomains: [...SHAREPOINT_VALID_DOMAINS],
    webApplicationInfo: { ...SHAREPOINT_WEB_APPLICATION_INFO },
    localizationInfo: {
      defaultLanguageTag: TEAMS_DEFAULT_LANGUAGE,
      additionalLanguages: Object.keys(TEAMS_ADDITIONAL_LANGUAGES).map((languageTag) => ({ languageTag, file: teamsLocalizationFile(languageTag) }))
    }
  };
}

/**
 * The manifest's texts in another language: the app's name and descriptions from
 * TEAMS_ADDITIONAL_LANGUAGES, each personal tab's name from its web part manifest's title in that
 * language. Throws when a tab's web part has no title in the language, so no tab stays in English.
 */
export function buildTeamsLocalization(manifest: ITeamsManifest, webParts: readonly IWebPartManifest[], languageTag: string): ITeamsLocalization {
  const words = TEAMS_ADDITIONAL_LANGUAGES[languageTag];
  if (!words) throw new Error(`No Teams app texts for ${languageTag} in TEAMS_ADDITIONAL_LANGUAGES.`);
  const tabs = (manifest.staticTabs ?? []).map((tab, index) => {
    const title = webParts.find((part) => part.id === tab.entityId)?.preconfiguredEntries[0].title[languageTag];
    if (!title) throw new Error(`Web part ${tab.entityId} has no "${languageTag}" title in its manifest, so its Teams tab cannot be named in that language.`);
    return [`staticTabs[${index}].name`, title] as const;
  });
  return {
    $schema: teamsLocalizationSchema,
    'name.short': manifest.name.short,
    'name.full': words.fullName,
    'description.short': words.shortDescription,
    'description.full': words.longDescription,
    ...Object.fromEntries(tabs)
  };
}

export function serialiseLocalization(localization: ITeamsLocalization): string {
  return `${JSON.stringify(localization, null, 2)}\n`;
}

export function serialiseManifest(manifest: ITeamsManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

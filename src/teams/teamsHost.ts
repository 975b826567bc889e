/**
 * The one module over teams-js. SPFx hands a web part an already initialised teams-js instance
 * (`context.sdks.microsoftTeams.teamsJs`) when it runs in Teams, so nothing here ever calls
 * `app.initialize()`; outside Teams there is no instance and every function answers "not in Teams".
 */
import type { app, ShareDeepLinkParameters } from '@microsoft/teams-js';
import { teamsTabDeepLink } from './teamsLinks';

/**
 * The parts of teams-js' `app.Context` read here. SPFx bundles its own teams-js copy, whose AppId
 * class is a different declaration from ours, so the app id is taken as anything with a string form.
 */
export interface ITeamsJsContext {
  readonly app: Pick<app.AppInfo, 'locale' | 'theme'> & { readonly appId?: { toString(): string } };
  readonly page: Pick<app.PageInfo, 'id' | 'subPageId'>;
  readonly user?: Pick<app.UserInfo, 'loginHint' | 'userPrincipalName'>;
  readonly channel?: Pick<app.ChannelInfo, 'id'>;
  readonly team?: Pick<app.TeamInfo, 'groupId'>;
}

/** The part of teams-js this product uses; SPFx's instance satisfies it, and so does a test's fake. */
export interface ITeamsJs {
  readonly app: {
    getContext(): Promise<ITeamsJsContext>;
    /** teams-js keeps one handler: a later registration replaces the earlier one. */
    registerOnThemeChangeHandler(handler: (theme: string) => void): void;
  };
  readonly pages: {
    isSupported(): boolean;
    shareDeepLink(parameters: ShareDeepLinkParameters): void;
  };
}

/** Teams' three themes; anything else Teams may add is treated as the default. */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

/** What the views need to know about the Teams host, read once when the tab opens. */
export interface ITeamsContext {
  /** The signed-in user's sign-in name (usually their email), for finding who they are. */
  readonly loginHint?: string;
  readonly userPrincipalName?: string;
  /** The Teams client's language, e.g. "en-gb"; dates follow it in Teams. */
  readonly locale: string;
  readonly theme: TeamsThemeName;
  /** Where a deep link asked the tab to open (see `shareDeepLink`). */
  readonly subPageId?: string;
  readonly appId?: string;
  /** The tab's entity id, for deep links back to it. */
  readonly entityId: string;
  readonly channelId?: string;
  /** The team's Microsoft 365 group id. */
  readonly teamGroupId?: string;
}

export function toTeamsThemeName(theme: string | undefined): TeamsThemeName {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

/** The Teams context, or undefined outside Teams (no teams-js instance, or it cannot answer). */
export async function getTeamsContext(teamsJs: ITeamsJs | undefined): Promise<ITeamsContext | undefined> {
  if (!teamsJs) return undefined;
  let context: ITeamsJsContext;
  try {
    context = await teamsJs.app.getContext();
  } catch {
    // SPFx provides the SDK on pages that are not in Teams too; there it cannot reach a host.
    return undefined;
  }
  const appId = context.app.appId;
  return {
    loginHint: context.user?.loginHint || undefined,
    userPrincipalName: context.user?.userPrincipalName || undefined,
    locale: context.app.locale || 'en-GB',
    theme: toTeamsThemeName(context.app.theme),
    subPageId: context.page.subPageId || undefined,
    appId: appId ? appId.toString() : undefined,
    entityId: context.page.id,
    channelId: context.channel?.id || undefined,
    teamGroupId: context.team?.groupId || undefined
  };
}

/** The signed-in account to look people up by: the login hint, else the user principal name. */
export function teamsAccount(context: ITeamsContext): string | undefined {
  return context.loginHint ?? context.userPrincipalName;
}

type ThemeListener = (theme: TeamsThemeName) => void;

// teams-js holds a single theme handler, so each instance gets one dispatcher and any number of listeners.
const themeListeners = new WeakMap<ITeamsJs, Set<ThemeListener>>();

/** Calls `handler` whenever the user switches Teams theme; returns a function that stops it. */
export function onThemeChange(teamsJs: ITeamsJs | undefined, handler: ThemeListener): () => void {
  if (!teamsJs) return () => undefined;
  let listeners = themeListeners.get(teamsJs);
  if (!listeners) {
    const created = new Set<ThemeListener>();
    themeListeners.set(teamsJs, created);
    teamsJs.app.registerOnThemeChangeHandler((theme) => {
      const name = toTeamsThemeName(theme);
      Array.from(created).forEach((listener) => listener(name));
    });
    listeners = created;
  }
  const registered = listeners;
  registered.add(handler);
  return () => {
    registered.delete(handler);
  };
}

export interface IDeepLinkRequest {
  /** Where in the tab to open, read back as `ITeamsContext.subPageId`. */
  readonly subPageId: string;
  /** What Teams shows for the link. */
  readonly label: string;
  /** The same place outside Teams (a SharePoint page with URL parameters). */
  readonly webUrl: string;
}

/**
 * A link to a place in the tab: in Teams a Teams deep link (opens the tab at `subPageId`),
 * elsewhere the web address. Without the app id Teams cannot be targeted, so the web address it is.
 */
export function buildItemDeepLink(teams: ITeamsContext | undefined, request: IDeepLinkRequest): string {
  if (!teams?.appId) return request.webUrl;
  return teamsTabDeepLink({ appId: teams.appId, entityId: teams.entityId, subPageId: request.subPageId, channelId: teams.channelId });
}

/** Whether Teams can show its own "share link" dialog here (not on every client, e.g. mobile). */
export function canShareDeepLink(teamsJs: ITeamsJs | undefined, teams: ITeamsContext | undefined): boolean {
  if (!teamsJs || !teams) return false;
  try {
    return teamsJs.pages.isSupported();
  } catch {
    return false;
  }
}

/** Opens Teams' share dialog for the link; false when that is not possible, so the caller copies the link instead. */
export function shareDeepLink(teamsJs: ITeamsJs | undefined, teams: ITeamsContext | undefined, request: IDeepLinkRequest): boolean {
  if (!teamsJs || !canShareDeepLink(teamsJs, teams)) return false;
  try {
    teamsJs.pages.shareDeepLink({ subPageId: request.subPageId, subPageLabel: request.label, subPageWebUrl: request.webUrl });
    return true;
  } catch {
    return false;
  }
}

/** A tab running in Teams: the teams-js instance and what it said when the tab opened. */
export interface ITeamsHost {
  readonly teamsJs: ITeamsJs;
  readonly context: ITeamsContext;
}

/** The Teams host when running in Teams (SPFx passes its teams-js instance there), else undefined. */
export async function connectTeams(teamsJs: ITeamsJs | undefined): Promise<ITeamsHost | undefined> {
  const context = await getTeamsContext(teamsJs);
  return teamsJs && context ? { teamsJs, context } : undefined;
}

/**
 * The Teams frame's stand-in for the teams-js instance SPFx hands a web part inside Teams: it says
 * who is signed in and which Teams theme is on, and tells the tab when the theme changes, so the
 * views go through the product's real Teams module (src/teams) exactly as they do in Teams.
 */
import type { ITeamsJs, ITeamsJsContext, TeamsThemeName } from '../../../src/teams/teamsHost';
import { previewCultureFrom } from './previewLanguage';

export interface IPreviewTeamsJs extends ITeamsJs {
  /** What Teams does when the user switches theme: the registered handler hears the new name. */
  changeTheme(theme: TeamsThemeName): void;
}

export interface IPreviewTeamsJsOptions {
  /** The signed-in user's sign-in name (email); Teams sends it as loginHint and userPrincipalName. */
  readonly account?: string;
  /** The theme Teams reports when the tab asks (read at that moment). */
  readonly currentTheme: () => TeamsThemeName;
  /** The tab's entity id, as the app manifest would give it. */
  readonly entityId: string;
  /** The Teams app's id (teams/manifest.json), so the views' deep links name the real app. */
  readonly appId: string;
  /** Where a Teams deep link asked the tab to open (its context's subEntityId), if it did. */
  readonly subPageId?: string;
}

export function createPreviewTeamsJs(options: IPreviewTeamsJsOptions): IPreviewTeamsJs {
  let themeHandler: ((theme: string) => void) | undefined;
  return {
    app: {
      getContext: (): Promise<ITeamsJsContext> =>
        Promise.resolve({
          app: { locale: previewCultureFrom(window.location).toLowerCase(), theme: options.currentTheme(), appId: options.appId },
          page: { id: options.entityId, subPageId: options.subPageId ?? '' },
          user: options.account ? { loginHint: options.account, userPrincipalName: options.account } : undefined
        }),
      registerOnThemeChangeHandler: (handler) => {
        themeHandler = handler;
      }
    },
    pages: {
      // Like Teams on the web without a host to share through: views fall back to copying the link.
      isSupported: () => false,
      shareDeepLink: () => {
        throw new Error('The preview cannot open Teams’ share dialog.');
      }
    },
    changeTheme: (theme) => themeHandler?.(theme)
  };
}

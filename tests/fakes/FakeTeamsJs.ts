import type { ShareDeepLinkParameters } from '@microsoft/teams-js';
import type { ITeamsJs, ITeamsJsContext } from '../../src/teams/teamsHost';

/** What a test may say about the Teams host; everything else gets a plausible Teams value. */
export interface IFakeTeamsContextOptions {
  readonly theme?: string;
  readonly locale?: string;
  readonly subPageId?: string;
  readonly loginHint?: string;
  readonly userPrincipalName?: string;
  /** null: Teams did not report an app id. */
  readonly appId?: string | null;
  readonly entityId?: string;
  readonly channelId?: string;
  readonly teamGroupId?: string;
}

export const FAKE_TEAMS_APP_ID = '0f901ec2-f822-4b44-8c4b-939faf7a3a7a';

function appIdOf(value: string | null): { toString(): string } | undefined {
  return value === null ? undefined : { toString: () => value };
}

/**
 * Hand-written stand-in for the teams-js instance SPFx provides in Teams. Records what the product
 * asks of it, lets a test switch theme as the Teams client would, and fails loudly if anything
 * tries to initialise it (SPFx already has).
 */
export class FakeTeamsJs implements ITeamsJs {
  public initializeCalls = 0;
  public getContextCalls = 0;
  public themeHandlerRegistrations = 0;
  public readonly sharedLinks: ShareDeepLinkParameters[] = [];
  public pagesSupported = true;
  private _themeHandler: ((theme: string) => void) | undefined;
  private readonly _context: ITeamsJsContext;
  private readonly _failContext: boolean;

  public constructor(options: IFakeTeamsContextOptions = {}, behaviour: { readonly failGetContext?: boolean } = {}) {
    this._failContext = behaviour.failGetContext === true;
    this._context = {
      app: {
        locale: options.locale ?? 'en-gb',
        theme: options.theme ?? 'default',
        appId: appIdOf(options.appId === undefined ? FAKE_TEAMS_APP_ID : options.appId)
      },
      page: { id: options.entityId ?? 'memberBriefings', subPageId: options.subPageId },
      user: { loginHint: options.loginHint, userPrincipalName: options.userPrincipalName },
      channel: options.channelId ? { id: options.channelId } : undefined,
      team: options.teamGroupId ? { groupId: options.teamGroupId } : undefined
    };
  }

  public readonly app = {
    getContext: async (): Promise<ITeamsJsContext> => {
      this.getContextCalls += 1;
      if (this._failContext) throw new Error('SDK initialization timed out.');
      return this._context;
    },
    registerOnThemeChangeHandler: (handler: (theme: string) => void): void => {
      this.themeHandlerRegistrations += 1;
      // Like teams-js: one handler, a later registration replaces the earlier one.
      this._themeHandler = handler;
    },
    /** Not part of ITeamsJs: present so a test can prove nobody calls it. */
    initialize: (): Promise<void> => {
      this.initializeCalls += 1;
      return Promise.reject(new Error('SPFx has already initialised teams-js; never call app.initialize()'));
    }
  };

  public readonly pages = {
    isSupported: (): boolean => this.pagesSupported,
    shareDeepLink: (parameters: ShareDeepLinkParameters): void => {
      this.sharedLinks.push(parameters);
    }
  };

  /** The user picks another theme in Teams. */
  public switchTheme(theme: string): void {
    this._themeHandler?.(theme);
  }
}

import { ThemeProvider } from '@microsoft/sp-component-base';

/** The page the hosted web part sits on. */
export const PAGE_SITE = 'https://council.sharepoint.com/sites/intranet';

/** The parts of SPFx's context the shells read. */
export interface IHostedContext {
  readonly user: { readonly loginName: string; readonly email?: string };
  readonly teamsJs?: unknown;
}

/** The lifecycle SPFx drives, reached from a test. */
interface ILifecycle {
  properties: unknown;
  context: unknown;
  readonly domElement: HTMLElement;
  onInit(): Promise<void>;
  render(): void;
  onDispose(): void;
}

/** A web part as SPFx would host it, with a context holding only what the shell reads. */
export interface IHostedWebPart {
  readonly host: HTMLElement;
  readonly themeProvider: ThemeProvider & { setTheme(theme: unknown): void };
  stop(): void;
}

/** Creates, initialises and renders a web part the way SPFx does on a page. */
export async function hostWebPart<TProperties>(
  WebPart: new () => unknown,
  properties: TProperties,
  context: IHostedContext
): Promise<IHostedWebPart> {
  const themeProvider = new (ThemeProvider as unknown as new () => ThemeProvider & { setTheme(theme: unknown): void })();
  const webPart = new WebPart() as ILifecycle;
  webPart.properties = properties;
  webPart.context = {
    serviceScope: { consume: () => themeProvider },
    sdks: context.teamsJs ? { microsoftTeams: { teamsJs: context.teamsJs } } : undefined,
    pageContext: {
      web: { absoluteUrl: PAGE_SITE },
      user: context.user,
      legacyPageContext: { formDigestValue: 'digest', formDigestTimeoutSeconds: 1800 }
    }
  };
  document.body.appendChild(webPart.domElement);
  await webPart.onInit();
  webPart.render();
  return {
    host: webPart.domElement,
    themeProvider,
    stop: () => {
      webPart.onDispose();
      webPart.domElement.remove();
    }
  };
}

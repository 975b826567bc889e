/**
 * The one way tests host a web part shell as SPFx does on a page: a context holding only what the
 * shells read (page site, user, UI culture, the theme service, Teams' SDK), the lifecycle driven in
 * SPFx's order, and the property pane's edits. Tests of the shells, the preview's parity and the
 * shell's locale all use it.
 */
import { ThemeProvider } from '@microsoft/sp-component-base';
import type { IRecordedRequest } from './listReads';

/** The page the hosted web part sits on, unless a test names another. */
export const PAGE_SITE = 'https://council.sharepoint.com/sites/intranet';

/** The parts of SPFx's context the shells read. */
export interface IHostedContext {
  /** The signed-in user; left out, the page context has none (as a test of list wiring may want). */
  readonly user?: { readonly loginName: string; readonly email?: string };
  /** The teams-js instance SPFx hands a part running in Teams. */
  readonly teamsJs?: unknown;
  /** The page's site (pageContext.web.absoluteUrl). */
  readonly pageSite?: string;
  /** SharePoint's UI culture (pageContext.cultureInfo.currentUICultureName); left out, SharePoint gives none. */
  readonly uiCulture?: string;
}

/** The lifecycle SPFx drives, reached from a test. */
interface ILifecycle {
  properties: unknown;
  context: unknown;
  readonly domElement: HTMLElement;
  onInit(): Promise<void>;
  render(): void;
  onDispose(): void;
  onPropertyPaneFieldChanged(propertyPath: string): void;
  loadPropertyPaneResources(): Promise<void>;
  getPropertyPaneConfiguration(): { pages: { groups: ({ groupName?: string } | object)[] }[] };
}

export type HostedThemeProvider = ThemeProvider & { setTheme(theme: unknown): void };

/** A web part as SPFx would host it, with a context holding only what the shell reads. */
export interface IHostedWebPart<TProperties> {
  readonly host: HTMLElement;
  readonly themeProvider: HostedThemeProvider;
  /** The properties as the web part now holds them (SPFx stores what the part changed on them). */
  readonly properties: TProperties;
  /** What the property pane does when an editor changes a field: set it, tell the part, render. */
  edit(property: keyof TProperties & string, value: string | boolean): void;
  /** What SPFx does when an editor opens the property pane; the names of its groups. */
  openPropertyPane(): Promise<string[]>;
  stop(): void;
}

/** Creates, initialises and renders a web part the way SPFx does on a page. */
export async function hostWebPart<TProperties>(
  WebPart: new () => unknown,
  properties: TProperties,
  context: IHostedContext = {}
): Promise<IHostedWebPart<TProperties>> {
  const themeProvider = new (ThemeProvider as unknown as new () => HostedThemeProvider)();
  const webPart = new WebPart() as ILifecycle;
  webPart.properties = properties;
  webPart.context = {
    serviceScope: { consume: () => themeProvider },
    sdks: context.teamsJs ? { microsoftTeams: { teamsJs: context.teamsJs } } : {},
    pageContext: {
      web: { absoluteUrl: context.pageSite ?? PAGE_SITE },
      user: context.user,
      cultureInfo: context.uiCulture === undefined ? undefined : { currentUICultureName: context.uiCulture, currentCultureName: context.uiCulture },
      legacyPageContext: { formDigestValue: 'digest', formDigestTimeoutSeconds: 1800 }
    }
  };
  document.body.appendChild(webPart.domElement);
  await webPart.onInit();
  webPart.render();
  return {
    host: webPart.domElement,
    themeProvider,
    get properties(): TProperties {
      return webPart.properties as TProperties;
    },
    edit: (property, value) => {
      (webPart.properties as Record<string, unknown>)[property] = value;
      webPart.onPropertyPaneFieldChanged(property);
      webPart.render();
    },
    openPropertyPane: async () => {
      await webPart.loadPropertyPaneResources();
      return webPart.getPropertyPaneConfiguration().pages.flatMap((page) => page.groups.map((group) => ('groupName' in group ? group.groupName ?? '' : '')));
    },
    stop: () => {
      webPart.onDispose();
      webPart.domElement.remove();
    }
  };
}

/** jsdom has no fetch Response: the little of one that PnPjs reads from a JSON answer. */
export function jsonAnswer(body: unknown): Response {
  const text = JSON.stringify(body);
  const answer = {
    ok: true,
    status: 200,
    statusText: 'OK',
    headers: new Headers({ 'Content-Type': 'application/json;odata=nometadata' }),
    text: () => Promise.resolve(text),
    json: () => Promise.resolve(JSON.parse(text) as unknown),
    clone: () => answer
  };
  return answer as unknown as Response;
}

/** The form digest SharePoint answers /_api/contextinfo with (a $batch to another site than the page's needs it). */
export const CONTEXT_INFO = { FormDigestValue: '0xDIGEST,01 Jan 2030 00:00:00 -0000', FormDigestTimeoutSeconds: 1800 };

/** How the fake network answers a request; undefined: it never answers (a test of wiring, not of data). */
export type FakeAnswer = (url: string) => Promise<Response> | undefined;

/** The page's network as a hosted part sees it: every request recorded with its body (a $batch carries its reads there). */
export interface IFakeNetwork {
  readonly requests: IRecordedRequest[];
  /** The addresses asked for, in order. */
  urls(): string[];
  /** Forget what was asked (a new test). */
  clear(): void;
  /** Give the test environment its own fetch back. */
  restore(): void;
}

/** Installs a fetch that records each request and answers as `answer` says. */
export function fakeNetwork(answer: FakeAnswer): IFakeNetwork {
  const requests: IRecordedRequest[] = [];
  const global = globalThis as unknown as { fetch?: (url: string, init?: RequestInit) => Promise<Response> };
  const previous = global.fetch;
  global.fetch = (url: string, init?: RequestInit) => {
    requests.push({ url: String(url), body: typeof init?.body === 'string' ? init.body : undefined });
    return answer(String(url)) ?? new Promise<never>(() => undefined);
  };
  return {
    requests,
    urls: () => requests.map((request) => request.url),
    clear: () => {
      requests.length = 0;
    },
    restore: () => {
      if (previous) global.fetch = previous;
      else delete global.fetch;
    }
  };
}

import { ThemeProvider } from '@microsoft/sp-component-base';
import { screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import OfficerDirectoryWebPart from '../../../src/webparts/officerDirectory/OfficerDirectoryWebPart';
import { FakeTeamsJs } from '../../fakes/FakeTeamsJs';
import type { IOfficerDirectoryWebPartProps } from '../../../src/webparts/officerDirectory/IOfficerDirectoryWebPartProps';

// SharePoint registers Fluent's icon font on the page; in tests the icons are simply absent.
setIconOptions({ disableWarnings: true });

const PAGE_SITE = 'https://council.sharepoint.com/sites/intranet';
const HUB_SITE = 'https://council.sharepoint.com/sites/member-officer-hub';

/** Exposes the lifecycle SPFx would drive, with a context holding only what the shell reads. */
class HostedWebPart extends OfficerDirectoryWebPart {
  public readonly themeProvider = new (ThemeProvider as unknown as new () => ThemeProvider & { setTheme(theme: unknown): void })();

  public constructor(properties: IOfficerDirectoryWebPartProps, teamsJs?: FakeTeamsJs) {
    super();
    const host = this as unknown as { properties: IOfficerDirectoryWebPartProps; context: unknown };
    host.properties = properties;
    host.context = {
      serviceScope: { consume: () => this.themeProvider },
      sdks: teamsJs ? { microsoftTeams: { teamsJs } } : {},
      pageContext: {
        web: { absoluteUrl: PAGE_SITE },
        user: { loginName: 'i:0#.f|membership|cllr.lovelace@council.example' },
        legacyPageContext: { formDigestValue: 'digest', formDigestTimeoutSeconds: 1800 }
      }
    };
  }

  public get host(): HTMLElement {
    return this.domElement;
  }

  public start(): Promise<void> {
    return this.onInit();
  }

  public stop(): void {
    this.onDispose();
    this.domElement.remove();
  }
}

/** jsdom has no Response: the little of one that PnPjs reads from a JSON answer. */
function jsonAnswer(body: unknown): object {
  const text = JSON.stringify(body);
  const headers = new Map([['content-type', 'application/json;odata=nometadata']]);
  const answer = {
    ok: true,
    status: 200,
    statusText: 'OK',
    headers: { has: (name: string) => headers.has(name.toLowerCase()), get: (name: string) => headers.get(name.toLowerCase()) ?? null },
    text: async () => text,
    json: async () => body,
    clone: () => answer
  };
  return answer;
}

describe('OfficerDirectoryWebPart shell', () => {
  const fetched: string[] = [];
  let tenantHubSetting: string | null = null;

  beforeEach(() => {
    fetched.length = 0;
    tenantHubSetting = null;
    // These tests are about wiring, not data: the tenant setting answers at once and list
    // requests never answer.
    (globalThis as unknown as { fetch: (url: string) => Promise<object> }).fetch = (url: string) => {
      fetched.push(String(url));
      if (String(url).includes('getStorageEntity')) {
        return Promise.resolve(jsonAnswer(tenantHubSetting === null ? { 'odata.null': true } : { Value: tenantHubSetting }));
      }
      return new Promise<never>(() => undefined);
    };
  });

  const listRequests = (): string[] => fetched.filter((url) => !url.includes('getStorageEntity'));

  afterEach(() => {
    delete (globalThis as { fetch?: unknown }).fetch;
  });

  async function hosted(properties: IOfficerDirectoryWebPartProps, teamsJs?: FakeTeamsJs): Promise<HostedWebPart> {
    const webPart = new HostedWebPart(properties, teamsJs);
    document.body.appendChild(webPart.host);
    await webPart.start();
    webPart.render();
    return webPart;
  }

  test('renders the root component with the editor’s heading and reads the lists from the editor’s site', async () => {
    const webPart = await hosted({ title: 'Find an officer', listsSiteUrl: HUB_SITE, startTab: 'find' });
    expect(within(webPart.host).getByRole('heading', { name: 'Find an officer' })).toBeTruthy();
    expect(screen.getByText('Loading the officer directory…')).toBeTruthy();
    await waitFor(() => expect(listRequests().length).toBeGreaterThan(0));
    expect(fetched.every((url) => url.startsWith(`${HUB_SITE}/`))).toBe(true);
    webPart.stop();
  });

  test('uses the tenant’s hub site when the web part names none (a Teams personal app runs on the root site)', async () => {
    tenantHubSetting = HUB_SITE;
    const webPart = await hosted({ title: 'Officer directory', listsSiteUrl: '', startTab: 'ask' });
    await waitFor(() => expect(listRequests().length).toBeGreaterThan(0));
    expect(fetched[0].startsWith(`${PAGE_SITE}/_api/web/getStorageEntity('MemberOfficerHubSiteUrl')`)).toBe(true);
    expect(listRequests().every((url) => url.startsWith(`${HUB_SITE}/`))).toBe(true);
    webPart.stop();
  });

  test('uses the current site when neither setting names one', async () => {
    const webPart = await hosted({ title: 'Officer directory', listsSiteUrl: '', startTab: 'find' });
    await waitFor(() => expect(listRequests().length).toBeGreaterThan(0));
    expect(listRequests().every((url) => url.startsWith(`${PAGE_SITE}/`))).toBe(true);
    webPart.stop();
  });

  test('says when the web part setting is not a site address', async () => {
    const webPart = await hosted({ title: 'Officer directory', listsSiteUrl: 'officers site', startTab: 'find' });
    expect(await within(webPart.host).findByText(/setting \(officers site\) is not a site address/)).toBeTruthy();
    webPart.stop();
  });

  /** The background Fluent's ThemeProvider paints under the web part. */
  function background(webPart: HostedWebPart): string {
    const themed = webPart.host.firstElementChild as HTMLElement;
    return getComputedStyle(themed).backgroundColor;
  }

  test('in Teams, wears Teams’ theme and follows the user’s switch to another', async () => {
    const teamsJs = new FakeTeamsJs({ theme: 'dark' });
    const webPart = await hosted({ title: 'Officer directory', listsSiteUrl: HUB_SITE, startTab: 'ask' }, teamsJs);
    expect(teamsJs.initializeCalls).toBe(0);
    expect(background(webPart)).toBe('rgb(31, 31, 31)');
    teamsJs.switchTheme('contrast');
    expect(background(webPart)).toBe('rgb(0, 0, 0)');
    teamsJs.switchTheme('default');
    expect(background(webPart)).toBe('rgb(255, 255, 255)');
    webPart.stop();
    teamsJs.switchTheme('dark');
    expect(webPart.host.childElementCount).toBe(0);
  });

  test('unmounts on dispose and stops following the theme', async () => {
    const webPart = await hosted({ title: 'Officer directory', listsSiteUrl: HUB_SITE, startTab: 'find' });
    webPart.stop();
    expect(webPart.host.childElementCount).toBe(0);
    webPart.themeProvider.setTheme({ palette: { themePrimary: '#123456' } });
    expect(webPart.host.childElementCount).toBe(0);
  });
});

import { ThemeProvider } from '@microsoft/sp-component-base';
import { screen, waitFor, within } from '@testing-library/react';
import MemberProfilesWebPart from '../../../src/webparts/memberProfiles/MemberProfilesWebPart';
import type { IMemberProfilesWebPartProps } from '../../../src/webparts/memberProfiles/IMemberProfilesWebPartProps';

const PAGE_SITE = 'https://council.sharepoint.com/sites/intranet';

// An unreadable tenant setting is retried like any failed GET (about 7 s of real backoff).
jest.setTimeout(30000);

/** Exposes the lifecycle SPFx would drive, with a context holding only what the shell reads. */
class HostedWebPart extends MemberProfilesWebPart {
  public readonly themeProvider = new (ThemeProvider as unknown as new () => ThemeProvider & { setTheme(theme: unknown): void })();

  public constructor(properties: IMemberProfilesWebPartProps) {
    super();
    const host = this as unknown as { properties: IMemberProfilesWebPartProps; context: unknown };
    host.properties = properties;
    host.context = {
      serviceScope: { consume: () => this.themeProvider },
      pageContext: {
        web: { absoluteUrl: PAGE_SITE },
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

describe('MemberProfilesWebPart shell', () => {
  const fetched: string[] = [];

  beforeEach(() => {
    fetched.length = 0;
    // These tests are about wiring, not data: the tenant setting cannot be read (the network
    // fails) and list requests never answer.
    (globalThis as unknown as { fetch: (url: string) => Promise<never> }).fetch = (url: string) => {
      fetched.push(String(url));
      if (String(url).includes('getStorageEntity')) return Promise.reject(new TypeError('Failed to fetch'));
      return new Promise<never>(() => undefined);
    };
  });

  const listRequests = (): string[] => fetched.filter((url) => !url.includes('getStorageEntity'));

  afterEach(() => {
    delete (globalThis as { fetch?: unknown }).fetch;
  });

  async function hosted(properties: IMemberProfilesWebPartProps): Promise<HostedWebPart> {
    const webPart = new HostedWebPart(properties);
    document.body.appendChild(webPart.host);
    await webPart.start();
    webPart.render();
    return webPart;
  }

  test('renders the root component with the editor’s heading and asks the lists’ site', async () => {
    const webPart = await hosted({ title: 'Our councillors', listsSiteUrl: 'https://council.sharepoint.com/sites/members', defaultView: 'cards' });
    expect(within(webPart.host).getByRole('heading', { name: 'Our councillors' })).toBeTruthy();
    expect(screen.getByText('Loading councillors…')).toBeTruthy();
    await waitFor(() => expect(listRequests().length).toBeGreaterThan(0));
    // The editor's setting wins, so the tenant setting is not even read.
    expect(fetched.every((url) => url.startsWith('https://council.sharepoint.com/sites/members/'))).toBe(true);
    webPart.stop();
  });

  test('asks for the tenant setting, then uses the current site when there is none', async () => {
    const webPart = await hosted({ title: 'Councillors', listsSiteUrl: '', defaultView: 'list' });
    await waitFor(() => expect(listRequests().length).toBeGreaterThan(0));
    expect(fetched.some((url) => url.startsWith(`${PAGE_SITE}/_api/web/getStorageEntity('MemberOfficerHubSiteUrl')`))).toBe(true);
    expect(listRequests().every((url) => url.startsWith(`${PAGE_SITE}/`))).toBe(true);
    webPart.stop();
  });

  test('says when the web part setting is not a site address, and uses the current site', async () => {
    const webPart = await hosted({ title: 'Councillors', listsSiteUrl: 'members site', defaultView: 'cards' });
    expect(await within(webPart.host).findByText(/setting \(members site\) is not a site address/)).toBeTruthy();
    await waitFor(() => expect(listRequests().length).toBeGreaterThan(0));
    expect(listRequests().every((url) => url.startsWith(`${PAGE_SITE}/`))).toBe(true);
    webPart.stop();
  });

  test('unmounts on dispose and stops following the theme', async () => {
    const webPart = await hosted({ title: 'Councillors', listsSiteUrl: 'https://council.sharepoint.com/sites/members', defaultView: 'cards' });
    webPart.stop();
    expect(webPart.host.childElementCount).toBe(0);
    webPart.themeProvider.setTheme({ palette: { themePrimary: '#123456' } });
    expect(webPart.host.childElementCount).toBe(0);
  });
});

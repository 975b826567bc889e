import { ThemeProvider } from '@microsoft/sp-component-base';
import { screen, waitFor, within } from '@testing-library/react';
import MemberProfilesWebPart from '../../../src/webparts/memberProfiles/MemberProfilesWebPart';
import type { IMemberProfilesWebPartProps } from '../../../src/webparts/memberProfiles/IMemberProfilesWebPartProps';

const PAGE_SITE = 'https://council.sharepoint.com/sites/intranet';

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
    // Requests never answer: these tests are about wiring, not data.
    (globalThis as unknown as { fetch: (url: string) => Promise<never> }).fetch = (url: string) => {
      fetched.push(String(url));
      return new Promise<never>(() => undefined);
    };
  });

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
    await waitFor(() => expect(fetched.length).toBeGreaterThan(0));
    expect(fetched.every((url) => url.startsWith('https://council.sharepoint.com/sites/members/'))).toBe(true);
    webPart.stop();
  });

  test('uses the current site when no lists site is set', async () => {
    const webPart = await hosted({ title: 'Councillors', listsSiteUrl: '', defaultView: 'list' });
    await waitFor(() => expect(fetched.length).toBeGreaterThan(0));
    expect(fetched.every((url) => url.startsWith(`${PAGE_SITE}/`))).toBe(true);
    webPart.stop();
  });

  test('unmounts on dispose and stops following the theme', async () => {
    const webPart = await hosted({ title: 'Councillors', listsSiteUrl: '', defaultView: 'cards' });
    webPart.stop();
    expect(webPart.host.childElementCount).toBe(0);
    webPart.themeProvider.setTheme({ palette: { themePrimary: '#123456' } });
    expect(webPart.host.childElementCount).toBe(0);
  });
});

import { ThemeProvider } from '@microsoft/sp-component-base';
import { waitFor, within } from '@testing-library/react';
import DirectoryHealthWebPart from '../../../src/webparts/directoryHealth/DirectoryHealthWebPart';
import type { IDirectoryHealthWebPartProps } from '../../../src/webparts/directoryHealth/IDirectoryHealthWebPartProps';
import { IRecordedRequest, listTitlesAskedFor } from '../support/listReads';

const PAGE_SITE = 'https://council.sharepoint.com/sites/admin';
const LISTS_SITE = 'https://council.sharepoint.com/sites/hub';

jest.setTimeout(30000);

/** Exposes the lifecycle SPFx would drive, with a context holding only what the shell reads. */
class HostedWebPart extends DirectoryHealthWebPart {
  public readonly themeProvider = new (ThemeProvider as unknown as new () => ThemeProvider)();

  public constructor(properties: IDirectoryHealthWebPartProps) {
    super();
    const host = this as unknown as { properties: IDirectoryHealthWebPartProps; context: unknown };
    host.properties = properties;
    host.context = {
      serviceScope: { consume: () => this.themeProvider },
      pageContext: { web: { absoluteUrl: PAGE_SITE }, legacyPageContext: { formDigestValue: 'digest', formDigestTimeoutSeconds: 1800 } }
    };
  }

  public get host(): HTMLElement {
    return this.domElement;
  }

  public start(): Promise<void> {
    return this.onInit();
  }

  public edit(property: string, value: string): void {
    (this.properties as unknown as Record<string, unknown>)[property] = value;
    this.onPropertyPaneFieldChanged(property);
    this.render();
  }

  public stop(): void {
    this.onDispose();
    this.domElement.remove();
  }
}

const CONTEXT_INFO = { FormDigestValue: '0xDIGEST,01 Jan 2030 00:00:00 -0000', FormDigestTimeoutSeconds: 1800 };

function jsonAnswer(body: unknown): unknown {
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
  return answer;
}

describe('DirectoryHealthWebPart shell', () => {
  const fetched: string[] = [];
  const requests: IRecordedRequest[] = [];

  beforeEach(() => {
    // Each test is another tenant's page: nothing kept from the last one (the tenant property is kept in localStorage).
    localStorage.clear();
    fetched.length = 0;
    requests.length = 0;
    // Wiring only: list requests never answer.
    (globalThis as unknown as { fetch: (url: string, init?: RequestInit) => Promise<never> }).fetch = (url: string, init?: RequestInit) => {
      fetched.push(String(url));
      requests.push({ url: String(url), body: typeof init?.body === 'string' ? init.body : undefined });
      if (String(url).endsWith('/_api/contextinfo')) return Promise.resolve(jsonAnswer(CONTEXT_INFO) as never);
      return new Promise<never>(() => undefined);
    };
  });

  afterEach(() => {
    delete (globalThis as { fetch?: unknown }).fetch;
  });

  const listsAskedFor = (what: 'items' | 'fields' = 'items'): string[] => listTitlesAskedFor(requests, what);

  test("renders the editor's heading and reads the seven lists from the lists' site, by the names the admin set", async () => {
    const webPart = new HostedWebPart({ title: 'Keep it current', listsSiteUrl: LISTS_SITE, reviewMonths: 6, listTitleOfficers: ' Staff directory ' });
    document.body.appendChild(webPart.host);
    await webPart.start();
    webPart.render();
    expect(within(webPart.host).getByRole('heading', { name: 'Keep it current' })).toBeTruthy();
    expect(within(webPart.host).getByText('Checking the directories…')).toBeTruthy();
    // Its seven lists, the council's settings, and the published briefings for the coverage section.
    const read = ['Members', 'Wards', 'Committees', 'CommitteeMemberships', 'Services', 'Staff directory', 'BriefingItems', 'HubSettings', 'Briefings'];
    await waitFor(() => expect(new Set(listsAskedFor())).toEqual(new Set(read)));
    // The Members list's columns, to find private ones an earlier version left, with the same read.
    expect(listsAskedFor('fields')).toEqual(['Members']);
    expect(fetched.every((url) => url.startsWith(`${LISTS_SITE}/`))).toBe(true);

    // Renaming a list in the property pane reads again under the new name.
    const firstLoad = listsAskedFor().length;
    webPart.edit('listTitleBriefingItems', 'Briefing entries');
    await waitFor(() => expect(listsAskedFor().slice(firstLoad)).toContain('Briefing entries'));
    webPart.stop();
  });
});

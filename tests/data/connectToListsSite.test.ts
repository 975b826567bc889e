/** @jest-environment node */
import { SPBrowser } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { connectToListsSite } from '../../src/data/connectToListsSite';
import { toDataError } from '../../src/data/DataError';
import { memoryKeyValueStore } from '../../src/data/cache/memoryKeyValueStore';
import { json } from './support/FakeSharePoint';

const CURRENT = 'https://contoso.sharepoint.com/sites/intranet';

/** What reached the network: the connection's retry behaviour sends with the global fetch. */
let sent: string[];
beforeEach(() => {
  sent = [];
  jest.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    sent.push(String(input));
    return json({ value: [{ Id: 1 }] });
  });
});
afterEach(() => jest.restoreAllMocks());

const host = (url: string) => SPBrowser({ baseUrl: url });

describe('connectToListsSite', () => {
  it('sends nothing to a lists site on another origin and fails every read with a refusal naming the setting', async () => {
    const connection = await connectToListsSite(host, CURRENT, 'https://fabrikam.sharepoint.com/sites/hub');
    const failure = await connection.sp.web.lists.getByTitle('Members').items().then(() => undefined, (error: unknown) => error);
    expect(sent.filter((url) => !url.startsWith('https://contoso.sharepoint.com/'))).toEqual([]);
    expect(sent.filter((url) => url.includes('Members'))).toEqual([]);
    expect(connection.listsSite.refused).toEqual({ source: 'webPartProperty', value: 'https://fabrikam.sharepoint.com/sites/hub' });
    expect(await toDataError(failure)).toMatchObject({ kind: 'listsSiteRefused', setting: 'webPartProperty', settingValue: 'https://fabrikam.sharepoint.com/sites/hub' });
  });

  it('reads a lists site on the same origin as before', async () => {
    const connection = await connectToListsSite(host, CURRENT, 'https://contoso.sharepoint.com/sites/hub');
    expect(await connection.sp.web.lists.getByTitle('Members').items()).toEqual([{ Id: 1 }]);
    expect(sent).toEqual(["https://contoso.sharepoint.com/sites/hub/_api/web/lists/getByTitle('Members')/items"]);
  });

  it('takes the kept lists-site answer at once, asks the tenant in the background, and uses the new answer next time', async () => {
    const store = memoryKeyValueStore();
    let answer = 'https://contoso.sharepoint.com/sites/old-hub';
    let release: () => void = () => undefined;
    let held = false;
    jest.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      sent.push(String(input));
      if (held) await new Promise<void>((resolve) => (release = resolve));
      return json({ Value: answer });
    });
    // First visit: nothing kept, so the tenant property is read before anything else.
    expect((await connectToListsSite(host, CURRENT, undefined, store)).listsSite.url).toBe('https://contoso.sharepoint.com/sites/old-hub');

    // The admin moves the lists; the next visit does not wait for the tenant's answer, which is still on its way.
    answer = 'https://contoso.sharepoint.com/sites/new-hub';
    held = true;
    sent.length = 0;
    const stale = await connectToListsSite(host, CURRENT, undefined, store);
    expect(stale.listsSite.url).toBe('https://contoso.sharepoint.com/sites/old-hub');
    // The background read goes out (and is held until released).
    for (let tries = 0; tries < 100 && sent.length === 0; tries++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sent).toEqual([expect.stringContaining("getStorageEntity('MemberOfficerHubSiteUrl')")]);
    held = false;
    release();
    await new Promise((resolve) => setTimeout(resolve, 10));

    // The revalidated answer replaced the kept one.
    expect((await connectToListsSite(host, CURRENT, undefined, store)).listsSite.url).toBe('https://contoso.sharepoint.com/sites/new-hub');
  });
});

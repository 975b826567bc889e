/** @jest-environment node */
import { spfi, SPBrowser } from '@pnp/sp';
import '@pnp/sp/webs';
import {
  IListsSiteInputs,
  LISTS_SITE_TENANT_PROPERTY,
  normaliseSiteUrl,
  resolveListsSite,
  tenantPropertyReader
} from '../../src/data/resolveListsSite';
import { FakeSharePoint, json, spError } from './support/FakeSharePoint';

const CURRENT = 'https://contoso.sharepoint.com/sites/intranet';

describe('normaliseSiteUrl', () => {
  test.each([
    ['https://contoso.sharepoint.com/sites/hub/', 'https://contoso.sharepoint.com/sites/hub'],
    ['  https://contoso.sharepoint.com/sites/hub?x=1#y ', 'https://contoso.sharepoint.com/sites/hub'],
    ['/sites/hub', 'https://contoso.sharepoint.com/sites/hub'],
    ['https://contoso.sharepoint.com', 'https://contoso.sharepoint.com'],
    ['http://localhost:4321/sites/council', 'http://localhost:4321/sites/council'],
    ['sites/hub', undefined],
    ['//evil.example/sites/hub', undefined],
    ['javascript:alert(1)', undefined],
    ['', undefined],
    [undefined, undefined]
  ])('%p → %p', (value, expected) => {
    expect(normaliseSiteUrl(value, CURRENT)).toBe(expected);
  });
});

describe('resolveListsSite', () => {
  const reading = (value: string | undefined | Error): { inputs: Omit<IListsSiteInputs, 'webPartSiteUrl'>; keys: string[] } => {
    const keys: string[] = [];
    return {
      keys,
      inputs: {
        currentSiteUrl: CURRENT,
        readTenantProperty: async (key) => {
          keys.push(key);
          if (value instanceof Error) throw value;
          return value;
        }
      }
    };
  };

  test.each([
    ['the web part property wins', 'https://contoso.sharepoint.com/sites/hub', 'https://contoso.sharepoint.com/sites/tenant', { url: 'https://contoso.sharepoint.com/sites/hub', source: 'webPartProperty', ignored: [] }],
    ['then the tenant property', '  ', 'https://contoso.sharepoint.com/sites/tenant/', { url: 'https://contoso.sharepoint.com/sites/tenant', source: 'tenantProperty', ignored: [] }],
    ['then the current site', undefined, undefined, { url: CURRENT, source: 'currentSite', ignored: [] }],
    ['a server-relative web part value', '/sites/hub', undefined, { url: 'https://contoso.sharepoint.com/sites/hub', source: 'webPartProperty', ignored: [] }],
    [
      'an unusable web part value falls through and is reported',
      'hub site',
      'https://contoso.sharepoint.com/sites/tenant',
      { url: 'https://contoso.sharepoint.com/sites/tenant', source: 'tenantProperty', ignored: [{ source: 'webPartProperty', value: 'hub site' }] }
    ],
    ['an unusable tenant value is reported', undefined, 'not a url', { url: CURRENT, source: 'currentSite', ignored: [{ source: 'tenantProperty', value: 'not a url' }] }]
  ])('%s', async (_case, webPartSiteUrl, tenantValue, expected) => {
    const { inputs } = reading(tenantValue);
    expect(await resolveListsSite({ ...inputs, webPartSiteUrl })).toEqual(expected);
  });

  it('does not ask the tenant when the web part says where the lists are', async () => {
    const { inputs, keys } = reading('https://contoso.sharepoint.com/sites/tenant');
    await resolveListsSite({ ...inputs, webPartSiteUrl: 'https://contoso.sharepoint.com/sites/hub' });
    expect(keys).toEqual([]);
  });

  it('asks for MemberOfficerHubSiteUrl and falls back to the current site when reading it fails', async () => {
    const { inputs, keys } = reading(new Error('403'));
    expect(await resolveListsSite(inputs)).toEqual({ url: CURRENT, source: 'currentSite', ignored: [] });
    expect(keys).toEqual([LISTS_SITE_TENANT_PROPERTY]);
  });
});

describe('resolveListsSite refuses a lists site off the current tenant\'s origin', () => {
  const tenantSays = (value: string | undefined): IListsSiteInputs => ({ currentSiteUrl: CURRENT, readTenantProperty: async () => value });

  test.each([
    ['another tenant', 'https://fabrikam.sharepoint.com/sites/hub'],
    ['http on the same host', 'http://contoso.sharepoint.com/sites/hub'],
    ['a look-alike host', 'https://contoso.sharepoint.com.evil.example/sites/hub'],
    ['another port', 'https://contoso.sharepoint.com:8443/sites/hub'],
    ['userinfo before another host', 'https://contoso.sharepoint.com@evil.example/sites/hub'],
    ['loopback', 'http://127.0.0.1:4400/sites/council']
  ])('the web part property: %s (%s)', async (_case, value) => {
    const resolved = await resolveListsSite({ ...tenantSays('https://contoso.sharepoint.com/sites/tenant'), webPartSiteUrl: value });
    expect(resolved.refused).toEqual({ source: 'webPartProperty', value });
    expect(resolved.url).toBe(CURRENT);
  });

  it('the tenant property, when the web part has none', async () => {
    const resolved = await resolveListsSite(tenantSays('https://fabrikam.sharepoint.com/sites/hub'));
    expect(resolved.refused).toEqual({ source: 'tenantProperty', value: 'https://fabrikam.sharepoint.com/sites/hub' });
  });

  it('the page\'s own origin is allowed whatever its scheme (the preview runs on http://127.0.0.1)', async () => {
    const preview = 'http://127.0.0.1:4400/sites/council';
    const resolved = await resolveListsSite({ currentSiteUrl: `${preview}/subsite`, webPartSiteUrl: preview, readTenantProperty: async () => undefined });
    expect(resolved).toEqual({ url: preview, source: 'webPartProperty', ignored: [] });
  });
});

describe('tenantPropertyReader', () => {
  const sp = (fake: FakeSharePoint): ReturnType<typeof spfi> => spfi(CURRENT).using(SPBrowser({ baseUrl: CURRENT }), fake.behaviour());

  it("reads _api/web/GetStorageEntity('key') and returns its Value", async () => {
    const fake = new FakeSharePoint(() => json({ Value: 'https://contoso.sharepoint.com/sites/hub', Comment: null, Description: 'Hub' }));
    expect(await tenantPropertyReader(sp(fake))('MemberOfficerHubSiteUrl')).toBe('https://contoso.sharepoint.com/sites/hub');
    expect(fake.requests.map((request) => [request.method, request.url])).toEqual([
      ['GET', `${CURRENT}/_api/web/getStorageEntity('MemberOfficerHubSiteUrl')`]
    ]);
  });

  test.each([
    ['an unset property', { 'odata.null': true }],
    ['a null Value', { Value: null }],
    ['an empty Value', { Value: '' }]
  ])('treats %s as not set', async (_case, body) => {
    const fake = new FakeSharePoint(() => json(body));
    expect(await tenantPropertyReader(sp(fake))('MemberOfficerHubSiteUrl')).toBeUndefined();
  });

  it('rejects when SharePoint refuses, so resolveListsSite can fall back', async () => {
    const fake = new FakeSharePoint(() => spError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied.'));
    await expect(tenantPropertyReader(sp(fake))('MemberOfficerHubSiteUrl')).rejects.toHaveProperty('status', 403);
  });
});

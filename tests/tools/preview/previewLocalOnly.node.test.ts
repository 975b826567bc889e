/** @jest-environment node */
/**
 * The preview is safe to run: it listens on loopback by default, answers only Host headers naming this
 * machine (DNS rebinding), and its admin endpoint (fault settings) takes JSON from its own pages only.
 */
import * as path from 'path';
import { isIP } from 'net';
import { lookup } from 'dns/promises';
import { parsePreviewCliOptions } from '../../../tools/preview/cliOptions';
import { IRunningPreview, startPreview } from '../../../tools/preview/startPreview';
import { rawRequest } from '../support/rawRequest';

jest.setTimeout(60_000);

const projectRoot = path.resolve(__dirname, '..', '..', '..');
let preview: IRunningPreview;

beforeAll(async () => {
  const defaults = parsePreviewCliOptions([], {});
  preview = await startPreview({ projectRoot, port: 0, host: defaults.host, scale: { members: 12, officers: 20, services: 6, weeks: 2 } });
});

afterAll(async () => {
  await preview?.close();
});

it('listens on loopback by default', async () => {
  const { host } = parsePreviewCliOptions([], {});
  const addresses = isIP(host) ? [{ address: host }] : await lookup(host, { all: true });
  expect(addresses.length).toBeGreaterThan(0);
  for (const { address } of addresses) expect(address === '::1' || address.startsWith('127.')).toBe(true);
});

describe('Host header (DNS rebinding)', () => {
  const port = (): string => String(preview.port);

  test.each(['localhost', '127.0.0.1', '[::1]'])('serves its pages and the site to Host %s', async (host) => {
    const page = await rawRequest(preview.url, { headers: { Host: `${host}:${port()}` } });
    expect(page.status).toBe(200);
    const api = await rawRequest(`${preview.siteUrl}/_api/web?$select=Title`, { headers: { Host: `${host}:${port()}`, Accept: 'application/json;odata=nometadata' } });
    expect(api.status).toBe(200);
  });

  test.each(['evil.example', 'evil.example:4400', 'localhost.evil.example'])('refuses Host %s for pages, the site and the admin endpoint', async (host) => {
    for (const url of [preview.url, `${preview.url}teams`, `${preview.siteUrl}/_api/web/lists/getbytitle('Members')/items`, `${preview.url}_emulator/users`]) {
      const answer = await rawRequest(url, { headers: { Host: host, Accept: 'application/json;odata=nometadata' } });
      expect(answer.status).toBe(421);
      expect(answer.body).not.toMatch(/preview-boot|Title|email/i);
    }
  });
});

describe('admin POSTs', () => {
  const faults = (): string => `${preview.url}_emulator/faults`;
  const throttleRate = async (): Promise<number> => ((await (await fetch(faults())).json()) as { throttleRate: number }).throttleRate;

  it('takes JSON from its own page', async () => {
    const own = new URL(preview.url).origin;
    const answer = await rawRequest(faults(), { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: own, 'Sec-Fetch-Site': 'same-origin' }, body: '{"throttleRate":0}' });
    expect(answer.status).toBe(200);
  });

  test.each([
    ['a form post from another origin', { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://evil.example', 'Sec-Fetch-Site': 'cross-site' }, 'throttleRate=1'],
    ['text/plain from another origin', { 'Content-Type': 'text/plain', Origin: 'http://evil.example', 'Sec-Fetch-Site': 'cross-site' }, '{"throttleRate":1}'],
    ['JSON from another local port', { 'Content-Type': 'application/json', Origin: 'http://localhost:1', 'Sec-Fetch-Site': 'same-site' }, '{"throttleRate":1}']
  ])('refuses %s', async (_case, headers, body) => {
    const answer = await rawRequest(faults(), { method: 'POST', headers, body });
    expect([403, 415]).toContain(answer.status);
    expect(await throttleRate()).toBe(0);
  });
});

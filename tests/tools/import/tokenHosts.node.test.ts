/**
 * @jest-environment node
 */
/**
 * The importer's bearer token goes only to https hosts under sharepoint.com (or a host allowed by
 * name with --allow-host), never to http, loopback or look-alike hosts, and never after a redirect.
 * Local capture servers on 127.0.0.1 record whether an Authorization header (or any request) arrives.
 */
import { createServer, IncomingMessage, Server } from 'http';
import type { AddressInfo } from 'net';
import { EXIT_CODES, main } from '../../../tools/import/cli';
import { ACCESS_TOKEN_VARIABLE, connectToSite, credentialsFor } from '../../../tools/import/connectToSite';
import type { Transport } from '../../../src/data/behaviours/RetryThrottled';
import { CsvFolder } from './importKit';

const TOKEN = 'eyJ0eXAiOiJKV1QiLCJzZWNyZXQiOnRydWV9';
const environment = { [ACCESS_TOKEN_VARIABLE]: TOKEN };

interface ICaptureServer {
  readonly origin: string;
  readonly requests: Array<{ url: string; authorization?: string }>;
  close(): Promise<void>;
}

async function captureServer(answer: (request: IncomingMessage) => { status: number; headers?: Record<string, string>; body?: string }): Promise<ICaptureServer> {
  const requests: Array<{ url: string; authorization?: string }> = [];
  const server: Server = createServer((request, response) => {
    requests.push({ url: request.url ?? '', authorization: request.headers.authorization });
    const { status, headers, body } = answer(request);
    response.writeHead(status, headers);
    response.end(body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  };
}

const folder = new CsvFolder();
let capture: ICaptureServer;

beforeAll(async () => {
  capture = await captureServer(() => ({ status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"value":[]}' }));
});

afterAll(async () => {
  await capture.close();
  folder.remove();
});

describe('where the token may go', () => {
  test.each([
    'https://contoso.sharepoint.com/sites/members',
    'https://contoso-my.sharepoint.com/personal/someone',
    'https://CONTOSO.SharePoint.com/sites/members'
  ])('a token is used for %s', (site) => {
    expect(credentialsFor(site, environment)).toEqual({ kind: 'accessToken', token: TOKEN });
  });

  test.each([
    ['http, not https', 'http://contoso.sharepoint.com/sites/members'],
    ['a look-alike suffix', 'https://contoso.sharepoint.com.evil.example/sites/members'],
    ['a look-alike name', 'https://evilsharepoint.com/sites/members'],
    ['userinfo before another host', 'https://x.sharepoint.com@evil.example/sites/members'],
    ['userinfo at all', 'https://user:pass@contoso.sharepoint.com/sites/members'],
    ['the bare domain', 'https://sharepoint.com/sites/members'],
    ['another port', 'https://contoso.sharepoint.com:8443/sites/members'],
    ['a trailing dot', 'https://contoso.sharepoint.com./sites/members'],
    ['loopback by name', 'https://localhost/sites/council'],
    ['loopback by address', 'https://127.0.0.1/sites/council'],
    ['IPv6 loopback', 'https://[::1]/sites/council'],
    ['a sovereign cloud not allowed by name', 'https://contoso.sharepoint.us/sites/members']
  ])('the token is refused for %s (%s)', (_case, site) => {
    expect(() => credentialsFor(site, environment)).toThrow(/access token/);
  });

  it('a sovereign-cloud host is allowed by name, and only that host', () => {
    expect(credentialsFor('https://contoso.sharepoint.us/sites/members', environment, undefined, ['contoso.sharepoint.us'])).toEqual({ kind: 'accessToken', token: TOKEN });
    expect(() => credentialsFor('https://evil.sharepoint.us/sites/members', environment, undefined, ['contoso.sharepoint.us'])).toThrow(/access token/);
    expect(() => credentialsFor('http://contoso.sharepoint.us/sites/members', environment, undefined, ['contoso.sharepoint.us'])).toThrow(/https/);
  });

  it('--allow-host never allows loopback for a token', () => {
    expect(() => credentialsFor('https://127.0.0.1/sites/council', environment, undefined, ['127.0.0.1'])).toThrow(/access token/);
    expect(() => credentialsFor('https://localhost/sites/council', environment, undefined, ['localhost'])).toThrow(/access token/);
  });

  it('the emulator on loopback is reached without a token, as before', () => {
    expect(credentialsFor('http://127.0.0.1:4400/sites/council', {}, 'someone@council.example')).toEqual({ kind: 'emulator', user: 'someone@council.example' });
    expect(credentialsFor('http://localhost:4400/sites/council', {})).toEqual({ kind: 'emulator', user: undefined });
  });
});

describe('the command line with a token in the environment', () => {
  it('refuses a loopback site before sending anything, and says how to reach the emulator', async () => {
    const officers = folder.write('officers.csv', [['Name', 'Email', 'Service'], ['A', 'a@council.example', 'S1']]);
    const output: string[] = [];
    const code = await main(['--site', `${capture.origin}/sites/council`, '--officers', officers, '--results', folder.file('r.csv')], environment, (text) => output.push(text));
    expect(code).toBe(EXIT_CODES.error);
    expect(output.join('')).toMatch(/not sent to .*127\.0\.0\.1.*unset SHAREPOINT_ACCESS_TOKEN/s);
    expect(capture.requests.filter((request) => request.authorization !== undefined)).toEqual([]);
  });
});

describe('a connection with a token', () => {
  /** Stands in for DNS: sends requests for contoso.sharepoint.com to a capture server, keeping every other option (redirect included). */
  function via(server: ICaptureServer): Transport {
    return (url, init) => {
      const target = new URL(url.toString());
      if (target.hostname === 'contoso.sharepoint.com') {
        const local = new URL(server.origin);
        target.protocol = local.protocol;
        target.host = local.host;
      }
      return fetch(target.toString(), init);
    };
  }

  it('never follows a redirect with the token, and says so', async () => {
    const elsewhere = await captureServer(() => ({ status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"value":[]}' }));
    const redirecting = await captureServer(() => ({ status: 302, headers: { Location: `${elsewhere.origin}/stolen` } }));
    try {
      const site = 'https://contoso.sharepoint.com/sites/members';
      const sp = connectToSite(site, credentialsFor(site, environment), { transport: via(redirecting), maxAttempts: 1 });
      const failure = await sp.web.lists().then(() => undefined, (error: unknown) => error);
      expect(redirecting.requests).toHaveLength(1);
      expect(redirecting.requests[0].authorization).toBe(`Bearer ${TOKEN}`);
      expect(elsewhere.requests).toEqual([]);
      expect(String(failure)).toMatch(/redirect/i);
    } finally {
      await elsewhere.close();
      await redirecting.close();
    }
  });

  it('refuses to send the token to any other origin than the site (an absolute link in an answer, say)', async () => {
    const site = 'https://contoso.sharepoint.com/sites/members';
    const sp = connectToSite(site, credentialsFor(site, environment), { transport: via(capture), maxAttempts: 1 });
    const before = capture.requests.length;
    const failure = await sp.web.lists.getByTitle('Wards').items.using((instance) => {
      instance.on.pre.prepend(async (_url: string, init: RequestInit, result: unknown): Promise<[string, RequestInit, unknown]> => [`${capture.origin}/elsewhere/_api/web`, init, result]);
      return instance;
    })().then(() => undefined, (error: unknown) => error);
    expect(capture.requests.slice(before)).toEqual([]);
    expect(String(failure)).toMatch(/not sent to http:\/\/127\.0\.0\.1/);
  });
});

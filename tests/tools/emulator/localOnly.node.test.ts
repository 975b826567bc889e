/**
 * @jest-environment node
 */
/**
 * The emulator is safe to run on a developer's machine: it listens on loopback, answers only Host headers
 * naming this machine (a DNS-rebinding page cannot read or change it), takes admin POSTs only as JSON from
 * its own origin and no write from another origin.
 */
import { IRunningEmulator, sampleCouncil, startSampleEmulator, userWithRole } from './emulatorKit';
import { rawRequest } from '../support/rawRequest';

const data = sampleCouncil(50);
let emulator: IRunningEmulator;
let port: string;

beforeAll(async () => {
  emulator = await startSampleEmulator({ data });
  port = new URL(emulator.url).port;
});

afterAll(() => emulator.close());

const JSON_TYPE = 'application/json;odata=nometadata';
const itemsPath = "/_api/web/lists/getbytitle('Wards')/items";

it('listens on loopback', () => {
  expect(new URL(emulator.url).hostname).toBe('127.0.0.1');
});

describe('Host header (DNS rebinding)', () => {
  test.each(['localhost', '127.0.0.1', '[::1]', 'LOCALHOST'])('answers Host %s with any port', async (host) => {
    for (const value of [`${host}:${port}`, host, `${host}:1234`]) {
      const answer = await rawRequest(`${emulator.siteUrl}${itemsPath}?$top=1`, { headers: { Host: value, Accept: JSON_TYPE } });
      expect(answer.status).toBe(200);
    }
  });

  test.each(['evil.example', 'evil.example:4400', 'localhost.evil.example', '127.0.0.1.nip.io', '192.168.1.20', '[::1].evil.example', '0.0.0.0'])('refuses Host %p', async (host) => {
    const answer = await rawRequest(`${emulator.siteUrl}${itemsPath}?$top=1`, { headers: { Host: host, Accept: JSON_TYPE } });
    expect(answer.status).toBe(421);
    expect(answer.body).not.toContain('Title');
  });
});

describe('admin POSTs', () => {
  const faults = (): string => `${emulator.url}/_emulator/faults`;
  afterEach(() => emulator.setFaults({ throttleRate: 0 }));

  it('accepts JSON from its own origin, or from a tool that sends no Origin', async () => {
    const own = await rawRequest(faults(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: emulator.url, 'Sec-Fetch-Site': 'same-origin' },
      body: '{"throttleRate":0.5}'
    });
    expect(own.status).toBe(200);
    expect(JSON.parse(own.body)).toMatchObject({ throttleRate: 0.5 });
    const tool = await rawRequest(faults(), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"throttleRate":0}' });
    expect(tool.status).toBe(200);
  });

  test.each([
    ['a form post from another origin', { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://evil.example' }, 'throttleRate=1'],
    ['text/plain from another origin', { 'Content-Type': 'text/plain', Origin: 'http://evil.example' }, '{"throttleRate":1}'],
    ['text/plain with no Origin', { 'Content-Type': 'text/plain' }, '{"throttleRate":1}'],
    ['JSON from another origin', { 'Content-Type': 'application/json', Origin: 'http://evil.example' }, '{"throttleRate":1}'],
    ['JSON from another port of this machine', { 'Content-Type': 'application/json', Origin: 'http://127.0.0.1:1' }, '{"throttleRate":1}'],
    ['JSON marked cross-site by the browser', { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'cross-site' }, '{"throttleRate":1}'],
    ['an opaque origin (sandboxed frame)', { 'Content-Type': 'application/json', Origin: 'null' }, '{"throttleRate":1}']
  ])('refuses %s', async (_case, headers, body) => {
    const answer = await rawRequest(faults(), { method: 'POST', headers, body });
    expect([403, 415]).toContain(answer.status);
    expect(emulator.store && (await (await fetch(faults())).json())).toMatchObject({ throttleRate: 0 });
  });
});

describe('writes to the emulated site from another origin', () => {
  it('refuses a cross-origin form post to the REST API and writes nothing', async () => {
    const before = emulator.store.items('Wards').length;
    const editor = userWithRole(data, 'editor');
    const answer = await rawRequest(`${emulator.siteUrl}${itemsPath}`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', Origin: 'http://evil.example', Cookie: `emulator-user=${editor.id}` },
      body: '{"Title":"Forged","WardCode":"E05000666"}'
    });
    expect(answer.status).toBe(403);
    expect(emulator.store.items('Wards').length).toBe(before);
  });
});

/**
 * @jest-environment node
 */
/**
 * The emulator as the preview mounts it (createEmulatorHandler inside another server) and as
 * developers start it (the CLI): site files, admin endpoints, 404s outside the site.
 */
import { spawn } from 'child_process';
import { createServer, Server } from 'http';
import type { AddressInfo } from 'net';
import { join } from 'path';
import { SPBrowser, spfi } from '@pnp/sp';
import { createEmulatorHandler } from '../../../tools/emulator/server';
import { sampleCouncil } from './emulatorKit';

describe('createEmulatorHandler mounted in another server', () => {
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    const emulator = createEmulatorHandler({ data: sampleCouncil() });
    server = createServer((req, res) => {
      if (req.url === '/preview') {
        res.end('preview page');
        return;
      }
      emulator(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves the REST API under the site path to PnPjs', async () => {
    const siteUrl = `${origin}${sampleCouncil().serverRelativeUrl}`;
    const sp = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }));
    const wards = await sp.web.lists.getByTitle('Wards').items.select('Id', 'Title').top(5)();
    expect(wards.map((ward: { Title: string }) => ward.Title)).toEqual(
      sampleCouncil().lists.Wards.slice(0, 5).map((ward) => ward.fields.Title)
    );
    expect(await (await fetch(`${origin}/preview`)).text()).toBe('preview page');
  });

  it('serves the site\'s files, such as generated portraits', async () => {
    const file = sampleCouncil().files[0];
    const response = await fetch(`${origin}${file.serverRelativeUrl}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(file.contentType);
    expect(await response.text()).toBe(file.content);
  });

  it('answers 404 in SharePoint\'s shape outside the site and for unknown endpoints', async () => {
    for (const path of ['/sites/elsewhere/_api/web', `${sampleCouncil().serverRelativeUrl}/_api/web/nothing`]) {
      const response = await fetch(`${origin}${path}`, { headers: { Accept: 'application/json;odata=nometadata' } });
      expect(response.status).toBe(404);
      const body = (await response.json()) as { 'odata.error': { code: string; message: { lang: string; value: string } } };
      expect(body['odata.error'].message.lang).toBe('en-US');
      expect(body['odata.error'].code).toContain('ResourceNotFoundException');
    }
  });

  it('answers 400 in SharePoint\'s shape to a URL that does not decode', async () => {
    const response = await fetch(`${origin}${sampleCouncil().serverRelativeUrl}/_api/web/lists/getByTitle('%E0%A4%A')/items`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { 'odata.error': { code: string } };
    expect(body['odata.error'].code).toContain('InvalidClientQueryException');
  });

  it('lists the site users and reads/writes fault settings on the admin endpoints', async () => {
    const users = (await (await fetch(`${origin}/_emulator/users`)).json()) as { id: number }[];
    expect(users.map((user) => user.id)).toEqual(sampleCouncil().users.map((user) => user.id));
    const json = { 'Content-Type': 'application/json' };
    const set = await fetch(`${origin}/_emulator/faults`, { method: 'POST', headers: json, body: JSON.stringify({ latencyMs: 5, seed: 9 }) });
    expect(await set.json()).toEqual({ throttleRate: 0, retryAfterSeconds: 1, latencyMs: 5, seed: 9 });
    const bad = await fetch(`${origin}/_emulator/faults`, { method: 'POST', headers: json, body: JSON.stringify({ throttleRate: 2 }) });
    expect(bad.status).toBe(400);
  });
});

describe('the CLI', () => {
  it('starts the sample council on PORT and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '../../../tools/emulator/cli.ts')], {
      env: { ...process.env, PORT: '0', EMULATOR_OFFICERS: '50' },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    try {
      const siteUrl = await new Promise<string>((resolve, reject) => {
        let output = '';
        const timer = setTimeout(() => reject(new Error(`CLI did not start: ${output}`)), 20000);
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /SharePoint emulator: (\S+)/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        });
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      });
      const sp = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }));
      const list = (await sp.web.lists.getByTitle('Officers').select('ItemCount')()) as { ItemCount: number };
      expect(list.ItemCount).toBe(50);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }, 30000);
});

/** @jest-environment node */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gunzipSync } from 'zlib';
import { spawnSync } from 'child_process';
import type { IPreviewBoot } from '../../../tools/preview/client/previewBoot';
import { IRunningPreview, startPreview, ukToday } from '../../../tools/preview/startPreview';

jest.setTimeout(30_000);

const projectRoot = path.resolve(__dirname, '..', '..', '..');
let preview: IRunningPreview;

beforeAll(async () => {
  preview = await startPreview({ projectRoot, port: 0, host: '127.0.0.1', scale: { members: 30, officers: 60, services: 12, weeks: 4 } });
});

afterAll(async () => {
  await preview?.close();
});

function bootOf(html: string): IPreviewBoot {
  const json = /<script type="application\/json" id="preview-boot">([\s\S]*?)<\/script>/.exec(html)?.[1];
  expect(json).toBeDefined();
  return JSON.parse(json ?? '{}') as IPreviewBoot;
}

describe('preview server', () => {
  it('serves the SharePoint page with the site, personas and the emulator default user', async () => {
    const response = await fetch(preview.url);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toMatch(/<title>[^<]*Member–Officer Hub[^<]*SharePoint \(local preview\)<\/title>/);
    const boot = bootOf(html);
    expect(boot.host).toBe('sharepoint');
    expect(boot.siteUrl).toBe(preview.siteUrl);
    expect(boot.faultsUrl).toBe(`${preview.url}_emulator/faults`);
    const kinds = new Set(boot.personas.map((persona) => persona.kind));
    expect(kinds).toEqual(expect.objectContaining(new Set(['Admin', 'Member'])));
    expect(Array.from(kinds).some((kind) => /Officer|Head of service/.test(kind))).toBe(true);
    expect(boot.personas.find((persona) => persona.userId === boot.signedInUserId)?.kind).toBe('Admin');
  });

  it('serves the Teams frame, and takes the signed-in user from the emulator-user cookie', async () => {
    const first = bootOf(await (await fetch(`${preview.url}teams`)).text());
    const member = first.personas.find((persona) => persona.kind === 'Member');
    expect(member).toBeDefined();
    const boot = bootOf(await (await fetch(`${preview.url}teams`, { headers: { Cookie: `emulator-user=${member?.userId}` } })).text());
    expect(boot.host).toBe('teams');
    expect(boot.signedInUserId).toBe(member?.userId);
  });

  it("serves the admins' page on the SharePoint host, as the emulator's default admin", async () => {
    const home = bootOf(await (await fetch(preview.url)).text());
    expect(home.page).toBe('home');
    const boot = bootOf(await (await fetch(`${preview.url}admin`)).text());
    expect(boot.host).toBe('sharepoint');
    expect(boot.page).toBe('admin');
    expect(boot.personas.find((persona) => persona.userId === boot.signedInUserId)?.kind).toBe('Admin');
    expect(bootOf(await (await fetch(`${preview.url}teams`)).text()).page).toBe('home');
  });

  it('serves the client bundle, gzipped when asked, with a sourcemap', async () => {
    const raw = await fetch(`${preview.url}preview/assets/main.js`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(raw.status).toBe(200);
    expect(raw.headers.get('content-type')).toMatch(/javascript/);
    const code = await raw.text();
    expect(code).toMatch(/\/\/# sourceMappingURL=main\.js\.map\s*$/);
    const map = await fetch(`${preview.url}preview/assets/main.js.map`);
    expect(((await map.json()) as { sources: string[] }).sources.some((source) => source.endsWith('client/main.tsx'))).toBe(true);

    const http = await import('http');
    const gzipped = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      http
        .get(`${preview.url}preview/assets/main.js`, { headers: { 'Accept-Encoding': 'gzip' } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });
    expect(gzipped.encoding).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString('utf8')).toBe(code);
    expect(preview.clientBytes.gzip).toBeLessThan(preview.clientBytes.raw);
  });

  it('bundles the real member profiles component and repository, not a copy', async () => {
    // main.js and every chunk it loads, and the chunks those load (code shared by two views sits in a chunk of its own).
    const sources = new Set<string>();
    const pending = ['main.js'];
    const seen = new Set<string>();
    while (pending.length > 0) {
      const file = pending.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      const code = await (await fetch(`${preview.url}preview/assets/${file}`, { headers: { 'Accept-Encoding': 'identity' } })).text();
      const map = (await (await fetch(`${preview.url}preview/assets/${file}.map`)).json()) as { sources: string[] };
      map.sources.forEach((source) => sources.add(source));
      for (const match of code.matchAll(/chunks\/[A-Za-z0-9_.-]+\.js/g)) pending.push(match[0]);
      for (const match of code.matchAll(/\.\/([A-Za-z0-9_-]+-[A-Z0-9]{8}\.js)/g)) pending.push(file.startsWith('chunks/') ? `chunks/${match[1]}` : match[1]);
    }
    const all = Array.from(sources);
    expect(all.some((source) => source.endsWith('src/webparts/memberProfiles/components/MemberProfiles.tsx'))).toBe(true);
    expect(all.some((source) => source.endsWith('src/data/MemberRepository.ts'))).toBe(true);
    expect(all.some((source) => source.endsWith('src/webparts/memberProfiles/loc/en-us.js'))).toBe(true);
    expect(all.some((source) => source.endsWith('src/webparts/directoryHealth/components/DirectoryHealth.tsx'))).toBe(true);
    expect(all.some((source) => source.endsWith('src/data/HealthRepository.ts'))).toBe(true);
  });

  it('serves the icon fonts locally and nothing else from disk', async () => {
    const fontFolder = path.join(projectRoot, 'node_modules', '@fluentui', 'font-icons-mdl2', 'fonts');
    const fontName = fs.readdirSync(fontFolder).find((name) => name.endsWith('.woff'));
    const font = await fetch(`${preview.url}preview/fonts/${fontName}`);
    expect(font.status).toBe(200);
    expect(font.headers.get('content-type')).toBe('font/woff');
    expect((await fetch(`${preview.url}preview/fonts/..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${preview.url}preview/assets/nothing.js`)).status).toBe(404);
  });

  it('hands everything else to the emulator: the site, its REST API and the fault switch', async () => {
    const web = await fetch(`${preview.siteUrl}/_api/web?$select=Title`, { headers: { Accept: 'application/json;odata=nometadata' } });
    expect(web.status).toBe(200);
    expect(((await web.json()) as { Title: string }).Title).toContain('Member–Officer Hub');
    const faults = (await (await fetch(`${preview.url}_emulator/faults`)).json()) as { throttleRate: number };
    expect(faults.throttleRate).toBe(0);
  });

  it("anchors the sample council on today's UK date, so this week has a briefing", async () => {
    const today = ukToday();
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const response = await fetch(
      `${preview.siteUrl}/_api/web/lists/getbytitle('Briefings')/items?$select=WeekCommencing&$orderby=WeekCommencing desc&$top=5`,
      { headers: { Accept: 'application/json;odata=nometadata' } }
    );
    const weeks = ((await response.json()) as { value: { WeekCommencing: string }[] }).value.map((row) => row.WeekCommencing);
    const todayMs = Date.parse(`${today}T12:00:00Z`);
    const thisWeek = weeks.find((week) => {
      const start = Date.parse(week);
      return start <= todayMs && todayMs - start < 7 * 24 * 3600 * 1000;
    });
    expect(thisWeek).toBeDefined();
  });
});

describe('npm start launcher', () => {
  it('says to run npm ci when dependencies are missing', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-launch-'));
    fs.mkdirSync(path.join(root, 'tools', 'preview'), { recursive: true });
    fs.copyFileSync(path.join(projectRoot, 'tools', 'preview', 'launch.js'), path.join(root, 'tools', 'preview', 'launch.js'));
    const result = spawnSync(process.execPath, [path.join(root, 'tools', 'preview', 'launch.js')], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Run npm ci first');
  });
});

describe('preview with --persist', () => {
  it("keeps an admin's edit across a restart, in a folder it creates", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-persist-'));
    const persistPath = path.join(folder, 'not-yet', 'preview-data.json');
    const scale = { members: 12, officers: 20, services: 6, weeks: 2 };
    const first = await startPreview({ projectRoot, port: 0, host: '127.0.0.1', scale, persistPath });
    const json = { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json;odata=nometadata' };
    try {
      const admin = { 'X-Emulator-User': 'democratic.services@council.example' };
      const context = await fetch(`${first.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { ...json, ...admin } });
      const digest = ((await context.json()) as { FormDigestValue: string }).FormDigestValue;
      const created = await fetch(`${first.siteUrl}/_api/web/lists/getbytitle('Wards')/items`, {
        method: 'POST',
        headers: { ...json, ...admin, 'X-RequestDigest': digest },
        body: JSON.stringify({ Title: 'Persisted Ward', WardCode: 'E05099999' })
      });
      expect(created.status).toBe(201);
    } finally {
      await first.close();
    }
    expect(fs.existsSync(persistPath)).toBe(true);

    const second = await startPreview({ projectRoot, port: 0, host: '127.0.0.1', scale, seed: 99, persistPath });
    try {
      const wards = await fetch(`${second.siteUrl}/_api/web/lists/getbytitle('Wards')/items?$select=Title&$filter=Title eq 'Persisted Ward'`, {
        headers: json
      });
      expect(((await wards.json()) as { value: { Title: string }[] }).value.map((row) => row.Title)).toEqual(['Persisted Ward']);
    } finally {
      await second.close();
    }
  });
});

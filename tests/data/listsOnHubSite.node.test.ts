/** @jest-environment node */
/**
 * Lists on a hub site, the page on another site: the page's form digest does not serve the hub, so a
 * $batch (a POST) would first wait for `_api/contextinfo`. Reads there go as parallel GETs instead.
 * What reached SharePoint is read from the emulator's request log.
 */
import { InjectHeaders } from '@pnp/queryable';
import { SPBrowser } from '@pnp/sp';
import { BriefingRepository } from '../../src/data/BriefingRepository';
import { memoryKeyValueStore } from '../../src/data/cache/memoryKeyValueStore';
import { connectToListsSite, HostBehaviour } from '../../src/data/connectToListsSite';
import { MemberRepository } from '../../src/data/MemberRepository';
import { OfficerRepository } from '../../src/data/OfficerRepository';
import { issueDigest } from '../../tools/emulator/auth';
import { IRunningEmulator, startEmulator } from '../../tools/emulator/server';
import { generateSampleCouncil } from '../../tools/sample-council/generateSampleCouncil';

jest.setTimeout(60000);

const data = generateSampleCouncil({ seed: 2026 });
const reader = data.users.find((user) => user.role === 'reader');
let emulator: IRunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ data });
});

afterAll(() => emulator.close());

/**
 * The host as SPFx behaves: PnPjs's RequestDigest asks `_api/contextinfo` before a POST, except on the
 * page's own web, where SPFx hands it the page's digest (modelled by the header RequestDigest then uses).
 */
function spfxLike(pageSiteUrl: string): HostBehaviour {
  return (siteUrl) => (instance) =>
    instance.using(
      SPBrowser({ baseUrl: siteUrl }),
      InjectHeaders({ 'X-Emulator-User': String(reader?.id), ...(siteUrl === pageSiteUrl ? { 'X-RequestDigest': issueDigest() } : {}) })
    );
}

/** Loads each view's first data through a connection made as a web part on `pageSiteUrl` would, and returns the request log. */
async function firstReads(pageSiteUrl: string): Promise<string[]> {
  const connection = await connectToListsSite(spfxLike(pageSiteUrl), pageSiteUrl, emulator.siteUrl);
  const before = emulator.stats().apiLog.length;
  const user = String(reader?.id);
  await Promise.all([
    new OfficerRepository(connection.sp, { cache: { user, store: memoryKeyValueStore() } }).searchIndex(),
    new MemberRepository(connection.sp).loadDirectory(),
    new BriefingRepository(connection.sp).opening('2026-11-30', reader?.email)
  ]);
  return emulator.stats().apiLog.slice(before);
}

it('on a hub site: no form digest request and no $batch, only GETs', async () => {
  const log = await firstReads(`${emulator.url}/sites/intranet`);
  expect(log.length).toBeGreaterThan(0);
  expect(log.filter((line) => /contextinfo/i.test(line))).toEqual([]);
  expect(log.filter((line) => !line.startsWith('GET '))).toEqual([]);
});

it("on the lists' own site: the views' $batches on the page's digest, no contextinfo", async () => {
  const log = await firstReads(emulator.siteUrl);
  expect(log.filter((line) => /contextinfo/i.test(line))).toEqual([]);
  expect(log.filter((line) => line.startsWith('POST ')).every((line) => /\/_api\/\$batch$/.test(line))).toBe(true);
  // One each for the officers and the briefings; two sent together for the members (members first, committees beside them).
  expect(log.filter((line) => /\/_api\/\$batch$/.test(line))).toHaveLength(4);
});

/** @jest-environment node */
/**
 * The council's settings (HubSettings) against the SharePoint emulator: read in the briefings'
 * opening $batch with no request of their own, read alone in one request by any other view, and
 * the defaults (never an error) on a site without the list or a column, with bad values left out.
 */
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { BriefingRepository } from '../../src/data/BriefingRepository';
import { RetryThrottled, Transport } from '../../src/data/behaviours/RetryThrottled';
import { readHubSettings } from '../../src/data/hubSettings';
import { schema, type IListDefinition, type ListKey } from '../../src/schema';
import { generateSampleCouncil } from '../../tools/sample-council/generateSampleCouncil';
import { SAMPLE_BRIEFINGS_CONTACT } from '../../tools/sample-council/hubSettings';
import { calendarDateOfStored } from '../../src/schema/dateOnlyColumns';
import { IRunningEmulator, startEmulator } from '../../tools/emulator/server';

const THIS_MONDAY = '2026-11-23';
const council = generateSampleCouncil({ anchorDate: THIS_MONDAY, members: 30, officers: 100, services: 20, weeks: 3 });
const member = council.users.find((user) => user.role === 'reader' && /^cllr\./.test(user.email));
const admin = council.users.find((user) => user.role === 'owner');
const settingsItem = council.lists.HubSettings[0];

function withLists(change: Partial<Record<ListKey, (list: IListDefinition) => IListDefinition>>): Record<ListKey, IListDefinition> {
  const lists = { ...schema };
  for (const [key, edit] of Object.entries(change) as [ListKey, (list: IListDefinition) => IListDefinition][]) lists[key] = edit(schema[key]);
  return lists;
}

let plain: IRunningEmulator;
let olderSite: IRunningEmulator;
let missingColumn: IRunningEmulator;

beforeAll(async () => {
  [plain, olderSite, missingColumn] = await Promise.all([
    startEmulator({ data: council, port: 0 }),
    // A site still on 1.1.0.0 has no HubSettings list: the emulator serves it under another title, so ours is not found.
    startEmulator({ data: council, port: 0, lists: withLists({ HubSettings: (list) => ({ ...list, title: 'Not installed yet' }) }) }),
    startEmulator({
      data: council,
      port: 0,
      lists: withLists({ HubSettings: (list) => ({ ...list, fields: list.fields.filter((field) => field.internalName !== 'ProtocolUrl') }) })
    })
  ]);
});

afterAll(async () => {
  await Promise.all([plain?.close(), olderSite?.close(), missingColumn?.close()]);
});

function spAs(emulator: IRunningEmulator, userId: number, sent: string[]): SPFI {
  const transport: Transport = async (url, init) => {
    const text = url.toString();
    if (!/\/_api\/contextinfo$/i.test(text)) sent.push(`${init.method ?? 'GET'} ${decodeURIComponent(text)}`);
    return fetch(text, init);
  };
  return spfi(emulator.siteUrl).using(SPBrowser({ baseUrl: emulator.siteUrl }), RetryThrottled({ maxAttempts: 1, transport }), InjectHeaders({ 'X-Emulator-User': String(userId) }));
}

describe('the council settings', () => {
  if (!member || !admin || !settingsItem) throw new Error('The sample council needs a councillor, an admin and a settings item.');

  const samplePeriod = {
    from: calendarDateOfStored(settingsItem.fields.PreElectionStart),
    to: calendarDateOfStored(settingsItem.fields.PreElectionEnd)
  };

  it('come in the briefings’ opening $batch: settings() asks for nothing more', async () => {
    const sent: string[] = [];
    const repository = new BriefingRepository(spAs(plain, member.id, sent));
    await repository.opening(THIS_MONDAY, member.email);
    const read = await repository.settings();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/^POST .*\/_api\/\$batch$/);
    expect(read).toMatchObject({
      status: 'read',
      itemId: settingsItem.Id,
      problems: [],
      settings: { preElectionPeriod: samplePeriod, wardWord: 'ward', briefingsContact: SAMPLE_BRIEFINGS_CONTACT }
    });
    expect(read.settings.protocolUrl).toBeUndefined();
  });

  it('are read alone in one request by a view without a batch, with the same answer', async () => {
    const sent: string[] = [];
    const read = await readHubSettings(spAs(plain, member.id, sent));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/^GET .*\/_api\/web\/lists\/getByTitle\('HubSettings'\)\/items\?.*\$top=1/);
    expect(read.settings).toEqual((await new BriefingRepository(spAs(plain, member.id, [])).settings()).settings);
  });

  it('on a site without the list: the defaults and no error, and the briefing still opens', async () => {
    const repository = new BriefingRepository(spAs(olderSite, member.id, []));
    const reader = await repository.opening(THIS_MONDAY, member.email);
    expect(reader?.ward).toBeDefined();
    const read = await repository.settings();
    expect(read).toMatchObject({ status: 'listMissing', settings: {}, problems: [] });
    expect((await repository.forWeek(THIS_MONDAY)).items.length).toBeGreaterThan(0);
  });

  it('on a list without a column: the defaults, naming the column', async () => {
    const read = await readHubSettings(spAs(missingColumn, member.id, []));
    expect(read).toMatchObject({ status: 'columnMissing', column: 'ProtocolUrl', settings: {} });
  });

  it('take a protocol link on the site’s own origin, and leave out one elsewhere, a bad address and a backwards period', async () => {
    const emulator = await startEmulator({ data: council, port: 0 });
    try {
      const onTenant = `${emulator.siteUrl}/SitePages/Member-officer-protocol.aspx`;
      emulator.store.update('HubSettings', settingsItem.Id, { fields: { ProtocolUrl: { Url: onTenant, Description: 'Protocol' } } }, admin.id);
      expect((await readHubSettings(spAs(emulator, member.id, []))).settings.protocolUrl).toBe(onTenant);

      emulator.store.update(
        'HubSettings',
        settingsItem.Id,
        {
          fields: {
            ProtocolUrl: { Url: 'https://elsewhere.example/protocol', Description: 'Protocol' },
            BriefingsContactEmail: 'briefings@council.example; everyone@council.example',
            PreElectionStart: '2027-05-06T00:00:00Z',
            PreElectionEnd: '2027-04-01T00:00:00Z'
          }
        },
        admin.id
      );
      const read = await readHubSettings(spAs(emulator, member.id, []));
      expect(read.status).toBe('read');
      expect(read.settings).toEqual({ preElectionPeriod: undefined, wardWord: 'ward', protocolUrl: undefined, briefingsContact: undefined });
      expect(read.problems.map((problem) => `${problem.column}:${problem.kind}`).sort()).toEqual([
        'BriefingsContactEmail:contactEmailInvalid',
        'PreElectionEnd:preElectionBackwards',
        'ProtocolUrl:protocolUrlOffTenant'
      ]);
    } finally {
      await emulator.close();
    }
  });

  it('with no item: the defaults', async () => {
    const emulator = await startEmulator({ data: council, port: 0 });
    try {
      emulator.store.remove('HubSettings', settingsItem.Id);
      expect(await readHubSettings(spAs(emulator, member.id, []))).toEqual({ status: 'noItem', settings: {}, problems: [] });
    } finally {
      await emulator.close();
    }
  });
});

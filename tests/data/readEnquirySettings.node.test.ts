/** @jest-environment node */
/**
 * The council's enquiry settings against the SharePoint emulator: nation, targets and closure days in
 * one $batch; the defaults with a note (never an error) on a site without the closure list or the
 * enquiry columns, and for bad values.
 */
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { RetryThrottled, Transport } from '../../src/data/behaviours/RetryThrottled';
import { closureDaysWindow, readEnquiryCalendarSettings } from '../../src/data/readEnquirySettings';
import { enquiryRulesFrom } from '../../src/model/enquiries/enquiryCalendarSettings';
import { addWorkingDays } from '../../src/model/enquiries/workingDays';
import { schema, type IListDefinition, type ListKey } from '../../src/schema';
import type { ISiteData, IStoredItem, StoredValue } from '../../tools/emulator/siteData';
import { IRunningEmulator, startEmulator } from '../../tools/emulator/server';
import { generateSampleCouncil } from '../../tools/sample-council/generateSampleCouncil';
import { SAMPLE_CLOSURE_DAYS } from '../../tools/sample-council/hubSettings';

const NOW = new Date('2026-11-23T10:00:00Z');
const council = generateSampleCouncil({ anchorDate: '2026-11-23', members: 20, officers: 40, services: 10, weeks: 2 });
const member = council.users.find((user) => user.role === 'reader' && /^cllr\./.test(user.email));

function withLists(change: Partial<Record<ListKey, (list: IListDefinition) => IListDefinition>>): Record<ListKey, IListDefinition> {
  const lists = { ...schema };
  for (const [key, edit] of Object.entries(change) as [ListKey, (list: IListDefinition) => IListDefinition][]) lists[key] = edit(schema[key]);
  return lists;
}

/** The sample council with other values in the settings item and other closure days. */
function councilWith(settings: Record<string, StoredValue>, closureDays?: readonly IStoredItem[]): ISiteData {
  const [item, ...rest] = council.lists.HubSettings;
  return {
    ...council,
    lists: {
      ...council.lists,
      HubSettings: [{ ...item, fields: { ...item.fields, ...settings } }, ...rest],
      EnquiryClosureDays: closureDays ?? council.lists.EnquiryClosureDays
    }
  };
}

function spAs(emulator: IRunningEmulator, userId: number, sent: string[] = []): SPFI {
  const transport: Transport = async (url, init) => {
    const text = url.toString();
    if (!/\/_api\/contextinfo$/i.test(text)) sent.push(`${init.method ?? 'GET'} ${decodeURIComponent(text)}`);
    return fetch(text, init);
  };
  return spfi(emulator.siteUrl).using(SPBrowser({ baseUrl: emulator.siteUrl }), RetryThrottled({ maxAttempts: 1, transport }), InjectHeaders({ 'X-Emulator-User': String(userId) }));
}

async function withEmulator<T>(options: { data: ISiteData; lists?: Record<ListKey, IListDefinition> }, use: (emulator: IRunningEmulator) => Promise<T>): Promise<T> {
  const emulator = await startEmulator({ ...options, port: 0 });
  try {
    return await use(emulator);
  } finally {
    await emulator.close();
  }
}

describe('readEnquiryCalendarSettings', () => {
  if (!member) throw new Error('The sample council needs a councillor.');

  it('reads the sample council (England, default targets, two Christmas closure days) in one $batch, as a member', async () => {
    const sent: string[] = [];
    const read = await withEmulator({ data: council }, (emulator) => readEnquiryCalendarSettings(spAs(emulator, member.id, sent), { now: NOW, fallbackNation: 'scotland' }));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/^POST .*\/_api\/\$batch$/);
    expect(read).toEqual({
      settings: { nation: 'england-and-wales', targets: {}, closureDays: SAMPLE_CLOSURE_DAYS.map((day) => ({ ...day })) },
      notes: [],
      nationSource: 'settings'
    });
    // The closure days move the due dates: received Monday 21 Dec 2026, respond by 11 Jan, not 7 Jan
    // (25 and 28 Dec are bank holidays, 29 and 30 Dec closure days, 1 Jan a bank holiday).
    const rules = enquiryRulesFrom(read.settings);
    expect(rules.targets).toEqual({ acknowledgeWorkingDays: 1, respondWorkingDays: 10 });
    expect(addWorkingDays(rules.calendar, '2026-12-21', 10)).toBe('2027-01-11');
    expect(addWorkingDays(enquiryRulesFrom({ ...read.settings, closureDays: [] }).calendar, '2026-12-21', 10)).toBe('2027-01-07');
  });

  it('takes the council’s nation and targets, and Wales is England’s calendar', async () => {
    const scotland = await withEmulator({ data: councilWith({ EnquiryNation: 'Scotland', EnquiryAcknowledgeDays: 2, EnquiryRespondDays: 20 }) }, (emulator) =>
      readEnquiryCalendarSettings(spAs(emulator, member.id), { now: NOW })
    );
    expect(scotland.settings).toMatchObject({ nation: 'scotland', targets: { acknowledgeWorkingDays: 2, respondWorkingDays: 20 } });
    expect(scotland.notes).toEqual([]);
    const wales = await withEmulator({ data: councilWith({ EnquiryNation: 'Wales' }) }, (emulator) => readEnquiryCalendarSettings(spAs(emulator, member.id), { now: NOW }));
    expect(wales.settings.nation).toBe('england-and-wales');
  });

  it('on a site without the closure days list: the other settings, no closure days, and a note', async () => {
    const read = await withEmulator({ data: council, lists: withLists({ EnquiryClosureDays: (list) => ({ ...list, title: 'Not installed yet' }) }) }, (emulator) =>
      readEnquiryCalendarSettings(spAs(emulator, member.id), { now: NOW })
    );
    expect(read.settings).toEqual({ nation: 'england-and-wales', targets: {}, closureDays: [] });
    expect(read.notes).toEqual([{ kind: 'closureListMissing' }]);
  });

  it('on a site not yet upgraded (no enquiry columns on HubSettings): the fallback nation, default targets and a note', async () => {
    const lists = withLists({
      HubSettings: (list) => ({ ...list, fields: list.fields.filter((field) => !field.internalName.startsWith('Enquiry')) }),
      EnquiryClosureDays: (list) => ({ ...list, title: 'Not installed yet' })
    });
    const read = await withEmulator({ data: council, lists }, (emulator) => readEnquiryCalendarSettings(spAs(emulator, member.id), { now: NOW, fallbackNation: 'northern-ireland' }));
    expect(read.settings).toEqual({ nation: 'northern-ireland', targets: {}, closureDays: [] });
    expect(read.nationSource).toBe('fallback');
    expect(read.notes.map((note) => note.kind)).toEqual(['settingsColumnMissing', 'closureListMissing']);
    expect(() => enquiryRulesFrom(read.settings)).not.toThrow();
  });

  it('leaves out bad values with a note: target 0 or 999, a response before the acknowledgement, an undated closure day', async () => {
    const [first] = council.lists.EnquiryClosureDays;
    const closures: IStoredItem[] = [
      first,
      { ...first, Id: 7, fields: { Title: 'Staff training day', ClosureDate: 'not a date' } },
      { ...first, Id: 8, fields: { Title: 'No date', ClosureDate: null } }
    ];
    const badTargets = await withEmulator({ data: councilWith({ EnquiryAcknowledgeDays: 0, EnquiryRespondDays: 999 }, closures) }, (emulator) =>
      readEnquiryCalendarSettings(spAs(emulator, member.id), { now: NOW })
    );
    expect(badTargets.settings.targets).toEqual({});
    expect(badTargets.settings.closureDays).toEqual([{ date: SAMPLE_CLOSURE_DAYS[0].date, title: SAMPLE_CLOSURE_DAYS[0].title }]);
    expect(badTargets.notes).toEqual([
      { kind: 'acknowledgeTargetInvalid', value: '0' },
      { kind: 'respondTargetInvalid', value: '999' }
    ]);
    expect(enquiryRulesFrom(badTargets.settings).targets).toEqual({ acknowledgeWorkingDays: 1, respondWorkingDays: 10 });

    const backwards = await withEmulator({ data: councilWith({ EnquiryAcknowledgeDays: 5, EnquiryRespondDays: 3 }) }, (emulator) =>
      readEnquiryCalendarSettings(spAs(emulator, member.id), { now: NOW })
    );
    expect(backwards.settings.targets).toEqual({ acknowledgeWorkingDays: 5 });
    expect(backwards.notes).toEqual([{ kind: 'targetsOutOfOrder', value: '3' }]);
    expect(() => enquiryRulesFrom(backwards.settings)).not.toThrow();
  });

  it('reads only closure days in the window (a year back, two ahead), filtering on the indexed date', async () => {
    const [first] = council.lists.EnquiryClosureDays;
    const closures: IStoredItem[] = [
      { ...first, Id: 1, fields: { Title: 'Long ago', ClosureDate: '2020-12-29T00:00:00Z' } },
      { ...first, Id: 2, fields: { Title: 'Summer (BST)', ClosureDate: '2027-07-30T23:00:00Z' } },
      { ...first, Id: 3, fields: { Title: 'Far ahead', ClosureDate: '2031-12-29T00:00:00Z' } }
    ];
    const sent: string[] = [];
    const read = await withEmulator({ data: councilWith({}, closures) }, (emulator) => readEnquiryCalendarSettings(spAs(emulator, member.id, sent), { now: NOW }));
    expect(read.settings.closureDays).toEqual([{ date: '2027-07-31', title: 'Summer (BST)' }]);
    expect(closureDaysWindow(NOW)).toEqual({ from: '2025-11-22', before: '2028-11-24' });
    expect(schema.EnquiryClosureDays.fields.find((field) => field.internalName === 'ClosureDate')?.indexed).toBe(true);
  });

  it('gives the defaults and notes, not an error, when nothing can be read', async () => {
    const emulator = await startEmulator({ data: council, port: 0 });
    const sp = spAs(emulator, member.id);
    await emulator.close();
    const read = await readEnquiryCalendarSettings(sp, { now: NOW, fallbackNation: 'scotland' });
    expect(read.settings).toEqual({ nation: 'scotland', targets: {}, closureDays: [] });
    expect(read.notes.map((note) => note.kind)).toEqual(['settingsUnreadable', 'closureUnreadable']);
  });
});

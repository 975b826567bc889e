/**
 * The baseline: how such web parts are usually written, measured with PnPjs straight against the
 * same emulator (no UI): every column, one unbatched GET per list, no browser cache, and search as
 * one REST query per keystroke with substringof over the text columns.
 */
import { performance } from 'perf_hooks';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { spfi, SPBrowser, SPFI } from '../../src/data/pnp';
import { RetryThrottled } from '../../src/data/behaviours/RetryThrottled';
import { ListKey, schema } from '../../src/schema';
import { countingTransport, ICountingTransport } from './countingTransport';

export interface IBaselineLoad {
  readonly requests: number;
  /** Response bodies as sent (gzip-compressed). */
  readonly bytes: number;
  readonly ms: number;
  /** What went wrong, when the usual way fails (e.g. the list view threshold). */
  readonly failure?: string;
}

export interface IBaselineSearch {
  /** Round trip of one REST query per keystroke, when the queries succeed. */
  readonly perKeystrokeMs: readonly number[];
  readonly failure?: string;
}

export interface IBaselineView {
  readonly key: string;
  /** What the baseline does, for the table. */
  readonly description: string;
  readonly cold: IBaselineLoad;
  /** The usual way caches nothing, so a second visit repeats every request: measured again, not assumed. */
  readonly warm: IBaselineLoad;
  readonly search?: IBaselineSearch;
}

/** Every item of a list, every column: one unbatched GET per page of 5,000 (the most SharePoint allows). */
async function readEveryColumn(sp: SPFI, list: ListKey): Promise<number> {
  let count = 0;
  for await (const page of sp.web.lists.getByTitle(schema[list].title).items.top(5000)) count += (page as unknown[]).length;
  return count;
}

function textColumns(list: ListKey): string[] {
  return ['Title', ...schema[list].fields.filter((field) => field.type === 'Text').map((field) => field.internalName)];
}

const odataString = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/** One query per keystroke: substringof(prefix, column) over every text column, every column back. */
async function searchPerKeystroke(sp: SPFI, list: ListKey, phrases: readonly string[]): Promise<IBaselineSearch> {
  const perKeystrokeMs: number[] = [];
  for (const phrase of phrases) {
    for (let length = 1; length <= phrase.length; length++) {
      const prefix = phrase.slice(0, length);
      const filter = textColumns(list).map((column) => `substringof(${odataString(prefix)},${column})`).join(' or ');
      const started = performance.now();
      try {
        await sp.web.lists.getByTitle(schema[list].title).items.filter(filter).top(100)();
      } catch (error) {
        return { perKeystrokeMs, failure: describeFailure(error) };
      }
      perKeystrokeMs.push(performance.now() - started);
    }
  }
  return { perKeystrokeMs };
}

function describeFailure(error: unknown): string {
  const status = (error as { status?: number }).status;
  const message = error instanceof Error ? error.message : String(error);
  const threshold = /threshold/i.test(message) ? 'list view threshold' : message.replace(/\s+/g, ' ').slice(0, 120);
  return `fails: ${status ? `HTTP ${status} ` : ''}${threshold}`;
}

async function measureLoad(wire: ICountingTransport, read: () => Promise<unknown>): Promise<IBaselineLoad> {
  const before = wire.records.length;
  const started = performance.now();
  let failure: string | undefined;
  try {
    await read();
  } catch (error) {
    failure = describeFailure(error);
  }
  const ms = performance.now() - started;
  const totals = wire.totals(before);
  return { requests: totals.requests, bytes: totals.bytes, ms, ...(failure ? { failure } : {}) };
}

export interface IBaselinePhrases {
  readonly officers: readonly string[];
  readonly members: readonly string[];
}

/** The baselines of the chosen views only (a view left out is not measured, nor its baseline). */
export async function measureBaselines(siteUrl: string, phrases: IBaselinePhrases, views: readonly string[]): Promise<IBaselineView[]> {
  const wire = countingTransport();
  // Single attempts, as the usual web part has no retry: the emulator runs without throttling here.
  const sp = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), RetryThrottled({ transport: wire.transport, maxAttempts: 1 }));

  const memberLists: ListKey[] = ['Members', 'Parties', 'Wards', 'Committees', 'CommitteeMemberships'];
  const readMembers = (): Promise<unknown> => (async () => { for (const list of memberLists) await readEveryColumn(sp, list); })();
  const readOfficers = (): Promise<unknown> => (async () => { await readEveryColumn(sp, 'Services'); await readEveryColumn(sp, 'Officers'); })();
  const readBriefings = (): Promise<unknown> => (async () => { await readEveryColumn(sp, 'Briefings'); await readEveryColumn(sp, 'BriefingItems'); })();

  const measures: { key: string; measure: () => Promise<IBaselineView> }[] = [
    {
      key: 'member-profiles',
      measure: async () => ({
        key: 'member-profiles',
        description: 'five unbatched GETs, every column',
        cold: await measureLoad(wire, readMembers),
        warm: await measureLoad(wire, readMembers),
        search: await searchPerKeystroke(sp, 'Members', phrases.members)
      })
    },
    {
      key: 'officer-directory',
      measure: async () => ({
        key: 'officer-directory',
        description: 'getAll of every column (pages of 5,000); search: a substringof query per keystroke',
        cold: await measureLoad(wire, readOfficers),
        warm: await measureLoad(wire, readOfficers),
        search: await searchPerKeystroke(sp, 'Officers', phrases.officers)
      })
    },
    {
      key: 'member-briefings',
      measure: async () => ({
        key: 'member-briefings',
        description: 'every briefing and briefing item, every column, filtered in the browser',
        cold: await measureLoad(wire, readBriefings),
        warm: await measureLoad(wire, readBriefings)
      })
    }
  ];
  const baselines: IBaselineView[] = [];
  for (const { key, measure } of measures) if (views.includes(key)) baselines.push(await measure());
  return baselines;
}

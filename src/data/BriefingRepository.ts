import { LIST_VIEW_THRESHOLD, runtimeSchema, selectFor } from '../schema';
import type { IBriefing, IBriefingItem, IBriefingReader, IWeeklyBriefing } from '../model/Briefing';
import type { IWard } from '../model/Member';
import { compareNames } from '../model/uiLocale';
import { buildBriefingSearchIndex, IBriefingSearchHit, IBriefingSearchIndex, searchBriefingItems } from '../model/searchBriefingItems';
import { searchWords } from '../model/normaliseForSearch';
import { isCalendarDate, isCalendarMonth, mondayOf, monthRange } from '../schema/ukDates';
import type { IBriefingRepository } from './IBriefingRepository';
import { dateOnlyEqualsFilter, dateOnlyRangeFilter } from '../schema/dateOnlyColumns';
import { toDataError } from './DataError';
import { readUserEmail, type RawItem } from './fieldReaders';
import { BRIEFING_COLUMNS, BRIEFING_ITEM_COLUMNS, mapBriefing, mapBriefingItem, mapReader, READER_COLUMNS } from './mapBriefing';
import { mapWard, WARD_COLUMNS } from './mapMemberDirectory';
import { InjectHeaders, spfi } from './pnp';
import type { IItems, SPFI } from './pnp';
import { hubSettingsFailure, hubSettingsFrom, hubSettingsQuery, readHubSettings, type IHubSettingsRead } from './hubSettings';
import { readInOneBatch } from './readInOneBatch';
import { readRestById } from './readRestById';
import { webUrlOf } from './attachmentFolderUrl';
import { RevalidationStatusListener, revalidateInBackground } from './cache/backgroundRevalidation';
import { BrowserCopy } from './cache/browserCopy';
import { browserKeyValueStore } from './cache/browserKeyValueStore';
import type { IKeyValueStore } from './cache/IKeyValueStore';
import { BRIEFING_OPENING_COPY, BRIEFING_OPENING_FORMAT, IBriefingOpeningSnapshot, openingChanged, openingSnapshot } from './briefingOpeningCache';

type BriefingListKey = 'Briefings' | 'BriefingItems' | 'Members' | 'Wards';

export interface IBriefingRepositoryOptions {
  /** List titles where a site names them differently; defaults come from src/schema. */
  readonly listTitles?: Partial<Record<BriefingListKey, string>>;
  /** How long a loaded search index answers searches before it is read again (default 10 minutes). */
  readonly searchIndexMaxAgeMs?: number;
  readonly now?: () => number;
  /**
   * Keeps what the view opens with in the browser between visits, per user and site (briefingOpeningCache:
   * confidential items and receipts never kept), so opening(…, onRevalidated) draws it before any request.
   */
  readonly cache?: {
    /** The signed-in user's login name (SPFx: `pageContext.user.loginName`). */
    readonly user: string;
    /** Defaults to IndexedDB, else localStorage, else memory. */
    readonly store?: IKeyValueStore;
  };
}

const COLUMNS: Readonly<Record<BriefingListKey, readonly string[]>> = {
  Briefings: BRIEFING_COLUMNS,
  BriefingItems: BRIEFING_ITEM_COLUMNS,
  Members: READER_COLUMNS,
  Wards: WARD_COLUMNS
};

const DEFAULT_SEARCH_INDEX_MAX_AGE_MS = 10 * 60_000;

/**
 * This week's items through their briefing's week: SharePoint filters on a lookup's projected field
 * like on any field of its type ("Querying single-value lookup fields", Use OData query operations in
 * SharePoint REST requests, learn.microsoft.com). The projected field is not indexed on the items list,
 * so past 5,000 items SharePoint refuses the query (list view threshold) and forWeek's two-step read
 * (the briefing, then its items by the indexed lookup) is used instead.
 */
const WEEK_ITEM_COLUMNS = [...BRIEFING_ITEM_COLUMNS, 'Briefing/WeekCommencing'] as const;

/** The reads opening() puts in its $batch. */
interface IOpeningParts {
  readonly reader: Promise<RawItem[] | undefined>;
  readonly wards: Promise<RawItem[]>;
  readonly briefings: Promise<RawItem[]>;
  readonly weekItems: Promise<RawItem[] | undefined>;
  /** Never rejects: a site without the settings list gives the defaults. */
  readonly settings: Promise<IHubSettingsRead>;
}

/** What opening() read in its one $batch, for the forWeek and wards calls that follow it. */
interface IOpeningReads {
  readonly week: string;
  weekBriefing?: Promise<IWeeklyBriefing>;
  wards?: Promise<readonly IWard[]>;
  settings?: Promise<IHubSettingsRead>;
}

/** The lists the opening reads, in the copy's identity. */
const BRIEFING_LISTS: readonly BriefingListKey[] = ['Briefings', 'BriefingItems', 'Members', 'Wards'];

/**
 * The opening's reads answered from the browser copy when there is one, else from the batch under way
 * (settings not kept, because they failed when last read, come from the batch too).
 */
function openingFromCopyOrBatch(week: string, copy: Promise<IBriefingOpeningSnapshot | undefined>, batch: IOpeningReads): IOpeningReads {
  const either = <T>(fromCopy: (found: IBriefingOpeningSnapshot) => T | undefined, fromBatch: Promise<T> | undefined): Promise<T> | undefined => {
    if (!fromBatch) return undefined;
    const chosen = copy.then((found) => {
      const kept = found ? fromCopy(found) : undefined;
      return kept !== undefined ? kept : fromBatch;
    });
    // Whoever asks next takes it; until then a failure must not go unhandled.
    chosen.catch(() => undefined);
    return chosen;
  };
  return {
    week,
    weekBriefing: either((found) => found.weekBriefing, batch.weekBriefing),
    wards: either((found) => found.wards, batch.wards),
    settings: either((found) => (found.settings ? { ...found.settings } : undefined), batch.settings)
  };
}

/** Approved before anything else, then the most recently created: one briefing per week is the rule, not a guarantee. */
function preferredBriefing(briefings: readonly IBriefing[]): IBriefing | undefined {
  return [...briefings].sort((a, b) => Number(b.approval === 'approved') - Number(a.approval === 'approved') || b.id - a.id)[0];
}

function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * Reads weekly member briefings. Every query filters on an indexed column (WeekCommencing,
 * Briefing, MemberAccount) or pages by ID, so none trips the 5,000-item list view threshold.
 * Drafts are SharePoint's job: with content approval on, readers are never sent unapproved
 * items; editors are, marked by `approval`.
 */
export class BriefingRepository implements IBriefingRepository {
  private readonly _titles: Readonly<Record<BriefingListKey, string>>;
  private readonly _maxAgeMs: number;
  private readonly _now: () => number;
  private _searchIndex?: { readonly loadedAt: number; readonly index: Promise<IBriefingSearchIndex> };
  private _opening?: IOpeningReads;
  private readonly _sp: SPFI;
  private readonly _copy: BrowserCopy<IBriefingOpeningSnapshot> | undefined;

  public constructor(sp: SPFI, options: IBriefingRepositoryOptions = {}) {
    // Our own clone of the root: JSON without OData metadata, about a third fewer bytes per
    // item than the default minimal metadata (every item and lookup carries type, id and links).
    this._sp = spfi(sp).using(InjectHeaders({ Accept: 'application/json;odata=nometadata' }));
    const titleOf = (key: BriefingListKey): string => options.listTitles?.[key] ?? runtimeSchema[key].title;
    this._titles = {
      Briefings: titleOf('Briefings'),
      BriefingItems: titleOf('BriefingItems'),
      Members: titleOf('Members'),
      Wards: titleOf('Wards')
    };
    this._maxAgeMs = options.searchIndexMaxAgeMs ?? DEFAULT_SEARCH_INDEX_MAX_AGE_MS;
    this._now = options.now ?? Date.now;
    if (options.cache) {
      const identity = { siteUrl: webUrlOf(sp), user: options.cache.user, listTitles: BRIEFING_LISTS.map((key) => this._titles[key]) };
      this._copy = new BrowserCopy(options.cache.store ?? browserKeyValueStore(), BRIEFING_OPENING_COPY, identity, BRIEFING_OPENING_FORMAT);
      // Read while the web part starts and the view first renders: a warm visit then draws as soon as it asks.
      this._copy.prefetch();
    }
  }

  /**
   * What the briefings view needs first, in ONE $batch: the signed-in member (if `account` is given),
   * every ward and the week's briefing with its items. Resolves the reader; the week and the wards are
   * kept for the next forWeek(week) and wards() calls, which take them instead of asking again.
   *
   * Cache first, given `onRevalidated` and a browser copy of this week for this account: the copy's reader
   * at once, forWeek/wards/settings from the copy, and the same $batch in the background; when what it read
   * differs from the copy (confidential items, which are never kept, always make it differ), forWeek, wards
   * and settings answer with it next and `onRevalidated` gets its reader. A failed revalidation leaves the
   * copy drawn and is told to `onRevalidation`, whose retry sends the batch again. Whatever the batch reads is kept as the next visit's copy.
   */
  public async opening(
    weekCommencing: string,
    account: string | undefined,
    onRevalidated?: (reader: IBriefingReader | undefined) => void,
    onRevalidation?: RevalidationStatusListener
  ): Promise<IBriefingReader | undefined> {
    if (!isCalendarDate(weekCommencing)) throw new RangeError(`Expected a week commencing date as YYYY-MM-DD, got "${weekCommencing}"`);
    const monday = mondayOf(weekCommencing);
    const email = account?.trim() ?? '';
    // The batch goes out at once, whether or not a copy is kept; reading the copy runs alongside it.
    const read = this._readOpening(monday, email);
    const kept = this._keepOpening(monday, email, read);
    if (!onRevalidated || !this._copy) {
      this._opening = read.opening;
      return read.reader;
    }
    const copy = this._copy.readSaved().then((found) => (found?.value.week === monday && found.value.account === email.toLowerCase() ? found : undefined));
    // Set before the first await: forWeek, wards and settings called meanwhile take the copy, else the batch.
    this._opening = openingFromCopyOrBatch(monday, copy.then((found) => found?.value), read.opening);
    const saved = await copy;
    if (!saved) return read.reader;
    const drawn = saved.value;
    let first: typeof read | undefined = read;
    revalidateInBackground({
      // The batch already sent, then (Try again) a new one.
      check: async () => {
        const reads = first ?? this._readOpening(monday, email);
        const keeping = first ? kept : this._keepOpening(monday, email, reads);
        first = undefined;
        // The first part that failed, if one did (no permission any more, a list gone: the copy is then forgotten).
        await Promise.all([reads.reader, reads.opening.wards, reads.opening.weekBriefing]);
        const fresh = await keeping;
        return fresh && openingChanged(drawn, fresh) ? reads : undefined;
      },
      onChanged: (reads) => {
        this._opening = reads.opening;
        reads.reader.then(onRevalidated, () => undefined);
      },
      onStatus: onRevalidation,
      savedAt: saved.savedAt,
      forget: async () => this._copy?.forget()
    });
    return drawn.reader;
  }

  /** Sends the opening $batch; its parts settle on their own and are held for forWeek, wards and settings. */
  private _readOpening(monday: string, email: string): { readonly opening: IOpeningReads; readonly reader: Promise<IBriefingReader | undefined> } {
    // Each part settles on its own: a missing Briefings list must not lose the reader, nor the reverse.
    let parts: IOpeningParts | undefined;
    const batch = readInOneBatch(this._sp, (batched) => {
      const started: IOpeningParts = {
        reader: email.includes('@') ? this._read('Members', this._readerQuery(batched, email)) : Promise.resolve(undefined),
        wards: this._read('Wards', this._query(batched, 'Wards').top(LIST_VIEW_THRESHOLD)),
        briefings: this._read('Briefings', this._weekBriefingsQuery(batched, monday)),
        // Undefined when SharePoint refuses the projected filter (past the threshold): read by the lookup instead.
        weekItems: this._read('BriefingItems', this._weekItemsQuery(batched, monday)).catch(() => undefined),
        // The council's settings (pre-election period, ward word…): a Teams personal app has no property pane.
        settings: hubSettingsFrom(hubSettingsQuery(batched)(), this._sp)
      };
      parts = started;
      const settled = (read: Promise<unknown>): Promise<void> => read.then(() => undefined, () => undefined);
      return Promise.all([started.reader, started.wards, started.briefings, started.weekItems, started.settings].map(settled));
    });
    // After the batch: its own failure (throttled past retries, offline) reaches every reader of it.
    const part = <T>(pick: (started: IOpeningParts) => Promise<T>): Promise<T> =>
      batch.then(() => {
        if (!parts) throw new Error('The opening batch registered no reads.');
        return pick(parts);
      });
    const opening: IOpeningReads = { week: monday };
    opening.wards = part(async (started) => this._sortedWards(await this._restOfList('Wards', await started.wards)));
    opening.weekBriefing = part(async (started) => this._weekFrom(monday, await started.briefings, await started.weekItems));
    opening.settings = part((started) => started.settings).catch(async (error: unknown) => hubSettingsFailure(await toDataError(error)));
    // Whoever asks next takes these; until then a failure must not go unhandled.
    opening.wards.catch(() => undefined);
    opening.weekBriefing.catch(() => undefined);
    const reader = part((started) => started.reader).then((items) => (items === undefined ? undefined : this._bestReader(email, items)));
    reader.catch(() => undefined);
    return { opening, reader };
  }

  /** Once every part of the opening has been read, keeps it as the next visit's copy; undefined if a part failed. */
  private async _keepOpening(
    monday: string,
    email: string,
    read: { readonly opening: IOpeningReads; readonly reader: Promise<IBriefingReader | undefined> }
  ): Promise<IBriefingOpeningSnapshot | undefined> {
    const { wards, weekBriefing, settings } = read.opening;
    if (!this._copy || !wards || !weekBriefing || !settings) return undefined;
    try {
      const [reader, readWards, readWeek, readSettings] = await Promise.all([read.reader, wards, weekBriefing, settings]);
      const snapshot = openingSnapshot({ week: monday, account: email, reader, wards: readWards, weekBriefing: readWeek, settings: readSettings });
      void this._copy.write(snapshot);
      return snapshot;
    } catch {
      // A part failed: nothing kept, and the view has shown (or will show) the failure.
      return undefined;
    }
  }

  /** Round trip 1: the week's briefing by its indexed date; round trip 2: its items by the indexed lookup. */
  public async forWeek(weekCommencing: string): Promise<IWeeklyBriefing> {
    if (!isCalendarDate(weekCommencing)) throw new RangeError(`Expected a week commencing date as YYYY-MM-DD, got "${weekCommencing}"`);
    const monday = mondayOf(weekCommencing);
    const opened = this._opening?.week === monday ? this._opening.weekBriefing : undefined;
    if (opened && this._opening) {
      this._opening.weekBriefing = undefined;
      return opened;
    }
    const candidates = await this._read('Briefings', this._weekBriefingsQuery(this._sp, monday));
    return this._weekFrom(monday, candidates, undefined);
  }

  /** One request: the month's weeks narrow the indexed WeekCommencing to four or five rows. */
  public async forMonth(month: string): Promise<readonly IBriefing[]> {
    if (!isCalendarMonth(month)) throw new RangeError(`Expected a month as YYYY-MM, got "${month}"`);
    const { first, firstOfNext } = monthRange(month);
    const items = await this._read(
      'Briefings',
      this._query(this._sp, 'Briefings')
        .filter(dateOnlyRangeFilter('WeekCommencing', first, firstOfNext))
        .orderBy('WeekCommencing', false)
        .top(LIST_VIEW_THRESHOLD)
    );
    return items
      .map(mapBriefing)
      .filter((briefing): briefing is IBriefing => briefing !== undefined && briefing.weekCommencing >= first && briefing.weekCommencing < firstOfNext)
      .sort((a, b) => (a.weekCommencing < b.weekCommencing ? 1 : a.weekCommencing > b.weekCommencing ? -1 : b.id - a.id));
  }

  /**
   * BriefingItems passes 5,000 items within a decade, and SharePoint cannot search text columns
   * of such a list: `substringof` is not served by any index, and Note (Body) columns cannot be
   * filtered at all. So the first search reads every item the user can see, with its body, page
   * by page by ID (threshold-safe at any size), together with every briefing, in one $batch plus
   * a request per further 5,000 items; later searches run in memory on that index until it is
   * `searchIndexMaxAgeMs` old. Measured on the sample council's ten years (511 briefings, 4,121
   * items): about 200 KB gzipped, 2.7 MB of JSON (tests/data/BriefingRepository.node.test.ts
   * prints it). A slim projection without bodies was rejected: members search for words in the
   * text, not only in headlines, and bodies found only in weeks already opened would make results
   * depend on browsing history.
   */
  public async search(text: string): Promise<readonly IBriefingSearchHit[]> {
    if (searchWords(text).length === 0) return [];
    return searchBriefingItems(await this._loadSearchIndex(), text);
  }

  /**
   * One request on the Members list (about 150 current and former members, far below the
   * threshold, so filtering on the person column's email needs no index and saves resolving the
   * user's id first). A member whose account column was left empty is still recognised by the
   * council email on their profile. Current members win over former ones, then an account match
   * over an email match.
   */
  public async readerForAccount(email: string): Promise<IBriefingReader | undefined> {
    const trimmed = email.trim();
    if (!trimmed.includes('@')) return undefined;
    return this._bestReader(trimmed, await this._read('Members', this._readerQuery(this._sp, trimmed)));
  }

  /** Every ward, A to Z. */
  public async wards(): Promise<readonly IWard[]> {
    const opened = this._opening?.wards;
    if (opened && this._opening) {
      this._opening.wards = undefined;
      return opened;
    }
    return this._sortedWards(await this._readAll('Wards', (sp) => this._query(sp, 'Wards')));
  }

  /** The council's settings: from opening()'s batch when it read them, else in one request. Never rejects. */
  public settings(): Promise<IHubSettingsRead> {
    const opened = this._opening?.settings;
    if (opened && this._opening) {
      this._opening.settings = undefined;
      return opened;
    }
    return readHubSettings(this._sp);
  }

  private _readerQuery(sp: SPFI, email: string): IItems {
    const address = odataString(email);
    return this._query(sp, 'Members').filter(`MemberAccount/EMail eq ${address} or Email eq ${address}`).top(10);
  }

  private _bestReader(email: string, items: readonly RawItem[]): IBriefingReader | undefined {
    const lower = email.toLowerCase();
    const rank = (item: RawItem): number =>
      (item.IsCurrent === true || item.IsCurrent === 1 ? 2 : 0) + (readUserEmail(item, 'MemberAccount')?.toLowerCase() === lower ? 1 : 0);
    const best = [...items].sort((a, b) => rank(b) - rank(a))[0];
    return best ? mapReader(best) : undefined;
  }

  private _sortedWards(items: readonly RawItem[]): readonly IWard[] {
    return items.map(mapWard).sort((a, b) => compareNames(a.name, b.name));
  }

  private _weekBriefingsQuery(sp: SPFI, monday: string): IItems {
    return this._query(sp, 'Briefings').filter(dateOnlyEqualsFilter('WeekCommencing', monday)).top(10);
  }

  private _weekItemsQuery(sp: SPFI, monday: string): IItems {
    const shape = selectFor(runtimeSchema.BriefingItems, WEEK_ITEM_COLUMNS);
    return sp.web.lists
      .getByTitle(this._titles.BriefingItems)
      .items.select(...shape.select)
      .expand(...shape.expand)
      .filter(dateOnlyEqualsFilter('Briefing/WeekCommencing', monday))
      .top(LIST_VIEW_THRESHOLD);
  }

  /**
   * The preferred briefing of the week and its items: from `weekItems` (every item of the week's
   * briefings, read with them) when given and not a full page, else by the indexed lookup.
   */
  private async _weekFrom(monday: string, candidates: readonly RawItem[], weekItems: readonly RawItem[] | undefined): Promise<IWeeklyBriefing> {
    const briefing = preferredBriefing(candidates.map(mapBriefing).filter((found): found is IBriefing => found?.weekCommencing === monday));
    if (!briefing) return { items: [] };
    const items =
      weekItems !== undefined && weekItems.length < LIST_VIEW_THRESHOLD
        ? weekItems
        : await this._readAll('BriefingItems', (sp) => this._query(sp, 'BriefingItems').filter(`BriefingId eq ${briefing.id}`));
    return {
      briefing,
      items: items.map(mapBriefingItem).filter((item): item is IBriefingItem => item?.briefingId === briefing.id)
    };
  }

  private _restOfList(key: BriefingListKey, firstPage: RawItem[]): Promise<RawItem[]> {
    return readRestById(firstPage, (lastId) => this._read(key, this._query(this._sp, key).top(LIST_VIEW_THRESHOLD).skip(lastId)));
  }

  private _loadSearchIndex(): Promise<IBriefingSearchIndex> {
    const now = this._now();
    if (this._searchIndex && now - this._searchIndex.loadedAt < this._maxAgeMs) return this._searchIndex.index;
    const index = this._readSearchIndex();
    const entry = { loadedAt: now, index };
    this._searchIndex = entry;
    // A failed load is not kept: the next search tries again.
    index.catch(() => {
      if (this._searchIndex === entry) this._searchIndex = undefined;
    });
    return index;
  }

  private async _readSearchIndex(): Promise<IBriefingSearchIndex> {
    const [briefingPage, itemPage] = await readInOneBatch(this._sp, (batched) =>
      Promise.all([
        this._read('Briefings', this._query(batched, 'Briefings').top(LIST_VIEW_THRESHOLD)),
        this._read('BriefingItems', this._query(batched, 'BriefingItems').top(LIST_VIEW_THRESHOLD))
      ])
    );
    const [briefings, items] = await Promise.all([
      readRestById(briefingPage, (lastId) => this._read('Briefings', this._query(this._sp, 'Briefings').top(LIST_VIEW_THRESHOLD).skip(lastId))),
      readRestById(itemPage, (lastId) => this._read('BriefingItems', this._query(this._sp, 'BriefingItems').top(LIST_VIEW_THRESHOLD).skip(lastId)))
    ]);
    return buildBriefingSearchIndex(
      briefings.map(mapBriefing).filter((briefing): briefing is IBriefing => briefing !== undefined),
      items.map(mapBriefingItem).filter((item): item is IBriefingItem => item !== undefined)
    );
  }

  private _query(sp: SPFI, key: BriefingListKey): IItems {
    const shape = selectFor(runtimeSchema[key], COLUMNS[key]);
    const items = sp.web.lists.getByTitle(this._titles[key]).items.select(...shape.select);
    return shape.expand.length > 0 ? items.expand(...shape.expand) : items;
  }

  /** Every page of a query, read on by ID when a page comes back full. */
  private async _readAll(key: BriefingListKey, query: (sp: SPFI) => IItems): Promise<RawItem[]> {
    const first = await this._read(key, query(this._sp).top(LIST_VIEW_THRESHOLD));
    return readRestById(first, (lastId) => this._read(key, query(this._sp).top(LIST_VIEW_THRESHOLD).skip(lastId)));
  }

  private async _read(key: BriefingListKey, items: IItems): Promise<RawItem[]> {
    try {
      const result: unknown = await items();
      return Array.isArray(result) ? (result as RawItem[]) : [];
    } catch (error) {
      throw await toDataError(error, { listTitle: this._titles[key] });
    }
  }
}

import { LIST_VIEW_THRESHOLD, runtimeSchema, selectFor } from '../schema';
import type { IOfficerDirectory, IOfficerProfile } from '../model/Officer';
import { attachmentFolderUrl, webUrlOf } from './attachmentFolderUrl';
import { RevalidationStatusListener, revalidateInBackground } from './cache/backgroundRevalidation';
import { BrowserCopy, IBrowserCopy } from './cache/browserCopy';
import { PartedBrowserCopy } from './cache/partedBrowserCopy';
import { browserKeyValueStore } from './cache/browserKeyValueStore';
import type { IKeyValueStore } from './cache/IKeyValueStore';
import { toDataError } from './DataError';
import { enquiryServiceIdsFrom, enquiryServicesQuery, withEnquiryServices } from './enquiryServiceIds';
import type { RawItem } from './fieldReaders';
import type { IDirectoryLoadProgress, IOfficerRepository } from './IOfficerRepository';
import { IListsFingerprint, readListsFingerprint } from './listsFingerprint';
import {
  IOfficerMappingContext,
  mapOfficer,
  mapSlimOfficer,
  mapService,
  OFFICER_COLUMNS,
  OFFICER_PROFILE_COLUMNS,
  SERVICE_COLUMNS
} from './mapOfficerDirectory';
import {
  directoryFrom,
  firstPageOf,
  IDirectoryFirstPage,
  IDirectorySnapshot,
  OFFICER_DIRECTORY_COPY,
  OFFICER_DIRECTORY_FIRST_PAGE_COPY,
  OFFICER_DIRECTORY_FIRST_PAGE_FORMAT,
  officerDirectoryPartedFormat
} from './officerDirectoryCache';
import { IItems, InjectHeaders, SPFI, spfi } from './pnp';
import { readInOneBatch } from './readInOneBatch';
import { readByIdRanges } from './readByIdRanges';
import { readRestById } from './readRestById';
import { afterNextPaint } from '../ui/afterNextPaint';

type OfficerListKey = 'Officers' | 'Services';

export interface IOfficerDirectoryCacheOptions {
  /** The signed-in user's login name or email (SPFx: `pageContext.user.loginName`): one copy per user and site. */
  readonly user: string;
  /** Where the copy is kept; defaults to IndexedDB, else localStorage, else memory. */
  readonly store?: IKeyValueStore;
}

export interface IOfficerRepositoryOptions {
  /** List titles where a site names them differently; defaults come from src/schema. */
  readonly listTitles?: Partial<Record<OfficerListKey, string>>;
  /** Keeps the directory in the browser between visits. Without it, every load reads the lists. */
  readonly cache?: IOfficerDirectoryCacheOptions;
  /** The clock, for loadedAt. */
  readonly now?: () => Date;
}

/**
 * Reads the officer directory (20,000 officers, 300 services) without ever tripping the list
 * view threshold: no $filter on the Officers list at all, only unfiltered pages of 5,000 in ID
 * order (`$skiptoken=Paged=TRUE&p_ID=<last>`), with the slim projection the search and the
 * result rows need (OFFICER_COLUMNS: no phone, no photo column, no person expansion).
 * officerProfile reads one officer in full when their profile opens.
 *
 * Cold load: one $batch (the two lists' change dates and item counts, the first page of
 * officers, the highest officer ID, every service, the ids of the services that take members'
 * enquiries: enquiryServiceIds.ts, none on a site without that column), then one GET per further 5,000 officers, all
 * sent at once (readByIdRanges): two sequential round trips at any size. The batch's answer is
 * reported at once as `progress.partial`, so a view shows first results one round trip after the
 * lists-site lookup, while the other pages are still on their way. The result is kept per user
 * and site in the browser (`options.cache`); a warm load is ONE small GET of the lists' change
 * dates and, when nothing changed, no more; with `onRevalidated` the copy is drawn before it.
 *
 * Throttling (429/503 with Retry-After) is the composition root's job: give the SPFI the
 * RetryThrottled behaviour (createRequestEvents) so every request here, the $batch included, is
 * retried; what still fails arrives as a DataError of kind 'throttled'.
 */
export class OfficerRepository implements IOfficerRepository {
  private readonly _titles: Readonly<Record<OfficerListKey, string>>;
  private readonly _now: () => Date;
  private readonly _copy: IBrowserCopy<IDirectorySnapshot> | undefined;
  private readonly _firstPage: BrowserCopy<IDirectoryFirstPage> | undefined;
  private _inFlight: Promise<IOfficerDirectory> | undefined;

  private readonly _sp: SPFI;

  public constructor(sp: SPFI, options: IOfficerRepositoryOptions = {}) {
    // Our own clone of the root: JSON without OData metadata (no odata.type/id/etag/editLink on
    // each of 20,000 rows) is about a quarter fewer bytes, gzipped, than SharePoint's default.
    this._sp = spfi(sp).using(InjectHeaders({ Accept: 'application/json;odata=nometadata' }));
    this._titles = {
      Officers: options.listTitles?.Officers ?? runtimeSchema.Officers.title,
      Services: options.listTitles?.Services ?? runtimeSchema.Services.title
    };
    this._now = options.now ?? (() => new Date());
    if (options.cache) {
      const identity = { siteUrl: webUrlOf(sp), user: options.cache.user, listTitles: [this._titles.Officers, this._titles.Services] };
      const store = options.cache.store ?? browserKeyValueStore();
      // In parts parsed one task at a time: megabytes at 20,000 officers, never one long task.
      this._copy = new PartedBrowserCopy(store, OFFICER_DIRECTORY_COPY, identity, officerDirectoryPartedFormat(), this._now);
      this._firstPage = new BrowserCopy(store, OFFICER_DIRECTORY_FIRST_PAGE_COPY, identity, OFFICER_DIRECTORY_FIRST_PAGE_FORMAT, this._now);
      // The small first page is read while the web part starts and the view first renders.
      this._firstPage.prefetch();
    }
  }

  /**
   * Concurrent calls (two views mounting, React's development double effects) share one load;
   * only the first caller hears progress (and `onRevalidated`, `onRevalidation`). A call after it has settled revalidates again.
   */
  public searchIndex(
    onProgress?: (progress: IDirectoryLoadProgress) => void,
    onRevalidated?: (directory: IOfficerDirectory) => void,
    onRevalidation?: RevalidationStatusListener
  ): Promise<IOfficerDirectory> {
    if (!this._inFlight) {
      const load = this._searchIndex(onProgress, onRevalidated, onRevalidation);
      this._inFlight = load;
      const settled = (): void => {
        if (this._inFlight === load) this._inFlight = undefined;
      };
      load.then(settled, settled);
    }
    return this._inFlight;
  }

  private async _searchIndex(
    onProgress?: (progress: IDirectoryLoadProgress) => void,
    onRevalidated?: (directory: IOfficerDirectory) => void,
    onRevalidation?: RevalidationStatusListener
  ): Promise<IOfficerDirectory> {
    // Cache first with a view to draw: the first page kept apart is drawn before the whole copy is read,
    // and the change check is sent as soon as it is drawn (not before: building the request would delay
    // first content), so its round trip runs while the whole copy is read and parsed.
    const keptFirstPage = onProgress && onRevalidated ? await this._firstPage?.read() : undefined;
    let changeCheck: Promise<IListsFingerprint> | undefined;
    const sendChangeCheck = (): void => {
      changeCheck = this._readFingerprint();
      // Taken by the revalidation or the cold load below; until then a failure must not go unhandled.
      changeCheck.catch(() => undefined);
    };
    const firstPage = keptFirstPage && onProgress ? await this._drawFirstPage(keptFirstPage, onProgress, sendChangeCheck) : undefined;
    if (keptFirstPage && !firstPage) sendChangeCheck();
    const saved = await this._copy?.readSaved();
    if (!saved) {
      // No whole copy after all: the change dates just read stand for the batch's own (read before the officers).
      const known = changeCheck ? await changeCheck.catch(() => undefined) : undefined;
      return directoryFrom(await this._load(onProgress, known, firstPage), 'network');
    }
    const cached = saved.value;
    if (!onRevalidated) {
      const fresh = await this._revalidate(cached, onProgress);
      return fresh ? directoryFrom(fresh, 'network') : directoryFrom(cached, 'cache');
    }
    // The whole copy is read: the first page stays drawn while the view indexes it (useIndexedDirectory).
    if (firstPage) onProgress?.({ loaded: cached.officers.length, total: cached.officers.length, partial: firstPage });
    // The change check in the background, the lists again only when they changed.
    revalidateInBackground({
      // The first check takes the request already sent; Try again sends another.
      check: () => {
        const sent = changeCheck;
        changeCheck = undefined;
        return this._revalidate(cached, undefined, sent);
      },
      onChanged: (fresh) => onRevalidated(directoryFrom(fresh, 'network')),
      onStatus: onRevalidation,
      savedAt: saved.savedAt,
      forget: async () => {
        await Promise.all([this._copy?.forget(), this._firstPage?.forget()]);
      }
    });
    return directoryFrom(cached, 'cache');
  }

  /** The kept first page, reported as a partial directory (as a cold load's first round trip is); undefined when none. */
  private async _drawFirstPage(
    page: IDirectoryFirstPage,
    onProgress: (progress: IDirectoryLoadProgress) => void,
    drawn: () => void
  ): Promise<IOfficerDirectory | undefined> {
    // A directory that fits in the first page is drawn whole from the copy, with nothing said about the rest.
    if (page.officers.length >= page.total) return undefined;
    const partial = directoryFrom(page, 'cache');
    onProgress({ loaded: page.officers.length, total: page.total, partial });
    drawn();
    await afterNextPaint();
    return partial;
  }

  /** Undefined when the lists have not changed since the copy was read; else the lists, read again and kept. */
  private async _revalidate(
    cached: IDirectorySnapshot,
    onProgress: ((progress: IDirectoryLoadProgress) => void) | undefined,
    sent?: Promise<IListsFingerprint>
  ): Promise<IDirectorySnapshot | undefined> {
    const current = await (sent ?? this._readFingerprint());
    return current.value === cached.fingerprint ? undefined : this._load(onProgress, current);
  }

  public async officerProfile(id: number): Promise<IOfficerProfile> {
    const shape = selectFor(runtimeSchema.Officers, OFFICER_PROFILE_COLUMNS);
    const item = this._sp.web.lists.getByTitle(this._titles.Officers).items.getById(id).select(...shape.select).expand(...shape.expand);
    try {
      const raw = (await item()) as RawItem;
      return mapOfficer(raw, this._mappingContext());
    } catch (error) {
      throw await toDataError(error, { listTitle: this._titles.Officers });
    }
  }

  /**
   * Reads everything. The change fingerprint is read before the officers (first in the batch, or
   * by the caller just before), so an edit made during the load makes the next visit reload.
   */
  private async _load(
    onProgress: ((progress: IDirectoryLoadProgress) => void) | undefined,
    known?: IListsFingerprint,
    drawn?: IOfficerDirectory
  ): Promise<IDirectorySnapshot> {
    const [fingerprint, firstPage, highestId, servicePage, enquiryServiceIds] = await readInOneBatch(this._sp, (batched) =>
      Promise.all([
        known ? Promise.resolve(known) : this._readFingerprint(batched),
        this._read('Officers', this._officerPage(batched)),
        this._readHighestOfficerId(batched),
        this._read('Services', this._servicePage(batched)),
        enquiryServiceIdsFrom(enquiryServicesQuery(batched, this._titles.Services)(), this._titles.Services)
      ])
    );
    const total = fingerprint.itemCounts.get(this._titles.Officers.toLowerCase());
    let loaded = firstPage.length;
    // A first page already drawn from the browser stays until this load's own first page replaces it.
    let partial: IOfficerDirectory | undefined = drawn;
    // The other pages are asked for first; the first page is drawn while they are on their way.
    const rest = Promise.all([
      readByIdRanges(firstPage, highestId, (afterId) => this._read('Officers', this._officerPage(this._sp).skip(afterId)), {
        onPage: (added) => {
          loaded += added;
          onProgress?.({ loaded, total, partial });
        }
      }),
      readRestById(servicePage, (lastId) => this._read('Services', this._servicePage(this._sp).skip(lastId)))
    ]);
    onProgress?.({ loaded, total, partial });
    if (onProgress && firstPage.length > 0) {
      // A failure is thrown by `await rest` below, not reported as unhandled while this waits.
      rest.catch(() => undefined);
      // In the next task: by then the requests above have been sent (PnPjs sends after a few promise
      // steps), so drawing the first page does not hold them back.
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      partial = this._partialDirectory(firstPage, servicePage, enquiryServiceIds);
      onProgress({ loaded, total, partial });
    }
    const [officerItems, serviceItems] = await rest;

    const snapshot: IDirectorySnapshot = {
      fingerprint: fingerprint.value,
      officers: officerItems.map(mapSlimOfficer),
      services: withEnquiryServices(serviceItems.map(mapService), enquiryServiceIds),
      loadedAt: this._now()
    };
    // Kept in the background: the view draws first (BrowserCopy.write).
    void this._copy?.write(snapshot);
    void this._firstPage?.writeFrom(() => firstPageOf(snapshot));
    return snapshot;
  }

  /** What the first round trip read, as a directory: only while the rest loads (never cached). */
  private _partialDirectory(firstPage: readonly RawItem[], servicePage: readonly RawItem[], enquiryServiceIds: ReadonlySet<number>): IOfficerDirectory {
    const services = withEnquiryServices(servicePage.map(mapService), enquiryServiceIds);
    return { officers: firstPage.map(mapSlimOfficer), services, loadedAt: this._now(), source: 'network' };
  }

  /** Where officers' photos are found when the Photo column holds an attachment's name. */
  private _mappingContext(): IOfficerMappingContext {
    return { attachmentFolderUrl: attachmentFolderUrl(this._sp, 'Officers') };
  }

  private _officerPage(sp: SPFI): IItems {
    const shape = selectFor(runtimeSchema.Officers, OFFICER_COLUMNS);
    return sp.web.lists.getByTitle(this._titles.Officers).items.select(...shape.select).expand(...shape.expand).top(LIST_VIEW_THRESHOLD);
  }

  /** The Officers list's highest item ID: unfiltered and ordered by the indexed ID, so allowed on any list size. */
  private async _readHighestOfficerId(sp: SPFI): Promise<number | undefined> {
    const last = await this._read('Officers', sp.web.lists.getByTitle(this._titles.Officers).items.select('Id').orderBy('Id', false).top(1));
    const id = last[0]?.Id;
    return typeof id === 'number' ? id : undefined;
  }

  private _servicePage(sp: SPFI): IItems {
    const shape = selectFor(runtimeSchema.Services, SERVICE_COLUMNS);
    return sp.web.lists.getByTitle(this._titles.Services).items.select(...shape.select).top(LIST_VIEW_THRESHOLD);
  }

  private async _read(key: OfficerListKey, items: IItems): Promise<RawItem[]> {
    try {
      const result: unknown = await items();
      return Array.isArray(result) ? (result as RawItem[]) : [];
    } catch (error) {
      throw await toDataError(error, { listTitle: this._titles[key] });
    }
  }

  /** The two lists' change dates and item counts, in one small GET on the site's list collection. */
  private _readFingerprint(sp: SPFI = this._sp): Promise<IListsFingerprint> {
    return readListsFingerprint(sp, [this._titles.Officers, this._titles.Services]);
  }
}

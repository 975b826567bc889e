import { IRuntimeList, LIST_VIEW_THRESHOLD, runtimeSchema, selectFor } from '../schema';
import type { ICommitteeMembership, IMemberDirectory } from '../model/Member';
import { attachmentFolderUrl, webUrlOf } from './attachmentFolderUrl';
import { RevalidationStatusListener, revalidateInBackground } from './cache/backgroundRevalidation';
import { BrowserCopy } from './cache/browserCopy';
import { browserKeyValueStore } from './cache/browserKeyValueStore';
import type { IKeyValueStore } from './cache/IKeyValueStore';
import { IListsFingerprint, readListsFingerprint } from './listsFingerprint';
import { IMemberSnapshot, MEMBER_DIRECTORY_COPY, MEMBER_DIRECTORY_FORMAT } from './memberDirectoryCache';
import type { IMemberRepository } from './IMemberRepository';
import { toDataError } from './DataError';
import type { RawItem } from './fieldReaders';
import {
  COMMITTEE_COLUMNS,
  isCurrentMembership,
  mapCommittee,
  mapMember,
  mapMembership,
  mapParty,
  mapWard,
  MEMBER_COLUMNS,
  MEMBERSHIP_COLUMNS,
  PARTY_COLUMNS,
  WARD_COLUMNS
} from './mapMemberDirectory';
import type { IItems, SPFI } from './pnp';
import { readInOneBatch } from './readInOneBatch';
import { readRestById } from './readRestById';

type DirectoryListKey = 'Members' | 'Parties' | 'Wards' | 'Committees' | 'CommitteeMemberships';

export interface IMemberRepositoryOptions {
  /** List titles where a site names them differently; defaults come from src/schema. */
  readonly listTitles?: Partial<Record<DirectoryListKey, string>>;
  /** "Today" for deciding which committee memberships are current. */
  readonly today?: () => Date;
  /**
   * Keeps the directory in the browser between visits, per user and site: a later visit asks only
   * whether the lists changed (one small GET) and reads them again only if they did.
   */
  readonly cache?: {
    /** The signed-in user's login name (SPFx: `pageContext.user.loginName`). */
    readonly user: string;
    /** Defaults to IndexedDB, else localStorage, else memory. */
    readonly store?: IKeyValueStore;
  };
}

const LIST_KEYS: readonly DirectoryListKey[] = ['Members', 'Parties', 'Wards', 'Committees', 'CommitteeMemberships'];

/** A query over one list: which columns, which filter. */
interface IListQuery {
  readonly key: DirectoryListKey;
  readonly columns: readonly string[];
  /** Only on indexed columns, so the query stays safe past the list view threshold. */
  readonly filter?: string;
}

const QUERIES: Readonly<Record<DirectoryListKey, IListQuery>> = {
  Members: { key: 'Members', columns: MEMBER_COLUMNS, filter: 'IsCurrent eq 1' },
  Parties: { key: 'Parties', columns: PARTY_COLUMNS },
  Wards: { key: 'Wards', columns: WARD_COLUMNS },
  Committees: { key: 'Committees', columns: COMMITTEE_COLUMNS, filter: 'IsActive eq 1' },
  // EndDate is not indexed, so "current" is decided here rather than in a $filter that
  // would fail once the list passes 5,000 items; an unfiltered read by ID never does.
  CommitteeMemberships: { key: 'CommitteeMemberships', columns: MEMBERSHIP_COLUMNS }
};

/**
 * Reads the member directory from the lists' site, in one $batch request (with the lists' change
 * fingerprint when a cache is given). With `options.cache`, a warm visit is one small GET of the lists'
 * change dates and, when nothing changed, no more.
 */
export class MemberRepository implements IMemberRepository {
  private readonly _titles: Readonly<Record<DirectoryListKey, string>>;
  private readonly _today: () => Date;
  private readonly _copy: BrowserCopy<IMemberSnapshot> | undefined;

  public constructor(private readonly _sp: SPFI, options: IMemberRepositoryOptions = {}) {
    const titleOf = (key: DirectoryListKey): string => options.listTitles?.[key] ?? runtimeSchema[key].title;
    this._titles = {
      Members: titleOf('Members'),
      Parties: titleOf('Parties'),
      Wards: titleOf('Wards'),
      Committees: titleOf('Committees'),
      CommitteeMemberships: titleOf('CommitteeMemberships')
    };
    this._today = options.today ?? (() => new Date());
    if (options.cache) {
      const identity = { siteUrl: webUrlOf(_sp), user: options.cache.user, listTitles: LIST_KEYS.map((key) => this._titles[key]) };
      this._copy = new BrowserCopy(options.cache.store ?? browserKeyValueStore(), MEMBER_DIRECTORY_COPY, identity, MEMBER_DIRECTORY_FORMAT);
    }
  }

  /**
   * With `onRevalidated` and a browser copy: the copy at once (no request first), then one small GET of the
   * lists' change dates in the background and, only when they changed, the lists again, handed to
   * `onRevalidated`. A failed revalidation leaves the copy drawn and is told to `onRevalidation` (with a retry). Without
   * `onRevalidated`: the copy when nothing changed, else the lists, after the change check.
   */
  public async loadDirectory(onRevalidated?: (directory: IMemberDirectory) => void, onRevalidation?: RevalidationStatusListener): Promise<IMemberDirectory> {
    const saved = await this._copy?.readSaved();
    if (!saved) return this._currentOn((await this._load()).directory);
    const cached = saved.value;
    if (!onRevalidated) return this._currentOn(((await this._revalidate(cached)) ?? cached).directory);
    revalidateInBackground({
      check: () => this._revalidate(cached),
      onChanged: (fresh) => onRevalidated(this._currentOn(fresh.directory)),
      onStatus: onRevalidation,
      savedAt: saved.savedAt,
      forget: async () => this._copy?.forget()
    });
    return this._currentOn(cached.directory);
  }

  /** Undefined when the lists have not changed since the copy was read; else the lists, read again and kept. */
  private async _revalidate(cached: IMemberSnapshot): Promise<IMemberSnapshot | undefined> {
    const current = await this._readFingerprint(this._sp);
    return current.value === cached.fingerprint ? undefined : this._load(current);
  }

  /** Committee memberships current today (the copy may be days old; "current" is decided on the day). */
  private _currentOn(directory: IMemberDirectory): IMemberDirectory {
    const today = this._today();
    return { ...directory, memberships: directory.memberships.filter((membership) => isCurrentMembership(membership, today)) };
  }

  /** Reads every list (and the fingerprint, unless the caller just read it) in one $batch, and keeps the copy. */
  private async _load(known?: IListsFingerprint): Promise<IMemberSnapshot> {
    const withFingerprint = this._copy !== undefined && known === undefined;
    const [fingerprint, members, parties, wards, committees, membershipPage] = await readInOneBatch(this._sp, (batched) => {
      const read = (key: DirectoryListKey): Promise<RawItem[]> => this._readList(this._query(batched, QUERIES[key]), key);
      return Promise.all([
        // Read before the lists (first in the batch), so an edit made meanwhile makes the next visit read again.
        withFingerprint ? this._readFingerprint(batched) : Promise.resolve(known),
        read('Members'),
        read('Parties'),
        read('Wards'),
        read('Committees'),
        read('CommitteeMemberships')
      ]);
    });
    const membershipItems = await this._restOfList('CommitteeMemberships', membershipPage);

    const memberContext = { attachmentFolderUrl: attachmentFolderUrl(this._sp, 'Members') };
    const mappedMembers = members.map((item) => mapMember(item, memberContext));
    const mappedCommittees = committees.map(mapCommittee);
    const memberIds = new Set(mappedMembers.map((member) => member.id));
    const committeeIds = new Set(mappedCommittees.map((committee) => committee.id));
    const memberships = membershipItems
      .map(mapMembership)
      .filter((membership): membership is ICommitteeMembership => membership !== undefined)
      .filter((membership) => memberIds.has(membership.memberId) && committeeIds.has(membership.committeeId));

    const snapshot: IMemberSnapshot = {
      fingerprint: fingerprint?.value ?? '',
      directory: {
        members: mappedMembers,
        parties: parties.map(mapParty),
        wards: wards.map(mapWard),
        committees: mappedCommittees,
        memberships
      }
    };
    // Kept in the background: the view draws first (BrowserCopy.write).
    if (fingerprint) void this._copy?.write(snapshot);
    return snapshot;
  }

  private _readFingerprint(sp: SPFI): Promise<IListsFingerprint> {
    return readListsFingerprint(sp, LIST_KEYS.map((key) => this._titles[key]));
  }

  private _query(sp: SPFI, query: IListQuery): IItems {
    const definition: IRuntimeList = runtimeSchema[query.key];
    const shape = selectFor(definition, query.columns);
    let items = sp.web.lists.getByTitle(this._titles[query.key]).items.select(...shape.select);
    if (shape.expand.length > 0) items = items.expand(...shape.expand);
    if (query.filter) items = items.filter(query.filter);
    return items.top(LIST_VIEW_THRESHOLD);
  }

  private async _readList(items: IItems, key: DirectoryListKey): Promise<RawItem[]> {
    try {
      const result: unknown = await items();
      return Array.isArray(result) ? (result as RawItem[]) : [];
    } catch (error) {
      throw await toDataError(error, { listTitle: this._titles[key] });
    }
  }

  private _restOfList(key: DirectoryListKey, firstPage: RawItem[]): Promise<RawItem[]> {
    return readRestById(firstPage, (lastId) => this._readList(this._query(this._sp, QUERIES[key]).skip(lastId), key));
  }
}

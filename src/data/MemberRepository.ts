import { IRuntimeList, LIST_VIEW_THRESHOLD, runtimeSchema, selectFor } from '../schema';
import type { ICommittee, ICommitteeMembership, IMember, IMemberDirectory, IParty, IWard } from '../model/Member';
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

/** What the members' part of a read brings: enough to draw the cards. */
interface IMembersPart {
  readonly fingerprint: IListsFingerprint | undefined;
  readonly members: readonly IMember[];
  readonly parties: readonly IParty[];
  readonly wards: readonly IWard[];
}

/** What the committees' part brings: the committees and their memberships, for filters, search and profiles. */
interface ICommitteesPart {
  readonly fingerprint: IListsFingerprint | undefined;
  readonly committees: readonly ICommittee[];
  readonly membershipItems: readonly RawItem[];
}

/**
 * Reads the member directory from the lists' site in two `$batch` requests sent together (one round
 * trip): members, parties and wards in one, committees and their memberships (most of the rows) in the
 * other, so a first visit draws the cards as soon as the smaller answer is in. With a cache, each batch
 * also carries the lists' change fingerprint, and a warm visit is one small GET of the lists' change
 * dates and, when nothing changed, no more.
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
      // Read while the web part starts and the view first renders: a warm visit then draws as soon as it asks.
      this._copy.prefetch();
    }
  }

  /**
   * With `onRevalidated`: a browser copy at once (no request first), then one small GET of the lists'
   * change dates in the background and, only when they changed, the lists again, handed to
   * `onRevalidated`; a failed revalidation leaves the copy drawn and is told to `onRevalidation` (with a
   * retry). With no copy, the members as soon as their part is in (`committeesPending` loading), then the
   * whole directory (or the committees' failure) through `onRevalidated`. Without `onRevalidated`: the
   * whole directory, from the copy when nothing changed.
   */
  public loadDirectory(onRevalidated?: (directory: IMemberDirectory) => void, onRevalidation?: RevalidationStatusListener): Promise<IMemberDirectory> {
    // A later directory is handed over only after the first has been delivered, so the caller never
    // sees the newer one replaced by the older.
    const first: Promise<IMemberDirectory> = this._openDirectory(
      onRevalidated &&
        ((later: IMemberDirectory): void => {
          first.then(() => onRevalidated(later), () => undefined);
        }),
      onRevalidation
    );
    return first;
  }

  private async _openDirectory(
    later: ((directory: IMemberDirectory) => void) | undefined,
    onRevalidation: RevalidationStatusListener | undefined
  ): Promise<IMemberDirectory> {
    const saved = await this._copy?.readSaved();
    if (!saved) return later ? this._loadProgressively(later) : this._currentOn((await this._load()).directory);
    const cached = saved.value;
    if (!later) return this._currentOn(((await this._revalidate(cached)) ?? cached).directory);
    revalidateInBackground({
      check: () => this._revalidate(cached),
      onChanged: (fresh) => later(this._currentOn(fresh.directory)),
      onStatus: onRevalidation,
      savedAt: saved.savedAt,
      forget: async () => this._copy?.forget()
    });
    return this._currentOn(cached.directory);
  }

  /** The members once their part is in (unless the committees are in as soon), then the whole directory through `later`. */
  private async _loadProgressively(later: (directory: IMemberDirectory) => void): Promise<IMemberDirectory> {
    const [membersPart, committeesPart] = this._sendBothParts(undefined);
    const whole = membersPart.then((members) =>
      committeesPart.then(
        (committees) => this._currentOn(this._keep(members, committees).directory),
        (error: unknown): IMemberDirectory => ({ ...this._directoryOf(members, undefined), committeesPending: { status: 'failed', error } })
      )
    );
    // The members' failure is the caller's through `membersPart` below.
    whole.catch(() => undefined);
    let committeesSettled = false;
    committeesPart.then(
      () => (committeesSettled = true),
      () => (committeesSettled = true)
    );
    const members = await membersPart;
    if (committeesSettled) return whole;
    void whole.then(later);
    return { ...this._directoryOf(members, undefined), committeesPending: { status: 'loading' } };
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

  /** Reads every list (and the fingerprint, unless the caller just read it) and keeps the copy. */
  private async _load(known?: IListsFingerprint): Promise<IMemberSnapshot> {
    const [membersPart, committeesPart] = this._sendBothParts(known);
    const [members, committees] = await Promise.all([membersPart, committeesPart]);
    return this._keep(members, committees);
  }

  /**
   * Both parts' batches, sent at once. With a cache each batch reads the fingerprint before its lists;
   * the copy is kept only when both saw the same one, so an edit made during the read makes the next
   * visit read again, whichever batch the server ran first.
   */
  private _sendBothParts(known: IListsFingerprint | undefined): [Promise<IMembersPart>, Promise<ICommitteesPart>] {
    const withFingerprint = this._copy !== undefined && known === undefined;
    const fingerprintIn = (batched: SPFI): Promise<IListsFingerprint | undefined> =>
      withFingerprint ? this._readFingerprint(batched) : Promise.resolve(known);
    const read = (batched: SPFI, key: DirectoryListKey): Promise<RawItem[]> => this._readList(this._query(batched, QUERIES[key]), key);
    const memberContext = { attachmentFolderUrl: attachmentFolderUrl(this._sp, 'Members') };

    const membersPart = readInOneBatch(this._sp, (batched) =>
      Promise.all([fingerprintIn(batched), read(batched, 'Members'), read(batched, 'Parties'), read(batched, 'Wards')])
    ).then(([fingerprint, members, parties, wards]): IMembersPart => ({
      fingerprint,
      members: members.map((item) => mapMember(item, memberContext)),
      parties: parties.map(mapParty),
      wards: wards.map(mapWard)
    }));
    const committeesPart = readInOneBatch(this._sp, (batched) =>
      Promise.all([fingerprintIn(batched), read(batched, 'Committees'), read(batched, 'CommitteeMemberships')])
    ).then(async ([fingerprint, committees, membershipPage]): Promise<ICommitteesPart> => ({
      fingerprint,
      committees: committees.map(mapCommittee),
      membershipItems: await this._restOfList('CommitteeMemberships', membershipPage)
    }));
    // The members' part may fail first; the committees' failure is then the caller's no longer.
    committeesPart.catch(() => undefined);
    return [membersPart, committeesPart];
  }

  private _directoryOf(members: IMembersPart, committees: ICommitteesPart | undefined): IMemberDirectory {
    const memberIds = new Set(members.members.map((member) => member.id));
    const committeeIds = new Set(committees?.committees.map((committee) => committee.id));
    const memberships = (committees?.membershipItems ?? [])
      .map(mapMembership)
      .filter((membership): membership is ICommitteeMembership => membership !== undefined)
      .filter((membership) => memberIds.has(membership.memberId) && committeeIds.has(membership.committeeId));
    return { members: members.members, parties: members.parties, wards: members.wards, committees: committees?.committees ?? [], memberships };
  }

  /** The whole directory, kept in the browser in the background (the view draws first, BrowserCopy.write). */
  private _keep(members: IMembersPart, committees: ICommitteesPart): IMemberSnapshot {
    const snapshot: IMemberSnapshot = { fingerprint: members.fingerprint?.value ?? '', directory: this._directoryOf(members, committees) };
    if (members.fingerprint && members.fingerprint.value === committees.fingerprint?.value) void this._copy?.write(snapshot);
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

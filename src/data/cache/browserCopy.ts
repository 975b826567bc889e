import { getMany, IKeyValueStore } from './IKeyValueStore';
import { parseStoredRecord } from './storedRecord';
import { isDataError } from '../../contracts/dataError';

/**
 * The one way the views keep what they read in the browser between visits (member directory, officer
 * directory, the briefings' opening): a copy per kind, lists' site and signed-in user, in a store that
 * may fail at any time (a failed read is "no copy", a failed write is "not kept"). Each kind checks its
 * own version inside the copy (its parse gives undefined for any other shape), so a release that reads
 * other columns never draws an old copy. When another user signs in on the same browser, the copies
 * kept for the previous user are deleted before anything is read.
 */

export interface IBrowserCopyIdentity {
  /** Absolute URL of the lists' site. */
  readonly siteUrl: string;
  /** The signed-in user's login name or email. */
  readonly user: string;
  /** The list titles read, where a site names them differently. */
  readonly listTitles: readonly string[];
}

/** Text to a copy and back; parse gives undefined for anything that is not a whole copy of this version. */
export interface IBrowserCopyFormat<T> {
  parse(text: string | undefined): T | undefined;
  serialise(value: T): string;
}

/** Who the copies in this store were kept for, and under which keys. */
export const SIGNED_IN_USER_KEY = 'member-officer-hub|signed-in-user';

interface ISignedInRecord {
  readonly user: string;
  readonly keys: readonly string[];
}

export const normaliseUser = (user: string): string => user.trim().toLowerCase();

/** The key of one copy: per kind of copy, lists' site, signed-in user and list titles. */
export function browserCopyKey(kind: string, identity: IBrowserCopyIdentity): string {
  const site = identity.siteUrl.replace(/\/+$/, '').toLowerCase();
  return [kind, site, normaliseUser(identity.user), ...identity.listTitles].join('|');
}

export function parseRecord(text: string | undefined): ISignedInRecord | undefined {
  const parsed = parseStoredRecord(text);
  if (parsed === undefined) return undefined;
  const { user, keys } = parsed as Partial<ISignedInRecord>;
  if (typeof user !== 'string' || !Array.isArray(keys) || !keys.every((key) => typeof key === 'string')) return undefined;
  return { user, keys };
}

/**
 * Deletes the copies kept for anyone but `user` (the browser was handed to someone else, or a shared
 * machine) and records `user` as the one whose copies the store now holds. Copies are keyed per user as
 * well, so another user's copy is never read even where a delete fails.
 */
export async function forgetOtherUsers(store: IKeyValueStore, user: string): Promise<void> {
  const signedIn = normaliseUser(user);
  const record = parseRecord(await store.get(SIGNED_IN_USER_KEY));
  if (record?.user === signedIn) return;
  if (record) await Promise.all(record.keys.map((key) => store.delete(key)));
  await store.set(SIGNED_IN_USER_KEY, JSON.stringify({ user: signedIn, keys: [] } satisfies ISignedInRecord));
}

/** Records `keys` as copies kept for `user`, so they are deleted when another user signs in. */
export async function rememberKeys(store: IKeyValueStore, user: string, added: readonly string[]): Promise<void> {
  const signedIn = normaliseUser(user);
  const record = parseRecord(await store.get(SIGNED_IN_USER_KEY));
  const keys = record?.user === signedIn ? record.keys : [];
  const missing = added.filter((key) => !keys.includes(key));
  if (record?.user === signedIn && missing.length === 0) return;
  await store.set(SIGNED_IN_USER_KEY, JSON.stringify({ user: signedIn, keys: [...keys, ...missing] } satisfies ISignedInRecord));
}

/**
 * Writes still under way per store: a read waits for them, so a copy written in the background (after the
 * view has drawn) is never read half-kept or missed by a reader that follows on the same store.
 */
const pendingWrites = new WeakMap<IKeyValueStore, Promise<void>>();

/**
 * Each copy is kept as `saved-at:<ISO time>` and a new line before the kind's own text, so a view can say
 * when the copy it draws was saved (SavedCopyNotice) without every kind's format carrying the time. Text
 * without the prefix (written before it existed) is read as it is, with no time.
 */
const SAVED_AT_PREFIX = 'saved-at:';

export function withSavedAt(text: string, savedAt: Date): string {
  return `${SAVED_AT_PREFIX}${savedAt.toISOString()}\n${text}`;
}

export function splitSavedAt(stored: string | undefined): { readonly text: string | undefined; readonly savedAt: Date | undefined } {
  if (stored === undefined || !stored.startsWith(SAVED_AT_PREFIX)) return { text: stored, savedAt: undefined };
  const end = stored.indexOf('\n');
  if (end < 0) return { text: undefined, savedAt: undefined };
  const savedAt = new Date(stored.slice(SAVED_AT_PREFIX.length, end));
  return { text: stored.slice(end + 1), savedAt: Number.isNaN(savedAt.getTime()) ? undefined : savedAt };
}

/** A copy as read, with when it was saved (undefined for a copy kept before times were recorded). */
export interface ISavedCopy<T> {
  readonly value: T;
  readonly savedAt: Date | undefined;
}

/**
 * Runs `write` after every write already started on `store`, never rejecting (a failed write is "not kept"),
 * and makes later reads on the store wait for it.
 */
export function queueWrite(store: IKeyValueStore, write: () => Promise<void>): Promise<void> {
  const written = writesSettled(store).then(async () => {
    try {
      // A turn of the event loop first, so the view that asked draws before the copy is serialised.
      await new Promise((resolve) => setTimeout(resolve, 0));
      await write();
    } catch {
      // Not kept: the next visit reads the lists again.
    }
  });
  pendingWrites.set(store, written);
  return written;
}

/** What a view's repository needs of a copy, however it is stored (BrowserCopy, PartedBrowserCopy). */
export interface IBrowserCopy<T> {
  readonly key: string;
  prefetch(): void;
  read(): Promise<T | undefined>;
  readSaved(): Promise<ISavedCopy<T> | undefined>;
  write(value: T): Promise<void>;
  writeFrom(make: () => T): Promise<void>;
  forget(): Promise<void>;
}

/** Resolves once every write started on `store` so far has finished (kept or not). */
export function writesSettled(store: IKeyValueStore): Promise<void> {
  return pendingWrites.get(store) ?? Promise.resolve();
}

/** One kind of copy for one user and site. Never rejects. */
export class BrowserCopy<T> implements IBrowserCopy<T> {
  private readonly _key: string;
  /** A read started early (prefetch), for the next readSaved() to take. */
  private _prefetched: Promise<ISavedCopy<T> | undefined> | undefined;

  public constructor(
    private readonly _store: IKeyValueStore,
    kind: string,
    private readonly _identity: IBrowserCopyIdentity,
    private readonly _format: IBrowserCopyFormat<T>,
    private readonly _now: () => Date = () => new Date()
  ) {
    this._key = browserCopyKey(kind, _identity);
  }

  public get key(): string {
    return this._key;
  }

  /** The copy, or undefined when there is none, it is of another version, unreadable, or the store fails. */
  public async read(): Promise<T | undefined> {
    return (await this.readSaved())?.value;
  }

  /**
   * Starts reading the copy now, so that the storage's work runs while the page does other things (the web
   * part starting, React's first render); the next readSaved() takes this read instead of starting one.
   * A write or forget in between drops it, so nothing older than the last write is ever handed out.
   */
  public prefetch(): void {
    this._prefetched ??= this._readSaved();
  }

  /** The copy and when it was saved; undefined as for read(). */
  public readSaved(): Promise<ISavedCopy<T> | undefined> {
    const prefetched = this._prefetched;
    this._prefetched = undefined;
    return prefetched ?? this._readSaved();
  }

  private async _readSaved(): Promise<ISavedCopy<T> | undefined> {
    try {
      await writesSettled(this._store);
      // Whose copies the store holds and this copy, in one go (one IndexedDB transaction, not two in a row).
      // The copy's key names its user, so the copy read is this user's whatever the record says.
      const [record, stored] = await getMany(this._store, [SIGNED_IN_USER_KEY, this._key]);
      if (parseRecord(record)?.user !== normaliseUser(this._identity.user)) await forgetOtherUsers(this._store, this._identity.user);
      const { text, savedAt } = splitSavedAt(stored);
      const value = this._format.parse(text);
      return value === undefined ? undefined : { value, savedAt };
    } catch {
      // Storage the browser refuses (private mode, a closing database) is no copy at all.
      return undefined;
    }
  }

  /**
   * Keeps `value`. Callers need not wait: the view draws first, and the work (serialising, the storage's
   * transactions) happens after; a later read on the same store waits for it.
   */
  public write(value: T): Promise<void> {
    return this.writeFrom(() => value);
  }

  /** As write, with the value worked out (e.g. selected from a larger one) only when it is kept, after the view has drawn. */
  public writeFrom(make: () => T): Promise<void> {
    this._prefetched = undefined;
    const savedAt = this._now();
    return queueWrite(this._store, async () => {
      await rememberKeys(this._store, this._identity.user, [this._key]);
      await this._store.set(this._key, withSavedAt(this._format.serialise(make()), savedAt));
    });
  }

  /** Deletes the copy (never rejects): the next visit reads the lists and shows what they say. */
  public async forget(): Promise<void> {
    this._prefetched = undefined;
    try {
      await writesSettled(this._store);
      await this._store.delete(this._key);
    } catch {
      // Nothing to do: a store that refuses deletes also refuses reads.
    }
  }
}

/**
 * A revalidation failure that a later visit would meet too (no permission any more, the list or site gone,
 * a column removed): the copy is forgotten, so the next visit shows the failure rather than old data.
 * Throttling and network failures pass; the copy stays.
 */
export function isLastingFailure(error: unknown): boolean {
  return isDataError(error) && ['accessDenied', 'listNotFound', 'siteNotFound', 'columnNotFound'].includes(error.kind);
}

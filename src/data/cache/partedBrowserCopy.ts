import { getMany, IKeyValueStore } from './IKeyValueStore';
import {
  browserCopyKey,
  forgetOtherUsers,
  IBrowserCopy,
  IBrowserCopyIdentity,
  ISavedCopy,
  normaliseUser,
  parseRecord,
  queueWrite,
  rememberKeys,
  SIGNED_IN_USER_KEY,
  splitSavedAt,
  withSavedAt,
  writesSettled
} from './browserCopy';

/**
 * A copy too large to parse in one piece on the main thread (the officer directory: megabytes at 20,000
 * officers) kept as a head and parts, each its own stored text: the parts are read in one go and parsed
 * one at a time, letting the browser in between (the format's parse yields), so no single long task holds
 * up input or paint. Same rules as BrowserCopy: per kind, site and user, another user's copies deleted.
 */
export interface IPartedCopyFormat<T> {
  /** The head (all but the bulk, naming how many parts follow) and the parts. */
  serialise(value: T): { readonly head: string; readonly parts: readonly string[] };
  /** How many parts the head names; undefined when it is not a head of this version. */
  partCount(head: string): number | undefined;
  /** Head and parts back to the value, or undefined for anything not whole; may yield to the browser between parts. */
  parse(head: string, parts: readonly string[]): Promise<T | undefined>;
}

/**
 * Each write has a stamp, kept in the head and at the start of every part: a part from another write
 * (a tab that wrote meanwhile, a write cut short) does not match, and the copy is not read.
 */
const STAMP_PREFIX = 'parts:';

export function partKey(key: string, index: number): string {
  return `${key}|part:${index}`;
}

let writes = 0;
function newStamp(savedAt: Date): string {
  writes += 1;
  return `${savedAt.getTime().toString(36)}.${writes.toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
}

/** The head's stamp and own text; undefined for text without a stamp (not a parted copy). */
function splitStamp(text: string | undefined): { readonly stamp: string; readonly head: string } | undefined {
  if (text === undefined || !text.startsWith(STAMP_PREFIX)) return undefined;
  const end = text.indexOf('\n');
  return end < 0 ? undefined : { stamp: text.slice(STAMP_PREFIX.length, end), head: text.slice(end + 1) };
}

/** One kind of parted copy for one user and site. Never rejects. */
export class PartedBrowserCopy<T> implements IBrowserCopy<T> {
  private readonly _key: string;
  private _prefetched: Promise<ISavedCopy<T> | undefined> | undefined;

  public constructor(
    private readonly _store: IKeyValueStore,
    kind: string,
    private readonly _identity: IBrowserCopyIdentity,
    private readonly _format: IPartedCopyFormat<T>,
    private readonly _now: () => Date = () => new Date()
  ) {
    this._key = browserCopyKey(kind, _identity);
  }

  /** The head's key; the parts' keys follow from it (partKey). */
  public get key(): string {
    return this._key;
  }

  /** As BrowserCopy.prefetch: the next readSaved() takes this read; a write or forget drops it. */
  public prefetch(): void {
    this._prefetched ??= this._readSaved();
  }

  public async read(): Promise<T | undefined> {
    return (await this.readSaved())?.value;
  }

  public readSaved(): Promise<ISavedCopy<T> | undefined> {
    const prefetched = this._prefetched;
    this._prefetched = undefined;
    return prefetched ?? this._readSaved();
  }

  private async _readSaved(): Promise<ISavedCopy<T> | undefined> {
    try {
      await writesSettled(this._store);
      const [record, stored] = await getMany(this._store, [SIGNED_IN_USER_KEY, this._key]);
      if (parseRecord(record)?.user !== normaliseUser(this._identity.user)) await forgetOtherUsers(this._store, this._identity.user);
      const { text, savedAt } = splitSavedAt(stored);
      const stamped = splitStamp(text);
      const count = stamped ? this._format.partCount(stamped.head) : undefined;
      if (!stamped || count === undefined) return undefined;
      const texts = await getMany(this._store, Array.from({ length: count }, (_, index) => partKey(this._key, index)));
      const prefix = `${stamped.stamp}\n`;
      if (!texts.every((part) => part?.startsWith(prefix))) return undefined;
      const value = await this._format.parse(
        stamped.head,
        texts.map((part) => (part ?? '').slice(prefix.length))
      );
      return value === undefined ? undefined : { value, savedAt };
    } catch {
      // Storage the browser refuses (private mode, a closing database) is no copy at all.
      return undefined;
    }
  }

  public write(value: T): Promise<void> {
    return this.writeFrom(() => value);
  }

  /** Parts first, then the head that names them, then any parts the last copy had beyond these. */
  public writeFrom(make: () => T): Promise<void> {
    this._prefetched = undefined;
    const savedAt = this._now();
    return queueWrite(this._store, async () => {
      const { head, parts } = this._format.serialise(make());
      const stamp = newStamp(savedAt);
      const keys = parts.map((_, index) => partKey(this._key, index));
      const before = await this._keptPartCount();
      await rememberKeys(this._store, this._identity.user, [this._key, ...keys]);
      for (const [index, part] of parts.entries()) await this._store.set(keys[index], `${stamp}\n${part}`);
      await this._store.set(this._key, withSavedAt(`${STAMP_PREFIX}${stamp}\n${head}`, savedAt));
      for (let index = parts.length; index < before; index++) await this._store.delete(partKey(this._key, index));
    });
  }

  /** Deletes the head (so the copy is no longer read), then its parts. Never rejects. */
  public async forget(): Promise<void> {
    this._prefetched = undefined;
    try {
      await writesSettled(this._store);
      const count = await this._keptPartCount();
      await this._store.delete(this._key);
      for (let index = 0; index < count; index++) await this._store.delete(partKey(this._key, index));
    } catch {
      // Nothing to do: a store that refuses deletes also refuses reads.
    }
  }

  /** How many parts the kept head names (0 when there is none, or it is unreadable). */
  private async _keptPartCount(): Promise<number> {
    const stamped = splitStamp(splitSavedAt(await this._store.get(this._key)).text);
    return (stamped && this._format.partCount(stamped.head)) ?? 0;
  }
}

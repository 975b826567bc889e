import { BrowserCopy, type IBrowserCopyFormat } from './cache/browserCopy';
import type { IKeyValueStore } from './cache/IKeyValueStore';
import { localStorageKeyValueStore } from './cache/localStorageKeyValueStore';
import { memoryKeyValueStore } from './cache/memoryKeyValueStore';

/** What the member has typed into "Raise an enquiry" and not yet sent. */
export interface IEnquiryDraft {
  readonly serviceId?: number;
  readonly subject: string;
  readonly details: string;
  readonly wardId?: number;
  readonly location: string;
  readonly constituentReference: string;
  /** Democratic Services only: whose enquiry, and the UK date it arrived (YYYY-MM-DD). */
  readonly memberId?: number;
  readonly receivedOn?: string;
}

/** A draft not touched for this long is dropped (docs/privacy.md § Browser storage). */
export const DRAFT_LIFETIME_DAYS = 30;
const DAY_MS = 86_400_000;
const VERSION = 1;

interface IStoredDraft {
  readonly version: number;
  readonly savedAt: number;
  readonly draft: IEnquiryDraft;
}

const optionalNumber = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) ? value : undefined);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function draftFormat(now: () => Date): IBrowserCopyFormat<IEnquiryDraft> {
  return {
    parse: (stored) => {
      if (stored === undefined) return undefined;
      try {
        const record = JSON.parse(stored) as Partial<IStoredDraft>;
        if (record.version !== VERSION || typeof record.savedAt !== 'number' || typeof record.draft !== 'object' || record.draft === null) return undefined;
        if (now().getTime() - record.savedAt > DRAFT_LIFETIME_DAYS * DAY_MS) return undefined;
        const draft = record.draft as unknown as Record<string, unknown>;
        return {
          serviceId: optionalNumber(draft.serviceId),
          subject: text(draft.subject),
          details: text(draft.details),
          wardId: optionalNumber(draft.wardId),
          location: text(draft.location),
          constituentReference: text(draft.constituentReference),
          memberId: optionalNumber(draft.memberId),
          receivedOn: typeof draft.receivedOn === 'string' ? draft.receivedOn : undefined
        };
      } catch {
        return undefined;
      }
    },
    serialise: (draft) => JSON.stringify({ version: VERSION, savedAt: now().getTime(), draft } satisfies IStoredDraft)
  };
}

/** The one draft kept per lists' site and signed-in user. */
export interface IEnquiryDraftStore {
  read(): Promise<IEnquiryDraft | undefined>;
  /** Keeps the draft (best effort: a browser that refuses storage keeps it for this page only). */
  write(draft: IEnquiryDraft): Promise<void>;
  /** After a successful send, or when the member discards it. */
  clear(): Promise<void>;
}

/**
 * The browser's localStorage (it outlives a closed tab; sessionStorage would not), keyed by lists' site
 * and user through BrowserCopy, which also deletes the previous user's draft when someone else signs in
 * on this browser. Memory for the page where the browser refuses storage.
 */
export function enquiryDraftStore(
  identity: { readonly siteUrl: string; readonly user: string },
  store: IKeyValueStore = localStorageOrMemory(),
  now: () => Date = () => new Date()
): IEnquiryDraftStore {
  const copy = new BrowserCopy(store, 'enquiry-draft', { siteUrl: identity.siteUrl, user: identity.user, listTitles: [] }, draftFormat(now));
  return {
    read: () => copy.read(),
    write: (draft) => copy.write(draft),
    clear: () => copy.forget()
  };
}

/** The browser's localStorage (size-guarded), or memory for the page where the browser refuses site data. */
export function localStorageOrMemory(): IKeyValueStore {
  try {
    const storage = typeof window === 'undefined' ? undefined : window.localStorage;
    return storage ? localStorageKeyValueStore(storage) : memoryKeyValueStore();
  } catch {
    // Reading window.localStorage throws where the browser blocks site data.
    return memoryKeyValueStore();
  }
}

/** True when nothing was typed: a service or ward chosen by a link alone is not worth keeping. */
export function isEmptyDraft(draft: IEnquiryDraft): boolean {
  return [draft.subject, draft.details, draft.location, draft.constituentReference].every((value) => value.trim() === '');
}

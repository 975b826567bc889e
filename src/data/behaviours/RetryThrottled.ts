import type { Queryable, TimelinePipe } from '../pnp';
import type { IRetryNotice } from '../../contracts/requestEvents';

/** Answers SharePoint Online sends when it throttles or is briefly unavailable: a read is retried on any of them. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);

/**
 * Answers that mean SharePoint turned the request away before doing anything (throttled, or the
 * farm unavailable), so a write may be sent again. After any other failure (a 500, a 502 or 504
 * from a gateway that gave up waiting, no answer at all) the write may have been applied.
 */
export const NOT_APPLIED_STATUSES: ReadonlySet<number> = new Set([429, 503]);

const WRITE_REQUEST_LINE = /^(POST|PUT|PATCH|MERGE|DELETE) \S+ HTTP\/1\.1\s*$/im;

/**
 * Whether sending this request twice could change data twice: any method but GET/HEAD, except a
 * $batch (always a POST) whose parts are all reads.
 */
export function isWriteRequest(url: URL, init: RequestInit): boolean {
  const method = (init.method ?? 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD') return false;
  if (!/\/_api\/\$batch$/i.test(url.pathname) || typeof init.body !== 'string') return true;
  return WRITE_REQUEST_LINE.test(init.body);
}

export interface IRetryPolicy {
  /** Attempts in all, the first one included. */
  readonly maxAttempts: number;
  /** First backoff when SharePoint sends no Retry-After; doubles on each retry. */
  readonly baseDelayMs: number;
  /** Ceiling of the exponential backoff. */
  readonly maxBackoffMs: number;
  /** A Retry-After longer than this is not waited out: the request fails as throttled instead. */
  readonly maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: IRetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 1000,
  maxBackoffMs: 30000,
  maxRetryAfterMs: 120000
};

/** Sends one HTTP request; resolves with whatever answer came back. */
export type Transport = (url: URL, init: RequestInit) => Promise<Response>;

export type Sleep = (ms: number, signal?: AbortSignal | null) => Promise<void>;

export interface IRetryThrottledOptions extends Partial<IRetryPolicy> {
  /** Told before each wait, so views can show "retrying". */
  readonly onRetry?: (notice: IRetryNotice) => void;
  /**
   * Sends one attempt. Defaults to a single `fetch`; tests pass a fake that returns canned responses.
   */
  readonly transport?: Transport;
  readonly sleep?: Sleep;
  readonly now?: () => number;
  /** In [0, 1); the source of jitter. */
  readonly random?: () => number;
}

/**
 * Milliseconds to wait from a Retry-After header, which SharePoint sends as seconds
 * (and HTTP allows as a date). Undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(parseFloat(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Exponential backoff with jitter: between half and all of base × 2^(retry − 1), capped. */
export function backoffMs(retry: number, policy: IRetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxBackoffMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.round(ceiling * (0.5 + random() / 2));
}

const defaultSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

const fetchOnce: Transport = (url, init) => fetch(url.toString(), init);

function isNetworkFailure(error: unknown): boolean {
  return error instanceof Error && error.name !== 'AbortError';
}

/**
 * Wraps a single-attempt transport with bounded, throttling-aware retries.
 *
 * No request storm: attempts are bounded; a Retry-After is honoured to the millisecond; and
 * every request sent through the same wrapper waits for the latest Retry-After window, so a
 * page of parallel requests does not keep hammering a throttled tenant. A last 429/503/504
 * is returned (not thrown) so PnPjs raises its usual HttpRequestError, which DataError
 * classifies as 'throttled'.
 *
 * A write is never sent twice by accident: writes (and a $batch carrying any write) are retried
 * only on 429/503, which SharePoint sends before applying anything. A 500/502/504 or a network
 * failure or timeout may come after the write was applied, so it is returned (or thrown) at once
 * for the caller to report as unknown. Reads are retried on network failures and 429/503/504.
 */
export function retryingSend(options: IRetryThrottledOptions = {}): Transport {
  const policy: IRetryPolicy = {
    maxAttempts: options.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts,
    baseDelayMs: options.baseDelayMs ?? DEFAULT_RETRY_POLICY.baseDelayMs,
    maxBackoffMs: options.maxBackoffMs ?? DEFAULT_RETRY_POLICY.maxBackoffMs,
    maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULT_RETRY_POLICY.maxRetryAfterMs
  };
  const transport = options.transport ?? fetchOnce;
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  let pausedUntil = 0;

  const notify = (notice: IRetryNotice): void => {
    try {
      options.onRetry?.(notice);
    } catch {
      // A view's listener must never break the request it is watching.
    }
  };

  return async (url: URL, init: RequestInit): Promise<Response> => {
    // Our own wait before the next attempt; every attempt also respects the shared window.
    let delayMs = 0;
    const write = isWriteRequest(url, init);
    const retryable = write ? NOT_APPLIED_STATUSES : RETRYABLE_STATUSES;
    for (let attempt = 1; ; attempt++) {
      const wait = Math.max(delayMs, pausedUntil - now());
      if (wait > 0) await sleep(wait, init.signal);

      let response: Response;
      try {
        response = await transport(url, init);
      } catch (error) {
        if (write || !isNetworkFailure(error) || attempt >= policy.maxAttempts) throw error;
        delayMs = backoffMs(attempt, policy, random);
        notify({ status: 0, attempt, delayMs });
        continue;
      }

      if (!retryable.has(response.status) || attempt >= policy.maxAttempts) return response;
      const retryAfter = parseRetryAfter(response.headers.get('Retry-After'), now());
      if (retryAfter !== undefined && retryAfter > policy.maxRetryAfterMs) return response;
      delayMs = retryAfter ?? backoffMs(attempt, policy, random);
      if (retryAfter !== undefined) pausedUntil = Math.max(pausedUntil, now() + retryAfter);
      notify({ status: response.status, attempt, delayMs });
    }
  };
}

/**
 * PnPjs behaviour that sends every request through `retryingSend`.
 *
 * SPFx() and SPBrowser() already register BrowserFetchWithRetry (3 attempts, Retry-After in
 * seconds only, fixed doubling, nobody told). The send moment uses only its first observer,
 * so we *replace* it rather than wrap it: each attempt is one plain fetch and the attempt
 * count is ours alone, never 3 × ours. Apply it after SPFx()/SPBrowser():
 * `spfi().using(SPFx(context), RetryThrottled({ onRetry }))`. $batch requests go through it
 * too, because a batch copies its parent's send observer.
 */
export function RetryThrottled(options: IRetryThrottledOptions = {}): TimelinePipe<Queryable<unknown>> {
  const send = retryingSend(options);
  return (instance) => {
    instance.on.send.replace((url, init) => send(url, init));
    return instance;
  };
}

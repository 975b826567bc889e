import type { Queryable, TimelinePipe } from './pnp';

/**
 * Once `signal` is aborted, nothing more is sent and requests in flight are cancelled: a web part
 * that SharePoint has disposed (the page navigated away, an editor removed it) stops its background
 * checks and re-reads instead of spending the user's network on a view no one sees. The aborted
 * requests fail with an AbortError, which the retry behaviour never retries.
 */
export function StopWhenAborted(signal: AbortSignal): TimelinePipe<Queryable<unknown>> {
  return (instance) => {
    instance.on.pre(async function (url: string, init: RequestInit, result: unknown): Promise<[string, RequestInit, unknown]> {
      if (signal.aborted) throw new DOMException('The web part was disposed.', 'AbortError');
      init.signal = signal;
      return [url, init, result];
    });
    return instance;
  };
}

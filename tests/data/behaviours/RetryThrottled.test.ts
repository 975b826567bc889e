/** @jest-environment node */
import { spfi, SPBrowser } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import {
  backoffMs,
  DEFAULT_RETRY_POLICY,
  parseRetryAfter,
  retryingSend,
  RetryThrottled,
  Transport
} from '../../../src/data/behaviours/RetryThrottled';
import { createRequestEvents } from '../../../src/data/createRequestEvents';
import { toDataError } from '../../../src/data/DataError';
import type { IRetryNotice } from '../../../src/contracts/requestEvents';
import { FakeSharePoint, json, spError, throttled } from '../support/FakeSharePoint';

const SITE = 'https://contoso.sharepoint.com/sites/hub';
const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);

describe('parseRetryAfter', () => {
  test.each([
    ['seconds', '120', 120000],
    ['zero', '0', 0],
    ['fractional seconds', '1.5', 1500],
    ['an HTTP date in the future', new Date(NOW + 7000).toUTCString(), 7000],
    ['an HTTP date in the past', new Date(NOW - 7000).toUTCString(), 0],
    ['garbage', 'soon', undefined],
    ['empty', '', undefined],
    ['absent', null, undefined]
  ])('reads %s', (_case, header, expected) => {
    expect(parseRetryAfter(header, NOW)).toBe(expected);
  });
});

describe('backoffMs', () => {
  const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 1000, maxBackoffMs: 5000 };
  test.each([
    [1, 0, 500],
    [1, 0.999999, 1000],
    [2, 0, 1000],
    [3, 0.5, 3000],
    [4, 0, 2500], // 8000 capped to 5000
    [10, 0.999999, 5000]
  ])('retry %i with random %f waits %i ms', (retry, random, expected) => {
    expect(backoffMs(retry, policy, () => random)).toBe(expected);
  });
});

/** A transport answering from a script, one response per call. */
function scripted(...answers: Array<Response | Error>): { transport: Transport; calls: string[] } {
  const calls: string[] = [];
  const transport: Transport = async (url) => {
    calls.push(url.toString());
    const next = answers.shift();
    if (next === undefined) throw new Error('script ran out');
    if (next instanceof Error) throw next;
    return next;
  };
  return { transport, calls };
}

/** A sleep that records each wait and moves a fake clock on by it. */
function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[]; now: () => number } {
  const waits: number[] = [];
  let clock = NOW;
  return {
    sleep: async (ms: number) => {
      waits.push(ms);
      clock += ms;
    },
    waits,
    now: () => clock
  };
}

const URL_A = new URL(`${SITE}/_api/web/lists`);

describe('retryingSend', () => {
  it('honours Retry-After in seconds, tells listeners, then returns the good answer', async () => {
    const { transport, calls } = scripted(throttled(429, '2'), json({ ok: true }));
    const { sleep, waits, now } = recordingSleep();
    const notices: IRetryNotice[] = [];
    const response = await retryingSend({ transport, sleep, now, onRetry: (n) => notices.push(n) })(URL_A, { method: 'GET' });
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(2);
    expect(waits).toEqual([2000]);
    expect(notices).toEqual([{ status: 429, attempt: 1, delayMs: 2000 }]);
  });

  it('backs off exponentially with jitter when no Retry-After comes', async () => {
    const { transport, calls } = scripted(throttled(503), throttled(504), json({}));
    const { sleep, waits } = recordingSleep();
    await retryingSend({ transport, sleep, random: () => 0, baseDelayMs: 400 })(URL_A, { method: 'GET' });
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([200, 400]);
  });

  it('makes no request storm: stops after maxAttempts and returns the last throttled answer', async () => {
    const { transport, calls } = scripted(...Array.from({ length: 10 }, () => throttled(429, '1')));
    const { sleep, waits, now } = recordingSleep();
    const response = await retryingSend({ transport, sleep, now, maxAttempts: 3 })(URL_A, { method: 'GET' });
    expect(response.status).toBe(429);
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([1000, 1000]);
  });

  test.each([
    ['404', spError(404, '-1, System.ArgumentException', "List 'X' does not exist at site with URL 'y'.")],
    ['500', spError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'threshold')],
    ['a Retry-After beyond the ceiling', throttled(429, '3600')]
  ])('does not retry %s', async (_case, answer) => {
    const { transport, calls } = scripted(answer, json({}));
    const { sleep, waits } = recordingSleep();
    const response = await retryingSend({ transport, sleep })(URL_A, { method: 'GET' });
    expect(response).toBe(answer);
    expect(calls).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('retries a network failure on GET but never on a write', async () => {
    const read = scripted(new TypeError('Failed to fetch'), json({}));
    const { sleep } = recordingSleep();
    await expect(retryingSend({ transport: read.transport, sleep })(URL_A, { method: 'GET' })).resolves.toHaveProperty('status', 200);
    expect(read.calls).toHaveLength(2);

    const write = scripted(new TypeError('Failed to fetch'), json({}));
    await expect(retryingSend({ transport: write.transport, sleep })(URL_A, { method: 'POST' })).rejects.toThrow('Failed to fetch');
    expect(write.calls).toHaveLength(1);
  });

  it('holds back other requests until a Retry-After window has passed', async () => {
    const log: string[] = [];
    let clock = NOW;
    const answers: Record<string, Response[]> = { a: [throttled(429, '5'), json({})], b: [json({})] };
    const transport: Transport = async (url) => {
      const key = url.searchParams.get('k') ?? '';
      log.push(`send ${key}`);
      return answers[key].shift() as Response;
    };
    let startB: (() => void) | undefined;
    const bStarted = new Promise<void>((resolve) => (startB = resolve));
    const send = retryingSend({
      transport,
      now: () => clock,
      sleep: async (ms) => {
        log.push(`wait ${ms}`);
        await bStarted;
        clock += ms;
      },
      onRetry: () => startB?.()
    });
    const a = send(new URL(`${SITE}/_api/web?k=a`), { method: 'GET' });
    await Promise.resolve();
    const b = send(new URL(`${SITE}/_api/web?k=b`), { method: 'GET' });
    await Promise.all([a, b]);
    // b starts inside a's 5 s window, so it waits before its first send instead of adding to the load.
    expect(log.indexOf('send b')).toBeGreaterThan(log.lastIndexOf('wait 5000'));
    expect(log.filter((entry) => entry.startsWith('wait')).length).toBe(2);
  });

  it('waits out the real delay with timers (fake clock)', async () => {
    jest.useFakeTimers({ now: NOW });
    try {
      const { transport, calls } = scripted(throttled(503, '3'), json({}));
      const pending = retryingSend({ transport })(URL_A, { method: 'GET' });
      await jest.advanceTimersByTimeAsync(2999);
      expect(calls).toHaveLength(1);
      await jest.advanceTimersByTimeAsync(1);
      expect(calls).toHaveLength(2);
      await expect(pending).resolves.toHaveProperty('status', 200);
    } finally {
      jest.useRealTimers();
    }
  });

  it('stops waiting and sends nothing more when the request is aborted', async () => {
    jest.useFakeTimers({ now: NOW });
    try {
      const { transport, calls } = scripted(throttled(429, '30'), json({}));
      const controller = new AbortController();
      const pending = retryingSend({ transport })(URL_A, { method: 'GET', signal: controller.signal });
      const outcome = expect(pending).rejects.toBeDefined();
      await jest.advanceTimersByTimeAsync(1000);
      controller.abort();
      await outcome;
      await jest.advanceTimersByTimeAsync(60000);
      expect(calls).toHaveLength(1);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('retryingSend never sends a write twice by accident', () => {
  const BATCH_URL = new URL(`${SITE}/_api/$batch`);
  const batchOf = (...requestLines: string[]): string =>
    ['--batch_1', ...requestLines.flatMap((line) => ['Content-Type: application/http', '', line, '', '{}']), '--batch_1--'].join('\n');
  const writeBatch = batchOf(`POST ${SITE}/_api/web/lists/getByTitle('Wards')/items HTTP/1.1`, `MERGE ${SITE}/_api/web/lists/getByTitle('Wards')/items(1) HTTP/1.1`);
  const readBatch = batchOf(`GET ${SITE}/_api/web/lists/getByTitle('Wards')/items HTTP/1.1`);

  /** A server that applies every write it receives, then answers with `status`. */
  function applyingThen(status: number): { transport: Transport; applied: () => number } {
    let applied = 0;
    return {
      transport: async () => {
        applied += 1;
        return new Response('', { status });
      },
      applied: () => applied
    };
  }

  test.each([
    ['POST', URL_A, undefined],
    ['PATCH', URL_A, undefined],
    ['MERGE', URL_A, undefined],
    ['DELETE', URL_A, undefined],
    ['POST', BATCH_URL, writeBatch]
  ])('sends a %s to %s once when answered 500, 502 or 504', async (method, url, body) => {
    for (const status of [500, 502, 504]) {
      const server = applyingThen(status);
      const { sleep, waits, now } = recordingSleep();
      const response = await retryingSend({ transport: server.transport, sleep, now })(url, { method, body });
      expect(response.status).toBe(status);
      expect(server.applied()).toBe(1);
      expect(waits).toEqual([]);
    }
  });

  it('retries a write SharePoint throttled (429/503: nothing applied), honouring Retry-After', async () => {
    const { transport, calls } = scripted(throttled(429, '2'), throttled(503, '1'), json({}));
    const { sleep, waits, now } = recordingSleep();
    const response = await retryingSend({ transport, sleep, now })(BATCH_URL, { method: 'POST', body: writeBatch });
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([2000, 1000]);
  });

  it('keeps retrying a $batch of reads on 504, as any read', async () => {
    const { transport, calls } = scripted(throttled(504), json({}));
    const { sleep } = recordingSleep();
    const response = await retryingSend({ transport, sleep, random: () => 0 })(BATCH_URL, { method: 'POST', body: readBatch });
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(2);
  });

  it('never retries a write after a timeout or network failure, even inside a $batch', async () => {
    const { transport, calls } = scripted(new TypeError('fetch failed'), json({}));
    const { sleep } = recordingSleep();
    await expect(retryingSend({ transport, sleep })(BATCH_URL, { method: 'POST', body: writeBatch })).rejects.toThrow('fetch failed');
    expect(calls).toHaveLength(1);
  });
});

describe('RetryThrottled on a real SPFI', () => {
  const itemsAnswer = json({ value: [{ Id: 1, Title: 'Abbey' }] });

  it('replaces the built-in retrying fetch, so attempts are counted once', async () => {
    let calls = 0;
    const fake = new FakeSharePoint(() => (++calls < 10 ? throttled(429, '1') : itemsAnswer));
    const { sleep, waits, now } = recordingSleep();
    const sp = spfi(SITE).using(SPBrowser({ baseUrl: SITE }), RetryThrottled({ transport: fake.send, sleep, now, maxAttempts: 4 }));
    const failure = await sp.web.lists.getByTitle('Wards').items().catch((error: unknown) => error);
    expect(fake.requests).toHaveLength(4);
    expect(waits).toEqual([1000, 1000, 1000]);
    expect(await toDataError(failure, { listTitle: 'Wards' })).toMatchObject({ kind: 'throttled', status: 429, listTitle: 'Wards' });
  });

  it('recovers from throttling and reports each retry to subscribed views', async () => {
    const answers = [throttled(429, '2'), throttled(503), itemsAnswer];
    const fake = new FakeSharePoint(() => answers.shift() as Response);
    const { sleep, waits, now } = recordingSleep();
    const { events, behaviour } = createRequestEvents({ transport: fake.send, sleep, now, random: () => 0 });
    const seen: IRetryNotice[] = [];
    const late: IRetryNotice[] = [];
    const stop = events.onRetry((notice) => seen.push(notice));
    events.onRetry(() => {
      throw new Error('a broken view');
    });
    const stopLate = events.onRetry((notice) => late.push(notice));
    stopLate();

    const sp = spfi(SITE).using(SPBrowser({ baseUrl: SITE }), behaviour);
    const items = await sp.web.lists.getByTitle('Wards').items();
    stop();

    expect(items).toEqual([{ Id: 1, Title: 'Abbey' }]);
    expect(fake.requests.map((r) => r.url)).toEqual(Array(3).fill(`${SITE}/_api/web/lists/getByTitle('Wards')/items`));
    expect(waits).toEqual([2000, 1000]);
    expect(seen).toEqual([
      { status: 429, attempt: 1, delayMs: 2000 },
      { status: 503, attempt: 2, delayMs: 1000 }
    ]);
    expect(late).toEqual([]);
  });
});

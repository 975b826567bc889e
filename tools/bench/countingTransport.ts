/**
 * A single-attempt fetch that records what crossed the wire: one entry per HTTP request
 * (a $batch counts once), with the body size as sent (gzip-compressed when the server
 * compressed it, which the emulator does as SharePoint Online does).
 */
import type { Transport } from '../../src/data/behaviours/RetryThrottled';

export interface IWireRecord {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  /** Content-Length of the answer: compressed bytes when Content-Encoding is gzip. */
  readonly bytes: number;
  readonly gzip: boolean;
  /** performance.now() when sent and when its headers arrived: round trips (roundTrips.ts) from the order in time. */
  readonly startMs: number;
  readonly endMs: number;
}

export interface ICountingTransport {
  readonly transport: Transport;
  readonly records: IWireRecord[];
  /** Requests and bytes since the given record count, e.g. `totals(before)`. */
  totals(since?: number): { readonly requests: number; readonly bytes: number; readonly records: readonly IWireRecord[] };
}

export function countingTransport(send: Transport = (url, init) => fetch(url.toString(), init)): ICountingTransport {
  const records: IWireRecord[] = [];
  return {
    records,
    transport: async (url, init) => {
      const startMs = performance.now();
      const response = await send(url, init);
      records.push({
        startMs,
        endMs: performance.now(),
        method: (init.method ?? 'GET').toUpperCase(),
        url: url.toString(),
        status: response.status,
        bytes: Number(response.headers.get('content-length') ?? 0),
        gzip: /gzip/i.test(response.headers.get('content-encoding') ?? '')
      });
      return response;
    },
    totals: (since = 0) => {
      const slice = records.slice(since);
      return { requests: slice.length, bytes: slice.reduce((sum, record) => sum + record.bytes, 0), records: slice };
    }
  };
}

import { toDataError } from './DataError';
import type { Queryable, SPFI, TimelinePipe } from './pnp';

/**
 * Marks a site's SPFI as one whose form digest the page does not carry (the lists live on a hub site,
 * not the page's site). A `$batch` is a POST (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/make-batch-requests-with-the-rest-apis),
 * and a POST with the browser's cookie needs the site's form digest in X-RequestDigest
 * (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/complete-basic-operations-using-sharepoint-rest-endpoints);
 * PnPjs's SPFx behaviour takes it from the page only for the page's own web and otherwise asks
 * `_api/contextinfo` first, one more round trip before any data. Reads through a marked SPFI are
 * sent as parallel GETs instead, which need no digest: the same single round trip.
 */
export function ReadsWithoutBatch(): TimelinePipe<Queryable<unknown>> {
  return (instance) => {
    instance.on.pre(readsWithoutBatchMarker);
    return instance;
  };
}

async function readsWithoutBatchMarker(url: string, init: RequestInit, result: unknown): Promise<[string, RequestInit, unknown]> {
  return [url, init, result];
}

/** Whether the SPFI (or the one it was cloned from) carries ReadsWithoutBatch. */
export function readsWithoutBatch(sp: SPFI): boolean {
  return sp.web.on.pre.toArray().some((observer) => observer === readsWithoutBatchMarker);
}

/**
 * Sends the reads that `register` starts on a batched SPFI as one $batch request and resolves
 * with their results. `register` must start every read before returning: a batch carries only
 * the requests added before it is executed. The reads settle only when the batch does, so if the
 * $batch itself fails (throttled past our retries, offline) its own failure, as a DataError, is
 * raced alongside them rather than leaving the caller waiting for ever.
 *
 * On an SPFI marked with ReadsWithoutBatch the same reads go out at once as parallel GETs.
 */
export async function readInOneBatch<T>(sp: SPFI, register: (batched: SPFI) => Promise<T>): Promise<T> {
  if (readsWithoutBatch(sp)) return register(sp);
  const [batched, execute] = sp.batched();
  const reads = register(batched);
  const sent = execute().catch(async (error: unknown) => {
    throw await toDataError(error);
  });
  const [results] = await Promise.all([reads, sent]);
  return results;
}

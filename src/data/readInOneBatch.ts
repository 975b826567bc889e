import { toDataError } from './DataError';
import type { SPFI } from './pnp';

/**
 * Sends the reads that `register` starts on a batched SPFI as one $batch request and resolves
 * with their results. `register` must start every read before returning: a batch carries only
 * the requests added before it is executed. The reads settle only when the batch does, so if the
 * $batch itself fails (throttled past our retries, offline) its own failure, as a DataError, is
 * raced alongside them rather than leaving the caller waiting for ever.
 */
export async function readInOneBatch<T>(sp: SPFI, register: (batched: SPFI) => Promise<T>): Promise<T> {
  const [batched, execute] = sp.batched();
  const reads = register(batched);
  const sent = execute().catch(async (error: unknown) => {
    throw await toDataError(error);
  });
  const [results] = await Promise.all([reads, sent]);
  return results;
}

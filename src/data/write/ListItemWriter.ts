import { toDataError } from '../DataError';
import type { DataError, DataErrorKind } from '../DataError';
import type { SPFI } from '../pnp';
import { NOT_APPLIED_STATUSES } from '../behaviours/RetryThrottled';

/** Column values as SharePoint's REST API takes them (lookups and people as `<Name>Id`). */
export type ItemFields = Readonly<Record<string, unknown>>;

export type ItemWrite =
  | { readonly kind: 'add'; readonly fields: ItemFields }
  /** `eTag` is the one read with the item: SharePoint refuses the update (412) if anyone changed it since. */
  | { readonly kind: 'update'; readonly id: number; readonly eTag: string; readonly fields: ItemFields }
  /** `eTag` as for an update: an item changed since it was read is not deleted (412). */
  | { readonly kind: 'delete'; readonly id: number; readonly eTag: string };

export type ItemWriteOutcome =
  | { readonly status: 'added' | 'updated' | 'deleted'; readonly id: number | undefined }
  /** SharePoint refused this write (e.g. 412 conflict, 400 bad value): nothing was written. */
  | { readonly status: 'refused'; readonly error: DataError }
  /** No answer says what was applied (the batch got none, or a server error; its own part a 500): it may or may not have been written. */
  | { readonly status: 'unknown'; readonly error: DataError }
  /** Not sent, because an earlier batch failed as a whole. */
  | { readonly status: 'notSent' };

export interface IWriteRun {
  /** One per write, in the order given. */
  readonly outcomes: readonly ItemWriteOutcome[];
  /** Set when a batch failed as a whole and the run stopped there: why. */
  readonly stoppedBy?: DataError;
}

export interface IListItemWriterOptions {
  /** Writes per $batch request; SharePoint Online accepts up to 100. */
  readonly batchSize?: number;
  /** Told after each batch with how many writes have been answered so far. */
  readonly onProgress?: (answered: number) => void;
}

export const MAX_WRITES_PER_BATCH = 100;

/** A $batch refused with one of these was not applied at all; after anything else (a 500, a 504, no answer) its writes may or may not have been. */
const BATCH_NOT_APPLIED: ReadonlySet<DataErrorKind> = new Set<DataErrorKind>(['accessDenied', 'listNotFound', 'siteNotFound']);

function batchWasNotApplied(failure: DataError): boolean {
  // 'throttled' also covers a gateway's 504, which may come after SharePoint applied the batch.
  if (failure.kind === 'throttled') return failure.status !== undefined && NOT_APPLIED_STATUSES.has(failure.status);
  return BATCH_NOT_APPLIED.has(failure.kind);
}

/**
 * One part of an answered $batch: SharePoint refused it when its own answer is a client error
 * (400, 403, 404, 412…) or 429/503; after a 500 or another server error it may have been applied.
 */
function partWasNotApplied(refusal: DataError): boolean {
  if (refusal.status === undefined) return false;
  return refusal.status < 500 || NOT_APPLIED_STATUSES.has(refusal.status);
}

interface IIdResult {
  readonly Id?: unknown;
  readonly ID?: unknown;
}

function idOf(result: unknown): number | undefined {
  const record = (typeof result === 'object' && result !== null ? result : {}) as IIdResult;
  const id = record.Id ?? record.ID;
  return typeof id === 'number' ? id : undefined;
}

/**
 * The one write path to list items, shared by the product and the importer: adds, updates and deletes
 * sent in $batch requests of up to 100. Updates always carry the item's ETag, so a concurrent
 * edit is refused (412) and reported for that item, never overwritten or retried blindly.
 * Throttling (429/503 with Retry-After) is handled by the SPFI's RetryThrottled behaviour,
 * which retries a whole $batch (SharePoint applies none of a throttled batch) and never resends
 * one after a 500/502/504 or no answer.
 *
 * A batch that fails as a whole stops the run: its writes are 'refused' when SharePoint's answer
 * means none was applied (429/503 past our retries, access denied, no such list or site),
 * 'unknown' otherwise (no answer, a timeout, a 500/502/504), and every later write is 'notSent'.
 * Outcomes are returned in the order of `writes`, with the failure that stopped the run, if any.
 */
export class ListItemWriter {
  private readonly batchSize: number;

  public constructor(
    private readonly sp: SPFI,
    private readonly listTitle: string,
    private readonly options: IListItemWriterOptions = {}
  ) {
    this.batchSize = Math.max(1, Math.min(MAX_WRITES_PER_BATCH, options.batchSize ?? MAX_WRITES_PER_BATCH));
  }

  public async write(writes: readonly ItemWrite[]): Promise<IWriteRun> {
    const outcomes: ItemWriteOutcome[] = [];
    for (let start = 0; start < writes.length; start += this.batchSize) {
      const batch = await this.writeBatch(writes.slice(start, start + this.batchSize));
      outcomes.push(...batch.outcomes);
      this.options.onProgress?.(outcomes.length);
      if (batch.failure) {
        while (outcomes.length < writes.length) outcomes.push({ status: 'notSent' });
        return { outcomes, stoppedBy: batch.failure };
      }
    }
    return { outcomes };
  }

  private async writeBatch(chunk: readonly ItemWrite[]): Promise<{ outcomes: ItemWriteOutcome[]; failure?: DataError }> {
    const [batched, execute] = this.sp.batched();
    const pending = chunk.map(async (write): Promise<ItemWriteOutcome> => {
      // A fresh queryable per write: PnPjs batches one request per queryable instance.
      const items = batched.web.lists.getByTitle(this.listTitle).items;
      try {
        if (write.kind === 'add') {
          const created: unknown = await items.add(write.fields);
          return { status: 'added', id: idOf(created) };
        }
        if (write.kind === 'delete') {
          await items.getById(write.id).delete(write.eTag);
          return { status: 'deleted', id: write.id };
        }
        await items.getById(write.id).update(write.fields, write.eTag);
        return { status: 'updated', id: write.id };
      } catch (error) {
        const refusal = await toDataError(error, { listTitle: this.listTitle });
        return partWasNotApplied(refusal) ? { status: 'refused', error: refusal } : { status: 'unknown', error: refusal };
      }
    });
    try {
      await execute();
    } catch (error) {
      // The parts may never settle once their batch has failed, so they are not awaited.
      const failure = await toDataError(error, { listTitle: this.listTitle });
      const status = batchWasNotApplied(failure) ? 'refused' : 'unknown';
      return { outcomes: chunk.map(() => ({ status, error: failure })), failure };
    }
    return { outcomes: await Promise.all(pending) };
  }
}

import { runtimeSchema } from '../../schema';
import { DataError } from '../DataError';
import type { SPFI } from '../pnp';
import { ItemWrite, ItemWriteOutcome, ListItemWriter } from './ListItemWriter';

/** Column values of a new receipt. Who and when are SharePoint's own Created By and Created. */
export function receiptFields(briefingId: number, itemId?: number): Record<string, unknown> {
  return itemId === undefined
    ? { Title: 'Read', BriefingId: briefingId, ReceiptKind: 'Read' }
    : { Title: 'Acknowledged', BriefingId: briefingId, BriefingItemId: itemId, ReceiptKind: 'Acknowledged' };
}

function failureOf(outcome: ItemWriteOutcome | undefined, listTitle: string): DataError {
  if (outcome && 'error' in outcome) return outcome.error;
  return new DataError({ kind: 'unknown', listTitle });
}

/**
 * Writes of BriefingReceipts, one at a time through ListItemWriter (which retries 429/503 with
 * Retry-After and sends ETags). A refused or unanswered write throws its DataError: the caller
 * keeps what the member saw, says what happened and lets them try again.
 */
export class ReceiptWriter {
  private readonly writer: ListItemWriter;

  public constructor(sp: SPFI, private readonly listTitle: string = runtimeSchema.BriefingReceipts.title) {
    this.writer = new ListItemWriter(sp, listTitle, { batchSize: 1 });
  }

  /** The new receipt's id. */
  public async add(briefingId: number, itemId?: number): Promise<number> {
    const outcome = await this.one({ kind: 'add', fields: receiptFields(briefingId, itemId) });
    if (outcome.status !== 'added' || outcome.id === undefined) throw failureOf(outcome, this.listTitle);
    return outcome.id;
  }

  public async remove(id: number, eTag: string): Promise<void> {
    const outcome = await this.one({ kind: 'delete', id, eTag });
    if (outcome.status !== 'deleted') throw failureOf(outcome, this.listTitle);
  }

  private async one(write: ItemWrite): Promise<ItemWriteOutcome> {
    const run = await this.writer.write([write]);
    const outcome = run.outcomes[0];
    if (!outcome) throw run.stoppedBy ?? failureOf(undefined, this.listTitle);
    return outcome;
  }
}

import { LIST_VIEW_THRESHOLD, runtimeSchema } from '../schema';
import type { IBriefingReceipt } from '../model/BriefingReceipt';
import type { IReceiptRepository } from './IReceiptRepository';
import { DataError, toDataError } from './DataError';
import type { RawItem } from './fieldReaders';
import { mapReceipt } from './mapReceipt';
import type { SPFI } from './pnp';
import { briefingReceiptsFilter, RECEIPT_COLUMNS } from './receiptQueries';
import { ReceiptWriter } from './write/receiptWrites';

/**
 * The signed-in member's receipts, read by the indexed Briefing lookup (src/data/receiptQueries.ts)
 * and written through src/data/write. The user's id (for "my receipts") is asked once, alongside
 * the first read.
 */
export class ReceiptRepository implements IReceiptRepository {
  private readonly writer: ReceiptWriter;
  private userId: Promise<number> | undefined;

  public constructor(private readonly sp: SPFI, private readonly listTitle: string = runtimeSchema.BriefingReceipts.title) {
    this.writer = new ReceiptWriter(sp, listTitle);
  }

  /**
   * Item-level permissions already send a member only their own receipts; the filter on the author
   * is for a site owner who is also a member. Both requests go out together: one round trip.
   */
  public async mine(briefingId: number): Promise<readonly IBriefingReceipt[]> {
    const [userId, receipts] = await Promise.all([this.currentUserId(), this.read(briefingReceiptsFilter(briefingId))]);
    return receipts.filter((receipt) => receipt.authorId === userId);
  }

  /** Every receipt of the week the caller may read: all of them for a site owner (coverage). */
  public everyone(briefingId: number): Promise<readonly IBriefingReceipt[]> {
    return this.read(briefingReceiptsFilter(briefingId));
  }

  public async markRead(briefingId: number): Promise<IBriefingReceipt> {
    return this.added(briefingId, await this.writer.add(briefingId));
  }

  public async acknowledge(briefingId: number, itemId: number): Promise<IBriefingReceipt> {
    return this.added(briefingId, await this.writer.add(briefingId, itemId), itemId);
  }

  public withdraw(receipt: IBriefingReceipt): Promise<void> {
    return this.writer.remove(receipt.id, receipt.eTag);
  }

  /** Read back, so the receipt carries SharePoint's own author, time and ETag for a later undo. */
  private async added(briefingId: number, id: number, itemId?: number): Promise<IBriefingReceipt> {
    const mine = await this.mine(briefingId);
    const found = mine.find((receipt) => receipt.id === id);
    if (found) return found;
    return { id, briefingId, itemId, kind: itemId === undefined ? 'read' : 'acknowledged', authorId: await this.currentUserId(), eTag: '*' };
  }

  private currentUserId(): Promise<number> {
    this.userId ??= (async () => {
      try {
        const user = (await this.sp.web.currentUser.select('Id')()) as { Id?: unknown };
        if (typeof user.Id !== 'number') throw new DataError({ kind: 'unknown' });
        return user.Id;
      } catch (error) {
        this.userId = undefined;
        throw await toDataError(error);
      }
    })();
    return this.userId;
  }

  private async read(filter: string): Promise<readonly IBriefingReceipt[]> {
    try {
      const rows = (await this.sp.web.lists
        .getByTitle(this.listTitle)
        .items.filter(filter)
        .select(...RECEIPT_COLUMNS)
        .top(LIST_VIEW_THRESHOLD)()) as RawItem[];
      return rows.map(mapReceipt).filter((receipt): receipt is IBriefingReceipt => receipt !== undefined);
    } catch (error) {
      throw await toDataError(error, { listTitle: this.listTitle });
    }
  }
}

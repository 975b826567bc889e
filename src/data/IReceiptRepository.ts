import type { IBriefingReceipt } from '../model/BriefingReceipt';

/**
 * The signed-in member's receipts (BriefingReceipts). SharePoint's item-level permissions keep
 * everyone else's out of reach; failures arrive as DataError and nothing is changed by them.
 */
export interface IReceiptRepository {
  /** The signed-in user's receipts for one week's briefing. */
  mine(briefingId: number): Promise<readonly IBriefingReceipt[]>;
  markRead(briefingId: number): Promise<IBriefingReceipt>;
  acknowledge(briefingId: number, itemId: number): Promise<IBriefingReceipt>;
  /** Undo: deletes the receipt (with its ETag). */
  withdraw(receipt: IBriefingReceipt): Promise<void>;
}

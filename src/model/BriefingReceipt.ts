/** A member's confirmation that they read a week's briefing or acknowledged one of its items. */
export interface IBriefingReceipt {
  readonly id: number;
  readonly briefingId: number;
  /** Set for an acknowledgement; absent for "read the week's briefing". */
  readonly itemId?: number;
  readonly kind: 'read' | 'acknowledged';
  /** The SharePoint user who created it (SharePoint sets it; nobody can create one for someone else). */
  readonly authorId: number;
  readonly created?: Date;
  /** Sent back when the receipt is withdrawn, so a receipt changed meanwhile is not deleted blindly. */
  readonly eTag: string;
}

/** The signed-in member's receipts for one week: whether they read it and which items they acknowledged. */
export interface IReceiptState {
  readonly read?: IBriefingReceipt;
  readonly acknowledged: ReadonlyMap<number, IBriefingReceipt>;
}

export function receiptState(receipts: readonly IBriefingReceipt[]): IReceiptState {
  const acknowledged = new Map<number, IBriefingReceipt>();
  let read: IBriefingReceipt | undefined;
  for (const receipt of receipts) {
    if (receipt.kind === 'read') read = read ?? receipt;
    else if (receipt.itemId !== undefined && !acknowledged.has(receipt.itemId)) acknowledged.set(receipt.itemId, receipt);
  }
  return { read, acknowledged };
}

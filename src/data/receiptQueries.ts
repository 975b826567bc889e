/**
 * The product's only queries on BriefingReceipts. Each starts with the indexed Briefing lookup
 * (`BriefingId eq N`), which narrows a list of hundreds of thousands of receipts to one week's
 * (at most 150 members × (1 read + 30 acknowledgements), see src/schema/lists/briefingReceipts.ts)
 * before anything else is applied, so none trips the 5,000-item list view threshold. Under the
 * list's item-level permissions a member is only ever sent their own receipts; a site owner gets
 * everyone's (the coverage report), and the member view keeps only the owner's own.
 */
export const RECEIPT_COLUMNS = ['Id', 'BriefingId', 'BriefingItemId', 'ReceiptKind', 'AuthorId', 'Created'] as const;

/** Every receipt of one week's briefing that the caller may read: their own, or all of them for a site owner. */
export function briefingReceiptsFilter(briefingId: number): string {
  return `BriefingId eq ${briefingId}`;
}

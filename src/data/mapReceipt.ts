import type { IBriefingReceipt } from '../model/BriefingReceipt';
import { readDate, readNumber, readText, type RawItem } from './fieldReaders';

/** A receipt as read with RECEIPT_COLUMNS (src/data/receiptQueries.ts); undefined when it is not one. */
export function mapReceipt(item: RawItem): IBriefingReceipt | undefined {
  const id = readNumber(item, 'Id');
  const briefingId = readNumber(item, 'BriefingId');
  const authorId = readNumber(item, 'AuthorId');
  if (id === undefined || briefingId === undefined || authorId === undefined) return undefined;
  const itemId = readNumber(item, 'BriefingItemId');
  const acknowledged = readText(item, 'ReceiptKind') === 'Acknowledged' && itemId !== undefined;
  const eTag = item['odata.etag'] ?? (item.__metadata as { etag?: unknown } | undefined)?.etag;
  return {
    id,
    briefingId,
    itemId: acknowledged ? itemId : undefined,
    kind: acknowledged ? 'acknowledged' : 'read',
    authorId,
    created: readDate(item, 'Created'),
    eTag: typeof eTag === 'string' ? eTag : '*'
  };
}

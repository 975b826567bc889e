import { DataError } from '../../src/data/DataError';
import type { IReceiptRepository } from '../../src/data/IReceiptRepository';
import type { IBriefingReceipt } from '../../src/model/BriefingReceipt';

/** The signed-in member's receipts in memory; `failNext` makes the next write fail as SharePoint would. */
export class FakeReceiptRepository implements IReceiptRepository {
  public readonly stored: IBriefingReceipt[] = [];
  public failNext: DataError | undefined;
  private nextId = 1;

  public constructor(private readonly userId = 42) {}

  public mine(briefingId: number): Promise<readonly IBriefingReceipt[]> {
    return Promise.resolve(this.stored.filter((receipt) => receipt.briefingId === briefingId));
  }

  public markRead(briefingId: number): Promise<IBriefingReceipt> {
    return this.add({ briefingId, kind: 'read' });
  }

  public acknowledge(briefingId: number, itemId: number): Promise<IBriefingReceipt> {
    return this.add({ briefingId, itemId, kind: 'acknowledged' });
  }

  public withdraw(receipt: IBriefingReceipt): Promise<void> {
    const failure = this.takeFailure();
    if (failure) return Promise.reject(failure);
    const index = this.stored.findIndex((candidate) => candidate.id === receipt.id);
    if (index >= 0) this.stored.splice(index, 1);
    return Promise.resolve();
  }

  private add(fields: Pick<IBriefingReceipt, 'briefingId' | 'itemId' | 'kind'>): Promise<IBriefingReceipt> {
    const failure = this.takeFailure();
    if (failure) return Promise.reject(failure);
    const receipt: IBriefingReceipt = { ...fields, id: this.nextId++, authorId: this.userId, eTag: '"1"' };
    this.stored.push(receipt);
    return Promise.resolve(receipt);
  }

  private takeFailure(): DataError | undefined {
    const failure = this.failNext;
    this.failNext = undefined;
    return failure;
  }
}

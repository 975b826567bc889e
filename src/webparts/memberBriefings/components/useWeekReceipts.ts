import * as React from 'react';
import * as common from 'CommonStrings';
import * as strings from 'MemberBriefingsWebPartStrings';
import type { IReceiptRepository } from '../../../data/IReceiptRepository';
import { IBriefingReceipt, IReceiptState, receiptState } from '../../../model/BriefingReceipt';
import { describeDataError } from '../../../ui/describeDataError';
import { formatText } from '../../../ui/formatText';

export interface IWeekReceipts {
  /** Undefined while the member's receipts load, or when they could not be read. */
  readonly state?: IReceiptState;
  /** The write in flight: 'read' or an item id. */
  readonly busy?: 'read' | number;
  /** Said politely to screen readers (and shown) after each change. */
  readonly announcement: string;
  /** Why the last action failed; what the member saw is unchanged. */
  readonly failure?: string;
  markRead(): void;
  undoRead(): void;
  acknowledge(itemId: number, title: string): void;
  undoAcknowledge(itemId: number, title: string): void;
}

/**
 * The signed-in member's receipts for one week's briefing and the one-click actions on them.
 * The state changes only once SharePoint has answered, so a failed write loses nothing: the
 * member still sees what is stored and is told why it did not change.
 */
export function useWeekReceipts(repository: IReceiptRepository | undefined, briefingId: number | undefined, listsSiteUrl: string): IWeekReceipts | undefined {
  const [receipts, setReceipts] = React.useState<readonly IBriefingReceipt[] | undefined>(undefined);
  const [busy, setBusy] = React.useState<'read' | number | undefined>(undefined);
  const [announcement, setAnnouncement] = React.useState('');
  const [failure, setFailure] = React.useState<string | undefined>(undefined);

  React.useEffect(() => {
    if (!repository || briefingId === undefined) return undefined;
    let live = true;
    repository.mine(briefingId).then(
      (mine) => live && setReceipts(mine),
      (error: unknown) => live && setFailure(formatText(strings.ReceiptsLoadFailed, describeDataError(error, listsSiteUrl, common).message))
    );
    return (): void => {
      live = false;
    };
  }, [repository, briefingId, listsSiteUrl]);

  if (!repository || briefingId === undefined) return undefined;

  const run = (key: 'read' | number, action: () => Promise<readonly IBriefingReceipt[]>, done: string): void => {
    if (busy !== undefined) return;
    setBusy(key);
    setFailure(undefined);
    action().then(
      (next) => {
        setReceipts(next);
        setBusy(undefined);
        setAnnouncement(done);
      },
      (error: unknown) => {
        const reason = formatText(strings.ReceiptSaveFailed, describeDataError(error, listsSiteUrl, common).message);
        setBusy(undefined);
        setFailure(reason);
        setAnnouncement(reason);
      }
    );
  };
  const current = receipts ?? [];
  const state = receipts ? receiptState(receipts) : undefined;
  return {
    state,
    busy,
    announcement,
    failure,
    markRead: () => run('read', async () => [...current, await repository.markRead(briefingId)], strings.ReceiptMarkedRead),
    undoRead: () => {
      const read = state?.read;
      if (!read) return;
      run('read', async () => {
        await repository.withdraw(read);
        return current.filter((receipt) => receipt.kind !== 'read');
      }, strings.ReceiptReadUndone);
    },
    acknowledge: (itemId, title) =>
      run(itemId, async () => [...current, await repository.acknowledge(briefingId, itemId)], formatText(strings.ReceiptAcknowledged, title)),
    undoAcknowledge: (itemId, title) => {
      const receipt = state?.acknowledged.get(itemId);
      if (!receipt) return;
      run(itemId, async () => {
        await repository.withdraw(receipt);
        return current.filter((candidate) => candidate.itemId !== itemId);
      }, formatText(strings.ReceiptAcknowledgementUndone, title));
    }
  };
}

/** The week's receipts for the item articles below the bar (no prop drilling through the sections). */
export const WeekReceiptsContext = React.createContext<IWeekReceipts | undefined>(undefined);

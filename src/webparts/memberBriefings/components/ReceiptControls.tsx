import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Icon } from '@fluentui/react/lib/Icon';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'MemberBriefingsWebPartStrings';
import { formatText } from '../../../ui/formatText';
import { LiveAnnouncement } from '../../../ui/LiveAnnouncement';
import { hiddenInPrint } from './printStyles';
import { WeekReceiptsContext } from './useWeekReceipts';

const classes = mergeStyleSets({
  bar: [{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, margin: '0 0 16px' }, hiddenInPrint],
  item: [{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, margin: '8px 0 0' }, hiddenInPrint],
  done: { display: 'inline-flex', alignItems: 'center', gap: 6, margin: 0, fontWeight: 600 },
  failure: { flexBasis: '100%' }
});

/** "Mark this week's briefing as read", or that it is read with an undo; the result is announced. */
export function WeekReceiptBar(): JSX.Element | null {
  const receipts = React.useContext(WeekReceiptsContext);
  if (!receipts) return null;
  const { state, busy, failure } = receipts;
  return (
    <div className={classes.bar}>
      {state?.read ? (
        <>
          <p className={classes.done}>
            <Icon iconName="CheckMark" aria-hidden />
            {strings.ReceiptReadDone}
          </p>
          <DefaultButton text={strings.ReceiptUndo} ariaLabel={strings.ReceiptUndoReadLabel} disabled={busy !== undefined} onClick={receipts.undoRead} />
        </>
      ) : state ? (
        <PrimaryButton text={busy === 'read' ? strings.ReceiptSaving : strings.ReceiptMarkRead} disabled={busy !== undefined} onClick={receipts.markRead} />
      ) : null}
      {failure ? (
        <MessageBar className={classes.failure} messageBarType={MessageBarType.error}>
          {failure}
        </MessageBar>
      ) : null}
      <LiveAnnouncement message={receipts.announcement} settleMs={50} />
    </div>
  );
}

/** On an item that asks for it: "Acknowledge", or that it is acknowledged with an undo. */
export function AcknowledgeControl(props: { itemId: number; title: string }): JSX.Element | null {
  const receipts = React.useContext(WeekReceiptsContext);
  if (!receipts?.state) return null;
  const { state, busy } = receipts;
  const done = state.acknowledged.has(props.itemId);
  return (
    <div className={classes.item}>
      {done ? (
        <>
          <p className={classes.done}>
            <Icon iconName="CheckMark" aria-hidden />
            {strings.ReceiptAcknowledgedDone}
          </p>
          <DefaultButton
            text={strings.ReceiptUndo}
            ariaLabel={formatText(strings.ReceiptUndoAcknowledgeLabel, props.title)}
            disabled={busy !== undefined}
            onClick={() => receipts.undoAcknowledge(props.itemId, props.title)}
          />
        </>
      ) : (
        <>
          <p className={classes.done}>{strings.ReceiptAcknowledgementAsked}</p>
          <PrimaryButton
            text={busy === props.itemId ? strings.ReceiptSaving : strings.ReceiptAcknowledge}
            ariaLabel={formatText(strings.ReceiptAcknowledgeLabel, props.title)}
            disabled={busy !== undefined}
            onClick={() => receipts.acknowledge(props.itemId, props.title)}
          />
        </>
      )}
    </div>
  );
}

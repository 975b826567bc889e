import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'MemberBriefingsWebPartStrings';
import { formatText } from '../../../ui/formatText';
import { LiveAnnouncement } from '../../../ui/LiveAnnouncement';
import { hiddenInPrint } from './printStyles';
import { WeekReceiptsContext } from './useWeekReceipts';
import { Button } from '../../../ui/controls/Button';
import { Notice } from '../../../ui/controls/Notice';

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
          <Button text={strings.ReceiptUndo} aria-label={strings.ReceiptUndoReadLabel} disabled={busy !== undefined} onClick={receipts.undoRead} />
        </>
      ) : state ? (
        <Button variant="primary" text={busy === 'read' ? strings.ReceiptSaving : strings.ReceiptMarkRead} disabled={busy !== undefined} onClick={receipts.markRead} />
      ) : null}
      {failure ? (
        <Notice className={classes.failure} type="error">
          {failure}
        </Notice>
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
          <Button
            text={strings.ReceiptUndo}
            aria-label={formatText(strings.ReceiptUndoAcknowledgeLabel, props.title)}
            disabled={busy !== undefined}
            onClick={() => receipts.undoAcknowledge(props.itemId, props.title)}
          />
        </>
      ) : (
        <>
          <p className={classes.done}>{strings.ReceiptAcknowledgementAsked}</p>
          <Button
            variant="primary"
            text={busy === props.itemId ? strings.ReceiptSaving : strings.ReceiptAcknowledge}
            aria-label={formatText(strings.ReceiptAcknowledgeLabel, props.title)}
            disabled={busy !== undefined}
            onClick={() => receipts.acknowledge(props.itemId, props.title)}
          />
        </>
      )}
    </div>
  );
}

import * as React from 'react';
import { FontIcon } from '@fluentui/react/lib/Icon';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { css, getId } from '@fluentui/react/lib/Utilities';
import { Button } from './Button';

export type NoticeType = 'info' | 'warning' | 'error' | 'success';

export interface INoticeProps {
  readonly type: NoticeType;
  readonly children: React.ReactNode;
  /**
   * The live region's role. As Fluent's MessageBar: `alert` (assertive) for errors, `status` (polite)
   * for the rest, unless told otherwise.
   */
  readonly role?: 'alert' | 'status';
  /** Buttons or links under the message (e.g. "Try again"). */
  readonly actions?: React.ReactNode;
  /** With `dismissLabel`, offers a button that closes the notice. */
  readonly onDismiss?: () => void;
  readonly dismissLabel?: string;
  readonly className?: string;
}

const ICONS: Record<NoticeType, string> = { info: 'Info', warning: 'Info', error: 'ErrorBadge', success: 'Completed' };

/**
 * A message across the view, as Fluent 8's MessageBar looked and behaved (its colours from the theme's
 * semantic message colours, its icon, its live region), without Fluent's button code. The message is
 * put into the live region just after the region itself appears, so screen readers announce it.
 */
export function Notice(props: INoticeProps): JSX.Element {
  const theme = useTheme();
  const { type } = props;
  const classes = React.useMemo(() => {
    const colours = theme.semanticColors;
    const background = { info: colours.infoBackground, warning: colours.warningBackground, error: colours.errorBackground, success: colours.successBackground }[type];
    const icon = { info: colours.infoIcon, warning: colours.warningIcon, error: colours.errorIcon, success: colours.successIcon }[type];
    return mergeStyleSets({
      root: {
        display: 'grid',
        gridTemplateColumns: 'auto minmax(0, 1fr) auto',
        alignItems: 'start',
        columnGap: 8,
        padding: '8px 12px',
        minHeight: 32,
        boxSizing: 'border-box',
        fontSize: 14,
        lineHeight: '20px',
        color: colours.messageText,
        backgroundColor: background,
        overflowWrap: 'anywhere',
        selectors: { '@media (forced-colors: active)': { border: '1px solid CanvasText' } }
      },
      icon: { fontSize: 16, lineHeight: '20px', color: icon, selectors: { '@media (forced-colors: active)': { color: 'CanvasText' } } },
      text: { minWidth: 0 },
      actions: { gridColumn: '2 / 4', display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 8 },
      dismiss: { minHeight: 24, minWidth: 24, padding: 4, color: colours.messageText }
    });
  }, [theme, type]);
  const labelId = React.useMemo(() => getId('notice'), []);
  const [shown, setShown] = React.useState(false);
  React.useEffect(() => setShown(true), []);
  const { onDismiss, dismissLabel, actions } = props;
  const dismissible = onDismiss !== undefined && dismissLabel !== undefined;
  const role = props.role ?? (type === 'error' ? 'alert' : 'status');
  // As Fluent's: a notice holding controls becomes a region described by its message.
  const regionProps = actions || dismissible ? { role: 'region', 'aria-describedby': labelId } : {};
  return (
    <div className={css(classes.root, props.className)} {...regionProps}>
      <FontIcon iconName={ICONS[type]} className={classes.icon} aria-hidden="true" />
      <div id={labelId} className={classes.text} role={role} aria-live={role === 'alert' ? 'assertive' : 'polite'}>
        {shown ? props.children : null}
      </div>
      {dismissible ? <Button variant="subtle" iconName="Clear" className={classes.dismiss} aria-label={dismissLabel} title={dismissLabel} onClick={onDismiss} /> : <span />}
      {actions ? <div className={classes.actions}>{actions}</div> : null}
    </div>
  );
}

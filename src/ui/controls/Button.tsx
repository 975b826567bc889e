import * as React from 'react';
import { FontIcon } from '@fluentui/react/lib/Icon';
import { ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { css, memoizeFunction } from '@fluentui/react/lib/Utilities';
import { ButtonVariant, buttonStyles } from './buttonStyles';

export type { ButtonVariant } from './buttonStyles';

export interface IButtonProps extends Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  /** The button's visible name. */
  readonly text?: string;
  /** `default` when absent; `subtle` is a borderless action in the link colour (Fluent's ActionButton). */
  readonly variant?: ButtonVariant;
  /** A Fluent icon-font name drawn before the text, hidden from assistive technology. */
  readonly iconName?: string;
  /** An icon drawn after the text (e.g. a "Next" chevron), as Fluent's menuIconProps placed it. */
  readonly endIconName?: string;
  readonly children?: React.ReactNode;
}

/** One set of styles per theme and variant, shared by every button and link button on the page. */
const buttonClasses = memoizeFunction((theme: ITheme, variant: ButtonVariant) =>
  mergeStyleSets({ button: buttonStyles(theme, variant), icon: { fontSize: 16, lineHeight: '16px', flex: '0 0 auto', color: variant === 'subtle' ? theme.palette.themePrimary : 'inherit' } })
);

/**
 * The browser's own `<button>` drawn as Fluent 8's Primary, Default or Action button, without
 * Fluent's BaseButton (which brings its split-button menu, and with it ContextualMenu, into every
 * bundle that shows a button). `type` defaults to "button" so it never submits a form by accident.
 */
export const Button = React.forwardRef<HTMLButtonElement, IButtonProps>(function Button(props, ref): JSX.Element {
  const { text, variant = 'default', iconName, endIconName, children, className, type = 'button', ...native } = props;
  const classes = buttonClasses(useTheme(), variant);
  return (
    <button ref={ref} type={type} className={css(classes.button, className)} {...native}>
      {iconName ? <FontIcon iconName={iconName} className={classes.icon} aria-hidden="true" /> : null}
      {text !== undefined ? <span>{text}</span> : null}
      {children}
      {endIconName ? <FontIcon iconName={endIconName} className={classes.icon} aria-hidden="true" /> : null}
    </button>
  );
});

export interface ILinkButtonProps extends Omit<React.AnchorHTMLAttributes<HTMLAnchorElement>, 'children'> {
  readonly text: string;
  readonly variant?: ButtonVariant;
  readonly iconName?: string;
}

/** A link (it goes somewhere: mailto:, tel:, a download, Teams) drawn as a Button, as Fluent's buttons with an href were. */
export function LinkButton(props: ILinkButtonProps): JSX.Element {
  const { text, variant = 'subtle', iconName, className, ...native } = props;
  const classes = buttonClasses(useTheme(), variant);
  return (
    <a className={css(classes.button, className)} {...native}>
      {iconName ? <FontIcon iconName={iconName} className={classes.icon} aria-hidden="true" /> : null}
      <span>{text}</span>
    </a>
  );
}

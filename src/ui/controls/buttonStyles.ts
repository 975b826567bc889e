import { IRawStyle, ITheme } from '@fluentui/react/lib/Styling';

export type ButtonVariant = 'primary' | 'default' | 'subtle';

/**
 * Fluent 8's button look from the theme's semantic colours (so SharePoint, Teams and high-contrast
 * themes apply): primary and default are 32 px boxes with a 1 px border, subtle is a borderless
 * action in the theme's link colour. Every variant is at least 32 × 32 px (WCAG 2.2 2.5.8 asks for
 * 24 × 24), has a 2 px focus ring in the theme's primary colour (2.4.7, 2.4.11) and keeps system
 * colours when the browser forces its own.
 */
export function buttonStyles(theme: ITheme, variant: ButtonVariant): IRawStyle {
  const colours = theme.semanticColors;
  const base: IRawStyle = {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: 8,
    boxSizing: 'border-box',
    minHeight: 32,
    minWidth: 32,
    margin: 0,
    font: 'inherit',
    fontSize: 14,
    lineHeight: '20px',
    textAlign: 'center',
    textDecoration: 'none',
    borderRadius: 2,
    cursor: 'pointer',
    userSelect: 'none',
    overflowWrap: 'anywhere'
  };
  const focus: IRawStyle['selectors'] = {
    ':focus': { outline: 'none' },
    // Tripled class: Fluent's own ".ms-Fabric--isFocusVisible .x:focus" rule must not win.
    '&&&:focus-visible': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: '2px' }
  };
  if (variant === 'subtle') {
    return {
      ...base,
      padding: '4px 8px',
      fontWeight: 400,
      color: colours.actionLink,
      backgroundColor: 'transparent',
      border: '1px solid transparent',
      selectors: {
        ...focus,
        ':hover:not(:disabled)': { color: colours.actionLinkHovered, backgroundColor: colours.buttonBackgroundHovered },
        ':active:not(:disabled)': { backgroundColor: colours.buttonBackgroundPressed },
        ':disabled': { color: colours.disabledText, cursor: 'default' },
        '@media (forced-colors: active)': { color: 'LinkText', selectors: { ':disabled': { color: 'GrayText' } } }
      }
    };
  }
  const primary = variant === 'primary';
  return {
    ...base,
    minWidth: 80,
    padding: '5px 16px',
    fontWeight: 600,
    color: primary ? colours.primaryButtonText : colours.buttonText,
    backgroundColor: primary ? colours.primaryButtonBackground : colours.buttonBackground,
    border: `1px solid ${primary ? colours.primaryButtonBackground : colours.buttonBorder}`,
    selectors: {
      ...focus,
      ':hover:not(:disabled)': primary
        ? { color: colours.primaryButtonTextHovered, backgroundColor: colours.primaryButtonBackgroundHovered, borderColor: colours.primaryButtonBackgroundHovered }
        : { color: colours.buttonTextHovered, backgroundColor: colours.buttonBackgroundHovered },
      ':active:not(:disabled)': primary
        ? { color: colours.primaryButtonTextPressed, backgroundColor: colours.primaryButtonBackgroundPressed, borderColor: colours.primaryButtonBackgroundPressed }
        : { color: colours.buttonTextPressed, backgroundColor: colours.buttonBackgroundPressed },
      ':disabled': {
        color: primary ? colours.primaryButtonTextDisabled : colours.buttonTextDisabled,
        backgroundColor: primary ? colours.primaryButtonBackgroundDisabled : colours.buttonBackgroundDisabled,
        borderColor: primary ? colours.primaryButtonBackgroundDisabled : colours.buttonBackgroundDisabled,
        cursor: 'default'
      },
      '@media (forced-colors: active)': {
        color: primary ? 'HighlightText' : 'ButtonText',
        backgroundColor: primary ? 'Highlight' : 'ButtonFace',
        borderColor: primary ? 'Highlight' : 'ButtonText',
        forcedColorAdjust: 'none',
        selectors: { ':disabled': { color: 'GrayText', backgroundColor: 'ButtonFace', borderColor: 'GrayText' } }
      }
    }
  };
}

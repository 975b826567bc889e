import { IRawStyle, ITheme } from '@fluentui/react/lib/Styling';

/**
 * The look the light controls share with Fluent 8's text fields and dropdowns, from the theme's
 * semantic colours (so SharePoint, Teams and high-contrast themes apply): a 32 px box with a 1 px
 * input border, a 2 px ring in the theme's primary colour for keyboard focus (WCAG 2.2 2.4.7, 2.4.11)
 * and system colours when the browser forces its own (Windows high contrast).
 */
export function fieldLabel(theme: ITheme): IRawStyle {
  return {
    display: 'block',
    fontSize: 14,
    fontWeight: 600,
    padding: '5px 0',
    color: theme.semanticColors.bodyText,
    overflowWrap: 'anywhere'
  };
}

export function fieldBox(theme: ITheme): IRawStyle {
  const colours = theme.semanticColors;
  return {
    boxSizing: 'border-box',
    width: '100%',
    minHeight: 32,
    margin: 0,
    padding: '5px 32px 5px 8px',
    font: 'inherit',
    fontSize: 14,
    lineHeight: '20px',
    textAlign: 'start',
    color: colours.inputText,
    backgroundColor: colours.inputBackground,
    border: `1px solid ${colours.inputBorder}`,
    borderRadius: 2,
    cursor: 'pointer',
    // The browser's own parts (a native select's popup) in the theme's light or dark scheme.
    colorScheme: theme.isInverted ? 'dark' : 'light',
    selectors: {
      ':hover': { borderColor: colours.inputBorderHovered },
      ':focus': { outline: 'none' },
      // Tripled class: Fluent's own ".ms-Fabric--isFocusVisible .x:focus" rule must not win.
      '&&&:focus-visible': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: '2px' },
      '@media (forced-colors: active)': {
        color: 'FieldText',
        backgroundColor: 'Field',
        borderColor: 'FieldText',
        forcedColorAdjust: 'auto'
      }
    }
  };
}

/** A down-pointing chevron drawn with borders (no icon font), placed at the end of a field box. */
export function fieldChevron(theme: ITheme): IRawStyle {
  return {
    position: 'absolute',
    insetInlineEnd: 12,
    top: '50%',
    width: 6,
    height: 6,
    marginTop: -5,
    borderRight: `1.5px solid ${theme.semanticColors.inputText}`,
    borderBottom: `1.5px solid ${theme.semanticColors.inputText}`,
    transform: 'rotate(45deg)',
    pointerEvents: 'none',
    selectors: { '@media (forced-colors: active)': { borderColor: 'FieldText' } }
  };
}

/**
 * A native checkbox or radio button with its label beside it: 20 px in the theme's primary colour,
 * the whole row at least 24 px tall (WCAG 2.2 2.5.8), the focus ring around the box.
 */
export function choiceStyles(theme: ITheme): { choice: IRawStyle; input: IRawStyle } {
  return {
    choice: {
      display: 'inline-flex',
      alignItems: 'flex-start',
      gap: 8,
      minHeight: 24,
      padding: '4px 0',
      fontSize: 14,
      lineHeight: '20px',
      color: theme.semanticColors.bodyText,
      cursor: 'pointer',
      overflowWrap: 'anywhere'
    },
    input: {
      flex: '0 0 auto',
      width: 20,
      height: 20,
      margin: 0,
      accentColor: theme.palette.themePrimary,
      colorScheme: theme.isInverted ? 'dark' : 'light',
      cursor: 'pointer',
      selectors: {
        ':focus': { outline: 'none' },
        '&&&:focus-visible': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: '2px' }
      }
    }
  };
}

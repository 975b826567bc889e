import type { IDropdownStyleProps, IDropdownStyles } from '@fluentui/react/lib/Dropdown';
import { IRawStyle, ITheme } from '@fluentui/react/lib/Styling';

/** Hides content visually while keeping it for screen readers (live regions, extra labels). */
export const visuallyHidden: IRawStyle = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0
};

/** A focus ring that shows for keyboard users in every theme, including high contrast. */
export function focusRing(theme: ITheme): IRawStyle {
  return {
    selectors: {
      // Tripled class: Fluent's own ".ms-Fabric--isFocusVisible .x:focus" thin ring must not win.
      '&&&:focus-visible': {
        outline: `2px solid ${theme.palette.themePrimary}`,
        outlineOffset: '2px'
      }
    }
  };
}

/** WCAG 2.2 target size (2.5.8): interactive targets at least 24 by 24 CSS pixels. */
export const minimumTarget: IRawStyle = { minHeight: 24, minWidth: 24 };

/**
 * Dropdown placeholders ("Any party") in body text colour: themes generated from a few colours
 * (Teams, custom SharePoint themes) make Fluent's placeholder grey fail 4.5:1 contrast.
 */
export function readableDropdownPlaceholder(props: IDropdownStyleProps): Partial<IDropdownStyles> {
  return props.isRenderingPlaceholder && props.theme ? { title: { color: props.theme.semanticColors.bodyText } } : {};
}

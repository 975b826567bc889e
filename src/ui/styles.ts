import type { IDropdownStyleProps, IDropdownStyles } from '@fluentui/react/lib/Dropdown';
import type { IPanelStyles } from '@fluentui/react/lib/Panel';
import type { IPivotStyles } from '@fluentui/react/lib/Pivot';
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

/**
 * A dropdown whose title may be long (several chosen services, a briefing's name): it wraps onto
 * further lines instead of being cut off with an ellipsis at 320 px (WCAG 1.4.10), its placeholder
 * in body text colour.
 */
export function wrappingDropdown(props: IDropdownStyleProps): Partial<IDropdownStyles> {
  const readable = readableDropdownPlaceholder(props);
  return {
    title: [readable.title, { whiteSpace: 'normal', overflowWrap: 'anywhere', height: 'auto', minHeight: 32, lineHeight: '20px', paddingTop: 5, paddingBottom: 5 }]
  };
}

/** A tab that may take two lines: at least Fluent's 44 px tall, its text on 20 px lines. */
const wrappingTab: IRawStyle = {
  height: 'auto',
  minHeight: 44,
  lineHeight: '20px',
  paddingTop: 12,
  paddingBottom: 12,
  whiteSpace: 'normal',
  maxWidth: '100%',
  textAlign: 'start'
};

/**
 * A Fluent Pivot tab row that wraps instead of running off a narrow screen (WCAG 1.4.10, reflow
 * at 320 CSS px): the tabs flow onto further lines, a long tab name onto two. Every tab stays on
 * show, so nothing hides in an overflow menu; arrow keys still go from tab to tab in order (the
 * Pivot's focus zone is horizontal, which moves in document order, not by position on screen).
 */
export const wrappingTabs: Partial<IPivotStyles> = {
  root: { display: 'flex', flexWrap: 'wrap', whiteSpace: 'normal' },
  link: wrappingTab,
  linkIsSelected: wrappingTab
};

/**
 * For a web part's or panel's outermost box: a long unbroken word (a name, an email, a URL) breaks
 * where it must instead of running out of its column over its neighbours. Inherited, so it reaches
 * every text inside; unlike break-word, "anywhere" also lets flex and grid items shrink to fit.
 */
export const wrapsLongWords: IRawStyle = { minWidth: 0, overflowWrap: 'anywhere' };

/** A web part's root grid: one column that may be narrower than its content, long words wrapped. */
export const webPartRoot: IRawStyle = { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', ...wrapsLongWords };

/** The profile panels: long names, emails and links wrap inside the panel. */
export const profilePanelStyles: Partial<IPanelStyles> = { main: wrapsLongWords };

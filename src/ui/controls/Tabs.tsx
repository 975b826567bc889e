import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { css, getId } from '@fluentui/react/lib/Utilities';

export interface ITab<K extends string> {
  readonly key: K;
  readonly text: string;
}

/** The ids that tie each tab to its panel (aria-controls, aria-labelledby). */
export interface ITabIds<K extends string> {
  readonly tab: (key: K) => string;
  readonly panel: (key: K) => string;
}

export function useTabIds<K extends string>(prefix: string): ITabIds<K> {
  return React.useMemo(() => {
    const base = getId(prefix);
    return { tab: (key: K) => `${base}-tab-${key}`, panel: (key: K) => `${base}-panel-${key}` };
  }, [prefix]);
}

export interface ITabListProps<K extends string> {
  /** The tab list's accessible name. */
  readonly label: string;
  readonly tabs: readonly ITab<K>[];
  readonly selectedKey: K;
  readonly onSelect: (key: K) => void;
  readonly ids: ITabIds<K>;
  readonly className?: string;
}

/**
 * The WAI-ARIA tabs pattern (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/) with manual activation,
 * as Fluent's Pivot behaved: Tab reaches the selected tab only (roving tabindex), the arrow keys move
 * between tabs (wrapping, mirrored right to left), Home and End go to the first and last, Enter, Space
 * or a click selects. Tabs wrap onto further lines rather than run off a narrow screen (WCAG 1.4.10).
 */
export function TabList<K extends string>(props: ITabListProps<K>): JSX.Element {
  const theme = useTheme();
  const classes = React.useMemo(() => {
    const colours = theme.semanticColors;
    return mergeStyleSets({
      list: { display: 'flex', flexWrap: 'wrap', whiteSpace: 'normal' },
      tab: {
        position: 'relative',
        boxSizing: 'border-box',
        minHeight: 44,
        maxWidth: '100%',
        margin: '0 8px 0 0',
        padding: '12px 8px',
        font: 'inherit',
        fontSize: 14,
        lineHeight: '20px',
        textAlign: 'start',
        color: colours.bodyText,
        backgroundColor: 'transparent',
        border: 'none',
        borderRadius: 2,
        cursor: 'pointer',
        overflowWrap: 'anywhere',
        selectors: {
          ':hover': { backgroundColor: colours.buttonBackgroundHovered, color: colours.bodyTextChecked },
          ':active': { backgroundColor: colours.buttonBackgroundPressed },
          ':focus': { outline: 'none' },
          '&&&:focus-visible': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: '-2px' },
          // The selected tab's bar: 2 px in the theme's primary colour under the tab's text.
          '::before': {
            content: '""',
            position: 'absolute',
            left: 8,
            right: 8,
            bottom: 0,
            height: 2,
            backgroundColor: 'transparent',
            transition: 'left 0.267s, right 0.267s'
          },
          '@media (forced-colors: active)': { color: 'ButtonText', forcedColorAdjust: 'auto' }
        }
      },
      selected: {
        fontWeight: 600,
        selectors: {
          '::before': { backgroundColor: colours.inputBackgroundChecked },
          '@media (forced-colors: active)': { selectors: { '::before': { backgroundColor: 'Highlight' } } }
        }
      }
    });
  }, [theme]);
  const { tabs, selectedKey, onSelect, ids } = props;
  const buttons = React.useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: React.KeyboardEvent<HTMLButtonElement>, index: number): void => {
    const rightToLeft = getComputedStyle(event.currentTarget).direction === 'rtl';
    const forward = rightToLeft ? 'ArrowLeft' : 'ArrowRight';
    const back = rightToLeft ? 'ArrowRight' : 'ArrowLeft';
    let next: number | undefined;
    if (event.key === forward) next = (index + 1) % tabs.length;
    else if (event.key === back) next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    buttons.current[next]?.focus();
  };

  return (
    <div role="tablist" aria-label={props.label} className={css(classes.list, props.className)}>
      {tabs.map((tab, index) => {
        const selected = tab.key === selectedKey;
        return (
          <button
            key={tab.key}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="tab"
            id={ids.tab(tab.key)}
            aria-selected={selected}
            // Only the selected tab's panel is drawn, so only it has a panel to point at.
            aria-controls={selected ? ids.panel(tab.key) : undefined}
            tabIndex={selected ? 0 : -1}
            className={css(classes.tab, selected && classes.selected)}
            onClick={() => onSelect(tab.key)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.text}
          </button>
        );
      })}
    </div>
  );
}

export interface ITabPanelProps<K extends string> {
  readonly selectedKey: K;
  readonly ids: ITabIds<K>;
  readonly children: React.ReactNode;
  readonly className?: string;
}

/** The selected tab's panel, named by its tab. */
export function TabPanel<K extends string>(props: ITabPanelProps<K>): JSX.Element {
  return (
    <div role="tabpanel" id={props.ids.panel(props.selectedKey)} aria-labelledby={props.ids.tab(props.selectedKey)} className={props.className}>
      {props.children}
    </div>
  );
}

import * as React from 'react';
import { ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { getId, memoizeFunction } from '@fluentui/react/lib/Utilities';
import type { ISelectOption } from './Select';
import { fieldBox, fieldChevron, fieldLabel } from './fieldStyles';

export interface IMultiSelectProps {
  label: string;
  /** What the field says when nothing is chosen ("Any party"). */
  placeholder: string;
  options: readonly ISelectOption[];
  selectedKeys: readonly string[];
  onChange: (key: string, selected: boolean) => void;
  className?: string;
}

/**
 * Several choices: a select-only combobox that opens a list of options to tick, as the WAI-ARIA
 * Authoring Practices describe (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/ and
 * .../listbox/). Enter, Space, Alt+Down or Down open the list with focus on the first chosen option;
 * Up/Down/Home/End move; Space or Enter ticks; Escape closes and returns to the field; Tab moves on.
 * The list is drawn under the field in the page (no layer or positioning code).
 */
export const MultiSelect = React.memo(function MultiSelect(props: IMultiSelectProps): JSX.Element {
  const theme = useTheme();
  const classes = multiSelectClasses(theme);
  const ids = React.useMemo(() => {
    const base = getId('multi-select');
    return { label: `${base}-label`, value: `${base}-value`, list: `${base}-list` };
  }, []);
  const { options, selectedKeys, onChange } = props;
  const [open, setOpen] = React.useState(false);
  const [active, setActive] = React.useState(0);
  const rootRef = React.useRef<HTMLDivElement>(null);
  const fieldRef = React.useRef<HTMLDivElement>(null);
  const optionRefs = React.useRef<(HTMLLIElement | null)[]>([]);
  const selected = React.useMemo(() => new Set(selectedKeys), [selectedKeys]);
  const chosenText = options.filter((option) => selected.has(option.key)).map((option) => option.text).join(', ');

  const openAt = (index: number): void => {
    if (options.length === 0) return;
    setActive(Math.max(0, Math.min(options.length - 1, index)));
    setOpen(true);
  };
  const firstChosen = (): number => Math.max(0, options.findIndex((option) => selected.has(option.key)));
  const close = (returnFocus: boolean): void => {
    setOpen(false);
    if (returnFocus) fieldRef.current?.focus();
  };

  React.useLayoutEffect(() => {
    if (open) optionRefs.current[active]?.focus();
  }, [open, active]);

  // A pointer press outside closes the list, as a click away from Fluent's callout did.
  React.useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (event: PointerEvent): void => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onFieldKeyDown = (event: React.KeyboardEvent): void => {
    switch (event.key) {
      case 'Enter':
      case ' ':
      case 'ArrowDown':
        event.preventDefault();
        openAt(firstChosen());
        break;
      case 'ArrowUp':
        event.preventDefault();
        openAt(options.length - 1);
        break;
    }
  };
  const toggle = (option: ISelectOption): void => onChange(option.key, !selected.has(option.key));
  const onListKeyDown = (event: React.KeyboardEvent): void => {
    const moves: Readonly<Record<string, number>> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: options.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      if (event.altKey && event.key === 'ArrowUp') close(true);
      else setActive(Math.max(0, Math.min(options.length - 1, moves[event.key])));
    } else if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      toggle(options[active]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      // Escape closes this list only, not a panel or dialog around it.
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div ref={rootRef} className={`${classes.root}${props.className ? ` ${props.className}` : ''}`}>
      <span id={ids.label} className={classes.label}>
        {props.label}
      </span>
      <div
        ref={fieldRef}
        role="combobox"
        tabIndex={0}
        className={classes.field}
        aria-labelledby={`${ids.label} ${ids.value}`}
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-controls={open ? ids.list : undefined}
        onKeyDown={onFieldKeyDown}
        onClick={() => (open ? close(false) : openAt(firstChosen()))}
      >
        <span id={ids.value}>{chosenText || props.placeholder}</span>
        <span className={classes.chevron} aria-hidden="true" />
      </div>
      {open && (
        <ul id={ids.list} role="listbox" aria-multiselectable="true" aria-labelledby={ids.label} className={classes.list} onKeyDown={onListKeyDown}>
          {options.map((option, index) => {
            const isSelected = selected.has(option.key);
            return (
              <li
                key={option.key}
                ref={(element) => {
                  optionRefs.current[index] = element;
                }}
                role="option"
                aria-selected={isSelected}
                tabIndex={index === active ? 0 : -1}
                className={classes.option}
                onClick={() => {
                  setActive(index);
                  toggle(option);
                }}
              >
                <span className={isSelected ? `${classes.tick} ${classes.ticked}` : classes.tick} aria-hidden="true" />
                {option.text}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
});

/** One set of styles per theme, shared by every multi-select on the page (a view draws several at first paint). */
const multiSelectClasses = memoizeFunction((theme: ITheme) => {
  const colours = theme.semanticColors;
  return mergeStyleSets({
    root: { position: 'relative' },
    label: fieldLabel(theme),
    field: [fieldBox(theme), { position: 'relative', overflowWrap: 'anywhere' }],
    chevron: fieldChevron(theme),
    list: {
      position: 'absolute',
      zIndex: 1000,
      insetInlineStart: 0,
      minWidth: '100%',
      maxWidth: 'min(100vw, 480px)',
      maxHeight: 320,
      overflowY: 'auto',
      boxSizing: 'border-box',
      margin: '4px 0 0',
      padding: '4px 0',
      listStyle: 'none',
      backgroundColor: colours.menuBackground,
      color: colours.menuItemText,
      border: `1px solid ${colours.inputBorder}`,
      borderRadius: 2,
      boxShadow: theme.effects.elevation8,
      selectors: { '@media (forced-colors: active)': { backgroundColor: 'Canvas', color: 'CanvasText', borderColor: 'CanvasText' } }
    },
    option: {
      display: 'flex',
      alignItems: 'flex-start',
      gap: 8,
      minHeight: 32,
      boxSizing: 'border-box',
      padding: '6px 8px',
      fontSize: 14,
      lineHeight: '20px',
      cursor: 'pointer',
      overflowWrap: 'anywhere',
      selectors: {
        ':hover': { backgroundColor: colours.menuItemBackgroundHovered },
        ':focus': { outline: 'none' },
        ':focus-visible': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: '-2px' },
        '@media (forced-colors: active)': { selectors: { ':focus-visible': { outlineColor: 'Highlight' } } }
      }
    },
    tick: {
      flex: '0 0 auto',
      position: 'relative',
      width: 18,
      height: 18,
      marginTop: 1,
      boxSizing: 'border-box',
      border: `1px solid ${colours.bodyText}`,
      borderRadius: 2,
      selectors: { '@media (forced-colors: active)': { borderColor: 'CanvasText' } }
    },
    ticked: {
      backgroundColor: theme.palette.themePrimary,
      borderColor: theme.palette.themePrimary,
      selectors: {
        // The tick itself: a rotated corner in the background colour, so it shows on the primary fill.
        '::after': {
          content: '""',
          position: 'absolute',
          left: 5,
          top: 1,
          width: 5,
          height: 10,
          borderRight: `2px solid ${colours.bodyBackground}`,
          borderBottom: `2px solid ${colours.bodyBackground}`,
          transform: 'rotate(45deg)'
        },
        '@media (forced-colors: active)': {
          backgroundColor: 'Highlight',
          borderColor: 'Highlight',
          selectors: { '::after': { borderColor: 'HighlightText' } }
        }
      }
    }
  });
});

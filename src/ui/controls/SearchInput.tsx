import * as React from 'react';
import * as commonStrings from 'CommonStrings';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { fieldBox } from './fieldStyles';

export interface ISearchInputProps {
  /** The input's accessible name (there is no visible label: the search landmark and placeholder say what it is for). */
  ariaLabel: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  className?: string;
}

/**
 * A search box: a `type="search"` input (role searchbox) named by `ariaLabel`, a magnifier drawn in
 * CSS, and, while it holds text, a "Clear search" button (a real button: Tab reaches it, Enter or
 * Space empties the box and puts focus back in it). Escape empties it too, as Fluent's SearchBox did.
 */
export function SearchInput(props: ISearchInputProps): JSX.Element {
  const theme = useTheme();
  const classes = React.useMemo(() => {
    const colours = theme.semanticColors;
    return mergeStyleSets({
      root: { position: 'relative' },
      input: [
        fieldBox(theme),
        {
          cursor: 'text',
          paddingInlineStart: 32,
          paddingInlineEnd: 36,
          // The browser's own clear cross would be a second, unlabelled way to do the same.
          selectors: { '::-webkit-search-cancel-button': { display: 'none' }, '::placeholder': { color: colours.inputPlaceholderText, opacity: 1 } }
        }
      ],
      magnifier: {
        position: 'absolute',
        insetInlineStart: 10,
        top: 9,
        width: 9,
        height: 9,
        border: `1.5px solid ${theme.palette.themePrimary}`,
        borderRadius: '50%',
        pointerEvents: 'none',
        selectors: {
          '::after': {
            content: '""',
            position: 'absolute',
            left: 9,
            top: 9,
            width: 5,
            height: 1.5,
            backgroundColor: theme.palette.themePrimary,
            transform: 'rotate(45deg)',
            transformOrigin: '0 0'
          },
          '@media (forced-colors: active)': { borderColor: 'FieldText', selectors: { '::after': { backgroundColor: 'FieldText' } } }
        }
      },
      clear: {
        position: 'absolute',
        insetInlineEnd: 2,
        top: 2,
        bottom: 2,
        width: 32,
        minHeight: 24,
        margin: 0,
        padding: 0,
        border: 0,
        borderRadius: 2,
        background: 'transparent',
        color: theme.palette.themePrimary,
        font: 'inherit',
        fontSize: 16,
        lineHeight: 1,
        cursor: 'pointer',
        selectors: {
          ':hover': { backgroundColor: colours.buttonBackgroundHovered },
          ':focus': { outline: 'none' },
          '&&&:focus-visible': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: '-2px' },
          '@media (forced-colors: active)': { color: 'ButtonText', selectors: { '&&&:focus-visible': { outlineColor: 'Highlight' } } }
        }
      }
    });
  }, [theme]);
  const inputRef = React.useRef<HTMLInputElement>(null);
  const { onChange } = props;
  const clear = (): void => {
    onChange('');
    inputRef.current?.focus();
  };
  return (
    <div className={`${classes.root}${props.className ? ` ${props.className}` : ''}`}>
      <span className={classes.magnifier} aria-hidden="true" />
      <input
        ref={inputRef}
        type="search"
        className={classes.input}
        aria-label={props.ariaLabel}
        placeholder={props.placeholder}
        value={props.value}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && props.value !== '') {
            event.preventDefault();
            // Emptying the box is all Escape does here, not closing a panel around it.
            event.stopPropagation();
            onChange('');
          }
        }}
      />
      {props.value !== '' && (
        <button type="button" className={classes.clear} aria-label={commonStrings.ClearSearchButton} onClick={clear}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
}

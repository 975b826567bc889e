import * as React from 'react';
import { ITheme, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { getId, memoizeFunction } from '@fluentui/react/lib/Utilities';
import { fieldBox, fieldChevron, fieldLabel } from './fieldStyles';

export interface ISelectOption {
  readonly key: string;
  readonly text: string;
}

export interface ISelectProps {
  label: string;
  options: readonly ISelectOption[];
  /** The chosen option's key: one of `options`, or '' for none yet when there is a `placeholder`. */
  selectedKey: string;
  /** Said while nothing is chosen (e.g. "Choose a ward"); it cannot be chosen again once something is. */
  placeholder?: string;
  onChange: (key: string) => void;
  className?: string;
}

/** One set of styles per theme, shared by every select on the page (a view draws several at first paint). */
const selectClasses = memoizeFunction((theme: ITheme) =>
  mergeStyleSets({
    label: fieldLabel(theme),
    field: { position: 'relative' },
    select: [fieldBox(theme), { appearance: 'none', textOverflow: 'ellipsis' }],
    chevron: fieldChevron(theme)
  })
);

/**
 * A single choice as the browser's own `<select>`, drawn in the theme: the browser gives it its
 * label, arrow keys, type-to-find, its popup (a sheet on phones) and forced-colour styling, so the
 * page carries no popup code of its own at first paint.
 */
export const Select = React.memo(function Select(props: ISelectProps): JSX.Element {
  const classes = selectClasses(useTheme());
  const id = React.useMemo(() => getId('select'), []);
  const { onChange } = props;
  return (
    <div className={props.className}>
      <label className={classes.label} htmlFor={id}>
        {props.label}
      </label>
      <div className={classes.field}>
        <select id={id} className={classes.select} value={props.selectedKey} onChange={(event) => onChange(event.target.value)}>
          {props.placeholder !== undefined && props.selectedKey === '' ? (
            <option value="" disabled>
              {props.placeholder}
            </option>
          ) : null}
          {props.options.map((option) => (
            <option key={option.key} value={option.key}>
              {option.text}
            </option>
          ))}
        </select>
        <span className={classes.chevron} aria-hidden="true" />
      </div>
    </div>
  );
});

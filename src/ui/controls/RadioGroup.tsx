import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { getId } from '@fluentui/react/lib/Utilities';
import type { ISelectOption } from './Select';
import { choiceStyles, fieldLabel } from './fieldStyles';

export interface IRadioGroupProps {
  label: string;
  options: readonly ISelectOption[];
  selectedKey: string;
  onChange: (key: string) => void;
}

/**
 * One choice of a few, as the browser's own radio buttons in a fieldset named by its legend: one
 * Tab stop, arrow keys move and choose (the browser's radio group behaviour), options side by side.
 */
export function RadioGroup(props: IRadioGroupProps): JSX.Element {
  const theme = useTheme();
  const classes = React.useMemo(
    () =>
      mergeStyleSets(choiceStyles(theme), {
        group: { border: 0, margin: 0, padding: 0, minWidth: 0 },
        legend: [fieldLabel(theme), { float: 'left', width: '100%' }],
        options: { clear: 'both', display: 'flex', flexWrap: 'wrap', gap: '4px 16px' }
      }),
    [theme]
  );
  const name = React.useMemo(() => getId('radio-group'), []);
  const { onChange } = props;
  return (
    <fieldset className={classes.group}>
      <legend className={classes.legend}>{props.label}</legend>
      <div className={classes.options}>
        {props.options.map((option) => (
          <label key={option.key} className={classes.choice}>
            <input
              type="radio"
              className={classes.input}
              name={name}
              value={option.key}
              checked={option.key === props.selectedKey}
              onChange={() => onChange(option.key)}
            />
            <span>{option.text}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

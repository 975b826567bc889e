import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { choiceStyles } from './fieldStyles';

export interface ICheckboxProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** The browser's own checkbox in the theme's primary colour, its label beside it (clicking the label ticks it). */
export function Checkbox(props: ICheckboxProps): JSX.Element {
  const theme = useTheme();
  const classes = React.useMemo(() => mergeStyleSets(choiceStyles(theme)), [theme]);
  const { onChange } = props;
  return (
    <label className={classes.choice}>
      <input type="checkbox" className={classes.input} checked={props.checked} onChange={(event) => onChange(event.target.checked)} />
      <span>{props.label}</span>
    </label>
  );
}

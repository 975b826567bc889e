import * as React from 'react';
import * as strings from 'DirectoryHealthWebPartStrings';
import type { IItemRef } from '../../../model/health/healthData';
import { formatText } from '../../../ui/formatText';
import { useHealthClasses } from './healthStyles';

/** Builds the edit form address of an item (see model/health/editFormUrl). */
export type EditUrlOf = (item: IItemRef) => string;

export const EditUrlContext = React.createContext<EditUrlOf>(() => '#');

export function itemName(item: IItemRef): string {
  return item.name.trim() !== '' ? item.name : formatText(strings.UntitledItem, item.id);
}

/** The item's name, linking to its SharePoint edit form (same tab; the form comes back here when saved). */
export function EditFormLink(props: { readonly item: IItemRef; readonly label?: string }): JSX.Element {
  const classes = useHealthClasses();
  const editUrlOf = React.useContext(EditUrlContext);
  return (
    <a className={classes.link} href={editUrlOf(props.item)}>
      {props.label ?? itemName(props.item)}
      <span className={classes.hidden}>{` ${strings.EditFormHint}`}</span>
    </a>
  );
}

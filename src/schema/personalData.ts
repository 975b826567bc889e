import type { IListDefinition } from './types';

export interface IPersonalDataColumn {
  readonly internalName: string;
  readonly displayName: string;
}

/** The columns of a list marked as holding personal data, the built-in Title first when it does. */
export function personalDataColumns(list: IListDefinition): IPersonalDataColumn[] {
  const columns: IPersonalDataColumn[] = list.titlePersonalData ? [{ internalName: 'Title', displayName: list.titleDisplayName }] : [];
  for (const field of list.fields) {
    if (field.personalData) columns.push({ internalName: field.internalName, displayName: field.displayName });
  }
  return columns;
}

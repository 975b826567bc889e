import { ILookupField, ILookupProjection, IListDefinition } from './types';

export interface IListProjection {
  readonly lookup: ILookupField;
  readonly projection: ILookupProjection;
}

/** Every dependent lookup column of a list, with the lookup it depends on. */
export function lookupProjectionsOf(list: IListDefinition): IListProjection[] {
  return list.fields.flatMap((field) =>
    field.type === 'Lookup' || field.type === 'LookupMulti' ? (field.projections ?? []).map((projection) => ({ lookup: field, projection })) : []
  );
}

import type { FieldType, ListKey } from './types';

/**
 * What the web parts read of a column at run time: enough to build `$select`/`$expand` (selectFor) and
 * follow a lookup. The full definition (ids, descriptions, formatting, validation) is for
 * provisioning only and stays out of the bundles.
 */
export interface IRuntimeField {
  readonly internalName: string;
  /** The column's name as admins see it, kept only for the lists whose columns a view names (runtimeProjection.ts). */
  readonly displayName?: string;
  readonly type: FieldType;
  /** The list a lookup points at. */
  readonly target?: ListKey;
}

/** What the web parts read of a list at run time (see IRuntimeField). */
export interface IRuntimeList {
  readonly key: ListKey;
  readonly title: string;
  readonly fields: readonly IRuntimeField[];
}

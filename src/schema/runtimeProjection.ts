import type { IListDefinition } from './types';
import type { IRuntimeField, IRuntimeList } from './runtimeTypes';

/**
 * A list's definition cut down to what the web parts read (IRuntimeList). The runtime copy
 * (runtimeSchema.generated.ts) is written from this by tools/schema/writeRuntimeSchema.ts, and a test
 * fails when the two differ, so src/schema/lists stays the one source of truth.
 */
export function runtimeListOf(list: IListDefinition): IRuntimeList {
  const fields = list.fields.map((field): IRuntimeField => {
    const { internalName, displayName, type } = field;
    return field.type === 'Lookup' || field.type === 'LookupMulti' ? { internalName, displayName, type, target: field.target } : { internalName, displayName, type };
  });
  return { key: list.key, title: list.title, fields };
}

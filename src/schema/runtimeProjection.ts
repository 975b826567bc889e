import type { IListDefinition, ListKey } from './types';
import type { IRuntimeField, IRuntimeList } from './runtimeTypes';

/** Lists whose columns a view names to admins (Directory health's council settings), so keep their display names. */
const NAMED_COLUMNS: ReadonlySet<ListKey> = new Set<ListKey>(['HubSettings']);

/**
 * A list's definition cut down to what the web parts read (IRuntimeList). The runtime copy
 * (runtimeSchema.generated.ts) is written from this by tools/schema/writeRuntimeSchema.ts, and a test
 * fails when the two differ, so src/schema/lists stays the one source of truth.
 */
export function runtimeListOf(list: IListDefinition): IRuntimeList {
  const fields = list.fields.map((field): IRuntimeField => {
    const { internalName, type } = field;
    const named = NAMED_COLUMNS.has(list.key) ? { displayName: field.displayName } : {};
    return field.type === 'Lookup' || field.type === 'LookupMulti' ? { internalName, ...named, type, target: field.target } : { internalName, ...named, type };
  });
  return { key: list.key, title: list.title, fields };
}

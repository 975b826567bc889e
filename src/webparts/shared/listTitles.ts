import { ListKey, runtimeSchema } from '../../schema';

/** The web part property that holds an admin's title for one list, e.g. `listTitleMembers`. */
export type ListTitleProperty<K extends ListKey> = `listTitle${K}`;

/** Web part properties naming the lists `K`; absent or blank means the provisioned list. */
export type ListTitleProperties<K extends ListKey> = { [P in K as ListTitleProperty<P>]?: string };

const PREFIX = 'listTitle';

export function listTitleProperty<K extends ListKey>(key: K): ListTitleProperty<K> {
  return `${PREFIX}${key}`;
}

/** True when a property pane change was to a list's title, so the part must reconnect to its lists. */
export function isListTitleProperty(propertyPath: string): boolean {
  return propertyPath.startsWith(PREFIX) && propertyPath.slice(PREFIX.length) in runtimeSchema;
}

/**
 * The `listTitles` option for a repository: only the lists an admin actually renamed, trimmed.
 * Blank or whitespace-only entries are left out so the repository falls back to src/schema's title.
 */
export function listTitlesFrom<K extends ListKey>(properties: ListTitleProperties<K>, keys: readonly K[]): Partial<Record<K, string>> {
  const titles: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value: unknown = (properties as Partial<Record<string, unknown>>)[listTitleProperty(key)];
    const title = typeof value === 'string' ? value.trim() : '';
    if (title !== '') titles[key] = title;
  }
  return titles;
}

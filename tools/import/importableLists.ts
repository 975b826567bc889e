/**
 * What the importer loads and how it recognises an item that is already there. Everything else
 * (columns, types, choices, lookups, required) comes from src/schema.
 */
import type { ListKey } from '../../src/schema';

export interface IImportableList {
  readonly key: ListKey;
  /** Command-line option naming the CSV file, e.g. `--officers officers.csv`. */
  readonly option: string;
  /** Columns whose values together identify an item across imports (the upsert key). */
  readonly keyColumns: readonly string[];
  /**
   * Columns a CSV cell may use to name an item of this list from another list's lookup column,
   * tried in order (e.g. a member's ward by its GSS code or its name).
   */
  readonly referencedBy: readonly string[];
}

/** In the order they are written: every list after the lists its lookups point at. */
export const IMPORTABLE_LISTS: readonly IImportableList[] = [
  { key: 'Wards', option: 'wards', keyColumns: ['WardCode'], referencedBy: ['WardCode', 'Title'] },
  { key: 'Parties', option: 'parties', keyColumns: ['Title'], referencedBy: ['Title', 'ShortName'] },
  { key: 'Members', option: 'members', keyColumns: ['Email'], referencedBy: ['Email'] },
  { key: 'Committees', option: 'committees', keyColumns: ['Title'], referencedBy: ['Title'] },
  {
    key: 'CommitteeMemberships',
    option: 'memberships',
    keyColumns: ['Member', 'Committee', 'MembershipRole', 'StartDate'],
    referencedBy: []
  },
  // The schema gives services a code meant for imports: titles get reworded, codes do not.
  { key: 'Services', option: 'services', keyColumns: ['ServiceCode'], referencedBy: ['ServiceCode', 'Title'] },
  { key: 'Officers', option: 'officers', keyColumns: ['Email'], referencedBy: ['Email'] }
];

export function importableList(key: ListKey): IImportableList | undefined {
  return IMPORTABLE_LISTS.find((list) => list.key === key);
}

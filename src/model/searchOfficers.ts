import { searchWords } from './normaliseForSearch';
import type { IOfficer, IOfficerDirectory } from './Officer';
import { directorateKey, IIndexedOfficer, officerDirectoryIndex } from './officerDirectoryIndex';

/** The directory's filters; undefined and false mean "any". */
export interface IOfficerFilter {
  /** Officers of services in this directorate (case and stray spaces ignored). */
  readonly directorate?: string;
  readonly serviceId?: number;
  /** Councillor Liaison Officers only. */
  readonly liaisonOnly?: boolean;
}

/**
 * How well an officer's name answers the query; lower is better. Exact: the whole name, or the
 * surname (with any particles: "ap Rhys"). Prefix: every word starts a word of the name
 * ("pri hil"). Partial: found elsewhere (job title, team, service, location) or inside a word.
 */
const EXACT = 0;
const PREFIX = 1;
const PARTIAL = 2;
type NameMatch = typeof EXACT | typeof PREFIX | typeof PARTIAL;

function nameMatch(entry: IIndexedOfficer, query: string, words: readonly string[]): NameMatch {
  if (entry.name === query || entry.name.endsWith(` ${query}`)) return EXACT;
  if (words.every((word) => entry.nameWords.some((nameWord) => nameWord.startsWith(word)))) return PREFIX;
  return PARTIAL;
}

/**
 * Officers passing the filters and matching every word of the query (in name, job title, team,
 * service or location; case, accents and punctuation ignored). Ranked: exact name or surname
 * matches, then name prefixes, then the rest; within each, the Councillor Liaison Officers of a
 * service the query names (or the service filtered on) come first; then surname A to Z.
 * The directory is indexed once, so a keystroke over 20,000 officers scans strings and sorts
 * nothing.
 */
export function searchOfficers(directory: IOfficerDirectory, query: string, filter: IOfficerFilter = {}): IOfficer[] {
  const index = officerDirectoryIndex(directory);
  const words = searchWords(query);
  const normalisedQuery = words.join(' ');
  const wantedDirectorate = filter.directorate === undefined || filter.directorate.trim() === '' ? undefined : directorateKey(filter.directorate);

  const namedServices = new Set<number>();
  if (filter.serviceId !== undefined) namedServices.add(filter.serviceId);
  if (words.length > 0) {
    for (const service of index.services) {
      const text = `${service.name} ${service.keywords.map((keyword) => keyword.normalised).join(' ')}`;
      if (words.every((word) => text.includes(word))) namedServices.add(service.service.id);
    }
  }

  // Buckets by (name match, liaison officer of a named service); each stays in A-to-Z order.
  const buckets: IOfficer[][] = [[], [], [], [], [], []];
  for (const entry of index.officers) {
    const { officer } = entry;
    if (filter.liaisonOnly && !officer.isLiaisonOfficer) continue;
    if (filter.serviceId !== undefined && officer.serviceId !== filter.serviceId) continue;
    if (wantedDirectorate !== undefined && entry.directorateKey !== wantedDirectorate) continue;
    if (!words.every((word) => entry.text.includes(word))) continue;
    const match = words.length === 0 ? PARTIAL : nameMatch(entry, normalisedQuery, words);
    const namedLiaison = officer.isLiaisonOfficer && officer.serviceId !== undefined && namedServices.has(officer.serviceId);
    buckets[match * 2 + (namedLiaison ? 0 : 1)].push(officer);
  }
  return ([] as IOfficer[]).concat(...buckets);
}

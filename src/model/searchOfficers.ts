import { searchWords } from './normaliseForSearch';
import type { IOfficer, IOfficerDirectory } from './Officer';
import { directorateKey, IIndexedOfficer, IOfficerDirectoryIndex, officerDirectoryIndex } from './officerDirectoryIndex';

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

/** `spaced` holds each query word after a space; a name ending with the spaced query ends with the surname asked for. */
function nameMatch(entry: IIndexedOfficer, query: string, spaced: { readonly query: string; readonly words: readonly string[] }): NameMatch {
  if (entry.name === query || entry.spacedName.endsWith(spaced.query)) return EXACT;
  for (const word of spaced.words) if (!entry.spacedName.includes(word)) return PARTIAL;
  return PREFIX;
}

/**
 * Positions (in A-to-Z order) of the officers whose text holds every word: one indexOf pass over
 * the whole directory for the longest word, then the other words only on those it found.
 * `words` must not be empty.
 */
function matchingPositions(index: IOfficerDirectoryIndex, words: readonly string[]): number[] {
  const [first, ...others] = [...words].sort((a, b) => b.length - a.length);
  const { haystack, starts, officers } = index;
  const found: number[] = [];
  let officer = 0;
  let hit = haystack.indexOf(first);
  while (hit >= 0) {
    while (starts[officer + 1] <= hit) officer++;
    const text = officers[officer].text;
    let all = true;
    for (const word of others) all = all && text.includes(word);
    if (all) found.push(officer);
    // On to the next officer's text: one match per officer is enough.
    hit = haystack.indexOf(first, starts[officer + 1]);
  }
  return found;
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
  const filtered = filter.liaisonOnly || filter.serviceId !== undefined || wantedDirectorate !== undefined;
  if (words.length === 0 && !filtered) return index.officers.map((entry) => entry.officer);

  const namedServices = new Set<number>();
  if (filter.serviceId !== undefined) namedServices.add(filter.serviceId);
  if (words.length > 0) {
    for (const service of index.services) {
      if (words.every((word) => service.name.includes(word))) namedServices.add(service.service.id);
    }
  }

  // Buckets by (name match, liaison officer of a named service); each stays in A-to-Z order.
  const buckets: IOfficer[][] = [[], [], [], [], [], []];
  const spaced = { query: ` ${normalisedQuery}`, words: words.map((word) => ` ${word}`) };
  const positions = words.length === 0 ? undefined : matchingPositions(index, words);
  const count = positions ? positions.length : index.officers.length;
  for (let i = 0; i < count; i++) {
    const entry = index.officers[positions ? positions[i] : i];
    const { officer } = entry;
    if (filter.liaisonOnly && !officer.isLiaisonOfficer) continue;
    if (filter.serviceId !== undefined && officer.serviceId !== filter.serviceId) continue;
    if (wantedDirectorate !== undefined && entry.directorateKey !== wantedDirectorate) continue;
    const match = words.length === 0 ? PARTIAL : nameMatch(entry, normalisedQuery, spaced);
    const namedLiaison = officer.isLiaisonOfficer && officer.serviceId !== undefined && namedServices.has(officer.serviceId);
    buckets[match * 2 + (namedLiaison ? 0 : 1)].push(officer);
  }
  return ([] as IOfficer[]).concat(...buckets);
}

/** Queries that run every path a keystroke takes: one letter (most officers match), a longer word, two words, none found. */
const WARM_UP_QUERIES = ['e', 'an', 'ma ro', 'qzx'];

/**
 * Gets the first keystroke ready before anyone types: the index (if not built yet) and one run of each
 * search path, so the engine has compiled them and the first key costs what later keys do. Call it
 * after first content is drawn, off its critical path; the results are thrown away.
 */
export function prepareOfficerSearch(directory: IOfficerDirectory): void {
  for (const query of WARM_UP_QUERIES) searchOfficers(directory, query);
}

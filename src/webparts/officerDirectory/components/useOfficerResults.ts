import * as React from 'react';
import { searchWords } from '../../../model/normaliseForSearch';
import type { IOfficer, IOfficerDirectory } from '../../../model/Officer';
import { prepareOfficerSearch, searchOfficers } from '../../../model/searchOfficers';
import type { IOfficerDirectoryUrlState } from './officerDirectoryUrlState';

/** Searches remembered per view: enough for someone deleting back through what they typed. */
const RECENT_SEARCHES = 16;

interface IRecentSearches {
  readonly directory: IOfficerDirectory;
  /** By search (words and filters), least recently used first. */
  readonly results: Map<string, readonly IOfficer[]>;
}

/**
 * The officers the search and filters select, best match first. The view remembers its last few
 * searches of this directory, so deleting back through a search ("highways" to "h") answers
 * each keystroke without scanning 20,000 officers again.
 */
export function useOfficerResults(directory: IOfficerDirectory, state: IOfficerDirectoryUrlState): readonly IOfficer[] {
  const { query, directorate, serviceId, liaisonOnly } = state;
  const recent = React.useRef<IRecentSearches | undefined>(undefined);
  // After first content is painted (a timer, not the effect itself, so the frame is not held up):
  // the first keystroke over 20,000 officers then costs what later ones do.
  React.useEffect(() => {
    const timer = setTimeout(() => prepareOfficerSearch(directory), 0);
    return () => clearTimeout(timer);
  }, [directory]);
  return React.useMemo(() => {
    if (recent.current?.directory !== directory) recent.current = { directory, results: new Map() };
    const { results } = recent.current;
    const key = JSON.stringify([searchWords(query), directorate ?? '', serviceId ?? null, liaisonOnly]);
    const remembered = results.get(key);
    const found = remembered ?? searchOfficers(directory, query, { directorate, serviceId, liaisonOnly });
    results.delete(key);
    results.set(key, found);
    if (results.size > RECENT_SEARCHES) results.delete(results.keys().next().value as string);
    return found;
  }, [directory, query, directorate, serviceId, liaisonOnly]);
}

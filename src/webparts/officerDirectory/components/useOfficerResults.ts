import * as React from 'react';
import type { IOfficer, IOfficerDirectory } from '../../../model/Officer';
import { searchOfficers } from '../../../model/searchOfficers';
import type { IOfficerDirectoryUrlState } from './officerDirectoryUrlState';

/** The officers the search and filters select, best match first. */
export function useOfficerResults(directory: IOfficerDirectory, state: IOfficerDirectoryUrlState): readonly IOfficer[] {
  const { query, directorate, serviceId, liaisonOnly } = state;
  return React.useMemo(
    () => searchOfficers(directory, query, { directorate, serviceId, liaisonOnly }),
    [directory, query, directorate, serviceId, liaisonOnly]
  );
}

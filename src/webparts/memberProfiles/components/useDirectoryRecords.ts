import * as React from 'react';
import { lookupsFor } from '../../../model/memberLookups';
import type { ICommittee, IMemberDirectory, IParty, IWard } from '../../../model/Member';

/** Finds a member's party, ward or committee from an id that may be missing. */
export interface IDirectoryRecords {
  readonly party: (id: number | undefined) => IParty | undefined;
  readonly ward: (id: number | undefined) => IWard | undefined;
  readonly committee: (id: number | undefined) => ICommittee | undefined;
}

export function useDirectoryRecords(directory: IMemberDirectory): IDirectoryRecords {
  return React.useMemo(() => {
    const lookups = lookupsFor(directory);
    return {
      party: (id) => (id === undefined ? undefined : lookups.parties.get(id)),
      ward: (id) => (id === undefined ? undefined : lookups.wards.get(id)),
      committee: (id) => (id === undefined ? undefined : lookups.committees.get(id))
    };
  }, [directory]);
}

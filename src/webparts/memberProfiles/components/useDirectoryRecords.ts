import * as React from 'react';
import type { ICommittee, IMemberDirectory, IParty, IWard } from '../../../model/Member';

/** Id → record maps over one loaded directory, built once per load. */
export interface IDirectoryLookups {
  readonly party: (id: number | undefined) => IParty | undefined;
  readonly ward: (id: number | undefined) => IWard | undefined;
  readonly committee: (id: number | undefined) => ICommittee | undefined;
}

function byId<T extends { readonly id: number }>(records: readonly T[]): (id: number | undefined) => T | undefined {
  const map = new Map(records.map((record) => [record.id, record]));
  return (id) => (id === undefined ? undefined : map.get(id));
}

export function useDirectoryLookups(directory: IMemberDirectory): IDirectoryLookups {
  return React.useMemo(
    () => ({
      party: byId(directory.parties),
      ward: byId(directory.wards),
      committee: byId(directory.committees)
    }),
    [directory]
  );
}

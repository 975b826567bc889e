import type { ICommittee, IMemberDirectory, IParty, IWard } from './Member';

export interface IDirectoryLookups {
  readonly parties: ReadonlyMap<number, IParty>;
  readonly wards: ReadonlyMap<number, IWard>;
  readonly committees: ReadonlyMap<number, ICommittee>;
}

const cache = new WeakMap<IMemberDirectory, IDirectoryLookups>();

/** Parties, wards and committees by id, built once per loaded directory. */
export function lookupsFor(directory: IMemberDirectory): IDirectoryLookups {
  let lookups = cache.get(directory);
  if (!lookups) {
    lookups = {
      parties: new Map(directory.parties.map((party) => [party.id, party])),
      wards: new Map(directory.wards.map((ward) => [ward.id, ward])),
      committees: new Map(directory.committees.map((committee) => [committee.id, committee]))
    };
    cache.set(directory, lookups);
  }
  return lookups;
}


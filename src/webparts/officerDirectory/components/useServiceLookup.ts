import * as React from 'react';
import type { IOfficerDirectory, IService } from '../../../model/Officer';

/** Finds an officer's service from an id that may be missing or point at a deleted service. */
export type ServiceLookup = (serviceId: number | undefined) => IService | undefined;

export function useServiceLookup(directory: IOfficerDirectory): ServiceLookup {
  return React.useMemo(() => {
    const byId = new Map(directory.services.map((service) => [service.id, service]));
    return (serviceId) => (serviceId === undefined ? undefined : byId.get(serviceId));
  }, [directory]);
}

import type { IOfficer, IOfficerDirectory, IOfficerProfile, IService } from '../../../src/model/Officer';

export function aService(id: number, name: string, fields: Partial<IService> = {}): IService {
  return { id, name, directorate: 'Place', keywords: [], ...fields };
}

export function anOfficer(id: number, name: string, fields: Partial<IOfficer> = {}): IOfficer {
  return { id, name, isLiaisonOfficer: false, ...fields };
}

/** An officer's full record, as a profile reads it. */
export function anOfficerProfile(id: number, name: string, fields: Partial<IOfficerProfile> = {}): IOfficerProfile {
  return { id, name, isLiaisonOfficer: false, ...fields };
}

export function aDirectory(officers: readonly IOfficer[], services: readonly IService[]): IOfficerDirectory {
  return { officers, services, loadedAt: new Date(Date.UTC(2026, 10, 23, 9, 0)), source: 'network' };
}

/** A small council: enough to tell every ranking rule apart. */
export const SERVICES: readonly IService[] = [
  aService(1, 'Highways', { keywords: ['potholes', 'roads', 'street lights', 'gritting'], phone: '01632 961000' }),
  aService(2, 'Waste and Recycling', { keywords: ['bins', 'recycling', 'fly-tipping'] }),
  aService(3, 'Home to School Transport', { directorate: "Children's Services", keywords: ['school transport', 'school buses'] }),
  aService(4, 'Road Safety', { keywords: ['speeding', 'crossings'] }),
  aService(5, 'Parks and Open Spaces', { directorate: 'Communities', keywords: ['playgrounds', 'allotments'] }),
  aService(6, 'Pothole Repairs Team', { keywords: [] }),
  aService(7, 'Transport Planning', { directorate: 'Place', keywords: ['buses', 'rail'] })
];

export const OFFICERS: readonly IOfficer[] = [
  anOfficer(1, 'Priya Hillier', { jobTitle: 'Highways Engineer', serviceId: 1, team: 'Network Management', location: 'County Hall' }),
  anOfficer(2, 'Tom Hill', { jobTitle: 'Councillor Liaison Officer', serviceId: 1, isLiaisonOfficer: true }),
  anOfficer(3, 'Hilary Jones', { jobTitle: 'Waste Officer', serviceId: 2, location: 'Hill Street Depot' }),
  anOfficer(4, 'Ciarán O\u2019Neill', { jobTitle: 'Transport Co-ordinator', serviceId: 3, isLiaisonOfficer: true }),
  anOfficer(5, 'Rhiannon ap Rhys', { jobTitle: 'Road Safety Officer', serviceId: 4 }),
  anOfficer(6, 'Sam Adams', { jobTitle: 'Highways Inspector', serviceId: 1, isLiaisonOfficer: true }),
  anOfficer(7, 'Ann Zephyr', { jobTitle: 'Park Ranger', serviceId: 5, isLiaisonOfficer: true }),
  anOfficer(8, 'Unfiled Person', { jobTitle: 'Assistant' }),
  anOfficer(9, 'Bob Hill', { jobTitle: 'Waste Collection Supervisor', serviceId: 2 })
];

export const DIRECTORY = aDirectory(OFFICERS, SERVICES);

import type { IService } from './Officer';
import { compareNames } from './uiLocale';

export interface IDirectorateServices {
  /** The directorate's name; empty when services have none recorded. */
  readonly directorate: string;
  readonly services: readonly IService[];
}

/**
 * Services grouped by directorate for browsing: directorates A to Z (services without one last; case and stray spaces ignored),
 * services A to Z within each.
 */
export function servicesByDirectorate(services: readonly IService[]): IDirectorateServices[] {
  // Keyed without case, so "Place" and "place " typed by different editors are one directorate.
  const groups = new Map<string, { directorate: string; services: IService[] }>();
  for (const service of services) {
    const directorate = service.directorate.trim();
    const key = directorate.toLocaleLowerCase('en-GB');
    const group = groups.get(key);
    if (group) group.services.push(service);
    else groups.set(key, { directorate, services: [service] });
  }
  return Array.from(groups.values(), (group) => ({
    directorate: group.directorate,
    services: group.services.sort((a, b) => compareNames(a.name, b.name))
  })).sort((a, b) => {
    if (a.directorate === '' || b.directorate === '') return a.directorate === '' ? 1 : -1;
    return compareNames(a.directorate, b.directorate);
  });
}

import { normaliseForSearch } from './normaliseForSearch';
import type { IOfficer, IOfficerDirectory, IService } from './Officer';

/** One officer, with everything a search compares worked out once. */
export interface IIndexedOfficer {
  readonly officer: IOfficer;
  /** Name, job title, team, service and location, normalised, in one string. */
  readonly text: string;
  /** The name, normalised. */
  readonly name: string;
  /** The name's words, normalised. */
  readonly nameWords: readonly string[];
  /** The officer's directorate (through their service), lower case; '' when unknown. */
  readonly directorateKey: string;
}

/** One service, normalised for "who do I contact about…?". */
export interface IIndexedService {
  readonly service: IService;
  readonly name: string;
  readonly directorate: string;
  /** Each keyword normalised, beside the keyword as written. */
  readonly keywords: readonly { readonly normalised: string; readonly written: string }[];
}

export interface IOfficerDirectoryIndex {
  /** Every officer, surname A to Z (then the whole name). */
  readonly officers: readonly IIndexedOfficer[];
  readonly services: readonly IIndexedService[];
  readonly servicesById: ReadonlyMap<number, IService>;
  /** Each service's Councillor Liaison Officers, surname A to Z. */
  readonly liaisonOfficersByService: ReadonlyMap<number, readonly IOfficer[]>;
}

export function directorateKey(directorate: string | undefined): string {
  return (directorate ?? '').trim().toLocaleLowerCase('en-GB');
}

/** "hillier priya" for Priya Hillier: the sort key, surname first. */
function surnameFirst(nameWords: readonly string[]): string {
  return nameWords.length <= 1 ? nameWords.join(' ') : `${nameWords[nameWords.length - 1]} ${nameWords.join(' ')}`;
}

function buildIndex(directory: IOfficerDirectory): IOfficerDirectoryIndex {
  const servicesById = new Map(directory.services.map((service) => [service.id, service]));
  const serviceNames = new Map(directory.services.map((service) => [service.id, service.name]));
  const keyed = directory.officers.map((officer) => {
    const service = officer.serviceId === undefined ? undefined : servicesById.get(officer.serviceId);
    const name = normaliseForSearch(officer.name);
    const nameWords = name === '' ? [] : name.split(' ');
    const indexed: IIndexedOfficer = {
      officer,
      name,
      nameWords,
      directorateKey: directorateKey(service?.directorate),
      text: normaliseForSearch(
        [officer.name, officer.jobTitle, officer.team, officer.serviceId === undefined ? undefined : serviceNames.get(officer.serviceId), officer.location]
          .filter((part): part is string => Boolean(part))
          .join(' | ')
      )
    };
    return { indexed, sortKey: surnameFirst(nameWords) };
  });
  // Normalised keys are plain lower-case ASCII, so comparing them needs no collator.
  keyed.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.indexed.officer.id - b.indexed.officer.id));
  const officers = keyed.map((entry) => entry.indexed);

  const liaisonOfficersByService = new Map<number, IOfficer[]>();
  for (const { officer } of officers) {
    if (!officer.isLiaisonOfficer || officer.serviceId === undefined) continue;
    const list = liaisonOfficersByService.get(officer.serviceId);
    if (list) list.push(officer);
    else liaisonOfficersByService.set(officer.serviceId, [officer]);
  }

  const services = directory.services.map((service) => ({
    service,
    name: normaliseForSearch(service.name),
    directorate: normaliseForSearch(service.directorate),
    keywords: service.keywords
      .map((written) => ({ normalised: normaliseForSearch(written), written }))
      .filter((keyword) => keyword.normalised !== '')
  }));
  return { officers, services, servicesById, liaisonOfficersByService };
}

const indexes = new WeakMap<IOfficerDirectory, IOfficerDirectoryIndex>();

/** Built once per directory (about 100 ms at 20,000 officers), so each keystroke only scans strings. */
export function officerDirectoryIndex(directory: IOfficerDirectory): IOfficerDirectoryIndex {
  let index = indexes.get(directory);
  if (!index) {
    index = buildIndex(directory);
    indexes.set(directory, index);
  }
  return index;
}

import { normaliseForSearch } from './normaliseForSearch';
import type { IOfficer, IOfficerDirectory, IService } from './Officer';

/** One officer, with everything a search compares worked out once. */
export interface IIndexedOfficer {
  readonly officer: IOfficer;
  /** Name, job title, team, service and location, normalised, in one string. */
  readonly text: string;
  /** The name, normalised. */
  readonly name: string;
  /** The name normalised, after a space: " priya hillier" holds " hil" where a name word starts with "hil". */
  readonly spacedName: string;
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
  /**
   * Every officer's text in the same order, joined by new lines (which normalised text never
   * holds), so one indexOf scans the whole directory for a word.
   */
  readonly haystack: string;
  /** Where each officer's text starts in the haystack, then its length (one past the end). */
  readonly starts: Int32Array;
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

/**
 * The same strings, stored compactly. Normalised text is plain ASCII, but V8 keeps a replace()
 * result in two bytes a character when its source held anything beyond Latin-1 (a service named
 * "Highways — East"), and scans such strings several times slower. JSON.parse stores ASCII in
 * one byte a character, so one round trip of every string at index time makes each keystroke's
 * scan about four times faster (measured in tools/bench/officerDirectory.ts).
 */
function compact(strings: readonly string[]): string[] {
  return JSON.parse(JSON.stringify(strings)) as string[];
}

function buildIndex(directory: IOfficerDirectory): IOfficerDirectoryIndex {
  const servicesById = new Map(directory.services.map((service) => [service.id, service]));
  // Job titles, teams, services and locations repeat across thousands of officers: normalise each once.
  const normalised = new Map<string, string>();
  const normalise = (value: string | undefined): string => {
    if (!value) return '';
    let result = normalised.get(value);
    if (result === undefined) {
      result = normaliseForSearch(value);
      normalised.set(value, result);
    }
    return result;
  };
  const keyed = directory.officers.map((officer) => {
    const service = officer.serviceId === undefined ? undefined : servicesById.get(officer.serviceId);
    const name = normaliseForSearch(officer.name);
    // The same as normalising the fields joined by punctuation: each field's words, single spaces between.
    const text = [name, normalise(officer.jobTitle), normalise(officer.team), normalise(service?.name), normalise(officer.location)]
      .filter((part) => part !== '')
      .join(' ');
    return { officer, name, text, directorateKey: directorateKey(service?.directorate), sortKey: surnameFirst(name === '' ? [] : name.split(' ')) };
  });
  // Normalised keys are plain lower-case ASCII, so comparing them needs no collator.
  keyed.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.officer.id - b.officer.id));
  const texts = compact(keyed.map((entry) => entry.text));
  const names = compact(keyed.map((entry) => entry.name));
  const spacedNames = compact(names.map((name) => ` ${name}`));
  const officers: IIndexedOfficer[] = keyed.map((entry, i) => ({
    officer: entry.officer,
    text: texts[i],
    name: names[i],
    spacedName: spacedNames[i],
    directorateKey: entry.directorateKey
  }));
  const starts = new Int32Array(officers.length + 1);
  let offset = 0;
  officers.forEach((entry, i) => {
    starts[i] = offset;
    offset += entry.text.length + 1;
  });
  starts[officers.length] = offset;
  const haystack = compact([`${texts.join('\n')}\n`])[0];

  const liaisonOfficersByService = new Map<number, IOfficer[]>();
  for (const { officer } of officers) {
    if (!officer.isLiaisonOfficer || officer.serviceId === undefined) continue;
    const list = liaisonOfficersByService.get(officer.serviceId);
    if (list) list.push(officer);
    else liaisonOfficersByService.set(officer.serviceId, [officer]);
  }

  const services = directory.services.map((service): IIndexedService => ({
    service,
    name: normaliseForSearch(service.name),
    directorate: normaliseForSearch(service.directorate),
    keywords: service.keywords
      .map((written) => ({ normalised: normaliseForSearch(written), written }))
      .filter((keyword) => keyword.normalised !== '')
  }));
  return { officers, haystack, starts, services, servicesById, liaisonOfficersByService };
}

const indexes = new WeakMap<IOfficerDirectory, IOfficerDirectoryIndex>();

/** Built once per directory (a few hundred milliseconds at 20,000 officers), so each keystroke only scans strings. */
export function officerDirectoryIndex(directory: IOfficerDirectory): IOfficerDirectoryIndex {
  let index = indexes.get(directory);
  if (!index) {
    index = buildIndex(directory);
    indexes.set(directory, index);
  }
  return index;
}

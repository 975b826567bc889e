import type { IOfficer, IOfficerDirectory, IService } from '../model/Officer';
import { firstOfficersInDirectoryOrder, nextTask } from '../model/officerDirectoryIndex';
import { STATUTORY_ROLES } from '../schema';
import { OFFICER_COLUMNS, officerTeamsAddress, SERVICE_COLUMNS } from './mapOfficerDirectory';
import { browserCopyKey, IBrowserCopyFormat, IBrowserCopyIdentity } from './cache/browserCopy';
import type { IPartedCopyFormat } from './cache/partedBrowserCopy';
import { isRecord, parseStoredRecord } from './cache/storedRecord';

/**
 * The officer directory as kept in the browser between visits: one copy per site and signed-in
 * user (what a user may read can differ), stamped with the lists' change fingerprint it was read
 * under and with the projection it holds (CACHE_SHAPE), so a release that reads other columns
 * never serves an old shape. The shape is checked inside the copy rather than made part of the
 * key: nothing lists old keys, so a versioned key would leave a copy of several megabytes behind
 * for every user at every release, where one key per site and user is simply overwritten.
 */

/**
 * Bump when the mapping of a column changes without the column list changing.
 * 2: officers stored without the values derived from their email (Teams address, photo URL).
 * 3: services hold whether they take members' enquiries (read apart from SERVICE_COLUMNS: enquiryServiceIds.ts),
 *    so a copy kept before says none does and is not read.
 * (A change of OFFICER_COLUMNS or SERVICE_COLUMNS changes the shape by itself: the copies of
 * releases that read Phone for every officer are not read, as they hold no column now read.)
 */
const MAPPING_VERSION = 3;

/** Which columns the copy holds, and how they are mapped. */
export const CACHE_SHAPE = `v${MAPPING_VERSION}:${OFFICER_COLUMNS.join(',')}|${SERVICE_COLUMNS.join(',')}`;

/** Where a copy belongs: lists' site, signed-in user, list titles (src/data/cache/browserCopy). */
export type IDirectoryCacheIdentity = IBrowserCopyIdentity;

export const OFFICER_DIRECTORY_COPY = 'officer-directory';

export function directoryCacheKey(identity: IDirectoryCacheIdentity): string {
  return browserCopyKey(OFFICER_DIRECTORY_COPY, identity);
}


/**
 * The directory's first page, kept beside the whole copy: the officers the directory lists first before
 * anyone searches, and every service. Reading and parsing the whole copy of 20,000 officers (megabytes)
 * takes a warm visit hundreds of milliseconds on a busy machine; this is a few tens of kilobytes, so a
 * visit draws it at once and reads the rest after (OfficerRepository).
 */
export const OFFICER_DIRECTORY_FIRST_PAGE_COPY = 'officer-directory-first-page';

/** Officers in the first page: more than a screenful of rows, and a search over them takes no time. */
export const FIRST_PAGE_OFFICERS = 200;

/** The first page as kept, and how many officers the whole copy holds. */
export interface IDirectoryFirstPage extends IDirectorySnapshot {
  readonly total: number;
}

/**
 * Selects the first page of a whole snapshot (run when the copy is kept, after the view has drawn). Its
 * services hold what a result row and the filters show (name, directorate): the how-to-contact text and
 * keywords, most of the services' size, serve the "ask" and "browse" tabs, which wait for the whole directory.
 */
export function firstPageOf(snapshot: IDirectorySnapshot): IDirectoryFirstPage {
  return {
    ...snapshot,
    officers: firstOfficersInDirectoryOrder(snapshot.officers, FIRST_PAGE_OFFICERS),
    services: snapshot.services.map(({ id, name, directorate }) => ({ id, name, directorate, keywords: [] })),
    total: snapshot.officers.length
  };
}

export const OFFICER_DIRECTORY_FIRST_PAGE_FORMAT: IBrowserCopyFormat<IDirectoryFirstPage> = {
  parse: (text) => {
    const snapshot = parseSnapshot(text);
    const total = snapshot ? parseStoredRecord(text)?.total : undefined;
    return snapshot && typeof total === 'number' && total >= snapshot.officers.length ? { ...snapshot, total } : undefined;
  },
  serialise: (page) => serialiseSnapshot(page, { total: page.total })
};

/** What a copy was read under and what it holds. */
export interface IDirectorySnapshot {
  /** From the lists' change dates and item counts when the copy was read (see listsFingerprint). */
  readonly fingerprint: string;
  readonly officers: readonly IOfficer[];
  readonly services: readonly IService[];
  readonly loadedAt: Date;
}

/**
 * Officers are stored as rows of values in this order, not as objects: 20,000 copies of the
 * property names would make up about a third of the copy. Only what the slim read holds is
 * stored: the Teams address is worked out again from the email (officerTeamsAddress), as the
 * slim read works it out.
 */
const OFFICER_FIELDS = [
  'id', 'name', 'jobTitle', 'serviceId', 'team', 'email', 'location', 'isLiaisonOfficer', 'statutoryRole'
] as const satisfies readonly (keyof IOfficer)[];

type StoredValue = string | number | boolean | null;

interface IStoredSnapshot {
  readonly shape: string;
  readonly fingerprint: string;
  readonly loadedAt: string;
  readonly officerFields: readonly string[];
  readonly officers: readonly (readonly StoredValue[])[];
  readonly services: readonly IService[];
}

function storedValue(value: IOfficer[keyof IOfficer]): StoredValue {
  return value === undefined ? null : value;
}

export function serialiseSnapshot(snapshot: IDirectorySnapshot, extra: Record<string, StoredValue> = {}): string {
  const stored: IStoredSnapshot = {
    ...extra,
    shape: CACHE_SHAPE,
    fingerprint: snapshot.fingerprint,
    loadedAt: snapshot.loadedAt.toISOString(),
    officerFields: OFFICER_FIELDS,
    officers: snapshot.officers.map((officer) => OFFICER_FIELDS.map((field) => storedValue(officer[field]))),
    services: snapshot.services
  };
  return JSON.stringify(stored);
}

function dateFrom(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Undefined for anything that is not a whole copy of this shape: the caller reloads instead. */
export function parseSnapshot(text: string | undefined): IDirectorySnapshot | undefined {
  const parsed = parseStoredRecord(text);
  if (parsed === undefined || parsed.shape !== CACHE_SHAPE || typeof parsed.fingerprint !== 'string') return undefined;
  const loadedAt = dateFrom(parsed.loadedAt);
  const { officers, services, officerFields } = parsed;
  if (!loadedAt || !Array.isArray(officers) || !Array.isArray(services)) return undefined;
  if (!Array.isArray(officerFields) || officerFields.join(',') !== OFFICER_FIELDS.join(',')) return undefined;
  const rows = officers as unknown[];
  if (!rows.every((row) => Array.isArray(row) && row.length === OFFICER_FIELDS.length && typeof row[0] === 'number' && typeof row[1] === 'string')) return undefined;
  if (!services.every((service) => isRecord(service) && typeof service.id === 'number' && Array.isArray(service.keywords))) return undefined;
  return {
    fingerprint: parsed.fingerprint,
    loadedAt,
    officers: (rows as StoredValue[][]).map(officerFrom),
    services: services as IService[]
  };
}

const text = (value: StoredValue): string | undefined => (typeof value === 'string' ? value : undefined);

function officerFrom(row: readonly StoredValue[]): IOfficer {
  const [id, name, jobTitle, serviceId, team, email, location, isLiaisonOfficer, statutoryRole] = row;
  return {
    id: id as number,
    name: name as string,
    jobTitle: text(jobTitle),
    serviceId: typeof serviceId === 'number' ? serviceId : undefined,
    team: text(team),
    email: text(email),
    location: text(location),
    accountEmail: officerTeamsAddress(text(email)),
    isLiaisonOfficer: isLiaisonOfficer === true,
    statutoryRole: STATUTORY_ROLES.find((role) => role === statutoryRole)
  };
}

/**
 * Officers per part of the whole copy (PartedBrowserCopy): at 20,000 officers ten parts of about 320 KB,
 * each parsed in a few milliseconds, with the browser let in between.
 */
export const OFFICERS_PER_PART = 2000;

/** The whole copy's head: what parseSnapshot reads, less the officers' rows, which are in the parts. */
interface IStoredHead extends Omit<IStoredSnapshot, 'officers'> {
  readonly officerCount: number;
  readonly parts: number;
}

function splitSnapshot(snapshot: IDirectorySnapshot): { readonly head: string; readonly parts: readonly string[] } {
  const parts: string[] = [];
  for (let start = 0; start < snapshot.officers.length; start += OFFICERS_PER_PART) {
    parts.push(JSON.stringify(snapshot.officers.slice(start, start + OFFICERS_PER_PART).map((officer) => OFFICER_FIELDS.map((field) => storedValue(officer[field])))));
  }
  const head: IStoredHead = {
    shape: CACHE_SHAPE,
    fingerprint: snapshot.fingerprint,
    loadedAt: snapshot.loadedAt.toISOString(),
    officerFields: OFFICER_FIELDS,
    services: snapshot.services,
    officerCount: snapshot.officers.length,
    parts: parts.length
  };
  return { head: JSON.stringify(head), parts };
}

function headOf(text: string): (Omit<IDirectorySnapshot, 'officers'> & { readonly officerCount: number; readonly parts: number }) | undefined {
  const parsed = parseStoredRecord(text);
  if (parsed === undefined || parsed.shape !== CACHE_SHAPE || typeof parsed.fingerprint !== 'string') return undefined;
  const loadedAt = dateFrom(parsed.loadedAt);
  const { services, officerFields, officerCount, parts } = parsed;
  if (!loadedAt || !Array.isArray(services) || typeof officerCount !== 'number' || typeof parts !== 'number') return undefined;
  if (!Number.isInteger(parts) || parts < 0 || parts !== Math.ceil(officerCount / OFFICERS_PER_PART)) return undefined;
  if (!Array.isArray(officerFields) || officerFields.join(',') !== OFFICER_FIELDS.join(',')) return undefined;
  if (!services.every((service) => isRecord(service) && typeof service.id === 'number' && Array.isArray(service.keywords))) return undefined;
  return { fingerprint: parsed.fingerprint, loadedAt, services: services as IService[], officerCount, parts };
}

const isOfficerRow = (row: unknown): row is StoredValue[] =>
  Array.isArray(row) && row.length === OFFICER_FIELDS.length && typeof row[0] === 'number' && typeof row[1] === 'string';

/** One part's officers, or undefined when it is not a whole part of this shape. */
function officersOfPart(text: string): IOfficer[] | undefined {
  let rows: unknown;
  try {
    rows = JSON.parse(text);
  } catch {
    return undefined;
  }
  return Array.isArray(rows) && rows.every(isOfficerRow) ? rows.map(officerFrom) : undefined;
}

/**
 * The whole directory's format for PartedBrowserCopy: a head (shape, fingerprint, services, counts) and
 * parts of OFFICERS_PER_PART officer rows, each parsed in a task of its own (`yieldToBrowser` before each),
 * so reading 20,000 officers is ten short tasks rather than one long one. Any part that is not whole, or
 * officers that do not add up to the head's count, and the copy is not read.
 */
export function officerDirectoryPartedFormat(yieldToBrowser: () => Promise<void> = nextTask): IPartedCopyFormat<IDirectorySnapshot> {
  return {
    serialise: splitSnapshot,
    partCount: (text) => headOf(text)?.parts,
    parse: async (text, parts) => {
      const head = headOf(text);
      if (!head || parts.length !== head.parts) return undefined;
      const officers: IOfficer[] = [];
      for (const part of parts) {
        await yieldToBrowser();
        const read = officersOfPart(part);
        if (!read) return undefined;
        officers.push(...read);
      }
      if (officers.length !== head.officerCount) return undefined;
      return { fingerprint: head.fingerprint, loadedAt: head.loadedAt, services: head.services, officers };
    }
  };
}

/** The copy as the directory hands it out. */
export function directoryFrom(snapshot: IDirectorySnapshot, source: IOfficerDirectory['source']): IOfficerDirectory {
  return { officers: snapshot.officers, services: snapshot.services, loadedAt: snapshot.loadedAt, source };
}

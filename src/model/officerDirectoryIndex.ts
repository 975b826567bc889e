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

/** Officers normalised between two yields: a few milliseconds of work on a busy machine. */
const SLICE_OFFICERS = 2000;

interface IKeyedOfficer {
  readonly officer: IOfficer;
  readonly name: string;
  readonly text: string;
  readonly directorateKey: string;
  readonly sortKey: string;
}

/** Surname A to Z, then the whole name, then the ID: a total order, so any correct sort gives the same array. */
function compareKeyed(a: IKeyedOfficer, b: IKeyedOfficer): number {
  // Normalised keys are plain lower-case ASCII, so comparing them needs no collator.
  return a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.officer.id - b.officer.id;
}

/**
 * Sorts in pieces that each take a few milliseconds: runs of SLICE_OFFICERS sorted by the engine,
 * then merged pairwise, pausing (yield) after each run and every SLICE_OFFICERS merged. The order is
 * total, so the result is the one a single sort() gives.
 */
function* sortInSlices<T>(items: readonly T[], compare: (a: T, b: T) => number): Generator<void, T[]> {
  let runs: T[][] = [];
  for (let from = 0; from < items.length; from += SLICE_OFFICERS) {
    runs.push(items.slice(from, from + SLICE_OFFICERS).sort(compare));
    yield;
  }
  if (runs.length === 0) return [];
  while (runs.length > 1) {
    const merged: T[][] = [];
    for (let r = 0; r < runs.length; r += 2) {
      const left = runs[r];
      const right = runs[r + 1];
      if (!right) {
        merged.push(left);
        continue;
      }
      const out: T[] = new Array<T>(left.length + right.length);
      let i = 0;
      let j = 0;
      for (let k = 0; k < out.length; k++) {
        out[k] = j >= right.length || (i < left.length && compare(left[i], right[j]) <= 0) ? left[i++] : right[j++];
        if (k % SLICE_OFFICERS === SLICE_OFFICERS - 1) yield;
      }
      merged.push(out);
    }
    runs = merged;
  }
  return runs[0];
}

/** The sort key and name of one officer, as the index works them out. */
function keyedOfficer(officer: IOfficer): { readonly name: string; readonly sortKey: string } {
  const name = normaliseForSearch(officer.name);
  return { name, sortKey: surnameFirst(name === '' ? [] : name.split(' ')) };
}

/**
 * The first `count` officers in the index's order (surname A to Z, then the whole name, then the ID),
 * without building the index: what the directory lists first before anyone searches, kept apart in the
 * browser copy so a warm visit can draw it before the whole directory is read (officerDirectoryCache).
 */
export function firstOfficersInDirectoryOrder(officers: readonly IOfficer[], count: number): IOfficer[] {
  const keyed = officers.map((officer): IKeyedOfficer => ({ officer, text: '', directorateKey: '', ...keyedOfficer(officer) }));
  return keyed.sort(compareKeyed).slice(0, count).map((entry) => entry.officer);
}

/** compact() of each item's string, a slice at a time: the same strings, one byte a character. */
function* compactInSlices<T>(items: readonly T[], stringOf: (item: T) => string): Generator<void, string[]> {
  const out: string[] = [];
  for (let from = 0; from < items.length; from += SLICE_OFFICERS) {
    for (const value of compact(items.slice(from, from + SLICE_OFFICERS).map(stringOf))) out.push(value);
    yield;
  }
  return out;
}

/**
 * The index, built as a sequence of steps; each `yield` is a point where the work may pause for
 * the browser (buildOfficerDirectoryIndexInSlices) or simply go on (officerDirectoryIndex).
 */
function* indexSteps(directory: IOfficerDirectory): Generator<void, IOfficerDirectoryIndex> {
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
  const keyed: IKeyedOfficer[] = [];
  for (let i = 0; i < directory.officers.length; i++) {
    const officer = directory.officers[i];
    const service = officer.serviceId === undefined ? undefined : servicesById.get(officer.serviceId);
    const { name, sortKey } = keyedOfficer(officer);
    // The same as normalising the fields joined by punctuation: each field's words, single spaces between.
    const text = [name, normalise(officer.jobTitle), normalise(officer.team), normalise(service?.name), normalise(officer.location)]
      .filter((part) => part !== '')
      .join(' ');
    keyed.push({ officer, name, text, directorateKey: directorateKey(service?.directorate), sortKey });
    if (i % SLICE_OFFICERS === SLICE_OFFICERS - 1) yield;
  }
  const sorted = yield* sortInSlices(keyed, compareKeyed);
  const texts = yield* compactInSlices(sorted, (entry) => entry.text);
  const names = yield* compactInSlices(sorted, (entry) => entry.name);
  const spacedNames = yield* compactInSlices(names, (name) => ` ${name}`);
  const officers: IIndexedOfficer[] = [];
  const starts = new Int32Array(sorted.length + 1);
  let offset = 0;
  for (let i = 0; i < sorted.length; i++) {
    const entry = sorted[i];
    officers.push({ officer: entry.officer, text: texts[i], name: names[i], spacedName: spacedNames[i], directorateKey: entry.directorateKey });
    starts[i] = offset;
    offset += texts[i].length + 1;
    if (i % SLICE_OFFICERS === SLICE_OFFICERS - 1) yield;
  }
  starts[sorted.length] = offset;
  // Joining one-byte strings gives a one-byte string: the haystack needs no compacting of its own.
  const haystack = `${texts.join('\n')}\n`;
  yield;

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

/** Runs every step at once. */
function buildIndex(directory: IOfficerDirectory): IOfficerDirectoryIndex {
  const steps = indexSteps(directory);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
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

/** Whether officerDirectoryIndex(directory) would answer at once. */
export function hasOfficerDirectoryIndex(directory: IOfficerDirectory): boolean {
  return indexes.has(directory);
}

/** Lets the browser run (input, paint) and resolves in a new task: a message, not setTimeout's clamped 4 ms. */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

export interface ISlicedBuildOptions {
  /** How long one slice may run before it yields, in milliseconds. */
  readonly sliceMs?: number;
  /** How to yield; the next task by default. */
  readonly yieldToBrowser?: () => Promise<void>;
  /** The clock slices are timed with. */
  readonly now?: () => number;
}

/** Long enough to make headway, short enough that a keystroke or a frame waits at most about this long. */
const DEFAULT_SLICE_MS = 8;

/**
 * The same index officerDirectoryIndex builds (and remembers it for the directory), built in slices
 * of about `sliceMs` that each end by yielding to the browser, so 100,000 officers never freeze the
 * tab (about 1.8 s of work in one piece) and the page can draw and take keystrokes meanwhile.
 * Concurrent calls for the same directory share one build.
 */
export function buildOfficerDirectoryIndexInSlices(directory: IOfficerDirectory, options: ISlicedBuildOptions = {}): Promise<IOfficerDirectoryIndex> {
  const built = indexes.get(directory);
  if (built) return Promise.resolve(built);
  let pending = building.get(directory);
  if (!pending) {
    pending = runInSlices(directory, options);
    building.set(directory, pending);
    const settled = (): void => {
      building.delete(directory);
    };
    pending.then(settled, settled);
  }
  return pending;
}

const building = new WeakMap<IOfficerDirectory, Promise<IOfficerDirectoryIndex>>();

async function runInSlices(directory: IOfficerDirectory, options: ISlicedBuildOptions): Promise<IOfficerDirectoryIndex> {
  const { sliceMs = DEFAULT_SLICE_MS, yieldToBrowser = nextTask, now = () => performance.now() } = options;
  const steps = indexSteps(directory);
  let sliceStart = now();
  for (;;) {
    const step = steps.next();
    if (step.done) {
      // A synchronous officerDirectoryIndex() meanwhile built it already: keep that one.
      const index = indexes.get(directory) ?? step.value;
      indexes.set(directory, index);
      return index;
    }
    if (now() - sliceStart >= sliceMs) {
      await yieldToBrowser();
      sliceStart = now();
    }
  }
}

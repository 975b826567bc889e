import type { IOfficer, IOfficerDirectory } from '../../src/model/Officer';
import { buildOfficerDirectoryIndexInSlices, hasOfficerDirectoryIndex, officerDirectoryIndex } from '../../src/model/officerDirectoryIndex';
import { normaliseForSearch } from '../../src/model/normaliseForSearch';
import { services } from '../fakes/officerDirectoryFixture';

// Tens of thousands of officers on a busy shared machine.
jest.setTimeout(60000);

const FORENAMES = ['Priya', 'Siân', 'Owen', 'Zoë', 'Tomasz', 'Aled', 'Grace'];
const SURNAMES = ['Hillier', 'ap Rhys', 'O’Neill', 'Smith', 'Nowak', 'Evans', 'Jones', 'Ng'];

/** Officers in ID order with names repeated many times over (ties the sort must settle by ID), some without a service. */
function directoryOf(count: number): IOfficerDirectory {
  const officers: IOfficer[] = Array.from({ length: count }, (_unused, i) => ({
    // IDs not in name order, as a real list's are.
    id: ((i * 7919) % count) + 1,
    name: `${FORENAMES[i % FORENAMES.length]} ${SURNAMES[(i * 3) % SURNAMES.length]}`,
    jobTitle: i % 5 === 0 ? undefined : `Officer — grade ${i % 9}`,
    team: i % 3 === 0 ? 'Highways — East' : undefined,
    serviceId: i % 6 === 0 ? undefined : (i % services.length) + 1,
    location: 'County Hall',
    isLiaisonOfficer: i % 50 === 0
  }));
  return { officers, services, loadedAt: new Date(2026, 10, 23), source: 'network' };
}

/** Surname first, then the whole name, then the ID: the order the index promises, worked out independently. */
function expectedOrder(directory: IOfficerDirectory): number[] {
  const key = (officer: IOfficer): string => {
    const words = normaliseForSearch(officer.name).split(' ');
    return `${words[words.length - 1]} ${words.join(' ')}`;
  };
  return [...directory.officers]
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id - b.id))
    .map((officer) => officer.id);
}

describe('buildOfficerDirectoryIndexInSlices', () => {
  test('builds the index officerDirectoryIndex builds in one piece, in the promised order', async () => {
    const directory = directoryOf(12345);
    const oneShot = officerDirectoryIndex({ ...directory });
    const sliced = await buildOfficerDirectoryIndexInSlices(directory, { sliceMs: 0, yieldToBrowser: () => Promise.resolve() });
    expect(sliced.officers.map((entry) => entry.officer.id)).toEqual(expectedOrder(directory));
    expect(sliced.officers).toEqual(oneShot.officers);
    expect(sliced.haystack).toBe(oneShot.haystack);
    expect(Array.from(sliced.starts)).toEqual(Array.from(oneShot.starts));
    expect(sliced.services).toEqual(oneShot.services);
    expect(sliced.liaisonOfficersByService).toEqual(oneShot.liaisonOfficersByService);
    expect(sliced.servicesById).toEqual(oneShot.servicesById);
    // Kept for the directory: searches use it without building again.
    expect(officerDirectoryIndex(directory)).toBe(sliced);
  });

  test('yields to the browser between slices, so other tasks (a keystroke, a frame) run during the build', async () => {
    const directory = directoryOf(20000);
    let clock = 0;
    const ranDuringBuild: number[] = [];
    let yields = 0;
    const build = buildOfficerDirectoryIndexInSlices(directory, {
      sliceMs: 1,
      // Each step of the build costs a millisecond on this clock: a yield after every step.
      now: () => clock++,
      yieldToBrowser: async () => {
        yields++;
        // Another task gets its turn before the build goes on.
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
        ranDuringBuild.push(yields);
      }
    });
    expect(hasOfficerDirectoryIndex(directory)).toBe(false);
    const index = await build;
    // 20,000 officers in steps of 2,000: normalising (10), sorting runs (10), merging, compacting.
    expect(yields).toBeGreaterThan(50);
    expect(ranDuringBuild).toHaveLength(yields);
    expect(index.officers).toHaveLength(20000);
    expect(hasOfficerDirectoryIndex(directory)).toBe(true);
  });

  test('never runs much longer than a slice between yields on a real clock, at 50,000 officers', async () => {
    const directory = directoryOf(50000);
    // This process's CPU time, not wall time: on a shared machine the wall clock mostly measures the others.
    const cpuMs = (): number => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    };
    const slices: number[] = [];
    let sliceStart = cpuMs();
    await buildOfficerDirectoryIndexInSlices(directory, {
      sliceMs: 8,
      now: cpuMs,
      yieldToBrowser: async () => {
        slices.push(cpuMs() - sliceStart);
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
        sliceStart = cpuMs();
      }
    });
    slices.push(cpuMs() - sliceStart);
    expect(slices.length).toBeGreaterThan(10);
    // Most slices end soon after 8 ms; a garbage collection may stretch one, never the whole build.
    const sorted = [...slices].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(50);
  });

  test('shares one build between calls for the same directory, and answers at once once built', async () => {
    const directory = directoryOf(3000);
    const first = buildOfficerDirectoryIndexInSlices(directory, { sliceMs: 0 });
    const second = buildOfficerDirectoryIndexInSlices(directory, { sliceMs: 0 });
    expect(second).toBe(first);
    const index = await first;
    await expect(buildOfficerDirectoryIndexInSlices(directory)).resolves.toBe(index);
  });

  test('keeps the index a synchronous search built meanwhile', async () => {
    const directory = directoryOf(6000);
    const build = buildOfficerDirectoryIndexInSlices(directory, { sliceMs: 0, yieldToBrowser: () => new Promise((resolve) => setTimeout(resolve, 0)) });
    const meanwhile = officerDirectoryIndex(directory);
    await expect(build).resolves.toBe(meanwhile);
  });

  test('indexes an empty directory', async () => {
    const directory: IOfficerDirectory = { officers: [], services: [], loadedAt: new Date(), source: 'network' };
    const index = await buildOfficerDirectoryIndexInSlices(directory);
    expect(index.officers).toEqual([]);
    expect(index.haystack).toBe('\n');
  });
});

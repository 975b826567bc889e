/**
 * The first keystrokes over the officer directory in a fresh process (the engine has compiled
 * nothing of the search yet), with and without prepareOfficerSearch run first, as the view now runs
 * it after first content:
 *
 *   node --import tsx tools/bench/officerFirstKey.ts [--officers 20000] [--prepare]
 *
 * Prints the CPU time (process.cpuUsage: on a shared machine the wall clock measures the others) of
 * the index build, of the preparation, and of each of the first keystrokes of an officer's surname.
 */
import { spfi, SPBrowser } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { RetryThrottled } from '../../src/data/behaviours/RetryThrottled';
import { OfficerRepository } from '../../src/data/OfficerRepository';
import { officerDirectoryIndex } from '../../src/model/officerDirectoryIndex';
import { prepareOfficerSearch, searchOfficers } from '../../src/model/searchOfficers';
import { startEmulator } from '../emulator/server';
import { generateSampleCouncil } from '../sample-council/generateSampleCouncil';

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function timed(run: () => unknown): number {
  const start = cpuMs();
  run();
  return cpuMs() - start;
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--officers');
  const officers = at === -1 ? 20000 : Number(process.argv[at + 1]);
  const prepare = process.argv.includes('--prepare');
  const data = generateSampleCouncil({ seed: 2026, officers, services: 300 });
  const reader = data.users.find((user) => user.role === 'reader');
  const emulator = await startEmulator({ data });
  try {
    const sp = spfi(emulator.siteUrl).using(SPBrowser({ baseUrl: emulator.siteUrl }), RetryThrottled(), InjectHeaders({ 'X-Emulator-User': String(reader?.id) }));
    const directory = await new OfficerRepository(sp).searchIndex();
    const index = timed(() => officerDirectoryIndex(directory));
    const preparation = prepare ? timed(() => prepareOfficerSearch(directory)) : 0;
    // A person reads the page before typing: the engine's idle time (garbage collection) passes.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const surname = directory.officers[Math.floor(directory.officers.length / 3)].name.split(' ').slice(-1)[0].toLowerCase();
    const keys = Array.from({ length: Math.min(4, surname.length) }, (_, i) => surname.slice(0, i + 1));
    const times = keys.map((query) => `${query}: ${timed(() => searchOfficers(directory, query)).toFixed(2)} ms`);
    console.log(`${directory.officers.length} officers; index ${index.toFixed(0)} ms; prepare ${prepare ? `${preparation.toFixed(1)} ms` : 'not run'}; first keys (CPU) ${times.join(', ')}`);
  } finally {
    await emulator.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

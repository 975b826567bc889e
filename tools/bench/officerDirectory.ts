/**
 * Measures the officer directory at county scale against the local emulator:
 * cold load (requests, gzipped bytes, time), warm load (the one revalidation request), reload
 * after an edit, and keystroke search latency (p50/p95) over the loaded officers.
 *
 *   node --import tsx tools/bench/officerDirectory.ts [--officers 20000] [--services 300]
 */
import { cpus, loadavg } from 'os';
import { performance } from 'perf_hooks';
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser } from '../../src/data/pnp';
import { RetryThrottled } from '../../src/data/behaviours/RetryThrottled';
import { DEFAULT_LOCAL_STORAGE_LIMIT } from '../../src/data/cache/localStorageKeyValueStore';
import { memoryKeyValueStore } from '../../src/data/cache/memoryKeyValueStore';
import { OfficerRepository } from '../../src/data/OfficerRepository';
import type { IOfficerDirectory } from '../../src/model/Officer';
import { officerDirectoryIndex } from '../../src/model/officerDirectoryIndex';
import { searchOfficers } from '../../src/model/searchOfficers';
import { whoToContact } from '../../src/model/whoToContact';
import { generateSampleCouncil } from '../sample-council/generateSampleCouncil';
import { startEmulator } from '../emulator/server';
import { countingTransport } from './countingTransport';
import { percentile } from './stats';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** What a person types, one keystroke at a time: each prefix is one search. */
function keystrokes(directory: IOfficerDirectory): string[] {
  const officer = directory.officers[Math.floor(directory.officers.length / 3)];
  const phrases = [officer.name, officer.name.split(' ').slice(-1)[0], 'highways', 'social work', 'county hall', 'o\u2019neill', 'liaison', 'zzz'];
  return phrases.flatMap((phrase) => Array.from({ length: phrase.length }, (_, i) => phrase.slice(0, i + 1)));
}

async function main(): Promise<void> {
  const officers = option('officers', 20000);
  const services = option('services', 300);
  const data = generateSampleCouncil({ officers, services });
  const reader = data.users.find((user) => user.role === 'reader');
  const editor = data.users.find((user) => user.role === 'editor');
  const emulator = await startEmulator({ data, port: 0 });
  const wire = countingTransport();
  const sp = spfi(emulator.siteUrl).using(
    SPBrowser({ baseUrl: emulator.siteUrl }),
    RetryThrottled({ transport: wire.transport }),
    InjectHeaders({ 'X-Emulator-User': String(reader?.id) })
  );
  const store = memoryKeyValueStore();
  const repository = (): OfficerRepository => new OfficerRepository(sp, { cache: { user: reader?.email ?? 'reader', store } });

  try {
    const run = async (label: string): Promise<IOfficerDirectory> => {
      const before = wire.records.length;
      const started = performance.now();
      const directory = await repository().searchIndex();
      const elapsed = performance.now() - started;
      const totals = wire.totals(before);
      console.log(
        `${label}: ${directory.officers.length} officers, ${directory.services.length} services, source ${directory.source}; ` +
          `${totals.requests} requests, ${kb(totals.bytes)} on the wire (${totals.records.every((r) => r.gzip || r.bytes < 256) ? 'gzip' : 'mixed'}), ${elapsed.toFixed(0)} ms`
      );
      for (const record of totals.records) console.log(`    ${record.method} ${decodeURIComponent(new URL(record.url).pathname + new URL(record.url).search).slice(0, 150)} → ${record.status}, ${kb(record.bytes)}`);
      return directory;
    };

    const cold = await run('cold load');
    const [cachedCopy] = [...store.entries.values()];
    const fitsLocalStorage = cachedCopy.length <= DEFAULT_LOCAL_STORAGE_LIMIT;
    console.log(
      `    browser cache copy: ${cachedCopy.length.toLocaleString('en-GB')} characters ` +
        `(IndexedDB keeps it; localStorage's guard of ${DEFAULT_LOCAL_STORAGE_LIMIT.toLocaleString('en-GB')} ${fitsLocalStorage ? 'lets it in' : 'keeps it out, so without IndexedDB every visit loads cold'})`
    );
    await run('warm load (nothing changed)');

    // An editor changes one officer through the REST API, as the list form would.
    const editorSp = spfi(emulator.siteUrl).using(SPBrowser({ baseUrl: emulator.siteUrl }), InjectHeaders({ 'X-Emulator-User': String(editor?.id) }));
    await editorSp.web.lists.getByTitle('Officers').items.getById(cold.officers[0].id).update({ JobTitle: 'Head of Everything' });
    const reloaded = await run('after an edit');
    console.log(`    edited officer now: ${reloaded.officers.find((o) => o.id === cold.officers[0].id)?.jobTitle}`);

    const indexStarted = performance.now();
    officerDirectoryIndex(reloaded);
    console.log(`\nsearch index built once in ${(performance.now() - indexStarted).toFixed(0)} ms`);
    const queries = keystrokes(reloaded);
    for (const query of queries.slice(0, 20)) searchOfficers(reloaded, query); // warm up the JIT
    const timings: number[] = [];
    const cpuTimings: number[] = [];
    let results = 0;
    for (let round = 0; round < 5; round++) {
      for (const query of queries) {
        const started = performance.now();
        const cpu = process.cpuUsage();
        results += searchOfficers(reloaded, query).length;
        const used = process.cpuUsage(cpu);
        timings.push(performance.now() - started);
        cpuTimings.push((used.user + used.system) / 1000);
      }
    }
    timings.sort((a, b) => a - b);
    cpuTimings.sort((a, b) => a - b);
    console.log(
      `keystroke search over ${reloaded.officers.length} officers: ${timings.length} searches (${results} results in all)\n` +
        `  wall time: p50 ${percentile(timings, 50).toFixed(2)} ms, p95 ${percentile(timings, 95).toFixed(2)} ms, max ${timings[timings.length - 1].toFixed(2)} ms\n` +
        `  CPU time:  p50 ${percentile(cpuTimings, 50).toFixed(2)} ms, p95 ${percentile(cpuTimings, 95).toFixed(2)} ms (what the search costs when the machine is shared)\n` +
        `  load average now: ${loadavg().map((value) => value.toFixed(1)).join(', ')} on ${cpus().length} cores`
    );
    const askTimings: number[] = [];
    for (const question of ['potholes', 'bins', 'school transport', 'social care', 'p', 'po', 'pot']) {
      const started = performance.now();
      const answers = whoToContact(reloaded, question);
      askTimings.push(performance.now() - started);
      console.log(`  who do I contact about "${question}"? ${answers.slice(0, 3).map((a) => `${a.service.name} (${a.matchedBy}, ${a.liaisonOfficers.length} CLOs)`).join('; ')}${answers.length > 3 ? ` … ${answers.length} in all` : ''}`);
    }
    console.log(`who-to-contact: max ${Math.max(...askTimings).toFixed(2)} ms`);
  } finally {
    await emulator.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

/**
 * What one keystroke in Member profiles costs before React draws anything, stage by stage, over
 * the member directory loaded from the emulator at county scale (no browser):
 *
 *   node --import tsx tools/bench/memberKeystrokes.ts [--members 500] [--rounds 20]
 *
 * Each phrase is typed one character at a time (then deleted back), as the bench types it; every
 * stage the search view and its filters run per keystroke is timed on its own: the search, the
 * filter facet counts, the committee-role counts, the responsibilities list, filter and sort of
 * the results, and initials for the first page of cards. Prints p50/p95 per stage in ms.
 */
import { spfi, SPBrowser } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { MemberRepository } from '../../src/data/MemberRepository';
import { countFacets, filterMembers, NO_FILTER } from '../../src/model/filterMembers';
import { initials } from '../../src/model/initials';
import type { IMember, IMemberDirectory } from '../../src/model/Member';
import { compareNames } from '../../src/model/uiLocale';
import { prepareMemberSearch, searchMembers } from '../../src/model/searchMembers';
import { sortMembers } from '../../src/model/sortMembers';
import { MEMBERSHIP_ROLES } from '../../src/schema';
import { startEmulator } from '../emulator/server';
import { generateSampleCouncil } from '../sample-council/generateSampleCouncil';
import { percentile } from './stats';

const CARDS_PER_PAGE = 36;

type Stage = readonly [name: string, run: (directory: IMemberDirectory, query: string, searched: readonly IMember[]) => unknown];

/** The per-keystroke work of MemberSearchView and MemberFilters, in the order they run; `searched` is the search's answer. */
export const KEYSTROKE_STAGES: readonly Stage[] = [
  ['search', (directory, query) => searchMembers(directory.members, query, directory)],
  ['facet counts', (directory, _query, searched) => countFacets(searched, NO_FILTER, directory)],
  ['role counts', (directory, _query, searched) => MEMBERSHIP_ROLES.map((role) => filterMembers(searched, { ...NO_FILTER, committeeRole: role }, directory).length)],
  ['responsibilities', (directory) => Array.from(new Set(directory.members.flatMap((member) => member.additionalRoles))).sort(compareNames)],
  ['filter + sort', (directory, _query, searched) => sortMembers(filterMembers(searched, NO_FILTER, directory), 'surname', directory)],
  ['initials, first page of cards', (_directory, _query, searched) => searched.slice(0, CARDS_PER_PAGE).map((member) => initials(member))]
];

/** Every prefix of each phrase, then back down again: the queries the bench types. */
export function typedQueries(phrases: readonly string[]): string[] {
  return phrases.flatMap((phrase) => {
    const up = Array.from({ length: phrase.length }, (_, index) => phrase.slice(0, index + 1));
    return [...up, ...up.slice(0, -1).reverse(), ''];
  });
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? NaN : Number(process.argv[at + 1]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

async function main(): Promise<void> {
  const members = option('members', 500);
  const rounds = option('rounds', 20);
  const data = generateSampleCouncil({ seed: 2026, members });
  const reader = data.users.find((user) => user.role === 'reader');
  const emulator = await startEmulator({ data });
  try {
    const sp = spfi(emulator.siteUrl).using(SPBrowser({ baseUrl: emulator.siteUrl }), InjectHeaders({ 'X-Emulator-User': String(reader?.id) }));
    const directory = await new MemberRepository(sp).loadDirectory();
    const someone = directory.members[Math.floor(directory.members.length / 3)];
    const queries = typedQueries([someone.displayName.toLowerCase(), 'labour']);
    prepareMemberSearch(directory);
    console.log(`${directory.members.length} members, ${directory.memberships.length} memberships, ${queries.length} keystrokes x ${rounds} rounds`);
    const searchedFor = new Map(queries.map((query) => [query, searchMembers(directory.members, query, directory)]));
    // CPU time of this process (process.cpuUsage, microseconds), not wall time: on a shared machine
    // the wall clock mostly measures the other processes.
    const cpuMs = (): number => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    };
    const total: number[] = new Array<number>(queries.length * (rounds - 1)).fill(0);
    for (const [name, run] of KEYSTROKE_STAGES) {
      const samples: number[] = [];
      for (let round = 0; round < rounds; round++) {
        queries.forEach((query, index) => {
          const start = cpuMs();
          run(directory, query, searchedFor.get(query) ?? []);
          const took = cpuMs() - start;
          // The first round warms the JIT.
          if (round === 0) return;
          samples.push(took);
          total[(round - 1) * queries.length + index] += took;
        });
      }
      console.log(`${name.padEnd(30)} p50 ${percentile(samples, 50).toFixed(3)} ms  p95 ${percentile(samples, 95).toFixed(3)} ms  mean ${(samples.reduce((a, b) => a + b, 0) / samples.length).toFixed(3)} ms`);
    }
    console.log(`${'one keystroke, all stages'.padEnd(30)} p50 ${percentile(total, 50).toFixed(3)} ms  p95 ${percentile(total, 95).toFixed(3)} ms`);
  } finally {
    await emulator.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

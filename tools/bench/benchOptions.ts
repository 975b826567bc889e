/** `npm run bench` command-line options: what to build, how many runs, the scale, and which views to measure. */
import * as util from 'util';
import { isNetworkProfileName, NETWORK_PROFILE_NAMES, NetworkProfileName } from '../emulator/networkProfile';

/** The preview views the bench measures, in the order it measures them. */
export const BENCH_VIEW_KEYS = ['member-profiles', 'officer-directory', 'member-briefings', 'member-enquiries', 'service-enquiries'] as const;
export type BenchViewKey = (typeof BENCH_VIEW_KEYS)[number];

export interface IBenchScale {
  readonly members: number;
  readonly officers: number;
  readonly services: number;
  readonly weeks: number;
  /** Enquiries in the list (tools/bench/benchEnquiries.ts): five years at 20,000 a year unless --enquiries says otherwise. */
  readonly enquiries: number;
}

export interface IBenchOptions {
  readonly skipBuild: boolean;
  readonly runs: number;
  readonly scale: IBenchScale;
  /** The views to measure (with their baselines); every view unless `--view` chose some. */
  readonly views: readonly BenchViewKey[];
  /** The emulator's network profiles to measure under, in order; both unless `--network` chose one. */
  readonly networks: readonly NetworkProfileName[];
  /** `--profile`: after the measured runs, one cold and one warm load of each view with a CPU profile (tools/bench/cpuProfile.ts). */
  readonly profile: boolean;
}

type ParseArgs = (config: {
  args: readonly string[];
  options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;
  strict: true;
  allowPositionals: false;
}) => { values: Record<string, string | boolean | string[] | undefined> };

const isViewKey = (key: string): key is BenchViewKey => (BENCH_VIEW_KEYS as readonly string[]).includes(key);

/** `--view a --view b` and `--view a,b` both choose a and b; measured in the bench's own order, each once. */
function chosenViews(values: readonly string[] | undefined): BenchViewKey[] {
  if (values === undefined) return [...BENCH_VIEW_KEYS];
  const keys = values.flatMap((value) => value.split(',')).map((key) => key.trim());
  const unknown = keys.filter((key) => !isViewKey(key));
  if (unknown.length > 0 || keys.length === 0) {
    throw new Error(`--view takes ${BENCH_VIEW_KEYS.join(', ')} (repeat it or separate keys with commas); got ${unknown.map((key) => `'${key}'`).join(', ') || 'nothing'}.`);
  }
  return BENCH_VIEW_KEYS.filter((key) => keys.includes(key));
}

function chosenNetworks(values: readonly string[] | undefined): NetworkProfileName[] {
  if (values === undefined) return [...NETWORK_PROFILE_NAMES];
  const names = values.flatMap((value) => value.split(',')).map((name) => name.trim());
  const unknown = names.filter((name) => !isNetworkProfileName(name));
  if (unknown.length > 0 || names.length === 0) {
    throw new Error(`--network takes ${NETWORK_PROFILE_NAMES.join(', ')}; got ${unknown.map((name) => `'${name}'`).join(', ') || 'nothing'}.`);
  }
  return NETWORK_PROFILE_NAMES.filter((name) => names.includes(name));
}

export function parseBenchOptions(argv: readonly string[]): IBenchOptions {
  // util.parseArgs is in Node 20 but not in the project's @types/node.
  const parseArgs = (util as unknown as { parseArgs: ParseArgs }).parseArgs;
  const { values } = parseArgs({
    args: argv,
    options: {
      'skip-build': { type: 'boolean' },
      profile: { type: 'boolean' },
      runs: { type: 'string' },
      members: { type: 'string' },
      officers: { type: 'string' },
      services: { type: 'string' },
      weeks: { type: 'string' },
      enquiries: { type: 'string' },
      view: { type: 'string', multiple: true },
      network: { type: 'string', multiple: true }
    },
    strict: true,
    allowPositionals: false
  });
  const whole = (name: string, fallback: number): number => {
    const value = values[name] === undefined ? fallback : Number(values[name]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number of at least 1.`);
    return value;
  };
  return {
    skipBuild: values['skip-build'] === true,
    runs: whole('runs', 5),
    scale: { members: whole('members', 150), officers: whole('officers', 20000), services: whole('services', 300), weeks: whole('weeks', 520), enquiries: whole('enquiries', 100000) },
    views: chosenViews(values.view as string[] | undefined),
    networks: chosenNetworks(values.network as string[] | undefined),
    profile: values.profile === true
  };
}

/** Command-line options of `npm start` (tools/preview/start.ts). */
import * as util from 'util';
import { SAMPLE_COUNCIL_DEFAULTS } from '../sample-council/generateSampleCouncil';
import { isNetworkProfileName, NETWORK_PROFILE_NAMES, NetworkProfileName } from '../emulator/networkProfile';

export const DEFAULT_PORT = 4400;

export interface ISampleScale {
  readonly members?: number;
  readonly officers?: number;
  readonly services?: number;
  readonly weeks?: number;
}

export interface IPreviewCliOptions {
  readonly port: number;
  readonly host: string;
  /** Undefined: the sample council's own default. */
  readonly seed?: number;
  readonly scale: ISampleScale;
  /** JSON file the emulator loads from and saves to, so admin edits survive restarts. */
  readonly persistPath?: string;
  /** Share of requests (0–1) the emulator answers with 429/503 from the start. */
  readonly faultRate: number;
  /** Network and server time the emulator adds to each response: 'spo' is like SharePoint Online. */
  readonly network: NetworkProfileName;
  /** Unminified bundle, for reading stack traces without sourcemaps. */
  readonly dev: boolean;
  readonly help: boolean;
}

export const USAGE = `Usage: npm start -- [options]

Starts the local preview: the emulated SharePoint site at /sites/council, a SharePoint page at /
and a Teams frame at /teams, all rendering the real web part components.

Options:
  --port N        port to listen on (default ${DEFAULT_PORT}, or the PORT environment variable)
  --host NAME     interface to listen on (default localhost)
  --seed N        sample council seed (default ${SAMPLE_COUNCIL_DEFAULTS.seed})
  --members N     current members (councillors) to generate (default ${SAMPLE_COUNCIL_DEFAULTS.members})
  --officers N    officers to generate (default ${SAMPLE_COUNCIL_DEFAULTS.officers})
  --services N    services to generate (default ${SAMPLE_COUNCIL_DEFAULTS.services})
  --weeks N       weeks of briefings up to this week (default ${SAMPLE_COUNCIL_DEFAULTS.weeks})
  --persist FILE  keep the site's data in FILE, so edits survive restarts (e.g. temp/preview-data.json)
  --faults RATE   answer this share of requests (0–1) with 429/503 throttling from the start
  --network NAME  ${NETWORK_PROFILE_NAMES.join(' or ')}: 'spo' adds SharePoint Online's latency, server time and
                  bandwidth to every response (tools/bench/README.md); default none
  --dev           unminified client bundle
  --help          show this help
`;

/** util.parseArgs (Node ≥ 18.3); typed here because the project's @types/node predates it. */
type ParseArgs = (config: {
  args: readonly string[];
  options: Record<string, { type: 'string' | 'boolean' }>;
  strict: true;
  allowPositionals: false;
}) => { values: Record<string, string | boolean | undefined> };

export function parsePreviewCliOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): IPreviewCliOptions {
  const parseArgs = (util as unknown as { parseArgs: ParseArgs }).parseArgs;
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      members: { type: 'string' },
      officers: { type: 'string' },
      services: { type: 'string' },
      weeks: { type: 'string' },
      persist: { type: 'string' },
      faults: { type: 'string' },
      network: { type: 'string' },
      dev: { type: 'boolean' },
      help: { type: 'boolean' }
    },
    strict: true,
    allowPositionals: false
  });
  const text = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  const faultRate = optionalNumber('faults', text('faults')) ?? 0;
  if (faultRate < 0 || faultRate > 1) {
    throw new Error(`--faults must be between 0 and 1, not ${faultRate}`);
  }
  const network = text('network') ?? 'none';
  if (!isNetworkProfileName(network)) {
    throw new Error(`--network must be ${NETWORK_PROFILE_NAMES.join(' or ')}, not "${network}"`);
  }
  return {
    port: wholeNumber('port', text('port') ?? env.PORT) ?? DEFAULT_PORT,
    host: text('host') ?? 'localhost',
    seed: wholeNumber('seed', text('seed')),
    scale: {
      members: wholeNumber('members', text('members')),
      officers: wholeNumber('officers', text('officers')),
      services: wholeNumber('services', text('services')),
      weeks: wholeNumber('weeks', text('weeks'))
    },
    persistPath: text('persist'),
    faultRate,
    network,
    dev: values.dev === true,
    help: values.help === true
  };
}

function optionalNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) {
    throw new Error(`--${name} must be a number, not "${value}"`);
  }
  return parsed;
}

function wholeNumber(name: string, value: string | undefined): number | undefined {
  const parsed = optionalNumber(name, value);
  if (parsed !== undefined && (!Number.isInteger(parsed) || parsed < 0)) {
    throw new Error(`--${name} must be a whole number, not "${value}"`);
  }
  return parsed;
}

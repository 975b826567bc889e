/**
 * Writes the sample council as JSON.
 *   node --import tsx tools/sample-council/cli.ts --officers 20000 --members 150 --weeks 520 --seed 7 --anchor 2026-11-23 --out temp/council.json
 * Without --out the JSON goes to standard output. A timing and size summary goes to standard error.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { dirname } from 'path';
import { ISampleCouncilOptions, generateSampleCouncil } from './generateSampleCouncil';
import { serialiseSiteData } from './serialiseSiteData';

function wholeNumber(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) {
    throw new Error(`--${name} expects a whole number, got "${text}"`);
  }
  return Number(text);
}

const VALUE_FLAGS = ['seed', 'members', 'wards', 'officers', 'services', 'weeks', 'anchor', 'out'] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];

interface ICliArguments {
  readonly values: Partial<Record<ValueFlag, string>> & { pretty?: boolean };
}

/** `--name value` pairs and the `--pretty` switch; anything else is an error. */
export function parseCliArguments(argv: readonly string[]): ICliArguments {
  const values: Partial<Record<ValueFlag, string>> & { pretty?: boolean } = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i].replace(/^--/, '');
    if (flag === 'pretty') {
      values.pretty = true;
      continue;
    }
    if (!argv[i].startsWith('--') || !(VALUE_FLAGS as readonly string[]).includes(flag)) {
      throw new Error(`Unknown argument "${argv[i]}". Use --${VALUE_FLAGS.join(' <value>, --')} <value> and --pretty.`);
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) {
      throw new Error(`--${flag} needs a value`);
    }
    values[flag as ValueFlag] = value;
    i++;
  }
  return { values };
}

function main(argv: readonly string[]): void {
  const { values } = parseCliArguments(argv);
  const options: ISampleCouncilOptions = {
    seed: wholeNumber('seed', values.seed),
    members: wholeNumber('members', values.members),
    wards: wholeNumber('wards', values.wards),
    officers: wholeNumber('officers', values.officers),
    services: wholeNumber('services', values.services),
    weeks: wholeNumber('weeks', values.weeks),
    anchorDate: values.anchor
  };
  const started = process.hrtime.bigint();
  const data = generateSampleCouncil(options);
  const generatedMs = Number(process.hrtime.bigint() - started) / 1e6;
  const json = serialiseSiteData(data, values.pretty ? 2 : undefined);
  const totalMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (values.out) {
    mkdirSync(dirname(values.out), { recursive: true });
    writeFileSync(values.out, json, 'utf8');
  } else {
    process.stdout.write(json);
  }
  const counts = Object.entries(data.lists)
    .map(([list, items]) => `${list} ${items.length}`)
    .join(', ');
  process.stderr.write(
    `Sample council: ${counts}; users ${data.users.length}, files ${data.files.length}. ` +
      `Generated in ${generatedMs.toFixed(0)} ms, serialised in ${(totalMs - generatedMs).toFixed(0)} ms, ${(json.length / 1e6).toFixed(1)} MB${values.out ? ` → ${values.out}` : ''}.\n`
  );
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

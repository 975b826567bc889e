/**
 * Bulk import of CSV files into the Member–Officer Hub lists:
 *   npm run import -- --site <url> --officers officers.csv [--services services.csv …] [--dry-run]
 * See README.md beside this file.
 */
import { parseArgs } from 'util';
import type { ListKey } from '../../src/schema';
import { connectToSite, credentialsFor } from './connectToSite';
import type { SiteCredentials } from './connectToSite';
import { IMPORTABLE_LISTS } from './importableLists';
import { formatSummary, writeOutcomesCsv } from './importOutcomes';
import { createProgressReporter } from './progressReporter';
import { IImportProgress, ImportStatus, runImport } from './runImport';

const USAGE = `Usage: npm run import -- --site <site url> [--${IMPORTABLE_LISTS.map((list) => `${list.option} <file.csv>`).join('] [--')}]
       [--dry-run] [--skip-invalid] [--results <results.csv>] [--as <emulator user id or email>] [--batch-size <1-100>]
       [--allow-host <sovereign-cloud host, e.g. contoso.sharepoint.us>]`;

export const EXIT_CODES: Readonly<Record<ImportStatus | 'error', number>> = {
  complete: 0,
  'dry run': 0,
  invalid: 1,
  incomplete: 2,
  error: 3
};

/** How many problems are printed; all of them are in the results file. */
const PROBLEMS_SHOWN = 100;

function progressLine(progress: IImportProgress): string {
  const count = (value: number): string => value.toLocaleString('en-GB');
  const of = (value: number, noun: string): string => `${count(value)} ${noun}${value === 1 ? '' : 's'}`;
  switch (progress.phase) {
    case 'reading file':
      return `${progress.list}: ${of(progress.done, 'row')} read from the file`;
    case 'reading list':
      return `${progress.list}: ${of(progress.done, 'item')} read from SharePoint`;
    case 'validating':
      return `${progress.list}: ${of(progress.done, 'row')} validated`;
    case 'writing':
      return `${progress.list}: ${count(progress.done)} of ${count(progress.total ?? 0)} writes done`;
  }
}

export async function main(argv: readonly string[], environment: NodeJS.ProcessEnv, stderr: (text: string) => void): Promise<number> {
  const fileOptions = Object.fromEntries(IMPORTABLE_LISTS.map((list) => [list.option, { type: 'string' as const }]));
  const { values } = parseArgs({
    args: [...argv],
    options: {
      ...fileOptions,
      site: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'skip-invalid': { type: 'boolean', default: false },
      results: { type: 'string' },
      as: { type: 'string' },
      'batch-size': { type: 'string' },
      'allow-host': { type: 'string', multiple: true },
      help: { type: 'boolean', default: false }
    },
    strict: true
  });
  const files: Partial<Record<ListKey, string>> = {};
  const given: Readonly<Record<string, string | boolean | readonly string[] | undefined>> = values;
  for (const list of IMPORTABLE_LISTS) {
    const path = given[list.option];
    if (typeof path === 'string') files[list.key] = path;
  }
  if (values.help || typeof values.site !== 'string' || Object.keys(files).length === 0) {
    stderr(`${USAGE}\n`);
    return values.help ? 0 : EXIT_CODES.error;
  }
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= 100)) {
    stderr(`--batch-size must be a whole number from 1 to 100.\n${USAGE}\n`);
    return EXIT_CODES.error;
  }
  const site = values.site;
  let credentials: SiteCredentials;
  try {
    credentials = credentialsFor(site, environment, values.as, values['allow-host'] ?? []);
  } catch (error) {
    stderr(`${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_CODES.error;
  }
  const sp = connectToSite(site, credentials, {
    onRetry: (notice) => stderr(`SharePoint asked us to slow down (HTTP ${notice.status}); retrying in ${Math.round(notice.delayMs / 100) / 10} s\n`)
  });
  const progress = createProgressReporter(stderr);
  let lastPhase = '';
  const result = await runImport({
    sp,
    files,
    dryRun: values['dry-run'],
    skipInvalid: values['skip-invalid'],
    batchSize,
    onProgress: (event) => {
      const phase = `${event.list} ${event.phase}`;
      const last = event.total !== undefined && event.done === event.total;
      progress.report(progressLine(event), phase !== lastPhase || last);
      lastPhase = phase;
    }
  });

  for (const problem of result.problems.slice(0, PROBLEMS_SHOWN)) {
    stderr(`${problem.file} row ${problem.rowNumber}${problem.column ? `, column '${problem.column}'` : ''}: ${problem.message}\n`);
  }
  if (result.problems.length > PROBLEMS_SHOWN) stderr(`… and ${result.problems.length - PROBLEMS_SHOWN} more problems (all are in the results file).\n`);

  for (const warning of result.warnings.slice(0, PROBLEMS_SHOWN)) {
    stderr(`Warning: ${warning.file} row ${warning.rowNumber}, column '${warning.column}': ${warning.message}\n`);
  }
  if (result.warnings.length > PROBLEMS_SHOWN) stderr(`… and ${result.warnings.length - PROBLEMS_SHOWN} more cells that start like a formula.\n`);

  const resultsPath = values.results ?? `import-results-${new Date().toISOString().replace(/[:.]/g, '-')}.csv`;
  await writeOutcomesCsv(resultsPath, result.outcomes);
  const verdict: Record<ImportStatus, string> = {
    complete: 'Import complete.',
    'dry run': 'Dry run: nothing was written. These are the changes a real run would make.',
    invalid: values['dry-run'] ? 'Dry run: some rows are invalid.' : 'Nothing was written: fix the invalid rows (or use --skip-invalid) and run again.',
    incomplete: 'The import did NOT complete: some rows were written and some were not. Each row\'s outcome is in the results file; running the same files again writes only what is still missing or different.'
  };
  stderr(`${formatSummary(result.summary)}\n${verdict[result.status]}\nResults, row by row: ${resultsPath}\n`);
  return EXIT_CODES[result.status];
}

if (require.main === module) {
  let finished = false;
  // A promise nobody will ever settle lets Node exit quietly with 0; an import must never look done when it is not.
  process.on('exit', () => {
    if (!finished) {
      process.stderr.write('The import stopped without finishing; the results file may be missing. Check the lists before running it again.\n');
      process.exitCode = EXIT_CODES.error;
    }
  });
  main(process.argv.slice(2), process.env, (text) => process.stderr.write(text))
    .then((code) => {
      finished = true;
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      finished = true;
      process.stderr.write(`Import stopped with an error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = EXIT_CODES.error;
    });
}

/**
 * Sets up the member enquiry folders and their permissions on the lists' site (docs/enquiries-permissions.md):
 *   npm run deploy:enquiry-folders -- --site <lists site url> [--dry-run] [--repair]
 * Run it after `npm run deploy`, and again after an election, a by-election or a new service that takes
 * enquiries; it adds only what is missing. Sign in first with `npx m365 login` as a site owner.
 */
import { spawn } from 'child_process';
import { parseArgs } from 'util';
import { commandLine } from './deployPlan';
import { M365_ENTRY } from './cli';
import { runEnquiryFolders } from './enquiryFolders';
import { DeployError, ICliResult } from './runDeploy';

const USAGE = 'Usage: npm run deploy:enquiry-folders -- --site <lists site url> [--dry-run] [--repair]';

function runM365(argv: readonly string[]): Promise<ICliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [M365_ENTRY, ...argv], { env: { ...process.env, CLIMICROSOFT365_NOUPDATE: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error) => resolve({ code: 1, stdout, stderr: `${stderr}${error.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

export async function main(args: readonly string[], write: (text: string) => void, cli = runM365): Promise<number> {
  let values: { site?: string; 'dry-run'?: boolean; repair?: boolean };
  try {
    values = parseArgs({ args: [...args], options: { site: { type: 'string' }, 'dry-run': { type: 'boolean' }, repair: { type: 'boolean' } } }).values;
  } catch (error) {
    write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 1;
  }
  const site = values.site?.replace(/\/$/, '');
  if (!site || !/^https:\/\//.test(site)) {
    write(`${USAGE}\n`);
    return 1;
  }
  try {
    const result = await runEnquiryFolders(site, cli, { dryRun: values['dry-run'] === true, repair: values.repair === true });
    if (values['dry-run'] === true) for (const argv of result.commands) write(`${commandLine(argv)}\n`);
    else write(`✓ ${result.ran} command(s) run\n`);
    for (const note of result.notes) write(`${note}\n`);
    return 0;
  } catch (error) {
    write(`${error instanceof DeployError ? error.message : String(error)}\n`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2), (text) => process.stdout.write(text))
    .then((code) => (process.exitCode = code))
    .catch((error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    });
}

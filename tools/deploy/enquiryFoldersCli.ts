/**
 * Sets up the member enquiry folders and their permissions on the lists' site (docs/enquiries-permissions.md):
 *   npm run deploy:enquiry-folders -- --site <lists site url> [--dry-run] [--repair]
 * Run it after `npm run deploy`, and again after an election, a by-election or a new service that takes
 * enquiries; it adds only what is missing. Sign in first with `npx m365 login` as a site owner.
 */
import { parseArgs } from 'util';
import { commandLine } from './deployPlan';
import { runEnquiryFolders } from './enquiryFolders';
import { DeployError } from './runDeploy';
import { runAsCommand, runM365 } from './runM365';

const USAGE = 'Usage: npm run deploy:enquiry-folders -- --site <lists site url> [--dry-run] [--repair]';

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

if (require.main === module) runAsCommand(main);

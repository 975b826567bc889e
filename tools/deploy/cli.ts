/**
 * Deployment in one command, with the CLI for Microsoft 365 (the project's dev dependency):
 *   npm run deploy -- --app-catalog <url> --site <url> [--package <file.sppkg>] [--dry-run]
 * Uploads and deploys the package, adds or upgrades the app on the lists' site, sets the tenant
 * property that points web parts at that site, adds the views and indexes upgrade steps need, and
 * publishes or updates the Teams app. Sign in first with `npx m365 login`.
 */
import { readFileSync } from 'fs';
import { basename, join } from 'path';
import { parseArgs } from 'util';
import { deployPlan, dryRunLines, IDeployOptions } from './deployPlan';
import { DeployError, runDeploy } from './runDeploy';
import { projectRoot, runAsCommand, runM365 } from './runM365';

const USAGE = 'Usage: npm run deploy -- --app-catalog <tenant app catalog url> --site <lists site url> [--package <file.sppkg>] [--dry-run]';

interface IPackageSolution {
  solution: { id: string };
  paths: { zippedPackage: string };
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The options from the command line and the project's own files, or a reason they cannot be. */
export function deployOptions(args: readonly string[]): { options: IDeployOptions; dryRun: boolean } | string {
  let values: { 'app-catalog'?: string; site?: string; package?: string; 'dry-run'?: boolean; help?: boolean };
  try {
    values = parseArgs({
      args: [...args],
      options: {
        'app-catalog': { type: 'string' },
        site: { type: 'string' },
        package: { type: 'string' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean' }
      }
    }).values;
  } catch (error) {
    return `${error instanceof Error ? error.message : String(error)}\n${USAGE}`;
  }
  if (values.help) return USAGE;
  const appCatalogUrl = values['app-catalog'];
  const siteUrl = values.site;
  if (!appCatalogUrl || !siteUrl) return `Both --app-catalog and --site are needed.\n${USAGE}`;
  for (const [name, value] of [['--app-catalog', appCatalogUrl], ['--site', siteUrl]] as const) {
    if (!isHttpsUrl(value)) return `${name} must be an https:// address, e.g. https://contoso.sharepoint.com/sites/appcatalog (got '${value}').`;
  }
  const packageSolution = JSON.parse(readFileSync(join(projectRoot, 'config', 'package-solution.json'), 'utf8')) as IPackageSolution;
  const teamsManifest = JSON.parse(readFileSync(join(projectRoot, 'teams', 'manifest.json'), 'utf8')) as { id: string };
  const packagePath = values.package ?? join('sharepoint', packageSolution.paths.zippedPackage);
  return {
    dryRun: values['dry-run'] === true,
    options: {
      appCatalogUrl: appCatalogUrl.replace(/\/$/, ''),
      siteUrl: siteUrl.replace(/\/$/, ''),
      packagePath,
      packageName: basename(packagePath),
      teamsPackagePath: join('sharepoint', 'solution', 'member-officer-hub-teams.zip'),
      solutionId: packageSolution.solution.id,
      teamsManifestId: teamsManifest.id
    }
  };
}

export async function main(args: readonly string[], write: (text: string) => void): Promise<number> {
  const parsed = deployOptions(args);
  if (typeof parsed === 'string') {
    write(`${parsed}\n`);
    return parsed === USAGE ? 0 : 1;
  }
  if (parsed.dryRun) {
    write(`${dryRunLines(deployPlan(parsed.options)).join('\n')}\n`);
    return 0;
  }
  try {
    const report = await runDeploy(parsed.options, runM365);
    for (const line of report.ran) write(`✓ ${line}\n`);
    for (const note of report.notes) write(`${note}\n`);
    return 0;
  } catch (error) {
    write(`${error instanceof DeployError ? error.message : String(error)}\n`);
    return 1;
  }
}

if (require.main === module) runAsCommand(main);

/**
 * Runs the deployment with the CLI for Microsoft 365, idempotently: it asks the tenant first
 * (is the app on the site? is the Teams app published? does the view exist?) and then installs or
 * upgrades, publishes or updates, adds or leaves alone. A failed step stops the run with a message
 * that names the role the step needs when the failure is a missing permission.
 */
import type { SiteFollowUp } from '../../src/schema/provisioning/upgradeActions';
import { ENQUIRY_SETTINGS_LISTS } from '../../src/schema/enquiryAccess';
import { commands, deployPlan, followUpsFromHistory, IDeployOptions, IDeployStep, Role, SETTINGS_STEP_TITLE } from './deployPlan';
import { parseOwnersGroup, parseSettingsList, settingsListPlan, settingsListReads } from './settingsLists';

export interface ICliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `m365 <argv>`. */
export type RunCli = (argv: readonly string[]) => Promise<ICliResult>;

const PERMISSION_FAILURE = /\b(401|403)\b|access denied|accessdenied|unauthori[sz]ed|forbidden|insufficient privileges|authorization_requestdenied|does not have permission|not have permissions/i;

const LIST_MISSING = /does not exist|\b404\b/i;

export class DeployError extends Error {}

/** What to tell the person running the tool when a step fails. */
export function failureMessage(step: IDeployStep, argv: readonly string[], result: ICliResult): string {
  const output = `${result.stderr}\n${result.stdout}`.trim();
  const command = `m365 ${argv.join(' ')}`;
  if (PERMISSION_FAILURE.test(output)) {
    return [
      `"${step.title}" was refused: permission denied.`,
      `This step needs this role: ${step.role}${roleHint(step.role)}. Ask someone with it to run \`npm run deploy\` again (it skips what is done),`,
      `or to do README.md's manual step ${step.manualStep} ("Deploy to a council's tenant").`,
      `Command: ${command}`,
      `SharePoint said: ${firstLine(output)}`
    ].join('\n');
  }
  return [`"${step.title}" failed.`, `Command: ${command}`, `The CLI said: ${firstLine(output) || `exit code ${result.code}`}`].join('\n');
}

function roleHint(role: Role): string {
  switch (role) {
    case 'SharePoint Administrator or tenant app catalog owner':
      return ' (Microsoft 365 admin centre › Roles, or an owner of the app catalog site)';
    case 'SharePoint Administrator':
      return ' (Microsoft 365 admin centre › Roles › SharePoint Administrator)';
    case 'owner of the lists site':
      return ' (site permissions › Owners, or a SharePoint Administrator)';
    case 'Teams Administrator':
      return ' (Microsoft 365 admin centre › Roles › Teams Administrator)';
    case 'signed-in user':
      return '';
  }
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
}

function parseJson<T>(text: string, what: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new DeployError(`Could not read ${what} from the CLI's output: ${firstLine(text)}`);
  }
}

export interface IDeployReport {
  /** Each command run, in order, as `m365 …`. */
  readonly ran: string[];
  readonly notes: string[];
}

export async function runDeploy(o: IDeployOptions, cli: RunCli, followUps: readonly SiteFollowUp[] = followUpsFromHistory()): Promise<IDeployReport> {
  const steps = deployPlan(o, followUps);
  const report: IDeployReport = { ran: [], notes: [] };
  const stepTitled = (prefix: string): IDeployStep => {
    const step = steps.find((candidate) => candidate.title.startsWith(prefix));
    if (!step) throw new Error(`No deploy step '${prefix}'.`);
    return step;
  };
  const run = async (step: IDeployStep, argv: readonly string[], allowFailure = false): Promise<ICliResult> => {
    report.ran.push(`m365 ${argv.join(' ')}`);
    const result = await cli(argv);
    if (result.code !== 0 && !allowFailure) throw new DeployError(failureMessage(step, argv, result));
    return result;
  };

  const signIn = stepTitled('Check the CLI');
  const status = await run(signIn, commands.status(), true);
  if (status.code !== 0 || /logged out|login has expired/i.test(`${status.stdout}\n${status.stderr}`)) {
    throw new DeployError(
      `The CLI for Microsoft 365 is not signed in${status.code !== 0 ? ` (${firstLine(`${status.stderr}\n${status.stdout}`)})` : ''}. Run \`npx m365 login\` (as a SharePoint Administrator), then run this again.`
    );
  }

  const catalog = stepTitled('Upload and deploy');
  await run(catalog, commands.addApp(o));
  await run(catalog, commands.deployApp(o));
  const app = parseJson<{ ID?: string }>((await run(catalog, commands.getApp(o))).stdout, 'the app id');
  if (!app.ID) throw new DeployError(`The app catalog has no ${o.packageName} after uploading it.`);

  const site = stepTitled('Add or update the app');
  const instances = parseJson<Array<{ ProductId?: string }>>((await run(site, commands.listInstances(o))).stdout, "the site's apps");
  const installed = instances.some((instance) => instance.ProductId?.toLowerCase() === o.solutionId.toLowerCase());
  await run(site, installed ? commands.upgradeApp(o, app.ID) : commands.installApp(o, app.ID));
  report.notes.push(installed ? 'The app was on the site: upgraded (new lists, columns and content type fields from the feature upgrade).' : 'The app was added to the site: its lists are being created.');

  await run(stepTitled('Point every site'), commands.setSiteProperty(o));

  if (followUps.length > 0) {
    const step = stepTitled('Add the views and indexes');
    for (const followUp of followUps) {
      if (followUp.kind === 'index') {
        await run(step, commands.indexField(o, followUp));
        continue;
      }
      if (followUp.kind === 'column') {
        await run(step, commands.setColumnDefinition(o, followUp));
        continue;
      }
      const existing = await run(step, commands.getView(o, followUp), true);
      if (existing.code !== 0) await run(step, commands.addView(o, followUp));
    }
  }

  const settings = stepTitled(SETTINGS_STEP_TITLE);
  const owners = parseOwnersGroup(parseJson((await run(settings, settingsListReads.ownersGroup(o.siteUrl))).stdout, "the site's owners group"));
  if (!owners) throw new DeployError('The lists site has no owners group: Democratic Services need one (site permissions \u203a Owners) before the enquiry targets can be theirs alone.');
  const notReady = (title: string, why: string): DeployError =>
    new DeployError(`${why} If the app was only just added to the site, its lists may still be being created: run \`npm run deploy\` again in a few minutes (it skips what is done).`);
  for (const title of ENQUIRY_SETTINGS_LISTS) {
    const argv = settingsListReads.list(o.siteUrl, title);
    const answer = await run(settings, argv, true);
    if (answer.code !== 0) {
      // SharePoint: "List 'HubSettings' does not exist at site with URL '…'." (404).
      if (LIST_MISSING.test(`${answer.stderr}\n${answer.stdout}`)) throw notReady(title, `${title} is not on the lists site yet.`);
      throw new DeployError(failureMessage(settings, argv, answer));
    }
    const state = parseSettingsList(title, parseJson(answer.stdout, `the permissions of ${title}`));
    if (!state) throw notReady(title, `The CLI did not return the permissions of ${title}.`);
    for (const argv of settingsListPlan(o.siteUrl, state, owners)) await run(settings, argv);
  }
  report.notes.push(`${ENQUIRY_SETTINGS_LISTS.join(' and ')}: Democratic Services (the site\u2019s owners) edit them; everyone else who reads the site reads them.`);

  const teams = stepTitled('Publish or update the Teams app');
  await run(teams, commands.downloadTeamsPackage(o));
  const teamsApps = parseJson<Array<{ id?: string; externalId?: string }>>((await run(teams, commands.listTeamsApps())).stdout, 'the Teams apps');
  const published = teamsApps.find((candidate) => candidate.externalId?.toLowerCase() === o.teamsManifestId.toLowerCase());
  await run(teams, published?.id ? commands.updateTeamsApp(o, published.id) : commands.publishTeamsApp(o));
  report.notes.push(published ? 'The Teams app was updated.' : 'The Teams app was published to the organisation catalogue.');
  return report;
}

/**
 * What `npm run deploy` runs, as CLI for Microsoft 365 (`m365`) argument lists: the same builders
 * serve the real run (tools/deploy/runDeploy.ts) and `--dry-run`, so the dry run prints exactly
 * what a run would execute. Values a run reads from an earlier command (the app's id in the
 * catalog, the Teams app's id) appear as <placeholders> in the dry run.
 */
import { allLists } from '../../src/schema';
import { SCHEMA_STEPS } from '../../src/schema/history';
import { queryInnerXml } from '../../src/schema/provisioning/viewXml';
import { columnRuleOf } from '../../src/schema/validation';
import { siteFollowUps, SiteFollowUp } from '../../src/schema/provisioning/upgradeActions';
import { settingsListDryRun, settingsListReads } from './settingsLists';

/** Tenant property the web parts and the Teams app read to find the lists' site (README, "Configure"). */
export const SITE_PROPERTY = 'MemberOfficerHubSiteUrl';
export const SITE_PROPERTY_DESCRIPTION = 'Site that holds the Member–Officer Hub lists';

export interface IDeployOptions {
  readonly appCatalogUrl: string;
  readonly siteUrl: string;
  /** Path of the .sppkg, e.g. sharepoint/solution/member-officer-hub.sppkg. */
  readonly packagePath: string;
  /** File name of the package in the app catalog. */
  readonly packageName: string;
  /** Where the Teams app package is written before it is published. */
  readonly teamsPackagePath: string;
  /** solution.id of config/package-solution.json: the ProductId of the app on a site. */
  readonly solutionId: string;
  /** id of teams/manifest.json: the Teams app's externalId. */
  readonly teamsManifestId: string;
}

/** Who can run a step; the message for a permission failure names it. */
export type Role =
  | 'signed-in user'
  | 'SharePoint Administrator or tenant app catalog owner'
  | 'SharePoint Administrator'
  | 'owner of the lists site'
  | 'Teams Administrator';

export interface IPlannedCommand {
  /** Arguments after `m365`. */
  readonly argv: readonly string[];
  /** When it runs, if not always. */
  readonly when?: string;
}

export interface IDeployStep {
  readonly title: string;
  readonly role: Role;
  /** The manual step in README.md's "Deploy to a council's tenant" that does the same by hand. */
  readonly manualStep: string;
  readonly commands: readonly IPlannedCommand[];
}

export const SETTINGS_STEP_TITLE = 'Let only Democratic Services (the site\u2019s owners) change the enquiry targets and closure days';
export const APP_ID_PLACEHOLDER = '<app id from spo app get>';
export const TEAMS_APP_ID_PLACEHOLDER = '<Teams app id from teams app list>';

/** The argument builders, shared by the run and the dry run. */
export const commands = {
  status: (): string[] => ['status', '--output', 'json'],
  addApp: (o: IDeployOptions): string[] => ['spo', 'app', 'add', '--filePath', o.packagePath, '--appCatalogUrl', o.appCatalogUrl, '--overwrite', '--output', 'json'],
  deployApp: (o: IDeployOptions): string[] => ['spo', 'app', 'deploy', '--name', o.packageName, '--appCatalogUrl', o.appCatalogUrl, '--skipFeatureDeployment'],
  getApp: (o: IDeployOptions): string[] => ['spo', 'app', 'get', '--name', o.packageName, '--appCatalogUrl', o.appCatalogUrl, '--output', 'json'],
  listInstances: (o: IDeployOptions): string[] => ['spo', 'app', 'instance', 'list', '--siteUrl', o.siteUrl, '--output', 'json'],
  installApp: (o: IDeployOptions, appId: string): string[] => ['spo', 'app', 'install', '--id', appId, '--siteUrl', o.siteUrl],
  upgradeApp: (o: IDeployOptions, appId: string): string[] => ['spo', 'app', 'upgrade', '--id', appId, '--siteUrl', o.siteUrl],
  setSiteProperty: (o: IDeployOptions): string[] => [
    'spo', 'storageentity', 'set', '--appCatalogUrl', o.appCatalogUrl, '--key', SITE_PROPERTY, '--value', o.siteUrl, '--description', SITE_PROPERTY_DESCRIPTION
  ],
  getView: (o: IDeployOptions, followUp: Extract<SiteFollowUp, { kind: 'view' }>): string[] => [
    'spo', 'list', 'view', 'get', '--webUrl', o.siteUrl, '--listTitle', followUp.list.title, '--title', followUp.view.title, '--output', 'json'
  ],
  addView: (o: IDeployOptions, followUp: Extract<SiteFollowUp, { kind: 'view' }>): string[] => [
    'spo', 'list', 'view', 'add', '--webUrl', o.siteUrl, '--listTitle', followUp.list.title, '--title', followUp.view.title,
    '--fields', followUp.view.columns.join(','), '--viewQuery', queryInnerXml(followUp.view), '--paged', '--rowLimit', String(followUp.view.rowLimit)
  ],
  indexField: (o: IDeployOptions, followUp: Extract<SiteFollowUp, { kind: 'index' }>): string[] => [
    'spo', 'field', 'set', '--webUrl', o.siteUrl, '--listTitle', followUp.list.title, '--internalName', followUp.field.internalName, '--Indexed', 'true'
  ],
  setColumnDefinition: (o: IDeployOptions, followUp: Extract<SiteFollowUp, { kind: 'column' }>): string[] => {
    const rule = columnRuleOf(followUp.field);
    return [
      'spo', 'field', 'set', '--webUrl', o.siteUrl, '--listTitle', followUp.list.title, '--internalName', followUp.field.internalName,
      '--Required', String(followUp.field.required === true),
      ...(rule ? ['--ValidationFormula', `=${rule.formula(followUp.field.internalName)}`, '--ValidationMessage', rule.message] : [])
    ];
  },
  downloadTeamsPackage: (o: IDeployOptions): string[] => [
    'spo', 'app', 'teamspackage', 'download', '--appName', o.packageName, '--appCatalogUrl', o.appCatalogUrl, '--fileName', o.teamsPackagePath
  ],
  listTeamsApps: (): string[] => ['teams', 'app', 'list', '--distributionMethod', 'organization', '--output', 'json'],
  updateTeamsApp: (o: IDeployOptions, teamsAppId: string): string[] => ['teams', 'app', 'update', '--id', teamsAppId, '--filePath', o.teamsPackagePath],
  publishTeamsApp: (o: IDeployOptions): string[] => ['teams', 'app', 'publish', '--filePath', o.teamsPackagePath]
};

/** Views, indexes and column definitions the schema history brings to existing lists (element manifests cannot); idempotent. */
export function followUpsFromHistory(): SiteFollowUp[] {
  return siteFollowUps(SCHEMA_STEPS, allLists);
}

export function deployPlan(o: IDeployOptions, followUps: readonly SiteFollowUp[] = followUpsFromHistory()): IDeployStep[] {
  const followUpCommands = followUps.flatMap((followUp): IPlannedCommand[] =>
    followUp.kind === 'view'
      ? [
          { argv: commands.getView(o, followUp) },
          { argv: commands.addView(o, followUp), when: `the list has no view '${followUp.view.title}'` }
        ]
      : [{ argv: followUp.kind === 'index' ? commands.indexField(o, followUp) : commands.setColumnDefinition(o, followUp) }]
  );
  const steps: IDeployStep[] = [
    { title: 'Check the CLI is signed in', role: 'signed-in user', manualStep: '(m365 login)', commands: [{ argv: commands.status() }] },
    {
      title: 'Upload and deploy the package to the tenant app catalog',
      role: 'SharePoint Administrator or tenant app catalog owner',
      manualStep: '1',
      commands: [{ argv: commands.addApp(o) }, { argv: commands.deployApp(o) }, { argv: commands.getApp(o) }]
    },
    {
      title: 'Add or update the app on the lists site (creates or upgrades the lists)',
      role: 'owner of the lists site',
      manualStep: '2 (6 for an upgrade)',
      commands: [
        { argv: commands.listInstances(o) },
        { argv: commands.installApp(o, APP_ID_PLACEHOLDER), when: 'the app is not on the site' },
        { argv: commands.upgradeApp(o, APP_ID_PLACEHOLDER), when: 'the app is on the site' }
      ]
    },
    {
      title: `Point every site at the lists (tenant property ${SITE_PROPERTY})`,
      // Tenant properties are set through the app catalog but need the tenant admin role.
      role: 'SharePoint Administrator',
      manualStep: '3',
      commands: [{ argv: commands.setSiteProperty(o) }]
    }
  ];
  if (followUpCommands.length > 0) {
    steps.push({ title: 'Add the views and indexes of upgrade steps to existing lists, and set their changed columns', role: 'owner of the lists site', manualStep: '6', commands: followUpCommands });
  }
  steps.push({
    title: SETTINGS_STEP_TITLE,
    role: 'owner of the lists site',
    manualStep: '2 ("Who can change the enquiry targets")',
    commands: [{ argv: settingsListReads.ownersGroup(o.siteUrl) }, ...settingsListDryRun(o.siteUrl)]
  });
  steps.push({
    title: 'Publish or update the Teams app',
    role: 'Teams Administrator',
    manualStep: '5',
    commands: [
      { argv: commands.downloadTeamsPackage(o) },
      { argv: commands.listTeamsApps() },
      { argv: commands.updateTeamsApp(o, TEAMS_APP_ID_PLACEHOLDER), when: 'the Teams app is already in the organisation catalogue' },
      { argv: commands.publishTeamsApp(o), when: 'it is not' }
    ]
  });
  return steps;
}

/** An argument as a POSIX shell would need it written. */
export function shellQuote(argument: string): string {
  return /^[\w@%+=:,./-]+$/.test(argument) ? argument : `'${argument.replace(/'/g, `'\\''`)}'`;
}

export function commandLine(argv: readonly string[]): string {
  return ['m365', ...argv].map(shellQuote).join(' ');
}

/** The dry run's output: every command, in order, with the condition for those that depend on what the tenant says. */
export function dryRunLines(steps: readonly IDeployStep[]): string[] {
  return steps.flatMap((step, index) => [
    `# ${index + 1}. ${step.title} (needs: ${step.role})`,
    ...step.commands.map((command) => (command.when ? `${commandLine(command.argv)}    # if ${command.when}` : commandLine(command.argv)))
  ]);
}

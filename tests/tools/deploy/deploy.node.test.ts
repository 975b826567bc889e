import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { allLists, IListDefinition } from '../../../src/schema';
import { SiteFollowUp } from '../../../src/schema/provisioning/upgradeActions';
import { viewsOf } from '../../../src/schema/views';
import { COLUMN_RULES } from '../../../src/schema/validation';
import { deployOptions } from '../../../tools/deploy/cli';
import { M365_ENTRY } from '../../../tools/deploy/runM365';
import { deployPlan, IDeployOptions } from '../../../tools/deploy/deployPlan';
import { ICliResult, runDeploy } from '../../../tools/deploy/runDeploy';

const projectRoot = join(__dirname, '..', '..', '..');
const CLI_PACKAGE = join(projectRoot, 'node_modules', '@pnp', 'cli-microsoft365');
const CATALOG = 'https://contoso.sharepoint.com/sites/appcatalog';
const SITE = 'https://contoso.sharepoint.com/sites/members';

function options(): IDeployOptions {
  const parsed = deployOptions(['--app-catalog', CATALOG, '--site', SITE]);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed.options;
}

function listNamed(key: string): IListDefinition {
  const list = allLists.find((candidate) => candidate.key === key);
  if (!list) throw new Error(key);
  return list;
}

/** Follow-ups a step adding a view and an index would bring (the product has no such step yet). */
function sampleFollowUps(): SiteFollowUp[] {
  const members = listNamed('Members');
  const former = viewsOf(members).find((view) => view.url === 'Former.aspx');
  const email = members.fields.find((field) => field.internalName === 'Email');
  const ward = members.fields.find((field) => field.internalName === 'Ward');
  if (!former || !email || !ward) throw new Error('Members has no Former view, Email or Ward column.');
  return [
    { kind: 'index', version: '1.1.0.0', list: members, field: email },
    { kind: 'view', version: '1.1.0.0', list: members, view: former },
    { kind: 'column', version: '1.4.0.0', list: members, field: ward }
  ];
}

describe('npm run deploy -- --dry-run', () => {
  test('prints every command it would run, in order, and runs none', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'tools', 'deploy', 'cli.ts'), '--dry-run', '--app-catalog', CATALOG, '--site', SITE], {
      cwd: projectRoot,
      encoding: 'utf8'
    });
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([
      '# 1. Check the CLI is signed in (needs: signed-in user)',
      'm365 status --output json',
      '# 2. Upload and deploy the package to the tenant app catalog (needs: SharePoint Administrator or tenant app catalog owner)',
      `m365 spo app add --filePath sharepoint/solution/member-officer-hub.sppkg --appCatalogUrl ${CATALOG} --overwrite --output json`,
      `m365 spo app deploy --name member-officer-hub.sppkg --appCatalogUrl ${CATALOG} --skipFeatureDeployment`,
      `m365 spo app get --name member-officer-hub.sppkg --appCatalogUrl ${CATALOG} --output json`,
      '# 3. Add or update the app on the lists site (creates or upgrades the lists) (needs: owner of the lists site)',
      `m365 spo app instance list --siteUrl ${SITE} --output json`,
      `m365 spo app install --id '<app id from spo app get>' --siteUrl ${SITE}    # if the app is not on the site`,
      `m365 spo app upgrade --id '<app id from spo app get>' --siteUrl ${SITE}    # if the app is on the site`,
      '# 4. Point every site at the lists (tenant property MemberOfficerHubSiteUrl) (needs: SharePoint Administrator)',
      `m365 spo storageentity set --appCatalogUrl ${CATALOG} --key MemberOfficerHubSiteUrl --value ${SITE} --description 'Site that holds the Member–Officer Hub lists'`,
      '# 5. Add the views and indexes of upgrade steps to existing lists, and set their changed columns (needs: owner of the lists site)',
      // Release 1.4.0.0 indexes Enquiries' Closed date and sets the columns whose definition changed since sites installed them.
      `m365 spo field set --webUrl ${SITE} --listTitle Enquiries --internalName ClosedDate --Indexed true`,
      `m365 spo field set --webUrl ${SITE} --listTitle Members --internalName Ward --Required false`,
      ...[['Members', 'Email'], ['Officers', 'Email'], ['Services', 'ServiceEmail']].map(
        ([list, column]) =>
          `m365 spo field set --webUrl ${SITE} --listTitle ${list} --internalName ${column} --Required false --ValidationFormula '=${COLUMN_RULES.email.formula(column)}' --ValidationMessage '${COLUMN_RULES.email.message}'`
      ),
      "# 6. Let only Democratic Services (the site’s owners) change the enquiry targets and closure days (needs: owner of the lists site)",
      `m365 spo group list --webUrl ${SITE} --associatedGroupsOnly --output json`,
      ...['HubSettings', 'EnquiryClosureDays'].flatMap((list) => [
        `m365 spo list get --webUrl ${SITE} --title ${list} --withPermissions --output json`,
        `m365 spo list roleinheritance break --webUrl ${SITE} --listTitle ${list} --force    # if the list still inherits the site’s permissions`,
        `m365 spo list roleassignment add --webUrl ${SITE} --listTitle ${list} --groupName '<owners group>' --roleDefinitionName 'Full Control'    # if the owners group has no Full Control on the list`,
        `m365 spo list roleassignment remove --webUrl ${SITE} --listTitle ${list} --principalId '<principal>' --force    # if a principal other than the owners group can change items`,
        `m365 spo list roleassignment add --webUrl ${SITE} --listTitle ${list} --principalId '<principal>' --roleDefinitionName Read    # if it was removed just before`
      ]),
      '# 7. Publish or update the Teams app (needs: Teams Administrator)',
      `m365 spo app teamspackage download --appName member-officer-hub.sppkg --appCatalogUrl ${CATALOG} --fileName sharepoint/solution/member-officer-hub-teams.zip`,
      'm365 teams app list --distributionMethod organization --output json',
      "m365 teams app update --id '<Teams app id from teams app list>' --filePath sharepoint/solution/member-officer-hub-teams.zip    # if the Teams app is already in the organisation catalogue",
      'm365 teams app publish --filePath sharepoint/solution/member-officer-hub-teams.zip    # if it is not'
    ]);
  });

  test('refuses missing or non-https addresses with the usage', () => {
    expect(deployOptions(['--site', SITE])).toMatch(/Both --app-catalog and --site are needed/);
    expect(deployOptions(['--app-catalog', 'http://contoso.sharepoint.com/sites/appcatalog', '--site', SITE])).toMatch(/--app-catalog must be an https:\/\/ address/);
  });
});

interface ICliOption {
  readonly long: string;
}
interface ICliCommand {
  readonly name: string;
  readonly file: string;
  readonly options: readonly ICliOption[];
}

describe('the commands exist in the installed CLI for Microsoft 365', () => {
  const installed = JSON.parse(readFileSync(join(CLI_PACKAGE, 'package.json'), 'utf8')) as { version: string };
  const catalogue = JSON.parse(readFileSync(join(CLI_PACKAGE, 'allCommandsFull.json'), 'utf8')) as ICliCommand[];
  const planned = deployPlan(options(), sampleFollowUps()).flatMap((step) => step.commands.map((command) => command.argv));

  test('the installed CLI is the pinned version and its entry point is where the tool runs it', () => {
    expect(installed.version).toBe('11.11.0');
    expect(readFileSync(M365_ENTRY, 'utf8').length).toBeGreaterThan(0);
  });

  test.each(planned.map((argv) => [argv.join(' '), argv]))('%s', (_line, argv) => {
    const optionStart = argv.findIndex((part) => part.startsWith('--'));
    const name = argv.slice(0, optionStart === -1 ? argv.length : optionStart).join(' ');
    const command = catalogue.find((candidate) => candidate.name === name);
    if (!command) throw new Error(`m365 ${name} is not a command of @pnp/cli-microsoft365 ${installed.version}.`);
    const declared = new Set(command.options.map((option) => option.long));
    const passed = argv.filter((part) => part.startsWith('--')).map((part) => part.slice(2));
    const undeclared = passed.filter((option) => !declared.has(option));
    if (undeclared.length > 0) {
      // Such commands pass unknown options on as properties (e.g. `spo field set --Indexed true`).
      const source = readFileSync(join(CLI_PACKAGE, 'dist', 'm365', command.file), 'utf8');
      expect({ command: name, undeclared, allowsUnknownOptions: /allowUnknownOptions\(\)\s*{\s*return true;/.test(source) }).toEqual({
        command: name,
        undeclared,
        allowsUnknownOptions: true
      });
    }
  });
});

/** A tenant as the CLI sees it: answers by command, records what ran. */
function fakeTenant(answers: Record<string, ICliResult>): { ran: string[]; cli: (argv: readonly string[]) => Promise<ICliResult> } {
  const ran: string[] = [];
  return {
    ran,
    cli: (argv) => {
      const line = argv.join(' ');
      ran.push(line);
      const key = Object.keys(answers).find((prefix) => line.startsWith(prefix));
      return Promise.resolve(key ? answers[key] : { code: 0, stdout: '', stderr: '' });
    }
  };
}

const ok = (stdout: unknown): ICliResult => ({ code: 0, stdout: JSON.stringify(stdout), stderr: '' });
const APP_ID = '4f1c8e2a-0000-4000-8000-000000000001';
const TEAMS_APP_ID = '9a6f3b1c-0000-4000-8000-000000000002';

const OWNERS = { id: 3, title: 'Members Owners' };
const FULL_CONTROL = { name: 'Full Control', kind: 5 };
const READ = { name: 'Read', kind: 2 };
const EDIT = { name: 'Edit', kind: 6 };
const LIMITED = { name: 'Limited Access', kind: 1 };
interface IAssignment {
  readonly id: number;
  readonly title: string;
  readonly levels: readonly { readonly name: string; readonly kind: number }[];
}
const SITE_OWNERS: IAssignment = { id: OWNERS.id, title: OWNERS.title, levels: [FULL_CONTROL] };
const SITE_VISITORS: IAssignment = { id: 4, title: 'Members Visitors', levels: [READ] };
const SITE_MEMBERS: IAssignment = { id: 5, title: 'Members Members', levels: [EDIT] };

/** `spo list get --withPermissions` as the CLI prints it (the REST list with RoleAssignments expanded). */
function listAnswer(unique: boolean, assignments: readonly IAssignment[]): unknown {
  return {
    Title: 'HubSettings',
    HasUniqueRoleAssignments: unique,
    RoleAssignments: assignments.map((assignment) => ({
      Member: { Id: assignment.id, Title: assignment.title, PrincipalType: 8, PrincipalTypeString: 'SharePointGroup' },
      PrincipalId: assignment.id,
      RoleDefinitionBindings: assignment.levels.map((level) => ({ Name: level.name, RoleTypeKind: level.kind }))
    }))
  };
}

function tenant(installed: boolean, published: boolean, extra: Record<string, ICliResult> = {}): ReturnType<typeof fakeTenant> {
  const o = options();
  return fakeTenant({
    status: ok({ connectedAs: 'admin@contoso.onmicrosoft.com' }),
    'spo app get': ok({ ID: APP_ID }),
    'spo app instance list': ok(installed ? [{ ProductId: o.solutionId.toUpperCase(), Title: 'Member–Officer Hub' }] : [{ ProductId: 'another' }]),
    'teams app list': ok(published ? [{ id: TEAMS_APP_ID, externalId: o.teamsManifestId }] : []),
    'spo group list': ok({ AssociatedOwnerGroup: { Id: OWNERS.id, Title: OWNERS.title } }),
    'spo list get': ok(listAnswer(installed, [SITE_OWNERS, SITE_VISITORS, installed ? { ...SITE_MEMBERS, levels: [READ] } : SITE_MEMBERS])),
    ...extra
  });
}

describe('a deploy run is idempotent', () => {
  test('first run: installs the app on the site and publishes the Teams app', async () => {
    const fake = tenant(false, false);
    await runDeploy(options(), fake.cli, []);
    expect(fake.ran.filter((line) => /^spo app (install|upgrade)|^teams app (publish|update)/.test(line))).toEqual([
      `spo app install --id ${APP_ID} --siteUrl ${SITE}`,
      'teams app publish --filePath sharepoint/solution/member-officer-hub-teams.zip'
    ]);
  });

  test('a later run: upgrades the app, updates the Teams app, and adds only the views that are missing', async () => {
    const fake = tenant(true, true, { 'spo list view get': { code: 1, stdout: '', stderr: 'Error: The specified view is invalid.' } });
    await runDeploy(options(), fake.cli, sampleFollowUps());
    expect(fake.ran.filter((line) => /^spo app (install|upgrade)|^teams app (publish|update)|^spo list view add|^spo field set/.test(line))).toEqual([
      `spo app upgrade --id ${APP_ID} --siteUrl ${SITE}`,
      `spo field set --webUrl ${SITE} --listTitle Members --internalName Email --Indexed true`,
      expect.stringMatching(new RegExp(`^spo list view add --webUrl ${SITE} --listTitle Members --title Former members --fields LinkTitle,Ward,Party,TermStart,TermEnd --viewQuery <Where><Eq><FieldRef Name="IsCurrent" /><Value Type="Boolean">0</Value></Eq></Where><OrderBy>`)),
      `spo field set --webUrl ${SITE} --listTitle Members --internalName Ward --Required false`,
      `teams app update --id ${TEAMS_APP_ID} --filePath sharepoint/solution/member-officer-hub-teams.zip`
    ]);

    const again = tenant(true, true);
    await runDeploy(options(), again.cli, sampleFollowUps());
    expect(again.ran.some((line) => line.startsWith('spo list view add'))).toBe(false);
  });
});

describe('a missing permission is named', () => {
  const denied: ICliResult = { code: 1, stdout: '', stderr: 'Error: Access denied. You do not have permission to perform this action or access this resource.' };

  test.each([
    ['spo app add', 'This step needs this role: SharePoint Administrator or tenant app catalog owner', "manual step 1 "],
    ['spo app install', 'This step needs this role: owner of the lists site', 'manual step 2 (6 for an upgrade)'],
    ['spo storageentity set', 'This step needs this role: SharePoint Administrator (', 'manual step 3 '],
    ['teams app publish', 'This step needs this role: Teams Administrator', 'manual step 5 ']
  ])('%s refused → %s', async (command, role, manual) => {
    const fake = tenant(false, false, { [command]: denied });
    const run = runDeploy(options(), fake.cli, []);
    await expect(run).rejects.toThrow(role);
    await expect(runDeploy(options(), tenant(false, false, { [command]: denied }).cli, [])).rejects.toThrow(manual);
    expect(fake.ran[fake.ran.length - 1].startsWith(command)).toBe(true);
  });

  test('a 403 from Microsoft Graph is a permission failure too', async () => {
    const graphDenied: ICliResult = { code: 1, stdout: '', stderr: 'Error: Request failed with status code 403' };
    await expect(runDeploy(options(), tenant(true, true, { 'teams app update': graphDenied }).cli, [])).rejects.toThrow(/permission denied[\s\S]*Teams Administrator/);
  });

  test('a signed-out CLI says to sign in first', async () => {
    const signedOut = fakeTenant({ status: { code: 0, stdout: 'Logged out', stderr: '' } });
    await expect(runDeploy(options(), signedOut.cli, [])).rejects.toThrow('Run `npx m365 login`');
    expect(signedOut.ran).toEqual(['status --output json']);
  });
});

describe('only Democratic Services can change the enquiry targets (HubSettings, EnquiryClosureDays)', () => {
  const settingsWrites = (ran: readonly string[]): string[] => ran.filter((line) => /^spo list role(inheritance|assignment)/.test(line));
  const perList = (list: string): string[] => [
    `spo list roleinheritance break --webUrl ${SITE} --listTitle ${list} --force`,
    `spo list roleassignment remove --webUrl ${SITE} --listTitle ${list} --principalId 5 --force`,
    `spo list roleassignment add --webUrl ${SITE} --listTitle ${list} --principalId 5 --roleDefinitionName Read`
  ];

  test('first run: breaks inheritance keeping the site’s readers, and turns the Members group’s Edit into Read; owners keep Full Control', async () => {
    const fake = tenant(false, false);
    await runDeploy(options(), fake.cli, []);
    expect(settingsWrites(fake.ran)).toEqual([...perList('HubSettings'), ...perList('EnquiryClosureDays')]);
    // Copying (no --clearExistingPermissions) keeps the visitors' Read: every member still reads the targets.
    expect(fake.ran.some((line) => line.includes('--clearExistingPermissions'))).toBe(false);
  });

  test('a later run changes nothing when the lists are already set up', async () => {
    const fake = tenant(true, true);
    await runDeploy(options(), fake.cli, []);
    expect(settingsWrites(fake.ran)).toEqual([]);
  });

  test('anyone else who can change items (a directly granted user, a custom level) gets Read; Limited Access is left alone; owners get Full Control first when missing', async () => {
    const councillor: IAssignment = { id: 41, title: 'Cllr A. Example', levels: [{ name: 'Contribute without delete', kind: 0 }] };
    const limited: IAssignment = { id: 42, title: 'Enquiries – Highways', levels: [LIMITED] };
    const fake = tenant(true, true, {
      'spo list get': ok(listAnswer(true, [{ ...SITE_OWNERS, levels: [READ] }, SITE_VISITORS, councillor, limited]))
    });
    await runDeploy(options(), fake.cli, []);
    expect(settingsWrites(fake.ran).filter((line) => line.includes('--listTitle HubSettings'))).toEqual([
      `spo list roleassignment add --webUrl ${SITE} --listTitle HubSettings --groupName ${OWNERS.title} --roleDefinitionName Full Control`,
      `spo list roleassignment remove --webUrl ${SITE} --listTitle HubSettings --principalId 41 --force`,
      `spo list roleassignment add --webUrl ${SITE} --listTitle HubSettings --principalId 41 --roleDefinitionName Read`
    ]);
  });

  test('a list the CLI cannot describe yet (still being created) stops the run with what to do', async () => {
    const fake = tenant(false, false, { 'spo list get': ok({ Title: 'HubSettings' }) });
    await expect(runDeploy(options(), fake.cli, [])).rejects.toThrow(/permissions of HubSettings[\s\S]*run `npm run deploy` again/);
  });

  test('a list not on the site yet (SharePoint 404) says so and what to do, not just that the command failed', async () => {
    const missing: ICliResult = { code: 1, stdout: '', stderr: `Error: List 'HubSettings' does not exist at site with URL '${SITE}'.` };
    const fake = tenant(false, false, { 'spo list get': missing });
    await expect(runDeploy(options(), fake.cli, [])).rejects.toThrow(/^HubSettings is not on the lists site yet\.[\s\S]*run `npm run deploy` again in a few minutes/);
    expect(settingsWrites(fake.ran)).toEqual([]);
  });

  test('reading a list’s permissions refused names the role', async () => {
    const denied: ICliResult = { code: 1, stdout: '', stderr: 'Error: Access denied. You do not have permission to perform this action or access this resource.' };
    await expect(runDeploy(options(), tenant(false, false, { 'spo list get': denied }).cli, [])).rejects.toThrow(/needs this role: owner of the lists site/);
  });

  test('a refused change names the role and the manual step', async () => {
    const denied: ICliResult = { code: 1, stdout: '', stderr: 'Error: Access denied. You do not have permission to perform this action or access this resource.' };
    await expect(runDeploy(options(), tenant(false, false, { 'spo list roleinheritance break': denied }).cli, [])).rejects.toThrow(
      /needs this role: owner of the lists site[\s\S]*manual step 2 \("Who can change the enquiry targets"\)/
    );
  });
});

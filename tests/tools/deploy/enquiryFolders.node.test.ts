/**
 * The enquiry folders' deployment (tools/deploy/enquiryFolders.ts) against a fake CLI that answers the reads:
 * the first run makes the level, groups and folders with their permissions; a re-run on a finished site does
 * nothing; a dry run runs no write; a council past the scope limit is refused before anything is written; and
 * every command and option exists in the installed CLI for Microsoft 365.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { enquiryFolderPlan, IEnquirySiteState, runEnquiryFolders } from '../../../tools/deploy/enquiryFolders';
import { DeployError, ICliResult } from '../../../tools/deploy/runDeploy';
import { MEMBER_ENQUIRY_LEVEL } from '../../../src/schema/enquiryAccess';

const SITE = 'https://contoso.sharepoint.com/sites/members';
const CLI_PACKAGE = join(__dirname, '..', '..', '..', 'node_modules', '@pnp', 'cli-microsoft365');

interface ITenant {
  levels: string[];
  groups: string[];
  folders: Record<string, { Name: string; ListItemAllFields: { HasUniqueRoleAssignments: boolean } }[]>;
}

function fakeCli(tenant: ITenant, members = [{ Id: 7, MemberAccount: { EMail: 'jo.bloggs@council.example' } }, { Id: 9, MemberAccount: null }]) {
  const ran: string[][] = [];
  const cli = async (argv: readonly string[]): Promise<ICliResult> => {
    const line = argv.join(' ');
    const answer = (value: unknown): ICliResult => ({ code: 0, stdout: JSON.stringify(value), stderr: '' });
    if (line.startsWith('spo roledefinition list')) return answer(tenant.levels.map((Name) => ({ Name })));
    if (line.startsWith('spo group list') && line.includes('--associatedGroupsOnly')) return answer({ AssociatedOwnerGroup: { Title: 'Members Hub Owners' } });
    if (line.startsWith('spo group list')) return answer(tenant.groups.map((Title) => ({ Title })));
    if (line.startsWith('spo listitem list') && line.includes('Services')) return answer([{ Id: 3, Title: 'Highways', EnquiryGroup: null }, { Id: 5, Title: 'Planning', EnquiryGroup: 'Planning officers' }]);
    if (line.startsWith('spo listitem list') && line.includes('Members')) return answer(members);
    if (line.startsWith('spo folder list')) return answer(tenant.folders[argv[argv.indexOf('--parentFolderUrl') + 1].replace('/Lists/', '')] ?? []);
    ran.push([...argv]);
    if (line.startsWith('spo roledefinition add')) tenant.levels.push(argv[argv.indexOf('--name') + 1]);
    if (line.startsWith('spo group add')) tenant.groups.push(argv[argv.indexOf('--name') + 1]);
    if (line.startsWith('spo folder roleinheritance break')) {
      const [, list, name] = /\/Lists\/(\w+)\/(.+)$/.exec(argv[argv.indexOf('--folderUrl') + 1]) ?? [];
      (tenant.folders[list] ??= []).push({ Name: name, ListItemAllFields: { HasUniqueRoleAssignments: true } });
    }
    return { code: 0, stdout: '', stderr: '' };
  };
  return { cli, ran };
}

describe('npm run deploy:enquiry-folders', () => {
  it('makes the level, the groups and each (member, service) folder in both lists with its three role assignments', async () => {
    const tenant: ITenant = { levels: ['Full Control', 'Contribute'], groups: ['Members Hub Owners'], folders: {} };
    const { cli, ran } = fakeCli(tenant);
    await runEnquiryFolders(SITE, cli);
    const lines = ran.map((argv) => argv.join(' '));
    expect(lines[0]).toBe(`spo roledefinition add --webUrl ${SITE} --name ${MEMBER_ENQUIRY_LEVEL.name} --description ${MEMBER_ENQUIRY_LEVEL.description} --rights ${MEMBER_ENQUIRY_LEVEL.rights.join(',')}`);
    expect(lines.filter((line) => line.startsWith('spo group add')).map((line) => line.split(' --name ')[1].split(' --description')[0])).toEqual(['Enquiries – Highways', 'Planning officers']);
    // The member without an account gets no folder; two services × two lists for the other, and each service's notes folder.
    expect(lines.filter((line) => line.startsWith('spo folder add')).map((line) => line.split('--parentFolderUrl ')[1])).toEqual([
      '/Lists/Enquiries --name M7-S3', '/Lists/Enquiries --name M7-S5', '/Lists/EnquiryUpdates --name M7-S3', '/Lists/EnquiryUpdates --name M7-S5',
      '/Lists/EnquiryUpdates --name S3', '/Lists/EnquiryUpdates --name S5'
    ]);
    // A service's notes folder: its officers and Democratic Services, never a member.
    expect(lines.filter((line) => line.includes('--folderUrl /Lists/EnquiryUpdates/S3'))).toEqual([
      `spo folder roleinheritance break --webUrl ${SITE} --folderUrl /Lists/EnquiryUpdates/S3 --clearExistingPermissions --force`,
      `spo folder roleassignment add --webUrl ${SITE} --folderUrl /Lists/EnquiryUpdates/S3 --groupName Enquiries – Highways --roleDefinitionName Contribute`,
      `spo folder roleassignment add --webUrl ${SITE} --folderUrl /Lists/EnquiryUpdates/S3 --groupName Members Hub Owners --roleDefinitionName Full Control`
    ]);
    const forFolder = lines.filter((line) => line.includes('--folderUrl /Lists/Enquiries/M7-S3'));
    expect(forFolder).toEqual([
      `spo folder roleinheritance break --webUrl ${SITE} --folderUrl /Lists/Enquiries/M7-S3 --clearExistingPermissions --force`,
      `spo folder roleassignment add --webUrl ${SITE} --folderUrl /Lists/Enquiries/M7-S3 --upn jo.bloggs@council.example --roleDefinitionName ${MEMBER_ENQUIRY_LEVEL.name}`,
      `spo folder roleassignment add --webUrl ${SITE} --folderUrl /Lists/Enquiries/M7-S3 --groupName Enquiries – Highways --roleDefinitionName Contribute`,
      `spo folder roleassignment add --webUrl ${SITE} --folderUrl /Lists/Enquiries/M7-S3 --groupName Members Hub Owners --roleDefinitionName Full Control`
    ]);

    const again = fakeCli(tenant);
    const second = await runEnquiryFolders(SITE, again.cli);
    expect(again.ran).toEqual([]);
    expect(second.notes).toContain('Enquiries: 0 folder(s) to set up, 2 already with unique permissions.');
  });

  it('finishes a folder a stopped run left without unique permissions', async () => {
    const tenant: ITenant = { levels: [MEMBER_ENQUIRY_LEVEL.name], groups: ['Enquiries – Highways', 'Planning officers'], folders: { Enquiries: [{ Name: 'M7-S3', ListItemAllFields: { HasUniqueRoleAssignments: false } }] } };
    const { cli, ran } = fakeCli(tenant);
    await runEnquiryFolders(SITE, cli);
    const lines = ran.map((argv) => argv.join(' '));
    expect(lines.some((line) => line.startsWith('spo folder add') && line.endsWith('--name M7-S3') && line.includes('/Lists/Enquiries '))).toBe(false);
    expect(lines).toContain(`spo folder roleinheritance break --webUrl ${SITE} --folderUrl /Lists/Enquiries/M7-S3 --clearExistingPermissions --force`);
  });

  it('a dry run reads but writes nothing', async () => {
    const { cli, ran } = fakeCli({ levels: [], groups: [], folders: {} });
    const plan = await runEnquiryFolders(SITE, cli, { dryRun: true });
    expect(ran).toEqual([]);
    expect(plan.ran).toBe(0);
    expect(plan.commands.length).toBeGreaterThan(10);
  });

  it('refuses before writing anything when a list would pass 45,000 unique scopes, and warns above 5,000', () => {
    const state = (members: number, services: number): IEnquirySiteState => ({
      levelExists: true,
      groups: new Set(),
      ownersGroup: 'Owners',
      members: Array.from({ length: members }, (_, index) => ({ itemId: index + 1, email: `m${index}@council.example` })),
      services: Array.from({ length: services }, (_, index) => ({ itemId: index + 1, title: `S${index}`, group: `G${index}` })),
      folders: {}
    });
    expect(() => enquiryFolderPlan(SITE, state(160, 300))).toThrow(DeployError);
    expect(() => enquiryFolderPlan(SITE, state(160, 300))).toThrow(/48000 folders with unique permissions/);
    expect(enquiryFolderPlan(SITE, state(150, 60)).notes).toContain("Warning: Enquiries will have 9000 unique permission scopes, above Microsoft's recommended 5,000 per list (supported: 50,000).");
    expect(enquiryFolderPlan(SITE, state(60, 30)).notes.some((note) => note.startsWith('Warning'))).toBe(false);
  });
});

describe('the enquiry folder commands exist in the installed CLI for Microsoft 365', () => {
  const catalogue = JSON.parse(readFileSync(join(CLI_PACKAGE, 'allCommandsFull.json'), 'utf8')) as { name: string; options: { long: string }[] }[];
  const plan = enquiryFolderPlan(SITE, {
    levelExists: false,
    groups: new Set(),
    ownersGroup: 'Owners',
    members: [{ itemId: 1, email: 'a@council.example' }],
    services: [{ itemId: 2, title: 'Highways', group: 'G' }],
    folders: {}
  });
  const reads = [
    ['spo', 'roledefinition', 'list', '--webUrl', SITE, '--output', 'json'],
    ['spo', 'group', 'list', '--webUrl', SITE, '--associatedGroupsOnly', '--output', 'json'],
    ['spo', 'listitem', 'list', '--webUrl', SITE, '--listTitle', 'Services', '--filter', 'x', '--fields', 'Id', '--output', 'json'],
    ['spo', 'folder', 'list', '--webUrl', SITE, '--parentFolderUrl', '/Lists/Enquiries', '--fields', 'Name', '--output', 'json']
  ];
  test.each([...plan.commands, ...reads].map((argv) => [argv.slice(0, 4).join(' '), argv] as const))('%s', (_name, argv) => {
    const optionStart = argv.findIndex((part) => part.startsWith('--'));
    const name = argv.slice(0, optionStart).join(' ');
    const command = catalogue.find((candidate) => candidate.name === name);
    expect(command?.name).toBe(name);
    const declared = new Set(['output', ...(command?.options ?? []).map((option) => option.long)]);
    expect(argv.filter((part) => part.startsWith('--')).map((part) => part.slice(2)).filter((option) => !declared.has(option))).toEqual([]);
  });
});

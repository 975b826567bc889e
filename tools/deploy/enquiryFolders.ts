/**
 * The enquiry folders of docs/enquiries-permissions.md, with the CLI for Microsoft 365: the member permission
 * level, one SharePoint group per service that takes enquiries, and per (current member, such service) a folder
 * in Enquiries and in EnquiryUpdates whose inheritance is broken (without copying: the site's visitors must not
 * keep Read) and which is given to the member, the service's group and the site's owners; and per such service a
 * folder for its internal notes in EnquiryUpdates, given to the service's group and the site's owners only.
 *
 * Idempotent: it reads what exists first and adds only what is missing; a folder that already has unique
 * permissions is left alone (`repair` re-adds its three role assignments, which SharePoint ignores when present).
 * It refuses to go past MAX_ENQUIRY_SCOPES_PER_LIST unique scopes in a list and warns above the recommended 5,000.
 */
import { schema } from '../../src/schema';
import {
  DEMOCRATIC_SERVICES_LEVEL,
  defaultEnquiryGroupName,
  enquiryFolderName,
  MAX_ENQUIRY_SCOPES_PER_LIST,
  MEMBER_ENQUIRY_LEVEL,
  OFFICER_ENQUIRY_LEVEL,
  RECOMMENDED_SCOPES_PER_LIST,
  serviceNotesFolderName
} from '../../src/schema/enquiryAccess';
import type { RunCli } from './runDeploy';
import { DeployError } from './runDeploy';

export const FOLDER_LISTS = [schema.Enquiries.key, schema.EnquiryUpdates.key] as const;

export interface IEnquiryMember {
  readonly itemId: number;
  readonly email: string;
}

export interface IEnquiryService {
  readonly itemId: number;
  readonly title: string;
  readonly group: string;
}

/** What the site has now, as the reads found it. */
export interface IEnquirySiteState {
  readonly levelExists: boolean;
  readonly groups: ReadonlySet<string>;
  readonly ownersGroup: string;
  readonly members: readonly IEnquiryMember[];
  readonly services: readonly IEnquiryService[];
  /** Per list: folder name → whether it has unique permissions. */
  readonly folders: Readonly<Record<string, ReadonlyMap<string, boolean>>>;
}

export interface IEnquiryFolderPlan {
  readonly commands: readonly (readonly string[])[];
  readonly notes: readonly string[];
}

const listUrl = (list: string): string => `/Lists/${list}`;

/** The commands that bring the site to the model; throws a DeployError when the scope limit would be passed. */
export function enquiryFolderPlan(siteUrl: string, state: IEnquirySiteState, repair = false): IEnquiryFolderPlan {
  const commands: string[][] = [];
  const notes: string[] = [];
  if (!state.levelExists) {
    commands.push(['spo', 'roledefinition', 'add', '--webUrl', siteUrl, '--name', MEMBER_ENQUIRY_LEVEL.name, '--description', MEMBER_ENQUIRY_LEVEL.description, '--rights', MEMBER_ENQUIRY_LEVEL.rights.join(',')]);
  }
  for (const group of new Set(state.services.map((service) => service.group))) {
    if (!state.groups.has(group)) commands.push(['spo', 'group', 'add', '--webUrl', siteUrl, '--name', group, '--description', 'Officers who answer members\u2019 enquiries to this service.']);
  }
  for (const list of FOLDER_LISTS) {
    const existing = state.folders[list] ?? new Map<string, boolean>();
    const unique = [...existing.values()].filter(Boolean).length;
    const wanted: { readonly name: string; readonly member?: IEnquiryMember; readonly service: IEnquiryService }[] = [
      ...state.members.flatMap((member) => state.services.map((service) => ({ member, service, name: enquiryFolderName(member.itemId, service.itemId) }))),
      // Internal notes: officers and Democratic Services only (docs/enquiries-permissions.md).
      ...(list === schema.EnquiryUpdates.key ? state.services.map((service) => ({ service, name: serviceNotesFolderName(service.itemId) })) : [])
    ];
    const toMake = wanted.filter((pair) => existing.get(pair.name) !== true);
    const total = unique + toMake.length;
    if (total > MAX_ENQUIRY_SCOPES_PER_LIST) {
      throw new DeployError(
        `${list} would have ${total} folders with unique permissions (${state.members.length} members × ${state.services.length} services, plus former members' and any service notes folders): ` +
          `more than ${MAX_ENQUIRY_SCOPES_PER_LIST} of SharePoint's 50,000 per list. Mark fewer services as taking enquiries, or archive former members' folders (docs/enquiries-permissions.md).`
      );
    }
    if (total > RECOMMENDED_SCOPES_PER_LIST) {
      notes.push(`Warning: ${list} will have ${total} unique permission scopes, above Microsoft's recommended 5,000 per list (supported: 50,000).`);
    }
    for (const pair of repair ? wanted : toMake) {
      const folderUrl = `${listUrl(list)}/${pair.name}`;
      if (!existing.has(pair.name)) commands.push(['spo', 'folder', 'add', '--webUrl', siteUrl, '--parentFolderUrl', listUrl(list), '--name', pair.name]);
      if (existing.get(pair.name) !== true) {
        commands.push(['spo', 'folder', 'roleinheritance', 'break', '--webUrl', siteUrl, '--folderUrl', folderUrl, '--clearExistingPermissions', '--force']);
      }
      if (pair.member) {
        commands.push(['spo', 'folder', 'roleassignment', 'add', '--webUrl', siteUrl, '--folderUrl', folderUrl, '--upn', pair.member.email, '--roleDefinitionName', MEMBER_ENQUIRY_LEVEL.name]);
      }
      commands.push(['spo', 'folder', 'roleassignment', 'add', '--webUrl', siteUrl, '--folderUrl', folderUrl, '--groupName', pair.service.group, '--roleDefinitionName', OFFICER_ENQUIRY_LEVEL]);
      commands.push(['spo', 'folder', 'roleassignment', 'add', '--webUrl', siteUrl, '--folderUrl', folderUrl, '--groupName', state.ownersGroup, '--roleDefinitionName', DEMOCRATIC_SERVICES_LEVEL]);
    }
    notes.push(`${list}: ${toMake.length} folder(s) to set up, ${unique} already with unique permissions.`);
  }
  if (state.members.length === 0 || state.services.length === 0) {
    notes.push('No current member with an account, or no service marked "Takes members\u2019 enquiries": no folders to make.');
  }
  notes.push('Manual: add each service\u2019s officers to its group (Site settings › People and groups); see docs/enquiries-permissions.md.');
  return { commands, notes };
}

/** The reads, in order: each is safe to run in a dry run. */
export const enquiryReads = {
  levels: (site: string): string[] => ['spo', 'roledefinition', 'list', '--webUrl', site, '--output', 'json'],
  groups: (site: string): string[] => ['spo', 'group', 'list', '--webUrl', site, '--output', 'json'],
  ownersGroup: (site: string): string[] => ['spo', 'group', 'list', '--webUrl', site, '--associatedGroupsOnly', '--output', 'json'],
  services: (site: string): string[] => [
    'spo', 'listitem', 'list', '--webUrl', site, '--listTitle', schema.Services.title, '--filter', 'TakesEnquiries eq 1', '--fields', 'Id,Title,EnquiryGroup', '--output', 'json'
  ],
  members: (site: string): string[] => [
    'spo', 'listitem', 'list', '--webUrl', site, '--listTitle', schema.Members.title, '--filter', 'IsCurrent eq 1', '--fields', 'Id,MemberAccount/EMail', '--output', 'json'
  ],
  folders: (site: string, list: string): string[] => [
    'spo', 'folder', 'list', '--webUrl', site, '--parentFolderUrl', listUrl(list), '--fields', 'Name,ListItemAllFields/HasUniqueRoleAssignments', '--output', 'json'
  ]
};

async function readJson<T>(cli: RunCli, argv: readonly string[]): Promise<T> {
  const result = await cli(argv);
  if (result.code !== 0) throw new DeployError(`m365 ${argv.join(' ')} failed: ${(result.stderr || result.stdout).trim().split('\n')[0] ?? ''}`);
  try {
    return JSON.parse(result.stdout === '' ? 'null' : result.stdout) as T;
  } catch {
    throw new DeployError(`Could not read the answer of m365 ${argv.join(' ')}.`);
  }
}

/** Reads the site's state with the CLI. */
export async function readEnquirySiteState(siteUrl: string, cli: RunCli): Promise<IEnquirySiteState> {
  const levels = (await readJson<{ Name?: string }[] | null>(cli, enquiryReads.levels(siteUrl))) ?? [];
  const groups = (await readJson<{ Title?: string }[] | null>(cli, enquiryReads.groups(siteUrl))) ?? [];
  const associated = await readJson<{ AssociatedOwnerGroup?: { Title?: string } } | null>(cli, enquiryReads.ownersGroup(siteUrl));
  const ownersGroup = associated?.AssociatedOwnerGroup?.Title;
  if (!ownersGroup) throw new DeployError('The site has no owners group: Democratic Services need one (site permissions › Owners).');
  const services = ((await readJson<{ Id?: number; Title?: string; EnquiryGroup?: string | null }[] | null>(cli, enquiryReads.services(siteUrl))) ?? [])
    .filter((row): row is { Id: number; Title: string; EnquiryGroup?: string | null } => typeof row.Id === 'number' && typeof row.Title === 'string')
    .map((row) => ({ itemId: row.Id, title: row.Title, group: row.EnquiryGroup?.trim() || defaultEnquiryGroupName(row.Title) }));
  const members = ((await readJson<{ Id?: number; MemberAccount?: { EMail?: string } | null }[] | null>(cli, enquiryReads.members(siteUrl))) ?? []).flatMap((row) =>
    typeof row.Id === 'number' && row.MemberAccount?.EMail ? [{ itemId: row.Id, email: row.MemberAccount.EMail }] : []
  );
  const folders: Record<string, Map<string, boolean>> = {};
  for (const list of FOLDER_LISTS) {
    const rows = (await readJson<{ Name?: string; ListItemAllFields?: { HasUniqueRoleAssignments?: boolean } }[] | null>(cli, enquiryReads.folders(siteUrl, list))) ?? [];
    folders[list] = new Map(rows.flatMap((row) => (row.Name ? [[row.Name, row.ListItemAllFields?.HasUniqueRoleAssignments === true] as const] : [])));
  }
  return {
    levelExists: levels.some((level) => level.Name === MEMBER_ENQUIRY_LEVEL.name),
    groups: new Set(groups.flatMap((group) => (group.Title ? [group.Title] : []))),
    ownersGroup,
    members,
    services,
    folders
  };
}

/** Reads, plans and (unless dryRun) runs the commands in order; stops at the first failure, which a re-run resumes. */
export async function runEnquiryFolders(siteUrl: string, cli: RunCli, options: { readonly dryRun?: boolean; readonly repair?: boolean } = {}): Promise<IEnquiryFolderPlan & { readonly ran: number }> {
  const plan = enquiryFolderPlan(siteUrl, await readEnquirySiteState(siteUrl, cli), options.repair === true);
  let ran = 0;
  if (options.dryRun !== true) {
    for (const argv of plan.commands) {
      const result = await cli(argv);
      if (result.code !== 0) {
        throw new DeployError(`Stopped after ${ran} of ${plan.commands.length} commands (run again to resume).\nCommand: m365 ${argv.join(' ')}\nThe CLI said: ${(result.stderr || result.stdout).trim().split('\n')[0] ?? ''}`);
      }
      ran += 1;
    }
  }
  return { ...plan, ran };
}

/**
 * Who can change the enquiry targets (docs/enquiries-permissions.md § Who can change the targets): HubSettings and
 * EnquiryClosureDays stop inheriting the site's permissions, keeping a copy of them (so everyone who reads the site
 * still reads the settings every due date needs), and then every principal that had more than Read, except the
 * site's owners group (Democratic Services, Full Control), is given Read instead.
 *
 * CLI for Microsoft 365 commands (pnp.github.io/cli-microsoft365/cmd/spo/list/…):
 * - `spo list get --withPermissions`: HasUniqueRoleAssignments and RoleAssignments (Member, RoleDefinitionBindings).
 *   For a list that inherits, these are the role assignments it inherits from the site.
 * - `spo list roleinheritance break` without `--clearExistingPermissions`: "the list will retain existing
 *   permissions" (SPList.BreakRoleInheritance with copyRoleAssignments true: the parent's assignments are copied).
 * - `spo list roleassignment remove --principalId`: removes the principal's role assignment from the list.
 * - `spo list roleassignment add --principalId|--groupName --roleDefinitionName`.
 *
 * Idempotent: a list that already has unique permissions is not broken again; a principal with Read (or only
 * Limited Access, which SharePoint adds for people given access below the list) is left alone.
 */
import { ENQUIRY_SETTINGS_LISTS, SETTINGS_EDITOR_LEVEL, SETTINGS_READER_LEVEL } from '../../src/schema/enquiryAccess';

/** SP.RoleType of a permission level: 1 Guest (Limited Access), 2 Reader; 0 (custom) and 3–6 can change items. */
const READ_ONLY_ROLE_KINDS: ReadonlySet<number> = new Set([1, 2]);

export interface IRoleAssignmentState {
  readonly principalId: number;
  readonly title: string;
  readonly levels: readonly { readonly name: string; readonly kind: number }[];
}

export interface ISettingsListState {
  readonly title: string;
  readonly hasUniqueRoleAssignments: boolean;
  readonly assignments: readonly IRoleAssignmentState[];
}

export interface IOwnersGroup {
  readonly id: number;
  readonly title: string;
}

export const settingsListReads = {
  ownersGroup: (site: string): string[] => ['spo', 'group', 'list', '--webUrl', site, '--associatedGroupsOnly', '--output', 'json'],
  list: (site: string, title: string): string[] => ['spo', 'list', 'get', '--webUrl', site, '--title', title, '--withPermissions', '--output', 'json']
};

export const settingsListCommands = {
  breakInheritance: (site: string, list: string): string[] => ['spo', 'list', 'roleinheritance', 'break', '--webUrl', site, '--listTitle', list, '--force'],
  removeAssignment: (site: string, list: string, principalId: number | string): string[] => [
    'spo', 'list', 'roleassignment', 'remove', '--webUrl', site, '--listTitle', list, '--principalId', String(principalId), '--force'
  ],
  addReader: (site: string, list: string, principalId: number | string): string[] => [
    'spo', 'list', 'roleassignment', 'add', '--webUrl', site, '--listTitle', list, '--principalId', String(principalId), '--roleDefinitionName', SETTINGS_READER_LEVEL
  ],
  addEditor: (site: string, list: string, ownersGroup: string): string[] => [
    'spo', 'list', 'roleassignment', 'add', '--webUrl', site, '--listTitle', list, '--groupName', ownersGroup, '--roleDefinitionName', SETTINGS_EDITOR_LEVEL
  ]
};

/** Whether the principal can change items with any of its permission levels. */
function canChangeItems(assignment: IRoleAssignmentState): boolean {
  return assignment.levels.some((level) => !READ_ONLY_ROLE_KINDS.has(level.kind));
}

/** The commands that leave the list with the owners editing and everyone else reading. */
export function settingsListPlan(site: string, list: ISettingsListState, owners: IOwnersGroup): string[][] {
  const commands: string[][] = [];
  if (!list.hasUniqueRoleAssignments) commands.push(settingsListCommands.breakInheritance(site, list.title));
  // The owners first: whoever runs this keeps Manage Permissions on the list through them while others are changed.
  const ownersAssignment = list.assignments.find((assignment) => assignment.principalId === owners.id);
  if (!ownersAssignment?.levels.some((level) => level.name === SETTINGS_EDITOR_LEVEL)) {
    commands.push(settingsListCommands.addEditor(site, list.title, owners.title));
  }
  for (const assignment of list.assignments) {
    if (assignment.principalId === owners.id || !canChangeItems(assignment)) continue;
    commands.push(settingsListCommands.removeAssignment(site, list.title, assignment.principalId));
    commands.push(settingsListCommands.addReader(site, list.title, assignment.principalId));
  }
  return commands;
}

/** What the dry run prints: the tenant's answers are not known, so conditional commands carry placeholders. */
export function settingsListDryRun(site: string): { argv: string[]; when?: string }[] {
  return ENQUIRY_SETTINGS_LISTS.flatMap((list) => [
    { argv: settingsListReads.list(site, list) },
    { argv: settingsListCommands.breakInheritance(site, list), when: 'the list still inherits the site\u2019s permissions' },
    { argv: settingsListCommands.addEditor(site, list, '<owners group>'), when: 'the owners group has no Full Control on the list' },
    { argv: settingsListCommands.removeAssignment(site, list, '<principal>'), when: 'a principal other than the owners group can change items' },
    { argv: settingsListCommands.addReader(site, list, '<principal>'), when: 'it was removed just before' }
  ]);
}

interface IListAnswer {
  readonly HasUniqueRoleAssignments?: boolean;
  readonly RoleAssignments?: readonly {
    readonly Member?: { readonly Id?: number; readonly Title?: string };
    readonly PrincipalId?: number;
    readonly RoleDefinitionBindings?: readonly { readonly Name?: string; readonly RoleTypeKind?: number }[];
  }[];
}

/** The list's state from `spo list get --withPermissions`; undefined when the answer has no role assignments. */
export function parseSettingsList(title: string, answer: IListAnswer | null): ISettingsListState | undefined {
  if (!answer || !Array.isArray(answer.RoleAssignments)) return undefined;
  return {
    title,
    hasUniqueRoleAssignments: answer.HasUniqueRoleAssignments === true,
    assignments: answer.RoleAssignments.flatMap((entry) => {
      const principalId = entry.Member?.Id ?? entry.PrincipalId;
      if (typeof principalId !== 'number') return [];
      const bindings: readonly { readonly Name?: string; readonly RoleTypeKind?: number }[] = entry.RoleDefinitionBindings ?? [];
      const levels = bindings.map((binding) => ({ name: binding.Name ?? '', kind: binding.RoleTypeKind ?? 0 }));
      return [{ principalId, title: entry.Member?.Title ?? String(principalId), levels }];
    })
  };
}

/** The owners group from `spo group list --associatedGroupsOnly`. */
export function parseOwnersGroup(answer: { AssociatedOwnerGroup?: { Id?: number; Title?: string } } | null): IOwnersGroup | undefined {
  const group = answer?.AssociatedOwnerGroup;
  return typeof group?.Id === 'number' && group.Title ? { id: group.Id, title: group.Title } : undefined;
}

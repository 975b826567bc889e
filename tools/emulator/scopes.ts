/**
 * Unique permissions below the list: folders (and items) whose inheritance was broken, their role
 * assignments, SharePoint groups and permission levels. Used by member enquiries
 * (docs/enquiries-permissions.md), which keep each (member, service) pair's items in a folder of its own.
 *
 * - An object with unique permissions is reached only through its own role assignments: a user's rights are
 *   the union of the permission levels assigned to them or to a group they are in
 *   (learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference).
 * - breakRoleInheritance(copyRoleAssignments=false) leaves exactly one assignment, the caller with Full Control
 *   (SecurableObject.BreakRoleInheritance, learn.microsoft.com/previous-versions/office/sharepoint-server/ee545470(v=office.15));
 *   it needs Manage Permissions on the object.
 * - An item inherits from its folder unless it has unique permissions of its own; an item in the root, or in a
 *   folder that inherits, has the list's permissions: the site's, unless the list's inheritance was broken
 *   (the enquiry settings lists, docs/enquiries-permissions.md § Who can change the targets). The list's own
 *   assignments are kept under LIST_SCOPE_ID.
 * - "Override List Behaviours" (SPBasePermissions.CancelCheckout, 0x100) lets a user past a list's read/edit-own-items
 *   setting; of the default levels Full Control and Design carry it.
 */
import type { ListKey } from '../../src/schema';
import { spErrors } from './errors';
import type { ISiteSecurity, ISiteUser, IStoredFolder, IStoredGroup, IStoredItem, IStoredRoleAssignment, IStoredRoleDefinition } from './siteData';

/** SP.BasePermissions bits (low word) the emulator checks. */
export const PermissionBits = {
  viewListItems: 0x1,
  addListItems: 0x2,
  editListItems: 0x4,
  deleteListItems: 0x8,
  overrideListBehaviours: 0x100,
  managePermissions: 0x2000000
} as const;

/** The default permission levels' ids (SP.RoleType values as role definition ids on SharePoint Online). */
export const RoleDefinitionIds = {
  read: 1073741826,
  contribute: 1073741827,
  design: 1073741828,
  fullControl: 1073741829,
  edit: 1073741830
} as const;

/** Where a list's own role assignments are kept among its items' scopes: item ids start at 1. */
export const LIST_SCOPE_ID = 0;

const ITEMS = PermissionBits.viewListItems | PermissionBits.addListItems | PermissionBits.editListItems | PermissionBits.deleteListItems;

/** Only the bits the emulator checks: enough to tell the levels apart where it matters. */
export const DEFAULT_ROLE_DEFINITIONS: readonly IStoredRoleDefinition[] = [
  { id: RoleDefinitionIds.fullControl, name: 'Full Control', description: 'Has full control.', low: 0xffffffff, high: 0x7fffffff },
  { id: RoleDefinitionIds.design, name: 'Design', description: 'Can view, add, update, delete, approve, and customize.', low: ITEMS | PermissionBits.overrideListBehaviours, high: 0 },
  { id: RoleDefinitionIds.edit, name: 'Edit', description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', low: ITEMS, high: 0 },
  { id: RoleDefinitionIds.contribute, name: 'Contribute', description: 'Can view, add, update, and delete list items and documents.', low: ITEMS, high: 0 },
  { id: RoleDefinitionIds.read, name: 'Read', description: 'Can view pages and list items and download documents.', low: PermissionBits.viewListItems, high: 0 }
];

/** What a user may do with one item (or add into one folder). */
export interface IRights {
  readonly view: boolean;
  readonly add: boolean;
  readonly edit: boolean;
  readonly delete: boolean;
  readonly overrideListBehaviours: boolean;
  readonly managePermissions: boolean;
}

function rightsOf(mask: number): IRights {
  const has = (bit: number): boolean => (mask & bit) === bit;
  return {
    view: has(PermissionBits.viewListItems),
    add: has(PermissionBits.addListItems),
    edit: has(PermissionBits.editListItems),
    delete: has(PermissionBits.deleteListItems),
    overrideListBehaviours: has(PermissionBits.overrideListBehaviours),
    managePermissions: has(PermissionBits.managePermissions)
  };
}

/** The site's default groups hold people by their site role (tools/emulator/shape/principalEntities.ts). */
const DEFAULT_GROUP_ROLES: Readonly<Record<number, ISiteUser['role']>> = { 3: 'owner', 4: 'reader', 5: 'editor' };

export class SiteSecurity {
  private readonly folders = new Map<ListKey, IStoredFolder[]>();
  /** By lower-case name: every item read asks for its folder, so this must not be a scan. */
  private readonly folderIndex = new Map<ListKey, Map<string, IStoredFolder>>();
  private readonly scopes = new Map<ListKey, Map<number, IStoredRoleAssignment[]>>();
  private readonly groupList: IStoredGroup[];
  private readonly definitions: IStoredRoleDefinition[];

  public constructor(data: ISiteSecurity | undefined) {
    for (const [list, folders] of Object.entries(data?.folders ?? {}) as [ListKey, IStoredFolder[]][]) {
      for (const folder of folders) this.addFolder(list, folder);
    }
    for (const [list, byId] of Object.entries(data?.uniqueScopes ?? {}) as [ListKey, Record<string, IStoredRoleAssignment[]>][]) {
      this.scopes.set(list, new Map(Object.entries(byId).map(([id, assignments]) => [Number(id), [...assignments]])));
    }
    this.groupList = (data?.groups ?? []).map((group) => ({ ...group, memberIds: [...group.memberIds] }));
    this.definitions = [...(data?.roleDefinitions ?? [])];
  }

  public isEmpty(): boolean {
    return this.folders.size === 0 && this.scopes.size === 0 && this.groupList.length === 0 && this.definitions.length === 0;
  }

  public snapshot(): ISiteSecurity {
    const folders: Partial<Record<ListKey, readonly IStoredFolder[]>> = {};
    for (const [list, entries] of this.folders) folders[list] = [...entries];
    const uniqueScopes: Partial<Record<ListKey, Record<string, readonly IStoredRoleAssignment[]>>> = {};
    for (const [list, byId] of this.scopes) uniqueScopes[list] = Object.fromEntries([...byId].map(([id, assignments]) => [String(id), [...assignments]]));
    return { folders, uniqueScopes, groups: this.groupList.map((group) => ({ ...group })), roleDefinitions: [...this.definitions] };
  }

  // Folders

  public foldersOf(list: ListKey): readonly IStoredFolder[] {
    return this.folders.get(list) ?? [];
  }

  public folder(list: ListKey, name: string): IStoredFolder | undefined {
    return this.folderIndex.get(list)?.get(name.toLowerCase());
  }

  public folderById(list: ListKey, id: number): IStoredFolder | undefined {
    return this.foldersOf(list).find((folder) => folder.id === id);
  }

  public addFolder(list: ListKey, folder: IStoredFolder): void {
    const folders = this.folders.get(list) ?? [];
    folders.push(folder);
    this.folders.set(list, folders);
    const index = this.folderIndex.get(list) ?? new Map<string, IStoredFolder>();
    index.set(folder.name.toLowerCase(), folder);
    this.folderIndex.set(list, index);
  }

  // Unique permissions

  public hasUniqueScope(list: ListKey, id: number): boolean {
    return this.scopes.get(list)?.has(id) ?? false;
  }

  public assignments(list: ListKey, id: number): readonly IStoredRoleAssignment[] | undefined {
    return this.scopes.get(list)?.get(id);
  }

  /** Unique scopes in the list (SharePoint's limit is per list). */
  public uniqueScopeCount(list: ListKey): number {
    const byId = this.scopes.get(list);
    return byId ? byId.size - (byId.has(LIST_SCOPE_ID) ? 1 : 0) : 0;
  }

  /** The list's own assignments when its inheritance from the site is broken; undefined when it inherits. */
  public listScope(list: ListKey): readonly IStoredRoleAssignment[] | undefined {
    return this.assignments(list, LIST_SCOPE_ID);
  }

  /** clearSubscopes: every item and folder of the list inherits again. */
  public clearItemScopes(list: ListKey): void {
    const byId = this.scopes.get(list);
    if (!byId) return;
    for (const id of [...byId.keys()]) if (id !== LIST_SCOPE_ID) byId.delete(id);
  }

  public breakInheritance(list: ListKey, id: number, inherited: readonly IStoredRoleAssignment[], caller: ISiteUser, copy: boolean): void {
    if (this.hasUniqueScope(list, id)) return;
    const byId = this.scopes.get(list) ?? new Map<number, IStoredRoleAssignment[]>();
    this.scopes.set(list, byId);
    byId.set(id, copy ? [...inherited] : [{ principalId: caller.id, roleDefId: RoleDefinitionIds.fullControl }]);
  }

  public addRoleAssignment(list: ListKey, id: number, assignment: IStoredRoleAssignment): void {
    const current = this.scopes.get(list)?.get(id);
    if (!current) {
      throw spErrors.badRequestBody('This operation is not allowed on an object that inherits permissions.');
    }
    if (!current.some((entry) => entry.principalId === assignment.principalId && entry.roleDefId === assignment.roleDefId)) {
      current.push(assignment);
    }
  }

  /** Removes the principal's assignment (with one permission level, or all of them when roleDefId is undefined). */
  public removeRoleAssignment(list: ListKey, id: number, principalId: number, roleDefId: number | undefined): void {
    const current = this.scopes.get(list)?.get(id);
    if (!current) {
      throw spErrors.badRequestBody('This operation is not allowed on an object that inherits permissions.');
    }
    const kept = current.filter((entry) => entry.principalId !== principalId || (roleDefId !== undefined && entry.roleDefId !== roleDefId));
    current.splice(0, current.length, ...kept);
  }

  // Groups and permission levels

  public get groups(): readonly IStoredGroup[] {
    return this.groupList;
  }

  public addGroup(group: IStoredGroup): void {
    this.groupList.push(group);
  }

  public addGroupMember(groupId: number, userId: number): void {
    const index = this.groupList.findIndex((group) => group.id === groupId);
    const group = this.groupList[index];
    if (group && !group.memberIds.includes(userId)) {
      this.groupList[index] = { ...group, memberIds: [...group.memberIds, userId] };
    }
  }

  public get roleDefinitions(): readonly IStoredRoleDefinition[] {
    return [...DEFAULT_ROLE_DEFINITIONS, ...this.definitions];
  }

  public addRoleDefinition(definition: IStoredRoleDefinition): void {
    this.definitions.push(definition);
  }

  /** Whether the user is the principal: themselves, a default group by their role, or a group that lists them. */
  private isPrincipal(user: ISiteUser, principalId: number): boolean {
    if (principalId === user.id) return true;
    const role = DEFAULT_GROUP_ROLES[principalId];
    if (role !== undefined) return user.role === role;
    return this.groupList.some((group) => group.id === principalId && group.memberIds.includes(user.id));
  }

  /** The user's rights on an object with unique permissions. */
  public rightsIn(assignments: readonly IStoredRoleAssignment[], user: ISiteUser): IRights {
    let mask = 0;
    for (const assignment of assignments) {
      if (!this.isPrincipal(user, assignment.principalId)) continue;
      mask |= this.roleDefinitions.find((definition) => definition.id === assignment.roleDefId)?.low ?? 0;
    }
    return rightsOf(mask);
  }

  /**
   * The assignments that govern an item: its own unique ones, else its folder's, else the list's; undefined
   * when it inherits the site's permissions.
   */
  public scopeOf(list: ListKey, item: Pick<IStoredItem, 'Id' | 'folder'>): readonly IStoredRoleAssignment[] | undefined {
    const own = this.assignments(list, item.Id);
    if (own) return own;
    const folder = item.folder === undefined ? undefined : this.folder(list, item.folder);
    return (folder ? this.assignments(list, folder.id) : undefined) ?? this.listScope(list);
  }
}

/** The site's permissions, by role, as the default groups grant them. */
export function siteRights(user: ISiteUser): IRights {
  const definition = user.role === 'owner' ? RoleDefinitionIds.fullControl : user.role === 'editor' ? RoleDefinitionIds.edit : RoleDefinitionIds.read;
  return rightsOf(DEFAULT_ROLE_DEFINITIONS.find((entry) => entry.id === definition)?.low ?? 0);
}

/** The role assignments an object inherits from the site: its three default groups. */
export const SITE_ROLE_ASSIGNMENTS: readonly IStoredRoleAssignment[] = [
  { principalId: 3, roleDefId: RoleDefinitionIds.fullControl },
  { principalId: 4, roleDefId: RoleDefinitionIds.read },
  { principalId: 5, roleDefId: RoleDefinitionIds.edit }
];

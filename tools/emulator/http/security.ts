/**
 * Folders, unique permissions and moves (docs/enquiries-permissions.md):
 * - POST lists/…/AddValidateUpdateItemUsingPath: a folder (UnderlyingObjectType 1) or an item in a folder
 *   ([MS-CSOMSPT] 3.2.5.79.2.1.19); form values are strings as SharePoint's forms send them.
 * - POST lists/…/items(id)/breakroleinheritance(copyRoleAssignments=…,clearSubscopes=…) and
 *   …/items(id)/roleassignments/addroleassignment(principalid=…,roledefid=…): need Manage Permissions.
 * - POST lists/…/breakroleinheritance(copyRoleAssignments=…,clearSubscopes=…) (or the one-argument form the CLI for
 *   Microsoft 365 sends), …/roleassignments/addroleassignment(principalid=…,roledefid=…) and
 *   …/roleassignments/removeroleassignment(principalid=…[,roledefid=…]) on the list itself: Manage Permissions on the list.
 * - GET/POST web/roledefinitions (a custom permission level from SP.BasePermissions Low/High).
 * - POST web/getfilebyserverrelativeurl('<list>/<folder>/<id>_.000')/moveto(newurl='…',flags=1): moves a list
 *   item between folders; it needs Delete where it is and Add where it goes, and then inherits from its new folder.
 */
import type { IListDefinition } from '../../../src/schema';
import { ListColumns } from '../columns';
import { SharePointError, spErrors } from '../errors';
import { ItemAccess } from '../itemAccess';
import { IRights, LIST_SCOPE_ID, SITE_ROLE_ASSIGNMENTS, siteRights } from '../scopes';
import type { IStoredItem } from '../siteData';
import { IApiResponse, json, requireMethod } from './apiTypes';
import { readItemChange } from './itemWrite';
import { assertWriteIsValid } from '../validateWrite';
import { ISiteRequest } from './siteEntities';

const ADD_VALIDATE = /^\/addvalidateupdateitemusingpath(?:\(\))?$/i;
const BREAK = /^\/items\((\d+)\)\/breakroleinheritance\(copyroleassignments=(true|false),clearsubscopes=(true|false)\)$/i;
const ADD_ROLE = /^\/items\((\d+)\)\/roleassignments\/addroleassignment\(principalid=(\d+),roledefid=(\d+)\)$/i;
const LIST_BREAK = /^\/breakroleinheritance\((?:copyroleassignments=)?(true|false)(?:,\s*(?:clearsubscopes=)?(true|false))?\)$/i;
const LIST_ADD_ROLE = /^\/roleassignments\/addroleassignment\(principalid='?(\d+)'?,\s*roledefid='?(\d+)'?\)$/i;
const LIST_REMOVE_ROLE = /^\/roleassignments\/removeroleassignment\(principalid='?(\d+)'?(?:,\s*roledefid='?(\d+)'?)?\)$/i;
const MOVE = /^web\/getfilebyserverrelativeurl\('((?:[^']|'')*)'\)\/moveto\(newurl='((?:[^']|'')*)',flags=(\d+)\)$/i;
const ROLE_DEFINITIONS = /^web\/roledefinitions(?:\/getbyname\('((?:[^']|'')*)'\))?$/i;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

interface IFormValue {
  readonly FieldName: string;
  readonly FieldValue: string;
}

function parseBody(body: string): { [key: string]: Json } {
  try {
    const parsed = JSON.parse(body === '' ? '{}' : body) as Json;
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed;
  } catch {
    // fall through
  }
  throw spErrors.badRequestBody('Invalid JSON. An object was expected.');
}

function record(value: Json | undefined): { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}

function unquote(text: string): string {
  return text.replace(/''/g, "'");
}

function accessDenied(): SharePointError {
  return spErrors.accessDenied();
}

function fileNotFound(): SharePointError {
  return new SharePointError(404, '-2130575338, Microsoft.SharePoint.SPException', 'The file or folder name contains characters that are not permitted, or the file does not exist.');
}

/** "dd/mm/yyyy" or "dd/mm/yyyy hh:mm", as a web with en-GB regional settings writes dates in its forms (read as UTC here). */
function ukDateToIso(text: string): string {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(text.trim());
  if (!match) throw new Error(`The date '${text}' is not in the site's regional format (dd/mm/yyyy).`);
  const [, day, month, year, hour, minute] = match;
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour ?? 0), Number(minute ?? 0))).toISOString();
}

export class SecurityEndpoints {
  private readonly access: ItemAccess;

  public constructor(site: ISiteRequest['store'], private readonly columnsOf: (list: IListDefinition) => ListColumns) {
    this.access = new ItemAccess(site);
  }

  /** Answers list-level security and folder calls; undefined when `below` is not one. */
  public listResponse(site: ISiteRequest, list: IListDefinition, below: string, method: string): IApiResponse | undefined {
    if (ADD_VALIDATE.test(below)) {
      requireMethod(method, ['POST'], 'SP.List');
      return this.addValidate(site, list);
    }
    const broken = BREAK.exec(below);
    if (broken) {
      requireMethod(method, ['POST'], 'SP.ListItem');
      const target = this.securable(site, list, Number(broken[1]));
      this.assertManagePermissions(this.access.rightsOn(list, site.request.user, target));
      const inherited = site.store.security.scopeOf(list.key, target);
      site.store.security.breakInheritance(list.key, target.Id, inherited ?? [], site.request.user, broken[2].toLowerCase() === 'true');
      site.store.securityChanged();
      return { status: 200, headers: {}, body: '' };
    }
    const role = ADD_ROLE.exec(below);
    if (role) {
      requireMethod(method, ['POST'], 'SP.RoleAssignmentCollection');
      const target = this.securable(site, list, Number(role[1]));
      this.assertManagePermissions(this.access.rightsOn(list, site.request.user, target));
      const roleDefId = Number(role[3]);
      if (!site.store.security.roleDefinitions.some((definition) => definition.id === roleDefId)) {
        throw new SharePointError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level cannot be found.');
      }
      site.store.security.addRoleAssignment(list.key, target.Id, { principalId: Number(role[2]), roleDefId });
      site.store.securityChanged();
      return { status: 200, headers: {}, body: '' };
    }
    return this.listScopeResponse(site, list, below, method);
  }

  /** The list's own inheritance and role assignments (the enquiry settings lists). */
  private listScopeResponse(site: ISiteRequest, list: IListDefinition, below: string, method: string): IApiResponse | undefined {
    const broken = LIST_BREAK.exec(below);
    const added = LIST_ADD_ROLE.exec(below);
    const removed = LIST_REMOVE_ROLE.exec(below);
    if (!broken && !added && !removed) return undefined;
    requireMethod(method, ['POST'], broken ? 'SP.List' : 'SP.RoleAssignmentCollection');
    const security = site.store.security;
    this.assertManagePermissions(this.access.rightsOn(list, site.request.user, undefined));
    if (broken) {
      security.breakInheritance(list.key, LIST_SCOPE_ID, SITE_ROLE_ASSIGNMENTS, site.request.user, broken[1].toLowerCase() === 'true');
      if (broken[2]?.toLowerCase() === 'true') security.clearItemScopes(list.key);
    } else if (added) {
      const roleDefId = Number(added[2]);
      if (!security.roleDefinitions.some((definition) => definition.id === roleDefId)) {
        throw new SharePointError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level cannot be found.');
      }
      security.addRoleAssignment(list.key, LIST_SCOPE_ID, { principalId: Number(added[1]), roleDefId });
    } else if (removed) {
      security.removeRoleAssignment(list.key, LIST_SCOPE_ID, Number(removed[1]), removed[2] === undefined ? undefined : Number(removed[2]));
    }
    site.store.securityChanged();
    return { status: 200, headers: {}, body: '' };
  }

  /** Answers web-level calls (permission levels, moves); undefined otherwise. */
  public webResponse(site: ISiteRequest, rest: string, method: string): IApiResponse | undefined {
    const definitions = ROLE_DEFINITIONS.exec(rest);
    if (definitions) return this.roleDefinitions(site, method, definitions[1] === undefined ? undefined : unquote(definitions[1]));
    const move = MOVE.exec(rest);
    if (move) {
      requireMethod(method, ['POST'], 'SP.File');
      return this.move(site, unquote(move[1]), unquote(move[2]));
    }
    return undefined;
  }

  private assertManagePermissions(rights: IRights): void {
    if (!rights.managePermissions) throw accessDenied();
  }

  /** An item or folder of the list the caller can see, by id. */
  private securable(site: ISiteRequest, list: IListDefinition, id: number): Pick<IStoredItem, 'Id' | 'folder'> {
    const folder = site.store.security.folderById(list.key, id);
    if (folder) {
      if (!this.access.rightsOn(list, site.request.user, { Id: folder.id }).view) throw spErrors.itemNotFound();
      return { Id: folder.id };
    }
    const item = site.store.item(list.key, id);
    if (!item || !this.access.mayRead(list, site.request.user, item)) throw spErrors.itemNotFound();
    return item;
  }

  private listUrl(site: ISiteRequest, list: IListDefinition): string {
    return `${site.store.serverRelativeUrl}/Lists/${list.key}`.toLowerCase();
  }

  /** The folder name of a server-relative path in the list: '' for the root; undefined if not in this list. */
  private folderOfPath(site: ISiteRequest, list: IListDefinition, path: string): string | undefined {
    const root = this.listUrl(site, list);
    const lower = path.replace(/\/+$/, '').toLowerCase();
    if (lower === root) return '';
    if (!lower.startsWith(`${root}/`)) return undefined;
    const name = path.replace(/\/+$/, '').slice(root.length + 1);
    return name.includes('/') ? undefined : name;
  }

  private addValidate(site: ISiteRequest, list: IListDefinition): IApiResponse {
    const body = parseBody(site.request.body);
    const info = record(body.listItemCreateInfo);
    const folderPath = record(info.FolderPath).DecodedUrl;
    const path = typeof folderPath === 'string' && folderPath !== '' ? folderPath : this.listUrl(site, list);
    const folderName = this.folderOfPath(site, list, path);
    if (folderName === undefined) throw fileNotFound();
    const user = site.request.user;
    if (info.UnderlyingObjectType === 1) {
      const leaf = record(info.LeafName).DecodedUrl ?? info.LeafName;
      const name = typeof leaf === 'string' ? leaf : '';
      if (folderName !== '' || name === '' || /[/\\:*?"<>|#%]/.test(name)) throw spErrors.badRequestBody('The folder name is not valid.');
      if (!list.permissionFolders || !this.access.rightsOn(list, user, undefined).add) throw accessDenied();
      if (site.store.security.folder(list.key, name)) {
        throw new SharePointError(500, '-2130575257, Microsoft.SharePoint.SPException', `A file or folder with the name ${name} already exists.`);
      }
      const id = site.store.addFolder(list.key, name, user.id);
      return this.formResults(site, [{ FieldName: 'FileLeafRef', FieldValue: name }], id);
    }
    const folder = folderName === '' ? undefined : site.store.security.folder(list.key, folderName);
    if (folderName !== '' && !folder) throw fileNotFound();
    const rights = this.access.rightsOn(list, user, folder ? { Id: folder.id } : undefined);
    if (!rights.add && !(folder === undefined && list.readersMayAdd === true)) throw accessDenied();
    const values = (Array.isArray(body.formValues) ? body.formValues : []).map((entry) => {
      const value = record(entry);
      return { FieldName: String(value.FieldName ?? ''), FieldValue: value.FieldValue === null || value.FieldValue === undefined ? '' : String(value.FieldValue) };
    });
    const columns = this.columnsOf(list);
    const jsonBody: Record<string, Json> = {};
    const failures = new Map<string, string>();
    for (const value of values) {
      try {
        this.addFormValue(site, columns, value, jsonBody);
      } catch (error) {
        failures.set(value.FieldName, error instanceof Error ? error.message : String(error));
      }
    }
    if (failures.size === 0) {
      try {
        const change = readItemChange(JSON.stringify(jsonBody), columns);
        assertWriteIsValid(list, change.fields);
        const item = site.store.add(list.key, { fields: change.fields, folder: folder?.name }, user.id);
        return this.formResults(site, values, item.Id);
      } catch (error) {
        if (!(error instanceof SharePointError)) throw error;
        failures.set(values[0]?.FieldName ?? 'Title', error.message);
      }
    }
    return this.formResults(site, values, 0, failures);
  }

  private addFormValue(site: ISiteRequest, columns: ListColumns, value: IFormValue, target: Record<string, Json>): void {
    const column = value.FieldName === 'Title' ? undefined : columns.find(value.FieldName);
    if (value.FieldName !== 'Title' && !column?.definition) throw new Error(`Column '${value.FieldName}' does not exist.`);
    const text = value.FieldValue;
    switch (column?.type) {
      case 'User': {
        const keys = text === '' ? [] : (JSON.parse(text) as { Key?: string }[]);
        const login = keys[0]?.Key ?? '';
        // The people picker resolves a claims login name, or an email address, to a site user.
        const key = login.toLowerCase();
        const user = site.store.siteUsers.find((candidate) => candidate.loginName.toLowerCase() === key || candidate.email.toLowerCase() === key);
        if (login !== '' && !user) throw new Error(`The user '${login}' does not exist.`);
        target[`${value.FieldName}Id`] = user?.id ?? null;
        return;
      }
      case 'Lookup':
        target[`${value.FieldName}Id`] = text === '' ? null : Number(text.split(';#')[0]);
        return;
      case 'Boolean':
        target[value.FieldName] = ['1', 'true', 'yes'].includes(text.toLowerCase());
        return;
      case 'Number':
        target[value.FieldName] = text === '' ? null : Number(text);
        return;
      case 'DateTime':
        target[value.FieldName] = text === '' ? null : ukDateToIso(text);
        return;
      default:
        target[value.FieldName] = text;
    }
  }

  private formResults(site: ISiteRequest, values: readonly IFormValue[], itemId: number, failures: ReadonlyMap<string, string> = new Map()): IApiResponse {
    const results: Json[] = values.map((value) => ({
      ErrorCode: failures.has(value.FieldName) ? -2147024809 : 0,
      ErrorMessage: failures.get(value.FieldName) ?? null,
      FieldName: value.FieldName,
      FieldValue: value.FieldValue,
      HasException: failures.has(value.FieldName),
      ItemId: itemId
    }));
    const payload: Json = site.format === 'verbose' ? { d: { AddValidateUpdateItemUsingPath: { results } } } : { value: results };
    return json(200, site.format, payload);
  }

  private roleDefinitions(site: ISiteRequest, method: string, name: string | undefined): IApiResponse {
    const security = site.store.security;
    const entity = (definition: (typeof security.roleDefinitions)[number]): Record<string, Json> => ({
      BasePermissions: { High: String(definition.high), Low: String(definition.low) },
      Description: definition.description,
      Hidden: false,
      Id: definition.id,
      Name: definition.name
    });
    if (name !== undefined) {
      requireMethod(method, ['GET'], 'SP.RoleDefinition');
      const found = security.roleDefinitions.find((definition) => definition.name.toLowerCase() === name.toLowerCase());
      if (!found) throw new SharePointError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level cannot be found.');
      return json(200, site.format, site.format === 'verbose' ? { d: entity(found) } : entity(found));
    }
    requireMethod(method, ['GET', 'POST'], 'SP.RoleDefinitionCollection');
    if (method === 'GET') {
      const values = security.roleDefinitions.map(entity);
      return json(200, site.format, site.format === 'verbose' ? { d: { results: values } } : { value: values });
    }
    if (!siteRights(site.request.user).managePermissions) throw accessDenied();
    const body = parseBody(site.request.body);
    const permissions = record(body.BasePermissions);
    const newName = typeof body.Name === 'string' ? body.Name.trim() : '';
    if (newName === '') throw spErrors.badRequestBody("The parameter 'Name' is missing or empty.");
    if (security.roleDefinitions.some((definition) => definition.name.toLowerCase() === newName.toLowerCase())) {
      throw new SharePointError(500, '-2146232832, Microsoft.SharePoint.SPException', 'The role definition name is already in use.');
    }
    const id = Math.max(1073741924, ...security.roleDefinitions.map((definition) => definition.id)) + 1;
    const created = {
      id,
      name: newName,
      description: typeof body.Description === 'string' ? body.Description : '',
      low: Number(permissions.Low ?? 0) >>> 0,
      high: Number(permissions.High ?? 0) >>> 0
    };
    security.addRoleDefinition(created);
    site.store.securityChanged();
    return json(201, site.format, site.format === 'verbose' ? { d: entity(created) } : entity(created));
  }

  private move(site: ISiteRequest, from: string, to: string): IApiResponse {
    const parse = (path: string): { list: IListDefinition; folder: string; id: number } | undefined => {
      const match = /^(.*)\/(\d+)_\.000$/.exec(path);
      if (!match) return undefined;
      for (const list of Object.values(site.store.definitions)) {
        const folder = this.folderOfPath(site, list, match[1]);
        if (folder !== undefined) return { list, folder, id: Number(match[2]) };
      }
      return undefined;
    };
    const source = parse(from);
    const target = parse(to);
    if (!source || !target) throw fileNotFound();
    const user = site.request.user;
    const item = site.store.item(source.list.key, source.id);
    if (!item || (item.folder ?? '') !== source.folder || !this.access.mayRead(source.list, user, item)) throw fileNotFound();
    if (target.list.key !== source.list.key || target.id !== source.id) {
      throw spErrors.badRequestBody('A list item moves only to another folder of its own list, keeping its id.');
    }
    const folder = target.folder === '' ? undefined : site.store.security.folder(target.list.key, target.folder);
    if (target.folder !== '' && !folder) throw fileNotFound();
    this.access.assertMayWrite(source.list, user, item, 'delete');
    if (!this.access.rightsOn(target.list, user, folder ? { Id: folder.id } : undefined).add) throw accessDenied();
    site.store.moveItem(source.list.key, source.id, folder?.name);
    return { status: 200, headers: {}, body: '' };
  }
}

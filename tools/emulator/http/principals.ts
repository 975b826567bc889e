/**
 * Users and groups: web/siteusers (+ getById, getByEmail, getByLoginName, the @v alias PnPjs
 * writes), web/currentuser, their /groups, web/ensureuser (POST) and web/sitegroups
 * (+ getById, getByName, /users) and web/associatedownergroup.
 */
import { assertCanWrite } from '../auth';
import { SharePointError, spErrors } from '../errors';
import type { IEntity } from '../odata/entityQuery';
import { GROUP_VOCABULARY, groupEntity, groupsOf, ISiteGroup, siteGroups, USER_VOCABULARY, userEntity } from '../shape/principalEntities';
import type { ISitePrincipal } from '../siteData';
import { IApiResponse, requireMethod } from './apiTypes';
import { collectionResponse, elementResponse } from './entityResponses';
import type { ISiteRequest } from './siteEntities';

const QUOTED = "'((?:[^']|'')*)'";
/** A user: by id, by email, by login name (quoted or as a parameter alias such as @v). */
const USER = new RegExp(
  `^web/(?:currentuser|getuserbyid\\((\\d+)\\)|siteusers/getbyid\\((\\d+)\\)|siteusers/getbyemail\\(${QUOTED}\\)|siteusers/getbyloginname\\((?:${QUOTED}|(@\\w+))\\)|siteusers\\((?:${QUOTED}|(@\\w+))\\))(/groups)?$`,
  'i'
);
const GROUP = new RegExp(`^web/sitegroups(?:/getbyid\\((\\d+)\\)|\\((\\d+)\\)|/getbyname\\(${QUOTED}\\))(/users)?$`, 'i');

const USERS_SET = 'SP.ApiData.Users';
const GROUPS_SET = 'SP.ApiData.Groups';

function unquote(text: string): string {
  return text.replace(/''/g, "'");
}

function userNotFound(): SharePointError {
  return new SharePointError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');
}

function groupNotFound(): SharePointError {
  return new SharePointError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');
}

/** `@v` → the value of the `@v='…'` query parameter, without its quotes. */
function aliasValue(site: ISiteRequest, alias: string): string {
  const raw = site.request.url.searchParams.get(alias);
  if (raw === null || !/^'.*'$/s.test(raw)) {
    throw spErrors.invalidQuery(`The parameter alias '${alias}' has no value.`);
  }
  return unquote(raw.slice(1, -1));
}

/** The query options minus parameter aliases, which are not OData options. */
function withoutAliases(site: ISiteRequest): ISiteRequest {
  const url = new URL(site.request.url.toString());
  for (const key of [...url.searchParams.keys()]) {
    if (key.startsWith('@')) url.searchParams.delete(key);
  }
  return { ...site, request: { ...site.request, url } };
}

function findUser(site: ISiteRequest, match: RegExpExecArray): ISitePrincipal | undefined {
  const [whole, id1, id2, email, login1, loginAlias1, login2, loginAlias2] = match;
  const users = site.store.siteUsers;
  if (/^web\/currentuser/i.test(whole)) return site.request.user;
  if (id1 !== undefined || id2 !== undefined) return users.find((user) => user.id === Number(id1 ?? id2));
  if (email !== undefined) return users.find((user) => user.email.toLowerCase() === unquote(email).toLowerCase());
  const login =
    login1 !== undefined ? unquote(login1) : login2 !== undefined ? unquote(login2) : aliasValue(site, loginAlias1 ?? loginAlias2 ?? '');
  return users.find((user) => user.loginName.toLowerCase() === login.toLowerCase());
}

function groupEntities(site: ISiteRequest, groups: readonly ISiteGroup[]): IEntity[] {
  return groups.map((group) => groupEntity(group, site.store.siteTitle));
}

function ensureUser(site: ISiteRequest): IApiResponse {
  assertCanWrite(site.request.user);
  let logonName: unknown;
  try {
    const body = JSON.parse(site.request.body || '{}') as { logonName?: unknown };
    logonName = body.logonName;
  } catch {
    throw spErrors.badRequestBody('The request body is not valid JSON.');
  }
  if (typeof logonName !== 'string' || logonName.trim() === '') {
    throw spErrors.badRequestBody("The parameter 'logonName' is missing or empty.");
  }
  const user = site.store.ensureUser(logonName);
  if (!user) {
    throw new SharePointError(404, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${logonName} could not be found.`);
  }
  return elementResponse(site, userEntity(user, site.format), USER_VOCABULARY, USERS_SET);
}

/** The default groups and those the owners made. */
function allGroups(site: ISiteRequest): ISiteGroup[] {
  return [...siteGroups(site.store.siteTitle), ...site.store.security.groups.map((group) => ({ ...group }))];
}

function readBody(site: ISiteRequest): Record<string, unknown> {
  try {
    const parsed = JSON.parse(site.request.body || '{}') as unknown;
    if (typeof parsed === 'object' && parsed !== null) return parsed as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw spErrors.badRequestBody('The request body is not valid JSON.');
}

/** POST web/sitegroups: a new SharePoint group (site owners only). */
function addGroup(site: ISiteRequest, groups: readonly ISiteGroup[]): IApiResponse {
  if (site.request.user.role !== 'owner') throw spErrors.accessDenied();
  const body = readBody(site);
  const title = typeof body.Title === 'string' ? body.Title.trim() : '';
  if (title === '') throw spErrors.badRequestBody("The parameter 'Title' is missing or empty.");
  if (groups.some((group) => group.title.toLowerCase() === title.toLowerCase())) {
    throw new SharePointError(500, '-2130575293, Microsoft.SharePoint.SPException', `The specified name is already in use.`);
  }
  const id = Math.max(0, ...site.store.siteUsers.map((user) => user.id), ...groups.map((group) => group.id)) + 1;
  const group = { id, title, description: typeof body.Description === 'string' ? body.Description : '', memberIds: [] };
  site.store.security.addGroup(group);
  site.store.securityChanged();
  return elementResponse(site, groupEntity(group, site.store.siteTitle), GROUP_VOCABULARY, GROUPS_SET);
}

/** POST web/sitegroups(id)/users with {LoginName}: adds a person the site knows to a group the owners made. */
function addGroupMember(site: ISiteRequest, group: ISiteGroup): IApiResponse {
  if (site.request.user.role !== 'owner') throw spErrors.accessDenied();
  if (group.role !== undefined) throw spErrors.badRequestBody('The emulator keeps the default groups by site role; add people to them with a role.');
  const login = readBody(site).LoginName;
  const user = site.store.siteUsers.find((candidate) => typeof login === 'string' && candidate.loginName.toLowerCase() === login.toLowerCase());
  if (!user) throw userNotFound();
  site.store.security.addGroupMember(group.id, user.id);
  site.store.securityChanged();
  return elementResponse(site, userEntity(user, site.format), USER_VOCABULARY, USERS_SET);
}

/** Answers the request when `rest` (the path after _api/) is a user or group endpoint; undefined otherwise. */
export function principalResponse(site: ISiteRequest, rest: string, method: string): IApiResponse | undefined {
  const lower = rest.toLowerCase();
  const groups = allGroups(site);
  if (lower === 'web/ensureuser') {
    requireMethod(method, ['POST'], 'SP.Web');
    return ensureUser(site);
  }
  if (lower === 'web/associatedownergroup') {
    // SP.Web.AssociatedOwnerGroup: the site's default Owners group (Full Control).
    requireMethod(method, ['GET'], 'SP.Group');
    const owners = groups.find((group) => group.role === 'owner');
    if (!owners) throw groupNotFound();
    return elementResponse(site, groupEntity(owners, site.store.siteTitle), GROUP_VOCABULARY, GROUPS_SET);
  }
  if (lower === 'web/siteusers') {
    requireMethod(method, ['GET'], 'SP.UserCollection');
    return collectionResponse(site, site.store.siteUsers.map((user) => userEntity(user, site.format)), USER_VOCABULARY, USERS_SET);
  }
  if (lower === 'web/sitegroups') {
    requireMethod(method, ['GET', 'POST'], 'SP.GroupCollection');
    if (method === 'POST') return addGroup(site, groups);
    return collectionResponse(site, groupEntities(site, groups), GROUP_VOCABULARY, GROUPS_SET);
  }
  const userMatch = USER.exec(rest);
  if (userMatch) {
    requireMethod(method, ['GET'], 'SP.User');
    const user = findUser(site, userMatch);
    if (!user) throw userNotFound();
    const plain = withoutAliases(site);
    if (userMatch[8] !== undefined) {
      return collectionResponse(plain, groupEntities(site, groupsOf(user, groups)), GROUP_VOCABULARY, GROUPS_SET);
    }
    return elementResponse(plain, userEntity(user, site.format), USER_VOCABULARY, USERS_SET);
  }
  const groupMatch = GROUP.exec(rest);
  if (groupMatch) {
    const [, byId, id, name, users] = groupMatch;
    requireMethod(method, users === undefined ? ['GET'] : ['GET', 'POST'], 'SP.Group');
    const group =
      byId !== undefined || id !== undefined
        ? groups.find((candidate) => candidate.id === Number(byId ?? id)) : groups.find((candidate) => candidate.title.toLowerCase() === unquote(name ?? '').toLowerCase());
    if (!group) throw groupNotFound();
    if (users === undefined) return elementResponse(site, groupEntity(group, site.store.siteTitle), GROUP_VOCABULARY, GROUPS_SET);
    if (method === 'POST') return addGroupMember(site, group);
    const members = site.store.siteUsers
      .filter((user) => ('role' in user && group.role !== undefined && (user as { role: string }).role === group.role) || (group.memberIds ?? []).includes(user.id))
      .map((user) => userEntity(user, site.format));
    return collectionResponse(site, members, USER_VOCABULARY, USERS_SET);
  }
  return undefined;
}

/**
 * Site users (SP.User) and the site's three default groups (SP.Group: Owners, Members,
 * Visitors), which the emulator derives from each user's role as SharePoint's default
 * permission groups grant them.
 */
import type { ODataFormat } from '../errors';
import type { IEntity, IEntityVocabulary } from '../odata/entityQuery';
import type { ISitePrincipal, ISiteUser } from '../siteData';
import { userGuid } from './names';

export const USER_VOCABULARY: IEntityVocabulary = {
  typeName: 'SP.User',
  base: new Set([
    'Email',
    'Expiration',
    'Id',
    'IsEmailAuthenticationGuestUser',
    'IsHiddenInUI',
    'IsShareByEmailGuestUser',
    'IsSiteAdmin',
    'LoginName',
    'PrincipalType',
    'Title',
    'UserId',
    'UserPrincipalName'
  ])
};

export const GROUP_VOCABULARY: IEntityVocabulary = {
  typeName: 'SP.Group',
  base: new Set([
    'AllowMembersEditMembership',
    'AllowRequestToJoinLeave',
    'AutoAcceptRequestToJoinLeave',
    'Description',
    'Id',
    'IsHiddenInUI',
    'LoginName',
    'OnlyAllowMembersViewMembership',
    'OwnerTitle',
    'PrincipalType',
    'RequestToJoinLeaveEmailSetting',
    'Title'
  ])
};

/** SP.PrincipalType: User = 1, SharePointGroup = 8. */
const PRINCIPAL_USER = 1;
const PRINCIPAL_GROUP = 8;

export interface ISiteGroup {
  readonly id: number;
  readonly title: string;
  readonly description: string;
  /** The default groups hold people by site role; a group the owners made lists its members. */
  readonly role?: ISiteUser['role'];
  readonly memberIds?: readonly number[];
}

/** A new site's default groups and their usual ids; users start at 10 in the sample council. */
export function siteGroups(siteTitle: string): ISiteGroup[] {
  return [
    { id: 3, title: `${siteTitle} Owners`, description: 'Use this group to grant people full control permissions to the SharePoint site', role: 'owner' },
    { id: 4, title: `${siteTitle} Visitors`, description: 'Use this group to grant people read permissions to the SharePoint site', role: 'reader' },
    { id: 5, title: `${siteTitle} Members`, description: 'Use this group to grant people contribute permissions to the SharePoint site', role: 'editor' }
  ];
}

function isSiteAdmin(user: ISitePrincipal): boolean {
  return 'role' in user && (user as ISiteUser).role === 'owner';
}

export function userEntity(user: ISitePrincipal, format: ODataFormat): IEntity {
  const nameId = userGuid(user.id).replace(/-/g, '').slice(-16);
  const userId = { NameId: nameId, NameIdIssuer: 'urn:federation:microsoftonline' };
  return {
    type: 'SP.User',
    path: `Web/GetUserById(${user.id})`,
    properties: {
      Id: user.id,
      IsHiddenInUI: false,
      LoginName: user.loginName,
      Title: user.title,
      PrincipalType: PRINCIPAL_USER,
      Email: user.email,
      Expiration: '',
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      IsSiteAdmin: isSiteAdmin(user),
      UserId: format === 'verbose' ? { __metadata: { type: 'SP.UserIdInfo' }, ...userId } : userId,
      UserPrincipalName: user.email
    }
  };
}

export function groupEntity(group: ISiteGroup, siteTitle: string): IEntity {
  return {
    type: 'SP.Group',
    path: `Web/SiteGroups/GetById(${group.id})`,
    properties: {
      Id: group.id,
      IsHiddenInUI: false,
      LoginName: group.title,
      Title: group.title,
      PrincipalType: PRINCIPAL_GROUP,
      AllowMembersEditMembership: false,
      AllowRequestToJoinLeave: false,
      AutoAcceptRequestToJoinLeave: false,
      Description: group.description,
      OnlyAllowMembersViewMembership: false,
      OwnerTitle: `${siteTitle} Owners`,
      RequestToJoinLeaveEmailSetting: null
    }
  };
}

/** The groups a person belongs to: the one for their role; people only ensured belong to none. */
export function groupsOf(user: ISitePrincipal, groups: readonly ISiteGroup[]): ISiteGroup[] {
  const role = 'role' in user ? (user as ISiteUser).role : undefined;
  return groups.filter((group) => (group.role !== undefined && group.role === role) || (group.memberIds ?? []).includes(user.id));
}

/**
 * SharePoint's item-level permissions (a list's ReadSecurity/WriteSecurity, "Read items that were
 * created by the user", "Create items and edit items that were created by the user"):
 *
 * - [MS-WSSCAML] 2.3.2.11.3 (learn.microsoft.com/openspecs/sharepoint_protocols/ms-wsscaml/bf869a72-d417-448e-9b46-805094c1395a):
 *   ReadSecurity 2, "each item in the list is visible only to the item's author and list administrators";
 *   WriteSecurity 2, "each item in the list can be changed only by the item's author and list administrators".
 * - SPBasePermissions.OverrideListBehaviors ("override settings which allow users to read/edit only their own
 *   items") is what makes someone such an administrator; of the default permission levels only Full Control and
 *   Design carry it. The emulator's owners have Full Control; its editors (Edit) do not, so they see only their own.
 *
 * What SharePoint answers for someone else's item is not documented. Items a person may not read are
 * left out of every query, as SharePoint's own views do, and one asked for by id is answered as if it
 * did not exist (404, "Item does not exist"), so its existence is not disclosed either; writing to an
 * item one may read but not write is refused with 403 access denied. That is the conservative choice.
 */
import type { IListDefinition } from '../../src/schema';
import type { ISiteUser, IStoredItem } from './siteData';
import { spErrors } from './errors';

/** Site owners hold Full Control, which includes "Override list behaviours". */
export function overridesListBehaviours(user: ISiteUser): boolean {
  return user.role === 'owner';
}

export function mayRead(list: IListDefinition, user: ISiteUser, item: IStoredItem): boolean {
  return list.itemLevelSecurity?.read !== 'own' || overridesListBehaviours(user) || item.AuthorId === user.id;
}

function mayWrite(list: IListDefinition, user: ISiteUser, item: IStoredItem): boolean {
  return list.itemLevelSecurity?.write !== 'own' || overridesListBehaviours(user) || item.AuthorId === user.id;
}

/** Whether the user may add items: editors and owners anywhere, readers where the list grants them Contribute. */
export function mayAdd(list: IListDefinition, user: ISiteUser): boolean {
  return user.role !== 'reader' || list.readersMayAdd === true;
}

/** Throws as SharePoint would when the user may not change or delete this (readable) item. */
export function assertMayWriteItem(list: IListDefinition, user: ISiteUser, item: IStoredItem): void {
  const contributes = user.role !== 'reader' || (list.readersMayAdd === true && item.AuthorId === user.id);
  if (!contributes || !mayWrite(list, user, item)) {
    throw spErrors.accessDenied();
  }
}

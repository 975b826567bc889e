/**
 * Who may read and write an item, all rules together: content approval is applied by the callers;
 * here the list's item-level permissions (tools/emulator/itemLevelSecurity.ts) and, for items in a
 * folder or with unique permissions of their own, that scope's role assignments (tools/emulator/scopes.ts).
 */
import type { IListDefinition } from '../../src/schema';
import { spErrors } from './errors';
import { assertMayWriteItem, mayAdd, mayRead } from './itemLevelSecurity';
import { IRights, siteRights } from './scopes';
import type { ISiteUser, IStoredItem } from './siteData';
import type { SiteStore } from './store';

export class ItemAccess {
  public constructor(private readonly store: SiteStore) {}

  /** Rights on a securable object of the list (an item or a folder, by id), or on its root when id is undefined. */
  public rightsOn(list: IListDefinition, user: ISiteUser, target: Pick<IStoredItem, 'Id' | 'folder'> | undefined): IRights {
    const scope = target === undefined ? this.store.security.listScope(list.key) : this.store.security.scopeOf(list.key, target);
    return scope ? this.store.security.rightsIn(scope, user) : siteRights(user);
  }

  /** Whether the user may add an item to the list's root folder (POST …/items). */
  public mayAddToRoot(list: IListDefinition, user: ISiteUser): boolean {
    const scope = this.store.security.listScope(list.key);
    return scope ? this.store.security.rightsIn(scope, user).add : mayAdd(list, user);
  }

  public mayRead(list: IListDefinition, user: ISiteUser, item: IStoredItem): boolean {
    const scope = this.store.security.scopeOf(list.key, item);
    if (!scope) return mayRead(list, user, item);
    const rights = this.store.security.rightsIn(scope, user);
    return rights.view && (list.itemLevelSecurity?.read !== 'own' || rights.overrideListBehaviours || item.AuthorId === user.id);
  }

  /** Throws 403 as SharePoint does when the user may read the item but not change (or delete) it. */
  public assertMayWrite(list: IListDefinition, user: ISiteUser, item: IStoredItem, action: 'edit' | 'delete'): void {
    const scope = this.store.security.scopeOf(list.key, item);
    if (!scope) {
      assertMayWriteItem(list, user, item);
      return;
    }
    const rights = this.store.security.rightsIn(scope, user);
    const allowed = action === 'edit' ? rights.edit : rights.delete;
    const ownOnly = list.itemLevelSecurity?.write === 'own' && !rights.overrideListBehaviours && item.AuthorId !== user.id;
    if (!allowed || ownOnly) throw spErrors.accessDenied();
  }
}

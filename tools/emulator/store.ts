/**
 * The emulated site's data, in memory, with optional persistence to a JSON file (written once per request)
 * so edits made in the preview survive a restart.
 */
import { ListIndexes } from './listIndex';
import { existsSync, readFileSync } from 'fs';
import { writeFileAtomic } from './writeFileAtomic';
import type { IListDefinition, ListKey } from '../../src/schema';
import type { ISiteData, ISitePrincipal, ISiteUser, IStoredItem, StoredValue } from './siteData';
import { ModerationStatus } from './siteData';
import { SiteSecurity } from './scopes';

export interface IItemChange {
  readonly fields: Readonly<Record<string, StoredValue>>;
  readonly moderationStatus?: ModerationStatus;
  /** For a new item: the folder it is created in (AddValidateUpdateItemUsingPath). */
  readonly folder?: string;
}

class ListTable {
  /** Kept in ascending Id order. */
  public readonly items: IStoredItem[];
  private readonly byId = new Map<number, IStoredItem>();
  public nextId: number;
  public lastModified: string;
  /** SharePoint moves LastItemDeletedDate, not LastItemModifiedDate, when an item is deleted. */
  public lastDeleted: string;
  public readonly indexes = new ListIndexes(() => this.items);

  public constructor(items: readonly IStoredItem[], created: string) {
    this.items = [...items].sort((a, b) => a.Id - b.Id);
    for (const item of this.items) {
      this.byId.set(item.Id, item);
    }
    this.nextId = (this.items[this.items.length - 1]?.Id ?? 0) + 1;
    this.lastModified = this.items.reduce((latest, item) => (item.Modified > latest ? item.Modified : latest), created);
    this.lastDeleted = created;
  }

  public get(id: number): IStoredItem | undefined {
    return this.byId.get(id);
  }

  public put(item: IStoredItem): void {
    const existing = this.byId.get(item.Id);
    this.byId.set(item.Id, item);
    if (existing) {
      this.items[this.items.indexOf(existing)] = item;
      this.indexes.removed(existing);
    } else {
      this.items.push(item);
      this.nextId = Math.max(this.nextId, item.Id + 1);
    }
    this.indexes.added(item);
    this.lastModified = item.Modified;
  }

  /** An id for a folder: folders are list items and share the items' ids. */
  public takeId(): number {
    return this.nextId++;
  }

  public remove(id: number): boolean {
    const existing = this.byId.get(id);
    if (!existing) {
      return false;
    }
    this.byId.delete(id);
    this.items.splice(this.items.indexOf(existing), 1);
    this.indexes.removed(existing);
    this.lastDeleted = new Date().toISOString();
    return true;
  }
}

export class SiteStore {
  private readonly tables = new Map<ListKey, ListTable>();
  private data: ISiteData;
  private readonly ensured: ISitePrincipal[];
  private lists: Readonly<Record<ListKey, IListDefinition>>;
  /** Changed since the persist file was last written. */
  private unsaved = false;
  /** Folders, unique permissions, groups and permission levels (tools/emulator/scopes.ts). */
  public readonly security: SiteSecurity;

  public constructor(
    data: ISiteData,
    definitions: Readonly<Record<ListKey, IListDefinition>>,
    private readonly persistPath?: string
  ) {
    this.data = persistPath !== undefined && existsSync(persistPath) ? (JSON.parse(readFileSync(persistPath, 'utf8')) as ISiteData) : data;
    this.ensured = [...(this.data.ensuredUsers ?? [])];
    this.lists = definitions;
    for (const table of this.tables.values()) table.indexes.clear();
    this.addTables(definitions);
    this.security = new SiteSecurity(this.data.security);
  }

  public get definitions(): Readonly<Record<ListKey, IListDefinition>> {
    return this.lists;
  }

  /**
   * The site's lists after a schema change (tools/emulator/featureUpgrade.ts): new lists start
   * empty; existing items are kept exactly as they are (ids, values, versions).
   */
  public redefine(definitions: Readonly<Record<ListKey, IListDefinition>>): void {
    this.lists = definitions;
    for (const table of this.tables.values()) table.indexes.clear();
    this.addTables(definitions);
  }

  private addTables(definitions: Readonly<Record<ListKey, IListDefinition>>): void {
    const created = '2024-01-01T00:00:00Z';
    for (const key of Object.keys(definitions) as ListKey[]) {
      if (!this.tables.has(key)) this.tables.set(key, new ListTable(this.data.lists[key] ?? [], created));
    }
  }

  public get siteTitle(): string {
    return this.data.siteTitle;
  }

  public get serverRelativeUrl(): string {
    return this.data.serverRelativeUrl;
  }

  /** People who can sign in to the emulator, each with a role. */
  public get users(): readonly ISiteUser[] {
    return this.data.users;
  }

  /** The user information list: site users and the people ensureUser added. */
  public get siteUsers(): readonly ISitePrincipal[] {
    return [...this.data.users, ...this.ensured];
  }

  /**
   * web/ensureuser: the site user with this login name or email, else a new entry for a person the
   * tenant directory knows; undefined when the directory does not know them either.
   */
  public ensureUser(logonName: string): ISitePrincipal | undefined {
    const key = logonName.trim().toLowerCase();
    const email = key.includes('|') ? key.slice(key.lastIndexOf('|') + 1) : key;
    const existing = this.siteUsers.find((user) => user.loginName.toLowerCase() === key || user.email.toLowerCase() === email);
    if (existing) return existing;
    const person = (this.data.directory ?? []).find((candidate) => candidate.email.toLowerCase() === email);
    if (!person) return undefined;
    // Groups are principals too: their ids and users' never collide.
    const id = Math.max(this.siteUsers.reduce((highest, user) => Math.max(highest, user.id), 0), ...this.security.groups.map((group) => group.id)) + 1;
    const added: ISitePrincipal = { id, title: person.title, email: person.email, loginName: `i:0#.f|membership|${person.email.toLowerCase()}` };
    this.ensured.push(added);
    this.persist();
    return added;
  }

  public get files(): ISiteData['files'] {
    return this.data.files;
  }

  public tenantProperty(key: string): string | undefined {
    return this.data.tenantProperties?.[key];
  }

  public user(id: number): ISiteUser | undefined {
    return this.data.users.find((user) => user.id === id);
  }

  public items(list: ListKey): readonly IStoredItem[] {
    return this.table(list).items;
  }

  /** The list's column indexes (listIndex.ts), kept current by add, update, move and remove. */
  public indexes(list: ListKey): ListIndexes {
    return this.table(list).indexes;
  }

  public item(list: ListKey, id: number): IStoredItem | undefined {
    return this.table(list).get(id);
  }

  public titleOf(list: ListKey, id: number): string | null {
    const title = this.table(list).get(id)?.fields.Title;
    return typeof title === 'string' ? title : null;
  }

  public lastModified(list: ListKey): string {
    return this.table(list).lastModified;
  }

  public lastDeleted(list: ListKey): string {
    return this.table(list).lastDeleted;
  }

  public add(list: ListKey, change: IItemChange, userId: number): IStoredItem {
    const table = this.table(list);
    const now = new Date().toISOString();
    const item: IStoredItem = {
      Id: table.nextId,
      Created: now,
      Modified: now,
      AuthorId: userId,
      EditorId: userId,
      version: 1,
      moderationStatus: change.moderationStatus ?? ModerationStatus.Approved,
      fields: { ...change.fields },
      ...(change.folder === undefined ? {} : { folder: change.folder })
    };
    table.put(item);
    this.persist();
    return item;
  }

  public update(list: ListKey, id: number, change: IItemChange, userId: number): IStoredItem {
    const table = this.table(list);
    const existing = table.get(id);
    if (!existing) {
      throw new Error(`Item ${id} of ${list} does not exist.`);
    }
    const item: IStoredItem = {
      ...existing,
      Modified: new Date().toISOString(),
      EditorId: userId,
      version: existing.version + 1,
      moderationStatus: change.moderationStatus ?? existing.moderationStatus,
      fields: { ...existing.fields, ...change.fields }
    };
    table.put(item);
    this.persist();
    return item;
  }

  /** A new folder in the list's root; its id comes from the list's item ids. */
  public addFolder(list: ListKey, name: string, userId: number): number {
    const id = this.table(list).takeId();
    this.security.addFolder(list, { id, name, authorId: userId });
    this.persist();
    return id;
  }

  /** Moves an item to another folder of its list (undefined: the root); its id, values and version stay. */
  public moveItem(list: ListKey, id: number, folder: string | undefined): IStoredItem {
    const table = this.table(list);
    const existing = table.get(id);
    if (!existing) {
      throw new Error(`Item ${id} of ${list} does not exist.`);
    }
    const { folder: _old, ...rest } = existing;
    const moved: IStoredItem = folder === undefined ? rest : { ...rest, folder };
    table.put(moved);
    this.persist();
    return moved;
  }

  /** Call after changing this.security, so the change is persisted. */
  public securityChanged(): void {
    this.persist();
  }

  public remove(list: ListKey, id: number): boolean {
    const removed = this.table(list).remove(id);
    if (removed) {
      this.persist();
    }
    return removed;
  }

  /** The site as it is now, in the generator's contract. */
  public snapshot(): ISiteData {
    const lists = {} as Record<ListKey, readonly IStoredItem[]>;
    for (const [key, table] of this.tables) {
      lists[key] = table.items;
    }
    return { ...this.data, lists, ensuredUsers: [...this.ensured], ...(this.security.isEmpty() ? {} : { security: this.security.snapshot() }) };
  }

  private table(list: ListKey): ListTable {
    const table = this.tables.get(list);
    if (!table) {
      throw new Error(`List ${list} is not defined.`);
    }
    return table;
  }

  private persist(): void {
    if (this.persistPath !== undefined) this.unsaved = true;
  }

  /**
   * Writes the persist file, when there is one and something changed since the last write. The server calls
   * it once per request, so a $batch of 100 writes rewrites the file once, not 100 times.
   */
  public flush(): void {
    if (this.persistPath === undefined || !this.unsaved) {
      return;
    }
    this.unsaved = false;
    writeFileAtomic(this.persistPath, JSON.stringify(this.snapshot()));
  }
}

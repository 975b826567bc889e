/**
 * Bookkeeping shared by every part of the sample council: the site's users, its files and
 * the system columns each stored item carries.
 */
import { IStoredItem, ISiteFile, ISiteUser, ModerationStatus, StoredValue } from '../emulator/siteData';

export const SITE_URL = '/sites/council';

export class UserBook {
  private readonly users: ISiteUser[] = [];
  private nextId: number;

  /** SharePoint reserves the first few user ids for system principals. */
  public constructor(firstId: number = 10) {
    this.nextId = firstId;
  }

  public add(title: string, email: string, role: ISiteUser['role'], persona: string): number {
    const id = this.nextId++;
    this.users.push({ id, title, email, loginName: `i:0#.f|membership|${email.toLowerCase()}`, role, persona });
    return id;
  }

  public all(): readonly ISiteUser[] {
    return this.users;
  }
}

export class FileStore {
  private readonly files: ISiteFile[] = [];

  public addSvg(serverRelativeUrl: string, content: string): void {
    this.files.push({ serverRelativeUrl, contentType: 'image/svg+xml', content });
  }

  public all(): readonly ISiteFile[] {
    return this.files;
  }
}

/** Where SharePoint keeps files uploaded to a list's Image column. */
export function imageFolderOf(listId: string): string {
  return `${SITE_URL}/SiteAssets/Lists/${listId}`;
}

export interface IItemStamp {
  readonly created: string;
  readonly modified: string;
  readonly authorId: number;
  readonly editorId: number;
  readonly version?: number;
  readonly moderationStatus?: ModerationStatus;
}

export function storedItem(id: number, stamp: IItemStamp, fields: Record<string, StoredValue>): IStoredItem {
  return {
    Id: id,
    Created: stamp.created,
    Modified: stamp.modified,
    AuthorId: stamp.authorId,
    EditorId: stamp.editorId,
    version: stamp.version ?? 1,
    moderationStatus: stamp.moderationStatus ?? ModerationStatus.Approved,
    fields
  };
}

/** Plain ASCII for email local parts: accents folded, apostrophes and spaces dropped. */
export function emailSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Hands out unique email addresses, numbering repeats: jo.bloggs, jo.bloggs2 … */
export class EmailBook {
  private readonly used = new Map<string, number>();

  public constructor(private readonly domain: string) {}

  public allocate(localPart: string): string {
    const seen = this.used.get(localPart) ?? 0;
    this.used.set(localPart, seen + 1);
    return `${seen === 0 ? localPart : `${localPart}${seen + 1}`}@${this.domain}`;
  }
}

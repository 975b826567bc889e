import { NAME_NOT_RECORDED } from '../model/nameNotRecorded';
import type { IOfficer, IOfficerProfile, IService } from '../model/Officer';
import { profilePhotoUrl } from '../model/profilePhotoUrl';
import {
  RawItem,
  readBoolean,
  readDate,
  readHyperlink,
  readImageUrl,
  readLookupId,
  readNumber,
  readText,
  readUserEmail
} from './fieldReaders';

/**
 * SharePoint items → officer directory types. Every field is optional on the way in: a missing
 * or malformed value becomes undefined (or the column's default), never an exception.
 */

/**
 * The slim projection the directory searches and shows, read for every officer (20,000 rows, so
 * every column counts on the wire). Left out, and read one officer at a time by the profile:
 * - Photo: the Image column's JSON is about a third of a page gzipped; cards use the officer's
 *   Microsoft 365 profile photo (SharePoint's userphoto.aspx) instead, see officerAccountAndPhoto.
 * - OfficerAccount: the person expansion; Teams chat uses the work email instead.
 * - LastReviewed: for admins' health checks, not for search or cards.
 * - LiaisonProfile: rich text.
 * `ServiceId` is the lookup's id alone: the services are read in full beside the officers, so
 * the joined title would only repeat them 20,000 times.
 */
export const OFFICER_COLUMNS = ['Id', 'Title', 'JobTitle', 'ServiceId', 'Team', 'Email', 'Phone', 'Location', 'IsLiaisonOfficer'] as const;
export const OFFICER_PROFILE_COLUMNS = [...OFFICER_COLUMNS, 'OfficerAccount', 'Photo', 'LastReviewed', 'LiaisonProfile'] as const;
export const SERVICE_COLUMNS = [
  'Id', 'Title', 'ServiceCode', 'Directorate', 'HowToContact', 'ServiceEmail', 'ServicePhone', 'ServiceUrl', 'Keywords'
] as const;

function readId(item: RawItem): number {
  return readNumber(item, 'Id') ?? readNumber(item, 'ID') ?? 0;
}

/** Keywords as editors type them: separated by commas, semicolons or new lines; blanks and repeats dropped. */
export function splitKeywords(value: string | undefined): string[] {
  if (value === undefined) return [];
  const keywords: string[] = [];
  const seen = new Set<string>();
  for (const part of value.split(/[,;\r\n]+/)) {
    const keyword = part.trim().replace(/\s+/g, ' ');
    const key = keyword.toLocaleLowerCase('en-GB');
    if (keyword === '' || seen.has(key)) continue;
    seen.add(key);
    keywords.push(keyword);
  }
  return keywords;
}

export interface IOfficerMappingContext {
  /** Absolute URL of an officer item's Attachments folder, for photos stored as attachments. */
  readonly attachmentFolderUrl?: (itemId: number) => string | undefined;
  /** URL of the lists' site, whose userphoto.aspx serves Microsoft 365 profile photos. */
  readonly siteUrl?: string;
}

/** What was read about an officer's account and photo; anything not read is undefined. */
export interface IOfficerAccountRead {
  readonly email?: string;
  /** The OfficerAccount person column's address, when it was read and set. */
  readonly accountEmail?: string;
  /** The list's Photo column, when it was read and set. */
  readonly photoUrl?: string;
}

/**
 * The officer's Teams address and photo, the same way for the slim read, the profile read and
 * the browser's copy. The Teams address is the person column's when read, else the work email:
 * in a Microsoft 365 council the work address is the sign-in address, and reading the person
 * column for 20,000 officers would cost an expansion per row. The photo is the list's Photo
 * column when read and set (an override editors choose), else the account's Microsoft 365
 * profile photo.
 */
export function officerAccountAndPhoto(read: IOfficerAccountRead, context: IOfficerMappingContext): Pick<IOfficer, 'accountEmail' | 'photoUrl'> {
  const accountEmail = read.accountEmail ?? read.email;
  return { accountEmail, photoUrl: read.photoUrl ?? profilePhotoUrl(context.siteUrl, accountEmail) };
}

/** The Service lookup, read as `ServiceId` (the slim read) or expanded as `Service/Id`. */
function readServiceId(item: RawItem): number | undefined {
  const id = readLookupId(item, 'Service') ?? readNumber(item, 'ServiceId');
  return id !== undefined && Number.isInteger(id) && id > 0 ? id : undefined;
}

export function mapOfficer(item: RawItem, context: IOfficerMappingContext = {}): IOfficer {
  const id = readId(item);
  const email = readText(item, 'Email');
  const { accountEmail, photoUrl } = officerAccountAndPhoto(
    {
      email,
      accountEmail: readUserEmail(item, 'OfficerAccount'),
      photoUrl: readImageUrl(item, 'Photo', context.attachmentFolderUrl?.(id))
    },
    context
  );
  return {
    id,
    name: readText(item, 'Title') ?? readText(item, 'Email') ?? NAME_NOT_RECORDED,
    jobTitle: readText(item, 'JobTitle'),
    serviceId: readServiceId(item),
    team: readText(item, 'Team'),
    email,
    phone: readText(item, 'Phone'),
    location: readText(item, 'Location'),
    photoUrl,
    accountEmail,
    isLiaisonOfficer: readBoolean(item, 'IsLiaisonOfficer', false),
    lastReviewed: readDate(item, 'LastReviewed')
  };
}

export function mapOfficerProfile(item: RawItem, context: IOfficerMappingContext = {}): IOfficerProfile {
  return { ...mapOfficer(item, context), liaisonProfileHtml: readText(item, 'LiaisonProfile') };
}

export function mapService(item: RawItem): IService {
  return {
    id: readId(item),
    name: readText(item, 'Title') ?? '',
    code: readText(item, 'ServiceCode'),
    directorate: readText(item, 'Directorate') ?? '',
    howToContactHtml: readText(item, 'HowToContact'),
    email: readText(item, 'ServiceEmail'),
    phone: readText(item, 'ServicePhone'),
    webPageUrl: readHyperlink(item, 'ServiceUrl'),
    keywords: splitKeywords(readText(item, 'Keywords'))
  };
}

import { plainEmailAddress } from '../schema/emailAddress';
import { NAME_NOT_RECORDED } from '../model/nameNotRecorded';
import type { IOfficer, IOfficerProfile, IService } from '../model/Officer';
import { STATUTORY_ROLES, StatutoryRole } from '../schema';
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
 * every column counts on the wire): the searched fields (name, job title, service, team,
 * location), the work email (a row's email link, Teams chat) and the CLO flag. Left out, and read
 * one officer at a time by the profile (OFFICER_PROFILE_COLUMNS), measured at 20,000 officers
 * (tools/bench/officerDirectory.ts; gzipped, the four pages of officers):
 * - Photo: about 265 KB. Rows show initials; the profile shows the Photo column's picture.
 * - Phone: about 83 KB. Calls, "copy details" and the vCard wait for the profile's full record.
 * - OfficerAccount: the person expansion; Teams chat uses the work email until the profile reads it.
 * - LastReviewed: for admins' health checks, not for search or rows.
 * - LiaisonProfile: rich text.
 * StatutoryRole is null on all but three rows, so it costs almost nothing gzipped, and it spares
 * the directory a second (filtered) request to show the statutory officers at the top.
 * `ServiceId` is the lookup's id alone: the services are read in full beside the officers, so
 * the joined title would only repeat them 20,000 times.
 */
export const OFFICER_COLUMNS = ['Id', 'Title', 'JobTitle', 'ServiceId', 'Team', 'Email', 'Location', 'IsLiaisonOfficer', 'StatutoryRole'] as const;
export const OFFICER_PROFILE_COLUMNS = [...OFFICER_COLUMNS, 'Phone', 'OfficerAccount', 'Photo', 'LastReviewed', 'LiaisonProfile'] as const;
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
}

/**
 * The officer's Teams address: the OfficerAccount person column's, when it was read and set,
 * else the work email. In a Microsoft 365 council the work address is the sign-in address, and
 * reading the person column for 20,000 officers would cost an expansion per row; the profile reads it.
 */
export function officerTeamsAddress(email: string | undefined, accountEmail?: string): string | undefined {
  return accountEmail ?? email;
}

/** The Service lookup, read as `ServiceId` (the slim read) or expanded as `Service/Id`. */
function readServiceId(item: RawItem): number | undefined {
  const id = readLookupId(item, 'Service') ?? readNumber(item, 'ServiceId');
  return id !== undefined && Number.isInteger(id) && id > 0 ? id : undefined;
}

/** One officer of the slim read (OFFICER_COLUMNS); columns outside it are not looked at. */
export function mapSlimOfficer(item: RawItem): IOfficer {
  const email = readText(item, 'Email');
  return {
    id: readId(item),
    name: readText(item, 'Title') ?? email ?? NAME_NOT_RECORDED,
    jobTitle: readText(item, 'JobTitle'),
    serviceId: readServiceId(item),
    team: readText(item, 'Team'),
    email,
    location: readText(item, 'Location'),
    accountEmail: officerTeamsAddress(email),
    isLiaisonOfficer: readBoolean(item, 'IsLiaisonOfficer', false),
    statutoryRole: readStatutoryRole(item)
  };
}

/** One of the three roles, or undefined: a value typed in outside the choices is no statutory role. */
function readStatutoryRole(item: RawItem): StatutoryRole | undefined {
  const value = readText(item, 'StatutoryRole');
  return STATUTORY_ROLES.find((role) => role === value);
}

/**
 * One officer's full record (OFFICER_PROFILE_COLUMNS); a column not read is undefined. The photo
 * is the list's Photo column, or none: without one the officer's initials are shown, never a
 * generic silhouette.
 */
export function mapOfficer(item: RawItem, context: IOfficerMappingContext = {}): IOfficerProfile {
  const officer = mapSlimOfficer(item);
  return {
    ...officer,
    accountEmail: officerTeamsAddress(officer.email, readUserEmail(item, 'OfficerAccount')),
    phone: readText(item, 'Phone'),
    photoUrl: readImageUrl(item, 'Photo', context.attachmentFolderUrl?.(officer.id)),
    lastReviewed: readDate(item, 'LastReviewed'),
    liaisonProfileHtml: readText(item, 'LiaisonProfile')
  };
}

export function mapService(item: RawItem): IService {
  return {
    id: readId(item),
    name: readText(item, 'Title') ?? '',
    code: readText(item, 'ServiceCode'),
    directorate: readText(item, 'Directorate') ?? '',
    howToContactHtml: readText(item, 'HowToContact'),
    // One plain address or none: a mailto link must reach this service and no one else.
    email: plainEmailAddress(readText(item, 'ServiceEmail')),
    phone: readText(item, 'ServicePhone'),
    webPageUrl: readHyperlink(item, 'ServiceUrl'),
    keywords: splitKeywords(readText(item, 'Keywords'))
  };
}

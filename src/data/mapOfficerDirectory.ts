import type { IOfficer, IOfficerProfile, IService } from '../model/Officer';
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
 * The slim projection the directory searches and shows on cards, read for every officer. Rich
 * text (LiaisonProfile) is left out: it is read one officer at a time, for the profile.
 */
export const OFFICER_COLUMNS = [
  'Id', 'Title', 'OfficerAccount', 'JobTitle', 'Service', 'Team', 'Email', 'Phone', 'Location', 'Photo', 'IsLiaisonOfficer', 'LastReviewed'
] as const;
export const OFFICER_PROFILE_COLUMNS = [...OFFICER_COLUMNS, 'LiaisonProfile'] as const;
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

export function mapOfficer(item: RawItem, context: IOfficerMappingContext = {}): IOfficer {
  const id = readId(item);
  return {
    id,
    name: readText(item, 'Title') ?? '',
    jobTitle: readText(item, 'JobTitle'),
    serviceId: readLookupId(item, 'Service'),
    team: readText(item, 'Team'),
    email: readText(item, 'Email'),
    phone: readText(item, 'Phone'),
    location: readText(item, 'Location'),
    photoUrl: readImageUrl(item, 'Photo', context.attachmentFolderUrl?.(id)),
    accountEmail: readUserEmail(item, 'OfficerAccount'),
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

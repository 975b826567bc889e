import type { ApprovalStatus, IBriefing, IBriefingItem, IBriefingReader } from '../model/Briefing';
import { plainEmailAddress } from '../schema/emailAddress';
import { calendarDateOfStored } from '../schema/dateOnlyColumns';
import { RawItem, readBoolean, readLookup, readLookups, readNumber, readText } from './fieldReaders';

/** A Text column projected through a lookup (`Lookup/Email`): an address only when it is exactly one plain address. */
function readProjectedEmail(item: RawItem, lookup: string): string | undefined {
  const expanded: unknown = item[lookup];
  const value: unknown = typeof expanded === 'object' && expanded !== null ? (expanded as Record<string, unknown>).Email : undefined;
  return typeof value === 'string' ? plainEmailAddress(value) : undefined;
}

/**
 * SharePoint items → briefing types. Every field is optional on the way in: a missing or
 * malformed value becomes undefined (or the column's default), never an exception.
 */

/** Columns each query reads; the mappers below read exactly these. */
export const BRIEFING_COLUMNS = ['Id', 'Title', 'WeekCommencing', 'Summary', 'OData__ModerationStatus'] as const;
export const BRIEFING_ITEM_COLUMNS = [
  'Id', 'Title', 'BriefingId', 'Body', 'HeadlineWelsh', 'BodyWelsh', 'Category', 'Service', 'Wards', 'ContactOfficer', 'ContactOfficer/Email',
  'IsConfidential', 'NeedsAcknowledgement', 'SortOrder', 'OData__ModerationStatus'
] as const;
/** MemberAccount and Email: ranking who the signed-in account is. */
export const READER_COLUMNS = ['Id', 'Title', 'Ward', 'IsCurrent', 'MemberAccount', 'Email'] as const;

/** OData__ModerationStatus: SharePoint's SPModerationStatusType numbers. */
const APPROVAL_BY_NUMBER: readonly ApprovalStatus[] = ['approved', 'rejected', 'pending', 'draft'];

function readId(item: RawItem): number {
  const id = item.Id ?? item.ID;
  return typeof id === 'number' ? id : Number(id) || 0;
}

export function readApproval(item: RawItem): ApprovalStatus | undefined {
  const status = readNumber(item, 'OData__ModerationStatus');
  return status === undefined ? undefined : APPROVAL_BY_NUMBER[status];
}

/** Undefined when the item has no readable week commencing date: a briefing without a week cannot be placed. */
export function mapBriefing(item: RawItem): IBriefing | undefined {
  const weekCommencing = calendarDateOfStored(item.WeekCommencing);
  if (weekCommencing === undefined) return undefined;
  return {
    id: readId(item),
    title: readText(item, 'Title') ?? '',
    weekCommencing,
    summary: readText(item, 'Summary'),
    approval: readApproval(item)
  };
}

/** Undefined when the item names no briefing (it belongs nowhere). */
export function mapBriefingItem(item: RawItem): IBriefingItem | undefined {
  // The briefing's id alone (BriefingId): its title would repeat on every item.
  const briefingId = readNumber(item, 'BriefingId');
  if (briefingId === undefined || !Number.isInteger(briefingId) || briefingId <= 0) return undefined;
  const service = readLookup(item, 'Service');
  const officer = readLookup(item, 'ContactOfficer');
  // Projected from the Officers list in the same query (ContactOfficer/Email), so no extra round trip.
  const officerEmail = readProjectedEmail(item, 'ContactOfficer');
  return {
    id: readId(item),
    briefingId,
    title: readText(item, 'Title') ?? '',
    bodyHtml: readText(item, 'Body'),
    titleWelsh: readText(item, 'HeadlineWelsh'),
    bodyHtmlWelsh: readText(item, 'BodyWelsh'),
    category: readText(item, 'Category') ?? 'General',
    service,
    wards: readLookups(item, 'Wards'),
    contactOfficer: officer && (officerEmail ? { ...officer, email: officerEmail } : officer),
    isConfidential: readBoolean(item, 'IsConfidential', false),
    needsAcknowledgement: readBoolean(item, 'NeedsAcknowledgement', false),
    sortOrder: readNumber(item, 'SortOrder'),
    approval: readApproval(item)
  };
}

export function mapReader(item: RawItem): IBriefingReader {
  return {
    memberId: readId(item),
    name: readText(item, 'Title') ?? '',
    ward: readLookup(item, 'Ward')
  };
}

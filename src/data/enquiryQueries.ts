/**
 * The product's queries on Enquiries and EnquiryUpdates, and how their rows map. Each filters first on an
 * indexed column that narrows 100,000 enquiries (and their updates) far below the 5,000-item list view
 * threshold: a member's (MemberId / EnquiryMemberId), a service's (ServiceId), one enquiry's (EnquiryId).
 * Folder permissions (docs/enquiries-permissions.md) decide which of those rows the caller is sent.
 */
import type { EnquiryStatus, EnquiryUpdateKind, IEnquiry, IEnquirySummary, IEnquiryUpdate } from './IEnquiryRepository';
import { readBoolean, readDate, readLookup, readNumber, readText, type RawItem } from './fieldReaders';

const STATUSES: readonly EnquiryStatus[] = ['Received', 'Acknowledged', 'Responded', 'Closed', 'Reopened'];
const KINDS: readonly EnquiryUpdateKind[] = ['Update', 'Response', 'Member reply'];

export const ENQUIRY_COLUMNS = [
  'Id', 'Title', 'Details', 'Member/Id', 'Member/Title', 'Member/EMail', 'Service/Id', 'Service/Title', 'Ward/Id', 'Ward/Title',
  'EnquiryLocation', 'ConstituentReference', 'EnquiryStatus', 'AssignedOfficer/Id', 'AssignedOfficer/Title',
  'ReceivedDate', 'AcknowledgedDate', 'DueDate', 'RespondedDate', 'ClosedDate', 'LoggedOnBehalf', 'Created', 'FileDirRef',
  'Editor/Title', 'Modified'
] as const;
export const ENQUIRY_EXPAND = ['Member', 'Service', 'Ward', 'AssignedOfficer', 'Editor'] as const;

/**
 * What a member's list of enquiries shows (IEnquirySummary), read before first paint: a fifth of a full row's bytes
 * (no Details, officer, dates of each step, folder, editor, nor per-row metadata when read as nometadata).
 */
export const ENQUIRY_SUMMARY_COLUMNS = [
  'Id', 'Title', 'Member/Id', 'Service/Id', 'Service/Title', 'Ward/Id', 'Ward/Title', 'EnquiryStatus', 'ReceivedDate', 'DueDate', 'LoggedOnBehalf', 'Created'
] as const;
export const ENQUIRY_SUMMARY_EXPAND = ['Member', 'Service', 'Ward'] as const;

export const UPDATE_COLUMNS = ['Id', 'EnquiryId', 'UpdateKind', 'UpdateBody', 'Author/Id', 'Author/Title', 'Created', 'FileDirRef'] as const;
export const UPDATE_EXPAND = ['Author'] as const;

export const memberEnquiriesFilter = (userId: number): string => `MemberId eq ${userId}`;
export const memberUpdatesFilter = (userId: number): string => `EnquiryMemberId eq ${userId}`;
/** Statuses of enquiries still in a service's queue. */
export const OPEN_STATUSES: readonly EnquiryStatus[] = ['Received', 'Acknowledged', 'Responded', 'Reopened'];
/**
 * Open first: the indexed status narrows five years to the few hundred open at any time, where one busy service
 * (Highways takes a third of a county's enquiries: 30,000+ in five years) would not. An `or` of equalities on an
 * indexed column uses the index; `ne` does not.
 */
export const serviceQueueFilter = (serviceId: number): string => `${openEnquiriesFilter()} and ServiceId eq ${serviceId}`;
/**
 * Every service's open enquiries (Democratic Services' "All services"): the indexed status alone, which narrows five
 * years to the council's open enquiries (hundreds; a few thousand at a backlog, under the 5,000 threshold).
 */
export const openEnquiriesFilter = (): string => `(${OPEN_STATUSES.map((status) => `EnquiryStatus eq '${status}'`).join(' or ')})`;
export const enquiryUpdatesFilter = (enquiryId: number): string => `EnquiryId eq ${enquiryId}`;
/**
 * A service's enquiries closed since `since` (those it may still reopen): the indexed ClosedDate leads, narrowing
 * five years to the few weeks' closures of the whole council (hundreds); status and service then trim them.
 */
export const recentlyClosedFilter = (serviceId: number, since: Date): string => `${closedSinceFilter(since)} and ServiceId eq ${serviceId}`;
/** Every service's enquiries closed since `since` (Democratic Services' "All services"): the same indexed lead. */
export const closedSinceFilter = (since: Date): string => `ClosedDate ge datetime'${since.toISOString()}' and EnquiryStatus eq 'Closed'`;

/** A member has a few hundred enquiries in five years; one page holds them all. */
export const MEMBER_PAGE = 5000;

function eTagOf(item: RawItem): string {
  const eTag = item['odata.etag'] ?? (item.__metadata as { etag?: unknown } | undefined)?.etag;
  return typeof eTag === 'string' ? eTag : '*';
}

/** The columns of ENQUIRY_SUMMARY_COLUMNS; undefined for a row without an id, member, service or created date (as mapEnquiry). */
export function mapEnquirySummary(item: RawItem): IEnquirySummary | undefined {
  const id = readNumber(item, 'Id');
  const member = readLookup(item, 'Member');
  const service = readLookup(item, 'Service');
  const created = readDate(item, 'Created');
  const status = readText(item, 'EnquiryStatus') as EnquiryStatus | undefined;
  if (id === undefined || !member || !service || !created) return undefined;
  const ward = readLookup(item, 'Ward');
  return {
    id,
    subject: readText(item, 'Title') ?? '',
    memberUserId: member.id,
    serviceId: service.id,
    serviceTitle: service.name || undefined,
    wardId: ward?.id,
    wardTitle: ward?.name || undefined,
    status: status !== undefined && STATUSES.includes(status) ? status : 'Received',
    received: readDate(item, 'ReceivedDate') ?? created,
    due: readDate(item, 'DueDate'),
    loggedOnBehalf: readBoolean(item, 'LoggedOnBehalf')
  };
}

export function mapEnquiry(item: RawItem): IEnquiry | undefined {
  const summary = mapEnquirySummary(item);
  const member = readLookup(item, 'Member');
  if (!summary || !member) return undefined;
  const officer = readLookup(item, 'AssignedOfficer');
  return {
    ...summary,
    eTag: eTagOf(item),
    details: readText(item, 'Details') ?? '',
    memberName: member.name || undefined,
    location: readText(item, 'EnquiryLocation'),
    constituentReference: readText(item, 'ConstituentReference'),
    assignedOfficerId: officer?.id,
    assignedOfficerName: officer?.name || undefined,
    acknowledged: readDate(item, 'AcknowledgedDate'),
    responded: readDate(item, 'RespondedDate'),
    closed: readDate(item, 'ClosedDate'),
    folderUrl: readText(item, 'FileDirRef') ?? '',
    modifiedByName: readLookupTitle(item, 'Editor'),
    modified: readDate(item, 'Modified')
  };
}

/** A person column expanded with its Title only (no Id asked for): their display name. */
function readLookupTitle(item: RawItem, field: string): string | undefined {
  const value = item[field] as { Title?: unknown } | undefined;
  return typeof value?.Title === 'string' && value.Title.trim() !== '' ? value.Title.trim() : undefined;
}

export function mapEnquiryUpdate(item: RawItem): IEnquiryUpdate | undefined {
  const id = readNumber(item, 'Id');
  const enquiryId = readNumber(item, 'EnquiryId');
  const author = readLookup(item, 'Author');
  const created = readDate(item, 'Created');
  const kind = readText(item, 'UpdateKind') as EnquiryUpdateKind | undefined;
  if (id === undefined || enquiryId === undefined || !author || !created) return undefined;
  return {
    id,
    enquiryId,
    kind: kind !== undefined && KINDS.includes(kind) ? kind : 'Update',
    body: readText(item, 'UpdateBody') ?? '',
    authorId: author.id,
    authorName: author.name || undefined,
    created,
    folderUrl: readText(item, 'FileDirRef') ?? ''
  };
}

/** A date as a web with en-GB regional settings reads it in a form value: dd/mm/yyyy (UK time for a time of day). */
export function formDate(date: Date | string, withTime = false): string {
  const value = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: withTime ? 'Europe/London' : 'UTC',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hour12: false } : {})
  }).format(value);
  return parts.replace(',', '');
}

/**
 * The enquiries report's read (docs/enquiries.md § The report): the enquiries received in a period, as
 * `IEnquiryForReport` — dates, status, service, directorate and ward, never the member, subject or details.
 *
 * A municipal year is ~20,000 enquiries, so no filter can narrow a period below the 5,000-item list view
 * threshold (`ReceivedDate` is not indexed, and an indexed `DueDate` range is no narrower). The read pages the
 * list by ID instead, unfiltered and ordered by the indexed ID (SharePoint's own paging, allowed at any list
 * size; see readByIdRanges.ts), and keeps the period's enquiries itself:
 *
 * 1. the highest ID (`$orderby=ID desc&$top=1`);
 * 2. one $batch of one-row probes, the first item after each 5,000 IDs with its `Created`: IDs are given in
 *    the order items are created, and an enquiry is never received after it was created (`ReceivedDate`, when
 *    set, is when Democratic Services says it arrived), so every range whose next item was created before
 *    the period starts can be skipped;
 * 3. the remaining ranges, all at once, up to the highest ID (an enquiry logged late for the period may have
 *    any later ID).
 *
 * SharePoint's folder permissions decide which rows come back: the report is of the enquiries the user can see.
 *
 * The open and overdue list on screen also names each enquiry's subject and the officer it is with. Those are read
 * separately (`enquiryDetails`), only for Democratic Services (`reportReader`: the site's Owners group, as the
 * enquiry form decides who logs on behalf) and only of the overdue enquiries, by ID: the figures never need them,
 * and nobody else is shown them in the report (docs/enquiries-permissions.md § Who sees the enquiries report).
 */
import { LIST_VIEW_THRESHOLD, runtimeSchema } from '../schema';
import type { EnquiryStatus as ReportStatus, IEnquiryForReport } from '../model/enquiries/enquiryForReport';
import { toDataError } from './DataError';
import { readDate, readNumber, readText, type RawItem } from './fieldReaders';
import { SiteGroup, type IItems, type SPFI } from './pnp';
import { idRangeStarts, readByIdRanges } from './readByIdRanges';
import { readInOneBatch } from './readInOneBatch';
import { readEnquiryCalendarSettings, type IEnquirySettingsRead } from './readEnquirySettings';
import type { UkNation } from '../model/enquiries/ukNation';

/** A period of receipt: `from` inclusive, `to` exclusive (instants; the UI turns UK dates into them). */
export interface IEnquiryReportPeriod {
  readonly from: Date;
  readonly to: Date;
}

/** What the open and overdue list may show beside the figures: an open enquiry's subject and its officer. */
export interface IOpenEnquiryDetail {
  readonly subject: string;
  /** The assigned officer's name; undefined while not assigned. */
  readonly withWhom: string | undefined;
}

/** Who the reader is to the report: Democratic Services (the site's Owners group), someone else, or not known. */
export type ReportReader = 'democraticServices' | 'other' | 'unknown';

/** What the open and overdue list may show, as the view composes it from the two reads below. */
export type OpenEnquiryDetails =
  /** Democratic Services: the subject and officer of each listed enquiry, by ID. */
  | { readonly kind: 'democraticServices'; readonly byId: ReadonlyMap<string, IOpenEnquiryDetail> }
  /** Anyone else: nothing read. */
  | { readonly kind: 'notDemocraticServices' }
  /** Who the reader is, or the details, could not be read: nothing shown. */
  | { readonly kind: 'unknown' };

/** IDs per query: an `or` of equalities on the always-indexed ID, kept well inside SharePoint's URL length. */
export const DETAILS_IDS_PER_QUERY = 50;

export interface IEnquiryReportRepository {
  /** The enquiries received in the period that the signed-in user may read. */
  enquiriesReceived(period: IEnquiryReportPeriod): Promise<readonly IEnquiryForReport[]>;
  /** The council's nation, targets and closure days (readEnquirySettings.ts); never rejects. */
  calendarSettings(fallbackNation: UkNation): Promise<IEnquirySettingsRead>;
  /** Whether the reader is Democratic Services (in the site's Owners group, as the enquiry form decides); never rejects. */
  reportReader(): Promise<ReportReader>;
  /** The subject and assigned officer of each enquiry asked for (the overdue list's, for Democratic Services only). */
  enquiryDetails(ids: readonly string[]): Promise<ReadonlyMap<string, IOpenEnquiryDetail>>;
}

/** Only what the report needs: two lookups (Service, Ward), no person column. */
export const ENQUIRY_REPORT_COLUMNS = [
  'Id',
  'Created',
  'ReceivedDate',
  'AcknowledgedDate',
  'RespondedDate',
  'ClosedDate',
  'EnquiryStatus',
  'Service/Title',
  'Service/Directorate',
  'Ward/Title'
] as const;
export const ENQUIRY_REPORT_EXPAND = ['Service', 'Ward'] as const;

const STATUS_FOR_REPORT: Readonly<Record<string, ReportStatus>> = {
  Received: 'received',
  Acknowledged: 'acknowledged',
  Responded: 'responded',
  Closed: 'closed'
};

function projected(item: RawItem, lookup: string, field: string): string {
  const value = (item[lookup] as Record<string, unknown> | null | undefined)?.[field];
  return typeof value === 'string' ? value.trim() : '';
}

/** A list row as the report sees it; undefined for a row without an ID or a date of receipt. */
export function mapEnquiryForReport(item: RawItem): IEnquiryForReport | undefined {
  const id = readNumber(item, 'Id');
  const received = readDate(item, 'ReceivedDate') ?? readDate(item, 'Created');
  if (id === undefined || received === undefined) return undefined;
  const listStatus = readText(item, 'EnquiryStatus') ?? 'Received';
  const acknowledged = readDate(item, 'AcknowledgedDate');
  const responded = readDate(item, 'RespondedDate');
  // Reopened is open again: it counts as far as it got before, and its old closure no longer does.
  const status: ReportStatus = STATUS_FOR_REPORT[listStatus] ?? (responded ? 'responded' : acknowledged ? 'acknowledged' : 'received');
  const closed = status === 'closed' ? readDate(item, 'ClosedDate') : undefined;
  return {
    id: String(id),
    received,
    acknowledged,
    responded,
    closed,
    service: projected(item, 'Service', 'Title'),
    directorate: projected(item, 'Service', 'Directorate'),
    ward: projected(item, 'Ward', 'Title'),
    status
  };
}

/** The assigned officer's display name (the person column expanded with its Title only). */
function readOfficerName(row: RawItem): string | undefined {
  const title = (row.AssignedOfficer as { Title?: unknown } | null | undefined)?.Title;
  return typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined;
}

export class EnquiryReportRepository implements IEnquiryReportRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly pageSize: number = LIST_VIEW_THRESHOLD
  ) {}

  public async enquiriesReceived(period: IEnquiryReportPeriod): Promise<readonly IEnquiryForReport[]> {
    const highestId = await this.highestId();
    if (highestId === undefined) return [];
    const startAfter = await this.firstRangeOf(period, highestId);
    const firstPage = await this.read(this.page(this.sp).skip(startAfter));
    const rows = await readByIdRanges(firstPage, highestId, (afterId) => this.read(this.page(this.sp).skip(afterId)), { pageSize: this.pageSize });
    const from = period.from.getTime();
    const to = period.to.getTime();
    return rows
      .map(mapEnquiryForReport)
      .filter((enquiry): enquiry is IEnquiryForReport => enquiry !== undefined && enquiry.received.getTime() >= from && enquiry.received.getTime() < to);
  }

  public calendarSettings(fallbackNation: UkNation): Promise<IEnquirySettingsRead> {
    return readEnquiryCalendarSettings(this.sp, { fallbackNation });
  }

  public async reportReader(): Promise<ReportReader> {
    try {
      const [groupIds, ownersId] = await readInOneBatch(this.sp, (batched) =>
        Promise.all([
          batched.web.currentUser.groups.select('Id')().then((groups: { Id?: unknown }[]) => groups.map((group) => group.Id)),
          // Not every caller may read the group (SharePoint can hide membership): not Democratic Services, then.
          SiteGroup(batched.web, 'associatedownergroup').select('Id')().then(
            (group: { Id?: unknown }) => group.Id,
            () => undefined
          )
        ])
      );
      return typeof ownersId === 'number' && groupIds.includes(ownersId) ? 'democraticServices' : 'other';
    } catch {
      return 'unknown';
    }
  }

  public async enquiryDetails(ids: readonly string[]): Promise<ReadonlyMap<string, IOpenEnquiryDetail>> {
    const numeric = [...new Set(ids.map(Number).filter((id) => Number.isInteger(id) && id > 0))];
    const chunks: number[][] = [];
    for (let start = 0; start < numeric.length; start += DETAILS_IDS_PER_QUERY) chunks.push(numeric.slice(start, start + DETAILS_IDS_PER_QUERY));
    const pages = await readInOneBatch(this.sp, (batched) =>
      Promise.all(
        chunks.map((chunk) =>
          this.read(
            this.items(batched)
              .filter(chunk.map((id) => `Id eq ${id}`).join(' or '))
              .select('Id', 'Title', 'AssignedOfficer/Title')
              .expand('AssignedOfficer')
              .top(DETAILS_IDS_PER_QUERY)
          )
        )
      )
    );
    const byId = new Map<string, IOpenEnquiryDetail>();
    for (const row of pages.flat()) {
      const id = readNumber(row, 'Id');
      if (id !== undefined) byId.set(String(id), { subject: readText(row, 'Title') ?? '', withWhom: readOfficerName(row) });
    }
    return byId;
  }

  private items(sp: SPFI): IItems {
    return sp.web.lists.getByTitle(runtimeSchema.Enquiries.title).items;
  }

  private page(sp: SPFI): IItems {
    return this.items(sp).select(...ENQUIRY_REPORT_COLUMNS).expand(...ENQUIRY_REPORT_EXPAND).top(this.pageSize);
  }

  private async highestId(): Promise<number | undefined> {
    const last = await this.read(this.items(this.sp).select('Id').orderBy('Id', false).top(1));
    return readNumber(last[0] ?? {}, 'Id');
  }

  /** The ID to read after: the last range start whose next item was created before the period began (0: all). */
  private async firstRangeOf(period: IEnquiryReportPeriod, highestId: number): Promise<number> {
    const starts = idRangeStarts(0, highestId, this.pageSize);
    if (starts.length <= 1) return 0;
    const probes = await readInOneBatch(this.sp, (batched) =>
      Promise.all(starts.map((start) => this.read(this.items(batched).select('Id', 'Created').top(1).skip(start))))
    );
    let after = 0;
    starts.forEach((start, index) => {
      const created = probes[index][0] === undefined ? undefined : readDate(probes[index][0], 'Created');
      if (created !== undefined && created.getTime() < period.from.getTime()) after = start;
    });
    return after;
  }

  private async read(items: IItems): Promise<RawItem[]> {
    try {
      const result: unknown = await items();
      return Array.isArray(result) ? (result as RawItem[]) : [];
    } catch (error) {
      throw await toDataError(error, { listTitle: runtimeSchema.Enquiries.title });
    }
  }
}

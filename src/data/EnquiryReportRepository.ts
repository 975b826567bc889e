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
 */
import { LIST_VIEW_THRESHOLD, runtimeSchema } from '../schema';
import type { EnquiryStatus as ReportStatus, IEnquiryForReport } from '../model/enquiries/enquiryForReport';
import { toDataError } from './DataError';
import { readDate, readNumber, readText, type RawItem } from './fieldReaders';
import type { IItems, SPFI } from './pnp';
import { idRangeStarts, readByIdRanges } from './readByIdRanges';
import { readInOneBatch } from './readInOneBatch';
import { readEnquiryCalendarSettings, type IEnquirySettingsRead } from './readEnquirySettings';
import type { UkNation } from '../model/enquiries/ukNation';

/** A period of receipt: `from` inclusive, `to` exclusive (instants; the UI turns UK dates into them). */
export interface IEnquiryReportPeriod {
  readonly from: Date;
  readonly to: Date;
}

export interface IEnquiryReportRepository {
  /** The enquiries received in the period that the signed-in user may read. */
  enquiriesReceived(period: IEnquiryReportPeriod): Promise<readonly IEnquiryForReport[]>;
  /** The council's nation, targets and closure days (readEnquirySettings.ts); never rejects. */
  calendarSettings(fallbackNation: UkNation): Promise<IEnquirySettingsRead>;
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

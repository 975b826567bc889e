import type { IEnquiryCalendarSettings } from '../../../src/model/enquiries/enquiryCalendarSettings';
import { DataError } from '../../../src/data/DataError';
import type { EnquiryWriteResult, IEnquiry, IEnquiryChange, IEnquiryUpdate } from '../../../src/data/IEnquiryRepository';
import type { IOfficerDesk, IQueueOpening, IServiceEnquiriesRepository, IServiceOfficer } from '../../../src/data/IServiceEnquiriesRepository';

export const HIGHWAYS = { id: 1, title: 'Highways' };
export const PLANNING = { id: 2, title: 'Planning and Development' };
export const ME: IServiceOfficer = { userId: 50, name: 'Jo Officer', liaison: false };
export const CLO: IServiceOfficer = { userId: 51, name: 'Cara Liaison', liaison: true };
export const OTHER: IServiceOfficer = { userId: 52, name: 'Sam Other', liaison: false };

let nextId = 100;

/** An open Highways enquiry, received 24 November 2026, with the fields a test gives. */
export function enquiry(fields: Partial<IEnquiry> = {}): IEnquiry {
  const id = fields.id ?? nextId++;
  return {
    id,
    eTag: '"1"',
    subject: `Enquiry ${id}`,
    details: 'What the member asked.',
    memberUserId: 9,
    memberName: 'Ada Lovelace',
    serviceId: HIGHWAYS.id,
    serviceTitle: HIGHWAYS.title,
    wardTitle: 'Abbey',
    status: 'Received',
    received: new Date('2026-11-24T10:00:00Z'),
    due: new Date('2026-12-08T00:00:00Z'),
    loggedOnBehalf: false,
    folderUrl: '/sites/hub/Lists/Enquiries/M1-S1',
    ...fields
  };
}

type Failure = 'refused' | 'unknown';

/**
 * An in-memory service with SharePoint's ETag rule: a write carrying an older ETag than the stored one is a
 * conflict returning both versions; `failNext` makes the next write refused (403) or unanswered.
 */
export class FakeServiceEnquiriesRepository implements IServiceEnquiriesRepository {
  public readonly stored = new Map<number, IEnquiry>();
  public readonly updates: IEnquiryUpdate[] = [];
  /** Every change attempted, with the ETag it carried. */
  public readonly attempts: { readonly id: number; readonly eTag: string; readonly change: IEnquiryChange }[] = [];
  public failNext: Failure | undefined;
  public desk_: IOfficerDesk = { userId: ME.userId, services: [HIGHWAYS] };
  public officers: readonly IServiceOfficer[] = [CLO, ME, OTHER];

  public constructor(enquiries: readonly IEnquiry[] = [], private readonly now: () => Date = () => new Date('2026-12-02T10:00:00Z')) {
    for (const item of enquiries) this.stored.set(item.id, item);
  }

  /** Someone else changes the enquiry: a new ETag, as SharePoint gives each save. */
  public changedBySomeoneElse(id: number, change: IEnquiryChange, by: string): IEnquiry {
    const changed = this.apply(this.get(id), change, by);
    this.stored.set(id, changed);
    return changed;
  }

  public get(id: number): IEnquiry {
    const found = this.stored.get(id);
    if (!found) throw new Error(`No enquiry ${id}`);
    return found;
  }

  public async desk(): Promise<IOfficerDesk> {
    return this.desk_;
  }

  /** Every cold load's read: the closures' lower bound it was asked for. */
  public readonly openings: Date[] = [];
  /** Makes the next cold load's enquiry reads fail (a threshold, a missing list) while its desk answers. */
  public openingListsError: DataError | undefined;

  /** As SharePoint's folders would trim it: the desk's services' enquiries, or every service's for Democratic Services. */
  public async opening(closedSince: Date): Promise<IQueueOpening> {
    this.openings.push(closedSince);
    const desk = this.desk_;
    const error = this.openingListsError;
    this.openingListsError = undefined;
    if (error) return { desk, lists: { error } };
    const readable = [...this.stored.values()].filter((item) => desk.seesAllServices === true || desk.services.some((service) => service.id === item.serviceId));
    return {
      desk,
      lists: {
        open: readable.filter((item) => item.status !== 'Closed').sort((a, b) => (a.due?.getTime() ?? Infinity) - (b.due?.getTime() ?? Infinity) || a.id - b.id),
        closed: readable.filter((item) => item.status === 'Closed' && item.closed !== undefined && item.closed >= closedSince),
        closedSince
      }
    };
  }

  public settings: IEnquiryCalendarSettings = { nation: 'england-and-wales', closureDays: [] };

  public async calendarSettings(): Promise<IEnquiryCalendarSettings> {
    return this.settings;
  }

  public async queue(serviceId: number): Promise<readonly IEnquiry[]> {
    return [...this.stored.values()]
      .filter((item) => item.serviceId === serviceId && item.status !== 'Closed')
      .sort((a, b) => (a.due?.getTime() ?? Infinity) - (b.due?.getTime() ?? Infinity) || a.id - b.id);
  }

  public async recentlyClosed(serviceId: number, since: Date): Promise<readonly IEnquiry[]> {
    return [...this.stored.values()].filter((item) => item.serviceId === serviceId && item.status === 'Closed' && item.closed !== undefined && item.closed >= since);
  }

  /** As SharePoint would answer Democratic Services (Full Control everywhere): every service's; the fake checks no permission. */
  public async queueOfAllServices(): Promise<readonly IEnquiry[]> {
    return [...this.stored.values()]
      .filter((item) => item.status !== 'Closed')
      .sort((a, b) => (a.due?.getTime() ?? Infinity) - (b.due?.getTime() ?? Infinity) || a.id - b.id);
  }

  public async recentlyClosedOfAllServices(since: Date): Promise<readonly IEnquiry[]> {
    return [...this.stored.values()].filter((item) => item.status === 'Closed' && item.closed !== undefined && item.closed >= since);
  }

  public async officersOf(): Promise<readonly IServiceOfficer[]> {
    return this.officers;
  }

  public async updatesOf(enquiryId: number): Promise<readonly IEnquiryUpdate[]> {
    return this.updates.filter((update) => update.enquiryId === enquiryId);
  }

  public async addUpdate(target: IEnquiry, body: string): Promise<IEnquiryUpdate> {
    const failure = this.takeFailure();
    if (failure) throw failure.error;
    return this.pushUpdate(target, 'Update', body);
  }

  public async addInternalNote(target: IEnquiry, body: string): Promise<IEnquiryUpdate> {
    const failure = this.takeFailure();
    if (failure) throw failure.error;
    const note = { ...this.pushUpdate(target, 'Update', body), folderUrl: `/sites/hub/Lists/EnquiryUpdates/S${target.serviceId}` };
    this.updates[this.updates.length - 1] = note;
    return note;
  }

  public acknowledge(target: IEnquiry, officerUserId: number): Promise<EnquiryWriteResult> {
    return this.change(target, { status: 'Acknowledged', acknowledged: this.now(), assignedOfficerId: target.assignedOfficerId ?? officerUserId });
  }

  public assign(target: IEnquiry, officerUserId: number): Promise<EnquiryWriteResult> {
    return this.change(target, { assignedOfficerId: officerUserId });
  }

  public async respond(target: IEnquiry, body: string): Promise<EnquiryWriteResult> {
    const failure = this.takeFailure();
    if (failure) return failure;
    this.pushUpdate(target, 'Response', body);
    return this.change(target, target.responded ? { status: 'Responded' } : { status: 'Responded', responded: this.now() });
  }

  public close(target: IEnquiry): Promise<EnquiryWriteResult> {
    return this.change(target, { status: 'Closed', closed: this.now() });
  }

  public reopen(target: IEnquiry, respondBy: string): Promise<EnquiryWriteResult> {
    return this.change(target, { status: 'Reopened', closed: null, due: respondBy });
  }

  public async change(target: IEnquiry, change: IEnquiryChange): Promise<EnquiryWriteResult> {
    this.attempts.push({ id: target.id, eTag: target.eTag, change });
    const failure = this.takeFailure();
    if (failure) return failure;
    const current = this.get(target.id);
    if (current.eTag !== target.eTag) return { status: 'conflict', mine: change, theirs: current };
    const saved = this.apply(current, change, ME.name);
    this.stored.set(saved.id, saved);
    return { status: 'saved', enquiry: saved };
  }

  private takeFailure(): { readonly status: Failure; readonly error: DataError } | undefined {
    const failure = this.failNext;
    this.failNext = undefined;
    if (failure === 'refused') return { status: 'refused', error: new DataError({ kind: 'accessDenied', listTitle: 'Enquiries' }) };
    if (failure === 'unknown') return { status: 'unknown', error: new DataError({ kind: 'network', listTitle: 'Enquiries' }) };
    return undefined;
  }

  private pushUpdate(target: IEnquiry, kind: IEnquiryUpdate['kind'], body: string): IEnquiryUpdate {
    const update: IEnquiryUpdate = { id: 1000 + this.updates.length, enquiryId: target.id, kind, body, authorId: ME.userId, authorName: ME.name, created: this.now(), folderUrl: target.folderUrl };
    this.updates.push(update);
    return update;
  }

  private apply(current: IEnquiry, change: IEnquiryChange, by: string): IEnquiry {
    const officerId = change.assignedOfficerId === undefined ? current.assignedOfficerId : change.assignedOfficerId ?? undefined;
    return {
      ...current,
      eTag: `"${Number(current.eTag.replace(/"/g, '')) + 1}"`,
      status: change.status ?? current.status,
      assignedOfficerId: officerId,
      assignedOfficerName: this.officers.find((officer) => officer.userId === officerId)?.name,
      acknowledged: change.acknowledged ?? current.acknowledged,
      responded: change.responded ?? current.responded,
      closed: change.closed === undefined ? current.closed : change.closed ?? undefined,
      due: change.due === undefined ? current.due : new Date(`${change.due}T00:00:00Z`),
      modifiedByName: by,
      modified: this.now()
    };
  }
}

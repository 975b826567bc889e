import { runtimeSchema } from '../schema';
import { enquiryFolderName } from '../schema/enquiryAccess';
import type { IKeyValueStore } from './cache/IKeyValueStore';
import { DataError, toDataError } from './DataError';
import type { RawItem } from './fieldReaders';
import type {
  EnquiryUpdateKind,
  EnquiryWriteResult,
  IEnquiry,
  IEnquiryChange,
  IEnquiryRepository,
  IEnquirySummary,
  IEnquiryUpdate,
  IMemberEnquiries,
  IMemberEnquiriesInFull,
  IRaiseEnquiry
} from './IEnquiryRepository';
import {
  ENQUIRY_COLUMNS,
  ENQUIRY_EXPAND,
  ENQUIRY_SUMMARY_COLUMNS,
  ENQUIRY_SUMMARY_EXPAND,
  enquiryUpdatesFilter,
  formDate,
  mapEnquiry,
  mapEnquirySummary,
  mapEnquiryUpdate,
  MEMBER_PAGE,
  memberEnquiriesFilter,
  memberUpdatesFilter,
  serviceQueueFilter,
  UPDATE_COLUMNS,
  UPDATE_EXPAND
} from './enquiryQueries';
import { InjectHeaders, spfi, type SPFI } from './pnp';
import { readInOneBatch } from './readInOneBatch';
import { addItemInFolder } from './write/addItemInFolder';
import { ListItemWriter } from './write/ListItemWriter';

const byNewest = (a: { readonly received: Date }, b: { readonly received: Date }): number => b.received.getTime() - a.received.getTime();
const byDue = (a: IEnquiry, b: IEnquiry): number => (a.due?.getTime() ?? Infinity) - (b.due?.getTime() ?? Infinity) || a.id - b.id;

/**
 * Members' enquiries (docs/enquiries-permissions.md). Reads filter first on an indexed column (src/data/enquiryQueries.ts);
 * SharePoint's folder permissions decide whose rows come back. New enquiries and updates go into their
 * (member, service) folder with AddValidateUpdateItemUsingPath, the one REST call that creates an item in a folder;
 * changes go through ListItemWriter with the enquiry's ETag, so a concurrent change is a conflict, never overwritten.
 *
 * "Mine" needs the member's user id on the lists' site. With `userIdStore` it is kept between visits, so a cold
 * load is the lists-site lookup plus one $batch (the current user, to confirm it, and the list's summaries). Where
 * the page is on the lists' site, SPFx already knows the id (`knownUserId`): a first visit is that one $batch too.
 * The rest of each enquiry and their updates (`mineInFull`) are a second $batch the view sends once the list is drawn.
 */
export class EnquiryRepository implements IEnquiryRepository {
  private readonly writer: ListItemWriter;
  /** JSON without per-row metadata (no ETags): for reads that are never written back, such as the list's summaries. */
  private readonly light: SPFI;
  private userId: number | undefined;
  private prefetchedMine: Promise<IMemberEnquiries> | undefined;

  public constructor(
    private readonly sp: SPFI,
    /** Server-relative URL of the lists' site, e.g. /sites/members: where the folders are. */
    private readonly webServerRelativeUrl: string,
    private readonly userIdStore?: IKeyValueStore,
    /** The user's id on the lists' site when the host knows it (SPFx: the page's site is the lists' site). */
    knownUserId?: number
  ) {
    this.userId = knownUserId;
    this.light = spfi(sp).using(InjectHeaders({ Accept: 'application/json;odata=nometadata' }));
    this.writer = new ListItemWriter(sp, runtimeSchema.Enquiries.title, { batchSize: 1 });
  }

  /**
   * Sends the list's read now, while the host is still drawing the view: the next `mine()` takes it. The view always
   * asks for it first, so nothing is read that would not be; a failure reaches that `mine()` (and Try again reads afresh).
   */
  public prefetchMine(): void {
    if (this.prefetchedMine) return;
    this.prefetchedMine = this.readMineNow();
    this.prefetchedMine.catch(() => undefined);
  }

  public mine(): Promise<IMemberEnquiries> {
    const prefetched = this.prefetchedMine;
    this.prefetchedMine = undefined;
    return prefetched ?? this.readMineNow();
  }

  private async readMineNow(): Promise<IMemberEnquiries> {
    const known = this.userId ?? (await this.storedUserId());
    if (known === undefined) return this.mineOf(await this.currentUserId());
    const [current, result] = await readInOneBatch(this.light, (batched) =>
      Promise.all([this.currentUserIdFrom(batched), this.readMine(batched, known)])
    );
    // Someone else signed in on this browser: their id, read again (their folders would give nothing else anyway).
    return current === known ? result : this.mineOf(current);
  }

  /**
   * By the id `mine()` confirmed (or, called first, the current user's): both filters lead with an indexed column
   * (MemberId, EnquiryMemberId), and folder permissions send nothing of another member's whatever the id.
   */
  public async mineInFull(): Promise<IMemberEnquiriesInFull> {
    const userId = this.userId ?? (await this.currentUserId());
    const [enquiryRows, updateRows] = await readInOneBatch(this.sp, (batched) =>
      Promise.all([
        this.query(batched, runtimeSchema.Enquiries.title, memberEnquiriesFilter(userId), ENQUIRY_COLUMNS, ENQUIRY_EXPAND),
        this.query(batched, runtimeSchema.EnquiryUpdates.title, memberUpdatesFilter(userId), UPDATE_COLUMNS, UPDATE_EXPAND)
      ])
    );
    return {
      enquiries: enquiryRows.map(mapEnquiry).filter((enquiry): enquiry is IEnquiry => enquiry !== undefined).sort(byNewest),
      updates: updateRows.map(mapEnquiryUpdate).filter((update): update is IEnquiryUpdate => update !== undefined)
    };
  }

  public async serviceQueue(serviceId: number): Promise<readonly IEnquiry[]> {
    const rows = await this.query(this.sp, runtimeSchema.Enquiries.title, serviceQueueFilter(serviceId), ENQUIRY_COLUMNS, ENQUIRY_EXPAND, 'DueDate');
    return rows.map(mapEnquiry).filter((enquiry): enquiry is IEnquiry => enquiry !== undefined).sort(byDue);
  }

  public async updatesOf(enquiryId: number): Promise<readonly IEnquiryUpdate[]> {
    const rows = await this.query(this.sp, runtimeSchema.EnquiryUpdates.title, enquiryUpdatesFilter(enquiryId), UPDATE_COLUMNS, UPDATE_EXPAND);
    return rows.map(mapEnquiryUpdate).filter((update): update is IEnquiryUpdate => update !== undefined);
  }

  public async raise(input: IRaiseEnquiry): Promise<IEnquiry> {
    const folder = this.folderUrl(runtimeSchema.Enquiries.key, enquiryFolderName(input.memberItemId, input.serviceId));
    const values: [string, string | undefined][] = [
      ['Title', input.subject],
      ['Details', input.details],
      ['Member', JSON.stringify([{ Key: input.memberLoginName }])],
      ['Service', String(input.serviceId)],
      ['Ward', input.wardId === undefined ? undefined : String(input.wardId)],
      ['EnquiryLocation', input.location],
      ['ConstituentReference', input.constituentReference],
      ['EnquiryStatus', 'Received'],
      ['DueDate', input.dueDate === undefined ? undefined : formDate(input.dueDate)],
      ['ReceivedDate', input.receivedOnBehalf === undefined ? undefined : formDate(input.receivedOnBehalf, true)],
      ['LoggedOnBehalf', input.receivedOnBehalf === undefined ? '0' : '1']
    ];
    const id = await addItemInFolder(this.sp, runtimeSchema.Enquiries.title, folder, values);
    return this.readEnquiry(id);
  }

  public async addUpdate(enquiry: IEnquiry, kind: EnquiryUpdateKind, body: string): Promise<IEnquiryUpdate> {
    const folderName = enquiry.folderUrl.slice(enquiry.folderUrl.lastIndexOf('/') + 1);
    const member = await this.memberKeyOf(enquiry.id);
    const id = await addItemInFolder(this.sp, runtimeSchema.EnquiryUpdates.title, this.folderUrl(runtimeSchema.EnquiryUpdates.key, folderName), [
      ['Title', kind],
      ['Enquiry', String(enquiry.id)],
      ['EnquiryMember', JSON.stringify([{ Key: member }])],
      ['UpdateKind', kind],
      ['UpdateBody', body]
    ]);
    const updates = await this.updatesOf(enquiry.id);
    const added = updates.find((update) => update.id === id);
    if (!added) throw new DataError({ kind: 'unknown', listTitle: runtimeSchema.EnquiryUpdates.title });
    return added;
  }

  public async change(enquiry: IEnquiry, change: IEnquiryChange): Promise<EnquiryWriteResult> {
    const fields: Record<string, unknown> = {};
    if (change.status !== undefined) fields.EnquiryStatus = change.status;
    if (change.assignedOfficerId !== undefined) fields.AssignedOfficerId = change.assignedOfficerId;
    if (change.acknowledged !== undefined) fields.AcknowledgedDate = change.acknowledged.toISOString();
    if (change.responded !== undefined) fields.RespondedDate = change.responded.toISOString();
    if (change.closed !== undefined) fields.ClosedDate = change.closed === null ? null : change.closed.toISOString();
    if (change.due !== undefined) fields.DueDate = `${change.due}T00:00:00Z`;
    if (change.serviceId !== undefined) fields.ServiceId = change.serviceId;
    const run = await this.writer.write([{ kind: 'update', id: enquiry.id, eTag: enquiry.eTag, fields }]);
    const outcome = run.outcomes[0];
    if (outcome?.status === 'updated') return { status: 'saved', enquiry: await this.readEnquiry(enquiry.id) };
    if (outcome?.status === 'refused' && outcome.error.kind === 'conflict') {
      return { status: 'conflict', mine: change, theirs: await this.readEnquiry(enquiry.id) };
    }
    if (outcome?.status === 'refused' || outcome?.status === 'unknown') return { status: outcome.status, error: outcome.error };
    return { status: 'unknown', error: run.stoppedBy ?? new DataError({ kind: 'unknown', listTitle: runtimeSchema.Enquiries.title }) };
  }

  public acknowledge(enquiry: IEnquiry, officerUserId: number, now: Date = new Date()): Promise<EnquiryWriteResult> {
    return this.change(enquiry, { status: 'Acknowledged', acknowledged: now, assignedOfficerId: enquiry.assignedOfficerId ?? officerUserId });
  }

  /**
   * The response first (the member reads it at once), then the status with the ETag: a conflict keeps the text saved.
   * A reopened enquiry keeps the date of its first response: the report measures that one against the target.
   */
  public async respond(enquiry: IEnquiry, body: string, now: Date = new Date()): Promise<EnquiryWriteResult> {
    try {
      await this.addUpdate(enquiry, 'Response', body);
    } catch (error) {
      const failure = await toDataError(error, { listTitle: runtimeSchema.EnquiryUpdates.title });
      return { status: failure.kind === 'network' || failure.kind === 'unknown' ? 'unknown' : 'refused', error: failure };
    }
    return this.change(enquiry, enquiry.responded ? { status: 'Responded' } : { status: 'Responded', responded: now });
  }

  public close(enquiry: IEnquiry, now: Date = new Date()): Promise<EnquiryWriteResult> {
    return this.change(enquiry, { status: 'Closed', closed: now });
  }

  private folderUrl(listKey: string, folderName: string): string {
    return `${this.webServerRelativeUrl.replace(/\/+$/, '')}/Lists/${listKey}/${folderName}`;
  }

  private async readEnquiry(id: number): Promise<IEnquiry> {
    try {
      const row = (await this.sp.web.lists
        .getByTitle(runtimeSchema.Enquiries.title)
        .items.getById(id)
        .select(...ENQUIRY_COLUMNS)
        .expand(...ENQUIRY_EXPAND)()) as RawItem;
      const enquiry = mapEnquiry(row);
      if (!enquiry) throw new DataError({ kind: 'unknown', listTitle: runtimeSchema.Enquiries.title });
      return enquiry;
    } catch (error) {
      throw await toDataError(error, { listTitle: runtimeSchema.Enquiries.title });
    }
  }

  /** The enquiry's member as a people-picker key (their email), for the update's EnquiryMember. */
  private async memberKeyOf(enquiryId: number): Promise<string> {
    try {
      const row = (await this.sp.web.lists.getByTitle(runtimeSchema.Enquiries.title).items.getById(enquiryId).select('Member/EMail').expand('Member')()) as RawItem;
      const email = (row.Member as { EMail?: unknown } | undefined)?.EMail;
      if (typeof email !== 'string' || email === '') throw new DataError({ kind: 'unknown', listTitle: runtimeSchema.Enquiries.title, column: 'Member' });
      return email;
    } catch (error) {
      throw await toDataError(error, { listTitle: runtimeSchema.Enquiries.title });
    }
  }

  private async mineOf(userId: number): Promise<IMemberEnquiries> {
    return readInOneBatch(this.light, (batched) => this.readMine(batched, userId));
  }

  private async readMine(sp: SPFI, userId: number): Promise<IMemberEnquiries> {
    const rows = await this.query(sp, runtimeSchema.Enquiries.title, memberEnquiriesFilter(userId), ENQUIRY_SUMMARY_COLUMNS, ENQUIRY_SUMMARY_EXPAND);
    return { enquiries: rows.map(mapEnquirySummary).filter((enquiry): enquiry is IEnquirySummary => enquiry !== undefined).sort(byNewest) };
  }

  private async query(sp: SPFI, listTitle: string, filter: string, columns: readonly string[], expand: readonly string[], orderBy?: string): Promise<RawItem[]> {
    try {
      let items = sp.web.lists.getByTitle(listTitle).items.filter(filter).select(...columns).expand(...expand).top(MEMBER_PAGE);
      if (orderBy !== undefined) items = items.orderBy(orderBy, true);
      return (await items()) as RawItem[];
    } catch (error) {
      throw await toDataError(error, { listTitle });
    }
  }

  private storageKey(): string {
    return `enquiries:userId:${this.webServerRelativeUrl.toLowerCase()}`;
  }

  private async storedUserId(): Promise<number | undefined> {
    try {
      const text = await this.userIdStore?.get(this.storageKey());
      const id = text === undefined ? NaN : Number(text);
      return Number.isInteger(id) && id > 0 ? id : undefined;
    } catch {
      return undefined;
    }
  }

  private async currentUserId(): Promise<number> {
    return this.currentUserIdFrom(this.sp);
  }

  private async currentUserIdFrom(sp: SPFI): Promise<number> {
    try {
      const user = (await sp.web.currentUser.select('Id')()) as { Id?: unknown };
      if (typeof user.Id !== 'number') throw new DataError({ kind: 'unknown' });
      this.userId = user.Id;
      await this.userIdStore?.set(this.storageKey(), String(user.Id)).catch(() => undefined);
      return user.Id;
    } catch (error) {
      throw await toDataError(error);
    }
  }
}

import { runtimeSchema } from '../schema';
import type { CalendarDate } from '../schema/ukDates';
import { defaultEnquiryGroupName, serviceNotesFolderName } from '../schema/enquiryAccess';
import { compareNames } from '../model/uiLocale';
import { DataError, toDataError } from './DataError';
import { EnquiryRepository } from './EnquiryRepository';
import { closedSinceFilter, ENQUIRY_COLUMNS, ENQUIRY_EXPAND, mapEnquiry, openEnquiriesFilter, recentlyClosedFilter } from './enquiryQueries';
import { readBoolean, readLookup, readNumber, readText, type RawItem } from './fieldReaders';
import type { EnquiryWriteResult, IEnquiry, IEnquiryChange, IEnquiryUpdate } from './IEnquiryRepository';
import type { IEnquiryService, IOfficerDesk, IQueueOpening, IServiceEnquiriesRepository, IServiceOfficer } from './IServiceEnquiriesRepository';
import { SiteGroup, type SPFI } from './pnp';
import { readInOneBatch } from './readInOneBatch';
import { readEnquiryCalendarSettings } from './readEnquirySettings';
import type { IEnquiryCalendarSettings } from '../model/enquiries/enquiryCalendarSettings';
import { addItemInFolder } from './write/addItemInFolder';

/** Due date first, then the oldest id: the queue's order. */
const byDue = (a: IEnquiry, b: IEnquiry): number => (a.due?.getTime() ?? Infinity) - (b.due?.getTime() ?? Infinity) || a.id - b.id;

/** Services number in the hundreds at most; officers of one service in the hundreds. One page holds either. */
const PAGE = 5000;

/**
 * The officers' side of member enquiries (docs/enquiries-permissions.md): which services the signed-in officer
 * works on (the services that take enquiries whose officer group they are in), the service's queue and recent
 * closures, its officers to assign to, and the actions, all through EnquiryRepository's ETag writes.
 * SharePoint's folder permissions, not this class, decide whose enquiries come back.
 */
export class ServiceEnquiriesRepository implements IServiceEnquiriesRepository {
  private readonly enquiries: EnquiryRepository;

  public constructor(
    private readonly sp: SPFI,
    private readonly webServerRelativeUrl: string,
    private readonly now: () => Date = () => new Date()
  ) {
    this.enquiries = new EnquiryRepository(sp, webServerRelativeUrl);
  }

  public async calendarSettings(): Promise<IEnquiryCalendarSettings> {
    return (await readEnquiryCalendarSettings(this.sp)).settings;
  }

  public async desk(): Promise<IOfficerDesk> {
    return readInOneBatch(this.sp, (batched) => this.deskIn(batched));
  }

  /**
   * A cold load in one $batch: the desk, every open enquiry the user may read and their closures since
   * `closedSince`. The enquiries need no service id: SharePoint's folder permissions trim them to the officer's
   * services (every service for Democratic Services), and the view picks the service on the client. Their failure
   * (a threshold, a missing list) is returned beside the desk, not thrown, so the view can say which read failed.
   */
  public async opening(closedSince: Date): Promise<IQueueOpening> {
    const [desk, lists] = await readInOneBatch(this.sp, (batched) =>
      Promise.all([
        this.deskIn(batched),
        Promise.all([
          this.readEnquiries(openEnquiriesFilter(), 'DueDate', true, batched),
          this.readEnquiries(closedSinceFilter(closedSince), 'ClosedDate', false, batched)
        ]).then(
          ([open, closed]): IQueueOpening['lists'] => ({ open: open.sort(byDue), closed, closedSince }),
          (error: unknown): IQueueOpening['lists'] => ({ error })
        )
      ])
    );
    return { desk, lists };
  }

  private async deskIn(batched: SPFI): Promise<IOfficerDesk> {
    const servicesTitle = runtimeSchema.Services.title;
    try {
      const [user, groups, services, ownersId] = await Promise.all([
        batched.web.currentUser.select('Id')() as Promise<{ Id?: unknown }>,
        batched.web.currentUser.groups.select('Id', 'Title')() as Promise<{ Id?: unknown; Title?: unknown }[]>,
        batched.web.lists.getByTitle(servicesTitle).items.filter('TakesEnquiries eq 1').select('Id', 'Title', 'EnquiryGroup').top(PAGE)() as Promise<RawItem[]>,
        // Democratic Services are the site's Owners, as the member enquiries form decides who logs on behalf. Not
        // every caller may read the group (SharePoint can hide membership): not an owner, then.
        SiteGroup(batched.web, 'associatedownergroup').select('Id')().then(
          (group: { Id?: unknown }) => group.Id,
          () => undefined
        )
      ]);
      if (typeof user.Id !== 'number') throw new DataError({ kind: 'unknown' });
      const mine = new Set(groups.map((group) => (typeof group.Title === 'string' ? group.Title.toLowerCase() : '')));
      const taking = services
        .map((row): (IEnquiryService & { readonly group: string }) | undefined => {
          const id = readNumber(row, 'Id');
          const title = readText(row, 'Title');
          if (id === undefined || title === undefined) return undefined;
          return { id, title, group: readText(row, 'EnquiryGroup') ?? defaultEnquiryGroupName(title) };
        })
        .filter((service): service is IEnquiryService & { readonly group: string } => service !== undefined && mine.has(service.group.toLowerCase()))
        .map(({ id, title }) => ({ id, title }))
        .sort((a, b) => compareNames(a.title, b.title));
      const seesAllServices = typeof ownersId === 'number' && groups.some((group) => group.Id === ownersId);
      return { userId: user.Id, services: taking, seesAllServices };
    } catch (error) {
      throw await toDataError(error, { listTitle: servicesTitle });
    }
  }

  public queue(serviceId: number): Promise<readonly IEnquiry[]> {
    return this.enquiries.serviceQueue(serviceId);
  }

  public recentlyClosed(serviceId: number, since: Date): Promise<readonly IEnquiry[]> {
    return this.readEnquiries(recentlyClosedFilter(serviceId, since), 'ClosedDate', false);
  }

  public async queueOfAllServices(): Promise<readonly IEnquiry[]> {
    return (await this.readEnquiries(openEnquiriesFilter(), 'DueDate', true)).sort(byDue);
  }

  public recentlyClosedOfAllServices(since: Date): Promise<readonly IEnquiry[]> {
    return this.readEnquiries(closedSinceFilter(since), 'ClosedDate', false);
  }

  /** One page of enquiries: every filter here leads with an indexed column that keeps it under the threshold. */
  private async readEnquiries(filter: string, orderBy: string, ascending: boolean, sp: SPFI = this.sp): Promise<IEnquiry[]> {
    const listTitle = runtimeSchema.Enquiries.title;
    try {
      const rows = (await sp.web.lists
        .getByTitle(listTitle)
        .items.filter(filter)
        .select(...ENQUIRY_COLUMNS)
        .expand(...ENQUIRY_EXPAND)
        .orderBy(orderBy, ascending)
        .top(PAGE)()) as RawItem[];
      return rows.map(mapEnquiry).filter((enquiry): enquiry is IEnquiry => enquiry !== undefined);
    } catch (error) {
      throw await toDataError(error, { listTitle });
    }
  }

  public async officersOf(serviceId: number): Promise<readonly IServiceOfficer[]> {
    const listTitle = runtimeSchema.Officers.title;
    try {
      const rows = (await this.sp.web.lists
        .getByTitle(listTitle)
        .items.filter(`ServiceId eq ${serviceId}`)
        .select('Id', 'Title', 'IsLiaisonOfficer', 'OfficerAccount/Id', 'OfficerAccount/Title')
        .expand('OfficerAccount')
        .top(PAGE)()) as RawItem[];
      return rows
        .map((row): IServiceOfficer | undefined => {
          const account = readLookup(row, 'OfficerAccount');
          if (!account) return undefined;
          return { userId: account.id, name: readText(row, 'Title') ?? account.name, liaison: readBoolean(row, 'IsLiaisonOfficer') };
        })
        .filter((officer): officer is IServiceOfficer => officer !== undefined)
        .sort((a, b) => Number(b.liaison) - Number(a.liaison) || compareNames(a.name, b.name));
    } catch (error) {
      throw await toDataError(error, { listTitle });
    }
  }

  public updatesOf(enquiryId: number): Promise<readonly IEnquiryUpdate[]> {
    return this.enquiries.updatesOf(enquiryId);
  }

  public async addUpdate(enquiry: IEnquiry, body: string): Promise<IEnquiryUpdate> {
    try {
      return await this.enquiries.addUpdate(enquiry, 'Update', body);
    } catch (error) {
      throw await toDataError(error, { listTitle: runtimeSchema.EnquiryUpdates.title });
    }
  }

  public async addInternalNote(enquiry: IEnquiry, body: string): Promise<IEnquiryUpdate> {
    const listTitle = runtimeSchema.EnquiryUpdates.title;
    const folder = `${this.webServerRelativeUrl.replace(/\/+$/, '')}/Lists/${runtimeSchema.EnquiryUpdates.key}/${serviceNotesFolderName(enquiry.serviceId)}`;
    const id = await addItemInFolder(this.sp, listTitle, folder, [
      ['Title', 'Update'],
      ['Enquiry', String(enquiry.id)],
      // The enquiry's member, as on every update; the folder's permissions keep the note from them.
      ['EnquiryMember', JSON.stringify([{ Key: await this.memberKeyOf(enquiry) }])],
      ['UpdateKind', 'Update'],
      ['UpdateBody', body]
    ]);
    const added = (await this.updatesOf(enquiry.id)).find((update) => update.id === id);
    if (!added) throw new DataError({ kind: 'unknown', listTitle });
    return added;
  }

  public acknowledge(enquiry: IEnquiry, officerUserId: number): Promise<EnquiryWriteResult> {
    return this.enquiries.acknowledge(enquiry, officerUserId, this.now());
  }

  public assign(enquiry: IEnquiry, officerUserId: number): Promise<EnquiryWriteResult> {
    return this.enquiries.change(enquiry, { assignedOfficerId: officerUserId });
  }

  public respond(enquiry: IEnquiry, body: string): Promise<EnquiryWriteResult> {
    return this.enquiries.respond(enquiry, body, this.now());
  }

  public close(enquiry: IEnquiry): Promise<EnquiryWriteResult> {
    return this.enquiries.close(enquiry, this.now());
  }

  /**
   * Back in the queue with a new response due date counted from the reopening; the closure is cleared, so the
   * report counts it as open again (its first response still counts against the target from receipt).
   */
  public reopen(enquiry: IEnquiry, respondBy: CalendarDate): Promise<EnquiryWriteResult> {
    return this.enquiries.change(enquiry, { status: 'Reopened', closed: null, due: respondBy });
  }

  public change(enquiry: IEnquiry, change: IEnquiryChange): Promise<EnquiryWriteResult> {
    return this.enquiries.change(enquiry, change);
  }

  /** The enquiry's member as a people-picker key (their email). */
  private async memberKeyOf(enquiry: IEnquiry): Promise<string> {
    const listTitle = runtimeSchema.Enquiries.title;
    try {
      const row = (await this.sp.web.lists.getByTitle(listTitle).items.getById(enquiry.id).select('Member/EMail').expand('Member')()) as RawItem;
      const email = (row.Member as { EMail?: unknown } | undefined)?.EMail;
      if (typeof email !== 'string' || email === '') throw new DataError({ kind: 'unknown', listTitle, column: 'Member' });
      return email;
    } catch (error) {
      throw await toDataError(error, { listTitle });
    }
  }
}

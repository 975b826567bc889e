import type { CalendarDate } from '../schema/ukDates';
import type { IEnquiryCalendarSettings } from '../model/enquiries/enquiryCalendarSettings';
import type { EnquiryWriteResult, IEnquiry, IEnquiryChange, IEnquiryUpdate } from './IEnquiryRepository';

/** A service that takes members' enquiries and whose officer group the signed-in user is in. */
export interface IEnquiryService {
  readonly id: number;
  readonly title: string;
}

/** An officer of a service (Officers list) with an account, so an enquiry can be assigned to them. */
export interface IServiceOfficer {
  /** Their user id on the lists' site: what AssignedOfficer holds. */
  readonly userId: number;
  readonly name: string;
  readonly liaison: boolean;
}

/** Who is signed in and the services whose enquiries they work on. */
export interface IOfficerDesk {
  readonly userId: number;
  readonly services: readonly IEnquiryService[];
  /**
   * Democratic Services: in the site's Owners group, who hold Full Control on every enquiry folder
   * (docs/enquiries-permissions.md), so they may choose "All services". SharePoint, not this flag, decides what the
   * all-services queue returns: anyone else asking for it gets only what their folders let them read.
   */
  readonly seesAllServices?: boolean;
}

/**
 * A cold load's reads (one $batch): the desk, and every open enquiry the user may read with their closures since
 * `closedSince` (SharePoint's folder permissions trim both to the user's services), or why those could not be read.
 */
export interface IQueueOpening {
  readonly desk: IOfficerDesk;
  readonly lists:
    | { readonly open: readonly IEnquiry[]; readonly closed: readonly IEnquiry[]; readonly closedSince: Date }
    | { readonly error: unknown };
}

/** What the "Service enquiries" view reads and writes: a service's queue and the officers' actions on it. */
export interface IServiceEnquiriesRepository {
  /** One $batch: the signed-in user, their groups and the services that take enquiries. */
  desk(): Promise<IOfficerDesk>;
  /** The desk with every open enquiry the user may read (due date first) and their closures since `closedSince` (newest closure first), in one $batch. */
  opening(closedSince: Date): Promise<IQueueOpening>;
  /** The council's nation, targets and closure days (docs/enquiries.md, "The council's settings"); never rejects. */
  calendarSettings(): Promise<IEnquiryCalendarSettings>;
  /** Open enquiries, due date first. */
  queue(serviceId: number): Promise<readonly IEnquiry[]>;
  /** Enquiries closed since `since`, newest closure first: those the service may still reopen. */
  recentlyClosed(serviceId: number, since: Date): Promise<readonly IEnquiry[]>;
  /** Every service's open enquiries the user may read, due date first (Democratic Services' "All services"). */
  queueOfAllServices(): Promise<readonly IEnquiry[]>;
  /** Every service's enquiries the user may read closed since `since`, newest closure first. */
  recentlyClosedOfAllServices(since: Date): Promise<readonly IEnquiry[]>;
  officersOf(serviceId: number): Promise<readonly IServiceOfficer[]>;
  updatesOf(enquiryId: number): Promise<readonly IEnquiryUpdate[]>;
  /** An update the member sees; throws a DataError when SharePoint refuses it. */
  addUpdate(enquiry: IEnquiry, body: string): Promise<IEnquiryUpdate>;
  /** A note for the service only: into the service's notes folder, which members cannot read. Throws a DataError when refused. */
  addInternalNote(enquiry: IEnquiry, body: string): Promise<IEnquiryUpdate>;
  acknowledge(enquiry: IEnquiry, officerUserId: number): Promise<EnquiryWriteResult>;
  assign(enquiry: IEnquiry, officerUserId: number): Promise<EnquiryWriteResult>;
  respond(enquiry: IEnquiry, body: string): Promise<EnquiryWriteResult>;
  close(enquiry: IEnquiry): Promise<EnquiryWriteResult>;
  /** Back in the queue, due by `respondBy` (reopenedRespondBy): a new target counted from the reopening. */
  reopen(enquiry: IEnquiry, respondBy: CalendarDate): Promise<EnquiryWriteResult>;
  /** Any change with the enquiry's ETag: "apply my change to the current version" after a conflict. */
  change(enquiry: IEnquiry, change: IEnquiryChange): Promise<EnquiryWriteResult>;
}

import type { DataError } from './DataError';

export type EnquiryStatus = 'Received' | 'Acknowledged' | 'Responded' | 'Closed' | 'Reopened';
export type EnquiryUpdateKind = 'Update' | 'Response' | 'Member reply';

/** One enquiry as the member and the service see it. */
export interface IEnquiry {
  readonly id: number;
  /** For writes: SharePoint refuses a change (412) if someone changed the enquiry since this was read. */
  readonly eTag: string;
  readonly subject: string;
  readonly details: string;
  readonly memberUserId: number;
  readonly memberName?: string;
  readonly serviceId: number;
  readonly serviceTitle?: string;
  readonly wardId?: number;
  readonly wardTitle?: string;
  readonly location?: string;
  readonly constituentReference?: string;
  readonly status: EnquiryStatus;
  readonly assignedOfficerId?: number;
  readonly assignedOfficerName?: string;
  /** When Democratic Services logged it, the date it reached the council; otherwise when it was raised. */
  readonly received: Date;
  readonly acknowledged?: Date;
  readonly due?: Date;
  readonly responded?: Date;
  readonly closed?: Date;
  readonly loggedOnBehalf: boolean;
  /** Server-relative URL of the (member, service) folder it is in. */
  readonly folderUrl: string;
  /** Who last changed it and when (the item's Modified By and Modified): what a conflict names. */
  readonly modifiedByName?: string;
  readonly modified?: Date;
}

/** What a member's list shows of an enquiry: read first, before the rest of it (Details, officer, each step's date). */
export type IEnquirySummary = Pick<
  IEnquiry,
  'id' | 'subject' | 'memberUserId' | 'serviceId' | 'serviceTitle' | 'wardId' | 'wardTitle' | 'status' | 'received' | 'due' | 'loggedOnBehalf'
>;

export interface IEnquiryUpdate {
  readonly id: number;
  readonly enquiryId: number;
  readonly kind: EnquiryUpdateKind;
  readonly body: string;
  readonly authorId: number;
  readonly authorName?: string;
  readonly created: Date;
  /** Server-relative URL of the folder it is in. */
  readonly folderUrl: string;
}

/** The member's list: each enquiry's summary, newest first. */
export interface IMemberEnquiries {
  readonly enquiries: readonly IEnquirySummary[];
}

/** The rest, read after the list is on screen: every enquiry of the member in full and every update on them. */
export interface IMemberEnquiriesInFull {
  readonly enquiries: readonly IEnquiry[];
  readonly updates: readonly IEnquiryUpdate[];
}

/** A new enquiry: the member's own, or one Democratic Services logs for them. */
export interface IRaiseEnquiry {
  /** The member's item in the Members list and their account: which folder, and whose enquiry. */
  readonly memberItemId: number;
  readonly memberLoginName: string;
  readonly serviceId: number;
  readonly subject: string;
  readonly details: string;
  readonly wardId?: number;
  readonly location?: string;
  readonly constituentReference?: string;
  /** YYYY-MM-DD, from the council's working-day targets. */
  readonly dueDate?: string;
  /** Set when Democratic Services logs an enquiry that came by phone or email: when it arrived. */
  readonly receivedOnBehalf?: Date;
}

/** What the caller asked to change, kept whole when SharePoint refuses it. */
export interface IEnquiryChange {
  readonly status?: EnquiryStatus;
  readonly assignedOfficerId?: number | null;
  readonly acknowledged?: Date;
  readonly responded?: Date;
  readonly closed?: Date | null;
  readonly due?: string;
  /** Reassignment (Democratic Services): the enquiry's service. */
  readonly serviceId?: number;
}

export type EnquiryWriteResult =
  | { readonly status: 'saved'; readonly enquiry: IEnquiry }
  /** Someone changed the enquiry first (412): theirs is the enquiry as it is now, mine what was not saved. */
  | { readonly status: 'conflict'; readonly mine: IEnquiryChange; readonly theirs: IEnquiry }
  /** Refused (nothing written) or no answer (it may or may not have been written): say so, keep the input. */
  | { readonly status: 'refused' | 'unknown'; readonly error: DataError };

export interface IEnquiryRepository {
  /**
   * The signed-in member's enquiries as their list shows them, newest first: one $batch (with the current user,
   * which confirms whose they are). Nothing the list does not show, so first paint waits for as little as it can.
   */
  mine(): Promise<IMemberEnquiries>;
  /** The same member's enquiries in full and every update on them: one $batch, for after the list has been drawn. */
  mineInFull(): Promise<IMemberEnquiriesInFull>;
  /** A service's enquiries not closed, due date first (what the caller's permissions let them read). */
  serviceQueue(serviceId: number): Promise<readonly IEnquiry[]>;
  updatesOf(enquiryId: number): Promise<readonly IEnquiryUpdate[]>;
  /** Into the (member, service) folder; throws a DataError when SharePoint refuses it. */
  raise(input: IRaiseEnquiry): Promise<IEnquiry>;
  addUpdate(enquiry: IEnquiry, kind: EnquiryUpdateKind, body: string): Promise<IEnquiryUpdate>;
  change(enquiry: IEnquiry, change: IEnquiryChange): Promise<EnquiryWriteResult>;
  acknowledge(enquiry: IEnquiry, officerUserId: number, now?: Date): Promise<EnquiryWriteResult>;
  respond(enquiry: IEnquiry, body: string, now?: Date): Promise<EnquiryWriteResult>;
  close(enquiry: IEnquiry, now?: Date): Promise<EnquiryWriteResult>;
}

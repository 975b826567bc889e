/**
 * The least the enquiry report needs to know of an enquiry: the repository (src/data) maps its
 * list items to this. Times are instants (a SharePoint date-time column is UTC); names are as
 * shown to people, "" when not recorded.
 */
export const ENQUIRY_STATUSES = ['received', 'acknowledged', 'responded', 'closed'] as const;

export type EnquiryStatus = (typeof ENQUIRY_STATUSES)[number];

export interface IEnquiryForReport {
  readonly id: string;
  readonly received: Date;
  /** When the service first acknowledged it; a response or closure without one counts as the acknowledgement. */
  readonly acknowledged?: Date;
  /** When the service responded; a closure without one counts as the response. */
  readonly responded?: Date;
  /** When it was last closed (absent while open, and again once reopened). */
  readonly closed?: Date;
  readonly service: string;
  readonly directorate: string;
  readonly ward: string;
  readonly status: EnquiryStatus;
}

/**
 * The words the shared enquiry pieces need, supplied by each web part from its own loc file (as
 * describeDataError takes IDataErrorStrings), so every enquiry view says a status or a due date alike.
 */
export interface IEnquiryDisplayStrings {
  EnquiryStatusReceived: string;
  EnquiryStatusAcknowledged: string;
  EnquiryStatusResponded: string;
  EnquiryStatusClosed: string;
  EnquiryStatusReopened: string;
  /** {0}: the date. */
  EnquiryDueBy: string;
  /** {0}: the date it was due by. Said in words, never by colour alone. */
  EnquiryOverdue: string;
  EnquiryNoDueDate: string;
  EnquiryUpdateKindUpdate: string;
  EnquiryUpdateKindResponse: string;
  EnquiryUpdateKindMemberReply: string;
  /** {0}: the kind of entry, {1}: who wrote it, {2}: when. */
  EnquiryTimelineEntry: string;
  /** {0}: the date, {1}: the time. */
  EnquiryDateAtTime: string;
  EnquiryTimelineEmpty: string;
}

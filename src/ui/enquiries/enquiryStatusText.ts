import type { EnquiryStatus, EnquiryUpdateKind } from '../../data/IEnquiryRepository';
import type { IEnquiryDisplayStrings } from './enquiryDisplayStrings';

/** "Received", "Acknowledged"…: an enquiry's status in the reader's words. */
export function enquiryStatusText(status: EnquiryStatus, strings: IEnquiryDisplayStrings): string {
  switch (status) {
    case 'Acknowledged':
      return strings.EnquiryStatusAcknowledged;
    case 'Responded':
      return strings.EnquiryStatusResponded;
    case 'Closed':
      return strings.EnquiryStatusClosed;
    case 'Reopened':
      return strings.EnquiryStatusReopened;
    default:
      return strings.EnquiryStatusReceived;
  }
}

/** "Update", "Response", "Member reply": what kind of entry a timeline row is. */
export function enquiryUpdateKindText(kind: EnquiryUpdateKind, strings: IEnquiryDisplayStrings): string {
  switch (kind) {
    case 'Response':
      return strings.EnquiryUpdateKindResponse;
    case 'Member reply':
      return strings.EnquiryUpdateKindMemberReply;
    default:
      return strings.EnquiryUpdateKindUpdate;
  }
}

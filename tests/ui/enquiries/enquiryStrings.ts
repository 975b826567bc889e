import type { IEnquiryDisplayStrings } from '../../../src/ui/enquiries/enquiryDisplayStrings';

/** English display strings as a web part would supply them (the member enquiries web part's own). */
export const displayStrings: IEnquiryDisplayStrings = {
  EnquiryStatusReceived: 'Received',
  EnquiryStatusAcknowledged: 'Acknowledged',
  EnquiryStatusResponded: 'Responded',
  EnquiryStatusClosed: 'Closed',
  EnquiryStatusReopened: 'Reopened',
  EnquiryDueBy: 'Response due by {0}',
  EnquiryOverdue: 'Overdue: the response was due by {0}',
  EnquiryNoDueDate: 'No response date set',
  EnquiryUpdateKindUpdate: 'Update',
  EnquiryUpdateKindResponse: 'Response',
  EnquiryUpdateKindMemberReply: 'Your reply',
  EnquiryTimelineEntry: '{0} from {1}, {2}',
  EnquiryDateAtTime: '{0} at {1}',
  EnquiryTimelineEmpty: 'No updates yet.'
};

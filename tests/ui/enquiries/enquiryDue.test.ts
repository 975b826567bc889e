import { enquiryDue, enquiryDueText } from '../../../src/ui/enquiries/enquiryDue';
import { enquiryStatusText } from '../../../src/ui/enquiries/enquiryStatusText';
import { formatEnquiryInstant } from '../../../src/ui/enquiries/formatEnquiryInstant';
import { displayStrings } from './enquiryStrings';

// A date-only DueDate as SharePoint stores it on a UK site in summer: midnight BST, the day before at 23:00Z.
const dueFriday20March = new Date('2026-03-20T00:00:00Z');
const dueInSummer = new Date('2026-06-18T23:00:00Z'); // Friday 19 June 2026

describe('enquiryDue', () => {
  it('is due up to the end of the due day, UK time', () => {
    expect(enquiryDue({ due: dueFriday20March, status: 'Acknowledged' }, new Date('2026-03-20T23:59:00Z'))).toEqual({ state: 'due', date: '2026-03-20' });
  });

  it('is overdue once the due day is over and no response came', () => {
    expect(enquiryDue({ due: dueFriday20March, status: 'Received' }, new Date('2026-03-21T00:00:01Z')).state).toBe('overdue');
    expect(enquiryDue({ due: dueFriday20March, status: 'Reopened' }, new Date('2026-04-01T09:00:00Z')).state).toBe('overdue');
  });

  it('reads a summer date-only value as its UK date, and counts the UK day (BST)', () => {
    expect(enquiryDue({ due: dueInSummer, status: 'Received' }, new Date('2026-06-19T22:59:00Z'))).toEqual({ state: 'due', date: '2026-06-19' });
    // 23:30 UTC on 19 June is 00:30 BST on the 20th: the due day is over.
    expect(enquiryDue({ due: dueInSummer, status: 'Received' }, new Date('2026-06-19T23:30:00Z')).state).toBe('overdue');
  });

  it('is never overdue once answered, and says when there is no due date', () => {
    expect(enquiryDue({ due: dueFriday20March, status: 'Responded' }, new Date('2026-05-01T09:00:00Z')).state).toBe('answered');
    expect(enquiryDue({ due: dueFriday20March, status: 'Closed' }, new Date('2026-05-01T09:00:00Z')).state).toBe('answered');
    expect(enquiryDue({ status: 'Received' }, new Date()).state).toBe('none');
  });

  it('says overdue in words, not by colour alone', () => {
    expect(enquiryDueText(enquiryDue({ due: dueFriday20March, status: 'Received' }, new Date('2026-03-23T09:00:00Z')), displayStrings)).toBe(
      'Overdue: the response was due by 20 March 2026'
    );
    expect(enquiryDueText(enquiryDue({ due: dueFriday20March, status: 'Received' }, new Date('2026-03-19T09:00:00Z')), displayStrings)).toBe(
      'Response due by 20 March 2026'
    );
    expect(enquiryDueText({ state: 'none' }, displayStrings)).toBe('No response date set');
  });
});

describe('enquiry words', () => {
  it('gives each status in words', () => {
    expect(['Received', 'Acknowledged', 'Responded', 'Closed', 'Reopened'].map((status) => enquiryStatusText(status as never, displayStrings))).toEqual([
      'Received',
      'Acknowledged',
      'Responded',
      'Closed',
      'Reopened'
    ]);
  });

  it('writes an instant in UK time, whatever the device', () => {
    expect(formatEnquiryInstant(new Date('2026-06-19T13:02:00Z'), displayStrings, 'en-GB')).toBe('19 June 2026 at 14:02');
    expect(formatEnquiryInstant(new Date('2026-06-19T23:30:00Z'), displayStrings, 'en-GB')).toBe('20 June 2026 at 00:30');
  });
});

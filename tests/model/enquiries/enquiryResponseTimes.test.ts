import type { IEnquiryForReport } from '../../../src/model/enquiries/enquiryForReport';
import { median, medianWorkingDaysToRespondByService, workingDaysToRespond } from '../../../src/model/enquiries/enquiryResponseTimes';
import { workingCalendar } from '../../../src/model/enquiries/workingCalendar';

const calendar = workingCalendar('england-and-wales');
const asOf = new Date('2026-12-31T12:00:00Z');

function enquiry(id: string, service: string, received: string, responded?: string, closed?: string): IEnquiryForReport {
  return {
    id,
    service,
    directorate: '',
    ward: '',
    received: new Date(received),
    responded: responded === undefined ? undefined : new Date(responded),
    closed: closed === undefined ? undefined : new Date(closed),
    status: closed ? 'closed' : responded ? 'responded' : 'received'
  };
}

describe('working days to respond', () => {
  it('counts working days from the UK day of receipt, skipping weekends and bank holidays', () => {
    // Same day: 0. Friday to Monday: 1.
    expect(workingDaysToRespond(enquiry('1', 'A', '2026-10-05T09:00:00Z', '2026-10-05T16:00:00Z'), asOf, calendar)).toBe(0);
    expect(workingDaysToRespond(enquiry('2', 'A', '2026-10-09T09:00:00Z', '2026-10-12T09:00:00Z'), asOf, calendar)).toBe(1);
    // Christmas: received Wednesday 23 December, answered Tuesday 29 December: 24th, then 29th (25th, 28th are bank holidays).
    expect(workingDaysToRespond(enquiry('3', 'A', '2026-12-23T09:00:00Z', '2026-12-29T09:00:00Z'), asOf, calendar)).toBe(2);
    // 23:30 UTC on 4 October is 00:30 BST on Monday 5 October: day 0 is the Monday.
    expect(workingDaysToRespond(enquiry('4', 'A', '2026-10-04T23:30:00Z', '2026-10-06T09:00:00Z'), asOf, calendar)).toBe(1);
  });

  it('a closure without a response counts; nothing done, or done after asOf, is no answer', () => {
    expect(workingDaysToRespond(enquiry('1', 'A', '2026-10-05T09:00:00Z', undefined, '2026-10-07T09:00:00Z'), asOf, calendar)).toBe(2);
    expect(workingDaysToRespond(enquiry('2', 'A', '2026-10-05T09:00:00Z'), asOf, calendar)).toBeUndefined();
    expect(workingDaysToRespond(enquiry('3', 'A', '2026-10-05T09:00:00Z', '2027-01-04T09:00:00Z'), asOf, calendar)).toBeUndefined();
  });

  it('the median is the middle value, or the mean of the middle two', () => {
    expect(median([])).toBeUndefined();
    expect(median([5])).toBe(5);
    expect(median([15, 2, 4, 3])).toBe(3.5);
    expect(median([9, 1, 4])).toBe(4);
  });

  it('by service, only over enquiries responded to by asOf', () => {
    const medians = medianWorkingDaysToRespondByService(
      [
        enquiry('1', 'Highways', '2026-10-05T09:00:00Z', '2026-10-07T10:00:00Z'),
        enquiry('2', 'Highways', '2026-10-05T09:00:00Z', '2026-10-26T10:00:00Z'),
        enquiry('3', 'Highways', '2026-11-20T10:00:00Z'),
        enquiry('4', 'Planning', '2026-10-01T10:00:00Z'),
        enquiry('5', ' Planning ', '2026-10-12T10:00:00Z', '2026-10-16T10:00:00Z')
      ],
      asOf,
      calendar
    );
    expect([...medians.entries()]).toEqual([
      ['Highways', 8.5],
      ['Planning', 4]
    ]);
  });
});

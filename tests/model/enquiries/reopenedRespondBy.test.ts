import { enquiryDueDates, reopenedRespondBy } from '../../../src/model/enquiries/enquiryDueDates';
import { enquiryReport } from '../../../src/model/enquiries/enquiryReport';
import type { IEnquiryForReport } from '../../../src/model/enquiries/enquiryForReport';
import { DEFAULT_ENQUIRY_TARGETS } from '../../../src/model/enquiries/enquiryTargets';
import { workingCalendar } from '../../../src/model/enquiries/workingCalendar';

const england = workingCalendar('england-and-wales');
const scotland = workingCalendar('scotland');
/** Thursday 2 April 2026, 16:00 BST: Good Friday is the next day, Easter Monday (not in Scotland) the 6th. */
const thursdayBeforeEaster = new Date('2026-04-02T15:00:00Z');

describe('a reopened enquiry\u2019s response target', () => {
  test('counts the respond target in working days from the UK day it was reopened, skipping Easter\u2019s bank holidays', () => {
    // England and Wales: 7–10, 13–17, 20 April are working days 1–10.
    expect(reopenedRespondBy(thursdayBeforeEaster, DEFAULT_ENQUIRY_TARGETS, england)).toBe('2026-04-20');
    // Scotland works on Easter Monday: day 10 is a working day earlier.
    expect(reopenedRespondBy(thursdayBeforeEaster, DEFAULT_ENQUIRY_TARGETS, scotland)).toBe('2026-04-17');
  });

  test('skips the council\u2019s closure days and uses its own respond target', () => {
    const closedOn14th = workingCalendar('england-and-wales', ['2026-04-14']);
    expect(reopenedRespondBy(thursdayBeforeEaster, { acknowledgeWorkingDays: 1, respondWorkingDays: 12 }, closedOn14th)).toBe('2026-04-23');
  });

  test('reopened late on a Sunday evening in summer (after midnight BST) counts from Monday', () => {
    expect(reopenedRespondBy(new Date('2026-06-07T23:30:00Z'), { acknowledgeWorkingDays: 1, respondWorkingDays: 1 }, england)).toBe('2026-06-09');
  });

  test('is not the original target: that one stays counted from receipt', () => {
    const received = new Date('2026-03-16T09:00:00Z');
    expect(enquiryDueDates(received, DEFAULT_ENQUIRY_TARGETS, england).respondBy).toBe('2026-03-30');
    expect(reopenedRespondBy(thursdayBeforeEaster, DEFAULT_ENQUIRY_TARGETS, england)).not.toBe('2026-03-30');
  });
});

describe('the report after a reopening', () => {
  const base: IEnquiryForReport = {
    id: '1',
    received: new Date('2026-03-16T09:00:00Z'),
    acknowledged: new Date('2026-03-16T11:00:00Z'),
    service: 'Highways',
    directorate: 'Place',
    ward: 'Abbey',
    status: 'closed'
  };
  const asOf = new Date('2026-05-01T12:00:00Z');
  const report = (enquiry: IEnquiryForReport) => enquiryReport([enquiry], asOf, DEFAULT_ENQUIRY_TARGETS, england).total;

  test('a late first response stays late: reopening and answering again within the new target does not make it on time', () => {
    // First responded on 1 April (due 30 March: late), closed, reopened on 2 April and answered again on 15 April
    // (within the new target of 20 April). The repository keeps the first RespondedDate.
    const closed = { ...base, responded: new Date('2026-04-01T10:00:00Z'), closed: new Date('2026-04-01T12:00:00Z') };
    const afterReopenAndAnswer = { ...closed, closed: undefined, status: 'responded' as const };
    expect(report(closed).response).toMatchObject({ onTime: 0, late: 1 });
    expect(report(afterReopenAndAnswer).response).toEqual(report(closed).response);
    expect(report(afterReopenAndAnswer).acknowledgement).toEqual(report(closed).acknowledgement);
  });

  test('an on-time first response stays on time while the reopened enquiry waits for its second answer', () => {
    const closed = { ...base, responded: new Date('2026-03-20T10:00:00Z'), closed: new Date('2026-03-23T12:00:00Z') };
    const reopened = { ...closed, closed: undefined, status: 'responded' as const };
    expect(report(closed).response).toMatchObject({ onTime: 1, late: 0 });
    expect(report(reopened).response).toEqual(report(closed).response);
  });
});

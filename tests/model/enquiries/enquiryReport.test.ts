import type { IEnquiryForReport } from '../../../src/model/enquiries/enquiryForReport';
import { enquiryReport, IEnquiryReportRow } from '../../../src/model/enquiries/enquiryReport';
import { DEFAULT_ENQUIRY_TARGETS } from '../../../src/model/enquiries/enquiryTargets';
import { workingCalendar } from '../../../src/model/enquiries/workingCalendar';
import { AS_OF, CLOSURE_DAYS, expectedEnquiries, expectedRow, expectedRowsBy, IExpectedRow, seededEnquiryYear } from './seededEnquiryYear';

const calendar = workingCalendar('england-and-wales', CLOSURE_DAYS);

/** Percentages to 9 places: the independent count divides in another order, so the last bit of a float may differ. */
function rounded(row: IExpectedRow): IExpectedRow {
  const round = (value: number | undefined): number | undefined => (value === undefined ? undefined : Number(value.toFixed(9)));
  return {
    ...row,
    acknowledgement: { ...row.acknowledgement, percentOnTime: round(row.acknowledgement.percentOnTime) },
    response: { ...row.response, percentOnTime: round(row.response.percentOnTime) }
  };
}

function asMap(rows: readonly (IEnquiryReportRow | IExpectedRow)[]): Map<string, IExpectedRow> {
  return new Map(rows.map((row) => [row.key, rounded({ ...row, acknowledgement: { ...row.acknowledgement }, response: { ...row.response } })]));
}

function expectedMap(rows: Map<string, IExpectedRow>): Map<string, IExpectedRow> {
  return asMap([...rows.values()]);
}

describe('the enquiries report on a seeded year (2026, England, Christmas closure)', () => {
  const enquiries = seededEnquiryYear();
  const expected = expectedEnquiries(enquiries);
  const report = enquiryReport(enquiries, AS_OF, DEFAULT_ENQUIRY_TARGETS, calendar);

  test('the seeded year exercises every outcome (so the comparisons below can fail)', () => {
    const total = expectedRow('', expected);
    expect(total.received).toBe(2400);
    for (const measure of [total.acknowledgement, total.response]) {
      expect(measure.onTime).toBeGreaterThan(100);
      expect(measure.late).toBeGreaterThan(100);
      expect(measure.pending).toBeGreaterThan(0);
    }
    expect(total.open).toBeGreaterThan(100);
    expect(total.open).toBeLessThan(total.received);
    expect(total.overdue).toBeGreaterThan(50);
  });

  test('total: acknowledged and responded on time, late and pending, open and overdue, exactly', () => {
    expect(rounded({ ...report.total })).toEqual(rounded(expectedRow('', expected)));
  });

  test('by month of receipt, by service, by directorate and by ward, exactly', () => {
    expect(asMap(report.byMonth)).toEqual(expectedMap(expectedRowsBy(expected, (enquiry) => enquiry.month)));
    expect(report.byMonth.map((row) => row.key)).toEqual(Array.from({ length: 12 }, (_, index) => `2026-${String(index + 1).padStart(2, '0')}`));
    expect(asMap(report.byService)).toEqual(expectedMap(expectedRowsBy(expected, (enquiry) => enquiry.service)));
    expect(asMap(report.byDirectorate)).toEqual(expectedMap(expectedRowsBy(expected, (enquiry) => enquiry.directorate)));
    expect(asMap(report.byWard)).toEqual(expectedMap(expectedRowsBy(expected, (enquiry) => enquiry.ward)));
    expect(report.byWard[0].key).toBe(''); // "not recorded" sorts first
  });

  test('the open and overdue lists hold exactly the open and overdue enquiries, soonest due first', () => {
    expect(report.open.map((outcome) => outcome.enquiry.id).sort()).toEqual(expected.filter((enquiry) => enquiry.open).map((enquiry) => enquiry.id).sort());
    expect(report.overdue.map((outcome) => outcome.enquiry.id).sort()).toEqual(
      expected.filter((enquiry) => enquiry.overdue).map((enquiry) => enquiry.id).sort()
    );
    const respondBy = report.open.map((outcome) => outcome.respondBy);
    expect(respondBy).toEqual([...respondBy].sort());
    const overdueSince = report.overdue.map((outcome) => outcome.overdueSince ?? '');
    expect(overdueSince).toEqual([...overdueSince].sort());
    expect(overdueSince.every((date) => date < '2026-12-31')).toBe(true);
  });

  test('the same year, the same figures (deterministic)', () => {
    expect(enquiryReport(seededEnquiryYear(), AS_OF, DEFAULT_ENQUIRY_TARGETS, calendar).total).toEqual(report.total);
  });
});

describe('the enquiries report as of an instant', () => {
  const base: IEnquiryForReport = {
    id: 'E1',
    received: new Date('2026-03-06T18:30:00Z'), // Friday: acknowledge by Monday 9th, respond by Friday 20th March
    service: 'Highways',
    directorate: 'Place',
    ward: 'Abbey',
    status: 'received'
  };
  const england = workingCalendar('england-and-wales');
  const reportOf = (enquiry: IEnquiryForReport, asOf: string) =>
    enquiryReport([enquiry], new Date(asOf), DEFAULT_ENQUIRY_TARGETS, england);

  test('not yet due is pending and left out of the percentage; after the due day it is late and overdue', () => {
    const monday = reportOf(base, '2026-03-09T23:59:00Z');
    expect(monday.total.acknowledgement).toEqual({ onTime: 0, late: 0, pending: 1, percentOnTime: undefined });
    expect(monday.overdue).toEqual([]);
    const tuesday = reportOf(base, '2026-03-10T00:00:00Z');
    expect(tuesday.total.acknowledgement).toEqual({ onTime: 0, late: 1, pending: 0, percentOnTime: 0 });
    expect(tuesday.overdue.map((outcome) => outcome.overdueSince)).toEqual(['2026-03-09']);
  });

  test('what happens after asOf is not known at asOf; a later closure leaves it open then', () => {
    const enquiry: IEnquiryForReport = {
      ...base,
      acknowledged: new Date('2026-03-09T10:00:00Z'),
      responded: new Date('2026-03-25T10:00:00Z'),
      closed: new Date('2026-03-25T10:00:00Z'),
      status: 'closed'
    };
    const before = reportOf(enquiry, '2026-03-16T12:00:00Z');
    expect(before.total.response.pending).toBe(1);
    expect(before.open.map((outcome) => outcome.enquiry.id)).toEqual(['E1']);
    const after = reportOf(enquiry, '2026-04-01T12:00:00Z');
    expect(after.total.acknowledgement.onTime).toBe(1);
    expect(after.total.response).toEqual({ onTime: 0, late: 1, pending: 0, percentOnTime: 0 });
    expect(after.open).toEqual([]);
    expect(after.overdue).toEqual([]);
  });

  test('a response without a separate acknowledgement counts as both; an enquiry received after asOf is left out', () => {
    const enquiry: IEnquiryForReport = { ...base, responded: new Date('2026-03-09T16:00:00Z'), status: 'responded' };
    const report = reportOf(enquiry, '2026-04-01T12:00:00Z');
    expect(report.total.acknowledgement.onTime).toBe(1);
    expect(report.total.response.onTime).toBe(1);
    expect(reportOf(enquiry, '2026-03-06T18:00:00Z').total.received).toBe(0);
  });

  test('an acknowledgement at 23:59 BST on its due day is on time; at 00:00 the next day it is late', () => {
    const summer: IEnquiryForReport = { ...base, received: new Date('2026-06-05T17:30:00Z') }; // Friday 18:30 BST
    const onTime = reportOf({ ...summer, acknowledged: new Date('2026-06-08T22:59:00Z') }, '2026-07-01T00:00:00Z');
    const late = reportOf({ ...summer, acknowledged: new Date('2026-06-08T23:00:00Z') }, '2026-07-01T00:00:00Z');
    expect(onTime.total.acknowledgement.onTime).toBe(1);
    expect(late.total.acknowledgement.late).toBe(1);
  });
});

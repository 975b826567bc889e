import type { IEnquiryForReport } from '../../../src/model/enquiries/enquiryForReport';
import { enquiryReport } from '../../../src/model/enquiries/enquiryReport';
import { ENQUIRY_REPORT_CSV_COLUMNS, enquiryReportCsv } from '../../../src/model/enquiries/enquiryReportCsv';
import { REPORT_GROUP_KEY, REPORT_GROUPINGS, reportRowsBy } from '../../../src/model/enquiries/enquiryReportGrouping';
import { overdueEnquiries } from '../../../src/model/enquiries/enquiryReportOverdue';
import { medianWorkingDaysToRespondBy } from '../../../src/model/enquiries/enquiryResponseTimes';
import { DEFAULT_ENQUIRY_TARGETS } from '../../../src/model/enquiries/enquiryTargets';
import { workingCalendar } from '../../../src/model/enquiries/workingCalendar';
import { AS_OF, CLOSURE_DAYS, expectedEnquiries, oracleDueDay, oracleWorkingDaysBetween, seededEnquiryYear } from './seededEnquiryYear';

const calendar = workingCalendar('england-and-wales', CLOSURE_DAYS);
const enquiries = seededEnquiryYear();
const report = enquiryReport(enquiries, AS_OF, DEFAULT_ENQUIRY_TARGETS, calendar);

/** The CSV's rows of one breakdown, as cells (papaparse would do the same; no cell here holds a comma or quote). */
function csvRowsOf(breakdown: string): string[][] {
  return enquiryReportCsv(report)
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(','))
    .filter((cells) => cells[0] === breakdown);
}

describe('the report groupings: one definition for the screen and the CSV', () => {
  test.each(REPORT_GROUPINGS)('by %s: the rows the screen takes are the CSV\u2019s rows of that breakdown, in the same order', (grouping) => {
    const rows = reportRowsBy(report, grouping);
    expect(rows.length).toBeGreaterThan(1);
    const csv = csvRowsOf(grouping);
    expect(csv.map((cells) => cells[1])).toEqual(rows.map((row) => row.key));
    const received = ENQUIRY_REPORT_CSV_COLUMNS.indexOf('received');
    const overdue = ENQUIRY_REPORT_CSV_COLUMNS.indexOf('overdue');
    expect(csv.map((cells) => [Number(cells[received]), Number(cells[overdue])])).toEqual(rows.map((row) => [row.received, row.overdue]));
    // Each grouping partitions the year: every enquiry in exactly one group.
    expect(rows.reduce((sum, row) => sum + row.received, 0)).toBe(enquiries.length);
  });

  test('a group\u2019s key is the one its enquiries are counted under (months from the UK date of receipt)', () => {
    const late: IEnquiryForReport = { ...enquiries[0], received: new Date('2026-05-31T23:30:00Z'), service: ' Highways ' };
    expect(REPORT_GROUP_KEY.month(late)).toBe('2026-06'); // 00:30 BST on 1 June
    expect(REPORT_GROUP_KEY.service(late)).toBe('Highways');
  });

  test('medians by any grouping are keyed as the rows are, so each row finds its median', () => {
    for (const grouping of REPORT_GROUPINGS) {
      const medians = medianWorkingDaysToRespondBy(enquiries, AS_OF, calendar, REPORT_GROUP_KEY[grouping]);
      // Every group of the seeded year has responses, so every row has a median and no median is left over.
      expect([...medians.keys()].sort()).toEqual(reportRowsBy(report, grouping).map((row) => row.key).sort());
    }
  });
});

describe('the open and overdue list on the seeded year (Easter, the Christmas closure)', () => {
  const list = overdueEnquiries(report, calendar);
  const expected = new Map(expectedEnquiries(enquiries).map((enquiry) => [enquiry.id, enquiry]));

  test('holds exactly the overdue enquiries, with working days overdue counted independently', () => {
    expect(list.map((entry) => entry.outcome.enquiry.id).sort()).toEqual([...expected.values()].filter((enquiry) => enquiry.overdue).map((enquiry) => enquiry.id).sort());
    for (const entry of list) {
      const { enquiry } = entry.outcome;
      const receivedDate = enquiry.received.toISOString().slice(0, 10);
      const acknowledged = enquiry.acknowledged ?? enquiry.responded ?? enquiry.closed;
      const missed = acknowledged === undefined && oracleDueDay(receivedDate, 1) < '2026-12-31' ? 'acknowledgement' : 'response';
      const due = oracleDueDay(receivedDate, missed === 'acknowledgement' ? 1 : 10);
      expect({ id: enquiry.id, missed: entry.missed, due: entry.due, days: entry.workingDaysOverdue }).toEqual({
        id: enquiry.id,
        missed,
        due,
        days: oracleWorkingDaysBetween(due, '2026-12-31')
      });
    }
  });

  test('longest overdue first', () => {
    const days = list.map((entry) => entry.workingDaysOverdue);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(days[0]).toBeGreaterThan(100);
  });

  test('across Easter and Christmas: bank holidays and closure days are not counted', () => {
    const base: IEnquiryForReport = { id: 'E', received: new Date('2026-04-02T10:00:00Z'), service: 'Highways', directorate: 'Place', ward: 'Abbey', status: 'received' };
    // Received Thursday 2 April 2026: acknowledge by Tuesday 7 April (Good Friday 3rd, Easter Monday 6th).
    const easter = overdueEnquiries(enquiryReport([base], new Date('2026-04-09T12:00:00Z'), DEFAULT_ENQUIRY_TARGETS, calendar), calendar);
    expect(easter.map((entry) => [entry.missed, entry.due, entry.workingDaysOverdue])).toEqual([['acknowledgement', '2026-04-07', 2]]);
    // Received Thursday 24 December 2026: acknowledge by Monday 4 January 2027 (25th, 28th bank holidays; 29th–31st
    // closed; 1 January a bank holiday). Overdue on Wednesday 6 January by 2 working days.
    const christmas = { ...base, received: new Date('2026-12-24T10:00:00Z') };
    const january = overdueEnquiries(enquiryReport([christmas], new Date('2027-01-06T12:00:00Z'), DEFAULT_ENQUIRY_TARGETS, calendar), calendar);
    expect(january.map((entry) => [entry.missed, entry.due, entry.workingDaysOverdue])).toEqual([['acknowledgement', '2027-01-04', 2]]);
    // Acknowledged, not answered: 10 working days from 24 December is Friday 15 January 2027; on Wednesday 20th it
    // is 3 working days late (18th, 19th, 20th).
    const answered = { ...christmas, acknowledged: new Date('2027-01-04T09:00:00Z'), status: 'acknowledged' as const };
    const late = overdueEnquiries(enquiryReport([answered], new Date('2027-01-20T12:00:00Z'), DEFAULT_ENQUIRY_TARGETS, calendar), calendar);
    expect(late.map((entry) => [entry.missed, entry.due, entry.workingDaysOverdue])).toEqual([['response', '2027-01-15', 3]]);
  });
});

import Papa from 'papaparse';
import type { IEnquiryForReport } from '../../../src/model/enquiries/enquiryForReport';
import { enquiryReport } from '../../../src/model/enquiries/enquiryReport';
import { ENQUIRY_LIST_CSV_COLUMNS, ENQUIRY_REPORT_CSV_COLUMNS, enquiryListCsv, enquiryReportCsv } from '../../../src/model/enquiries/enquiryReportCsv';
import { DEFAULT_ENQUIRY_TARGETS } from '../../../src/model/enquiries/enquiryTargets';
import { workingCalendar } from '../../../src/model/enquiries/workingCalendar';

function parse(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { skipEmptyLines: false });
  expect(result.errors).toEqual([]);
  return result.data;
}

/** Names a spreadsheet would run as formulas, and names that need quoting. */
const HOSTILE = ['=HYPERLINK("http://example.test","x")', '+44 20 7946 0000', '-1+1', '@SUM(A1:A2)', '\tTabbed', '\rReturn', 'Smith, "Jo"'];

function enquiry(index: number, overrides: Partial<IEnquiryForReport>): IEnquiryForReport {
  return {
    id: `E${index}`,
    received: new Date('2026-03-02T10:00:00Z'), // Monday: acknowledge by Tuesday 3rd, respond by Monday 16th March
    service: 'Highways',
    directorate: 'Place',
    ward: 'Abbey',
    status: 'received',
    ...overrides
  };
}

const enquiries: IEnquiryForReport[] = [
  enquiry(1, { acknowledged: new Date('2026-03-03T09:00:00Z'), responded: new Date('2026-03-10T09:00:00Z'), status: 'responded' }),
  enquiry(2, { acknowledged: new Date('2026-03-05T09:00:00Z'), status: 'acknowledged', service: HOSTILE[0], ward: HOSTILE[1] }),
  enquiry(3, { directorate: HOSTILE[2], ward: HOSTILE[3], service: HOSTILE[4] }),
  enquiry(4, { ward: HOSTILE[5], service: HOSTILE[6], received: new Date('2026-04-01T10:00:00Z') })
];
const report = enquiryReport(enquiries, new Date('2026-04-01T12:00:00Z'), DEFAULT_ENQUIRY_TARGETS, workingCalendar('england-and-wales'));

describe('the enquiries report CSV', () => {
  test('machine-readable header, then the total, each month, service, directorate and ward', () => {
    const rows = parse(enquiryReportCsv(report));
    expect(rows[0]).toEqual([...ENQUIRY_REPORT_CSV_COLUMNS]);
    const breakdowns = rows.slice(1).map((row) => row[0]);
    expect(breakdowns.filter((breakdown) => breakdown === 'total')).toHaveLength(1);
    expect(breakdowns.filter((breakdown) => breakdown === 'month')).toHaveLength(2);
    expect(breakdowns.filter((breakdown) => breakdown === 'service')).toHaveLength(report.byService.length);
    expect(breakdowns.filter((breakdown) => breakdown === 'ward')).toHaveLength(4);
    expect(rows).toHaveLength(1 + 1 + 2 + report.byService.length + report.byDirectorate.length + report.byWard.length);
    // total: 4 received; acknowledged on time 1 (E1), late 2 (E2 late, E3 never), pending 1 (E4, received today);
    // responded on time 1 (E1), late 2 (E2 and E3 past 16 March), pending 1 (E4); none closed, so 4 open; E2 and E3 overdue.
    expect(rows[1]).toEqual(['total', '', '4', '1', '2', '1', '33.3', '1', '2', '1', '33.3', '4', '2']);
    expect(rows.find((row) => row[0] === 'month' && row[1] === '2026-03')).toEqual(['month', '2026-03', '3', '1', '2', '0', '33.3', '1', '2', '0', '33.3', '3', '2']);
  });

  test('every cell that starts like a formula is neutralised with a leading apostrophe; quotes and commas survive', () => {
    const text = `${enquiryReportCsv(report)}\r\n${enquiryListCsv(report.open)}`;
    const cells = parse(text).flat();
    for (const hostile of HOSTILE.slice(0, 6)) {
      expect(cells).toContain(`'${hostile}`);
      expect(cells).not.toContain(hostile);
    }
    expect(cells).toContain('Smith, "Jo"');
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  test('the open and overdue lists: one row per enquiry, UTC times, UK due dates, outcomes', () => {
    const rows = parse(enquiryListCsv(report.overdue));
    expect(rows[0]).toEqual([...ENQUIRY_LIST_CSV_COLUMNS]);
    // E3 was never acknowledged (due 3 March) and E2 not responded to by 16 March: both overdue, E3 longest.
    expect(rows.slice(1).map((row) => row[0])).toEqual(['E3', 'E2']);
    expect(rows[1]).toEqual([
      'E3',
      '2026-03-02T10:00:00.000Z',
      'received',
      `'${HOSTILE[4]}`,
      `'${HOSTILE[2]}`,
      `'${HOSTILE[3]}`,
      '2026-03-03',
      '',
      'late',
      '2026-03-16',
      '',
      'late',
      '2026-03-03'
    ]);
    expect(rows[2].slice(6, 13)).toEqual(['2026-03-03', '2026-03-05T09:00:00.000Z', 'late', '2026-03-16', '', 'late', '2026-03-16']);
  });

  test('a percentage is empty while nothing is decided', () => {
    const early = enquiryReport([enquiry(9, {})], new Date('2026-03-02T12:00:00Z'), DEFAULT_ENQUIRY_TARGETS, workingCalendar('scotland'));
    expect(parse(enquiryReportCsv(early))[1]).toEqual(['total', '', '1', '0', '0', '1', '', '0', '0', '1', '', '1', '0']);
  });
});

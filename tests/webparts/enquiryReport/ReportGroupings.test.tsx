/**
 * The report on screen by each grouping and its open and overdue list: hand-worked figures for a small quarter, and
 * a seeded year (tests/model/enquiries/seededEnquiryYear.ts: Easter, Christmas bank holidays and a closure) whose
 * table is checked against an independent count and against the CSV download, grouping by grouping.
 */
import * as React from 'react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import type { IEnquiryReportPeriod, IEnquiryReportRepository, IOpenEnquiryDetail, OpenEnquiryDetails, ReportReader } from '../../../src/data/EnquiryReportRepository';
import type { IEnquirySettingsRead } from '../../../src/data/readEnquirySettings';
import type { IEnquiryForReport } from '../../../src/model/enquiries/enquiryForReport';
import { enquiryReport } from '../../../src/model/enquiries/enquiryReport';
import { ENQUIRY_REPORT_CSV_COLUMNS, enquiryReportCsv } from '../../../src/model/enquiries/enquiryReportCsv';
import { DEFAULT_ENQUIRY_TARGETS } from '../../../src/model/enquiries/enquiryTargets';
import { workingCalendar } from '../../../src/model/enquiries/workingCalendar';
import { EnquiryReport } from '../../../src/webparts/enquiryReport/components/EnquiryReport';
import { listsSiteAt } from '../../fakes/listsSite';
import { AS_OF, CLOSURE_DAYS, expectedEnquiries, expectedRow, expectedRowsBy, IExpectedMeasure, IExpectedRow, seededEnquiryYear } from '../../model/enquiries/seededEnquiryYear';

setIconOptions({ disableWarnings: true });
jest.setTimeout(120000);

const SITE = 'https://council.sharepoint.com/sites/hub';
/** Monday 23 November 2026, midday. */
const NOW = new Date('2026-11-23T12:00:00Z');

function enquiry(id: string, service: string, received: string, more: Partial<IEnquiryForReport> = {}): IEnquiryForReport {
  return { id, service, directorate: service === 'Highways' ? 'Place' : 'Growth', ward: 'Abbey', received: new Date(received), status: 'received', ...more };
}

/** As in EnquiryReport.test.tsx, with wards: see the figures worked out below. */
const ENQUIRIES: readonly IEnquiryForReport[] = [
  enquiry('1', 'Highways', '2026-10-05T09:00:00Z', { acknowledged: new Date('2026-10-05T10:00:00Z'), responded: new Date('2026-10-07T10:00:00Z'), closed: new Date('2026-10-08T10:00:00Z'), status: 'closed' }),
  enquiry('2', 'Highways', '2026-10-05T09:00:00Z', { acknowledged: new Date('2026-10-05T10:00:00Z'), responded: new Date('2026-10-26T10:00:00Z'), status: 'responded', ward: 'Castle' }),
  enquiry('3', 'Highways', '2026-11-20T10:00:00Z', { ward: '' }),
  enquiry('4', 'Planning', '2026-10-01T10:00:00Z', { acknowledged: new Date('2026-10-01T11:00:00Z'), status: 'acknowledged' }),
  enquiry('5', 'Planning', '2026-10-12T10:00:00Z', { acknowledged: new Date('2026-10-12T11:00:00Z'), responded: new Date('2026-10-16T10:00:00Z'), status: 'responded', ward: 'Castle' }),
  enquiry('6', 'Planning', '2026-11-02T10:00:00Z', { acknowledged: new Date('2026-11-02T11:00:00Z'), responded: new Date('2026-11-05T10:00:00Z'), status: 'responded' }),
  // Never acknowledged: due Friday 13 November, 6 working days late on Monday 23 November; its response is not due yet.
  enquiry('7', '', '2026-11-12T15:00:00Z', { directorate: '' })
];

const SETTINGS: IEnquirySettingsRead = { settings: { nation: 'england-and-wales', targets: {}, closureDays: [] }, notes: [], nationSource: 'settings' };

class FakeReportRepository implements IEnquiryReportRepository {
  public readonly detailsAsked: string[][] = [];
  public detailsFailure: unknown;
  public constructor(
    private readonly enquiries: readonly IEnquiryForReport[],
    public details: OpenEnquiryDetails,
    private readonly settings: IEnquirySettingsRead = SETTINGS
  ) {}
  public async calendarSettings(): Promise<IEnquirySettingsRead> {
    return this.settings;
  }
  public async enquiriesReceived(period: IEnquiryReportPeriod): Promise<readonly IEnquiryForReport[]> {
    return this.enquiries.filter((item) => item.received >= period.from && item.received < period.to);
  }
  public async reportReader(): Promise<ReportReader> {
    return this.details.kind === 'democraticServices' ? 'democraticServices' : this.details.kind === 'notDemocraticServices' ? 'other' : 'unknown';
  }
  public async enquiryDetails(ids: readonly string[]): Promise<ReadonlyMap<string, IOpenEnquiryDetail>> {
    this.detailsAsked.push([...ids]);
    if (this.detailsFailure !== undefined) throw this.detailsFailure;
    const byId = this.details.kind === 'democraticServices' ? this.details.byId : new Map<string, IOpenEnquiryDetail>();
    return new Map([...byId].filter(([id]) => ids.includes(id)));
  }
}

const DS_DETAILS: OpenEnquiryDetails = {
  kind: 'democraticServices',
  byId: new Map([
    ['4', { subject: 'Planning notice at 12 High Street', withWhom: 'Priya Shah' }],
    ['7', { subject: 'Bins not collected', withWhom: undefined }]
  ])
};

beforeEach(() => {
  Object.assign(URL, { createObjectURL: (): string => 'blob:test/1', revokeObjectURL: (): void => undefined });
});
afterEach(cleanup);

function renderReport(repository: IEnquiryReportRepository, now: Date = NOW) {
  return render(<EnquiryReport repository={repository} title="Enquiries report" listsSite={listsSiteAt(SITE)} fallbackNation="england-and-wales" now={() => now} />);
}

function rowTexts(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => within(row).queryAllByRole(/cell|columnheader|rowheader/).map((cell) => cell.textContent ?? ''));
}

describe('the report grouped as the reader chooses', () => {
  it('by directorate, ward and month: the same figures, a table and a chart for each, "not recorded" named', async () => {
    renderReport(new FakeReportRepository(ENQUIRIES, DS_DETAILS));
    await screen.findByRole('table', { name: /^Enquiries by service/ });
    const group = screen.getByRole('group', { name: 'Group the figures by' });
    expect(within(group).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual(['Service', 'Directorate', 'Ward', 'Month received']);

    fireEvent.click(within(group).getByRole('radio', { name: 'Directorate' }));
    const byDirectorate = screen.getByRole('table', { name: 'Enquiries by directorate, received from 1 October 2026 to 23 November 2026' });
    expect(rowTexts(byDirectorate)).toEqual([
      ['Directorate', 'Received', 'Acknowledged on time', 'Responded on time', 'Open', 'Open and overdue', 'Median working days to respond'],
      ['Directorate not recorded', '1', '0% (0 of 1)', 'None due yet', '1', '1', 'None responded yet'],
      ['Growth', '3', '100% (3 of 3)', '66.7% (2 of 3)', '3', '1', '3.5'],
      ['Place', '3', '100% (2 of 2)', '50% (1 of 2)', '2', '0', '8.5'],
      ['All directorates', '7', '83.3% (5 of 6)', '60% (3 of 5)', '6', '2', '3.5']
    ]);
    expect(screen.getByRole('img', { name: 'Chart: responses by directorate' })).toBeTruthy();

    fireEvent.click(within(group).getByRole('radio', { name: 'Ward' }));
    const byWard = screen.getByRole('table', { name: /^Enquiries by ward/ });
    expect(rowTexts(byWard).map((row) => row.slice(0, 6))).toEqual([
      ['Ward', 'Received', 'Acknowledged on time', 'Responded on time', 'Open', 'Open and overdue'],
      ['Ward not recorded', '1', 'None due yet', 'None due yet', '1', '0'],
      ['Abbey', '4', '75% (3 of 4)', '66.7% (2 of 3)', '3', '2'],
      ['Castle', '2', '100% (2 of 2)', '50% (1 of 2)', '2', '0'],
      ['All wards', '7', '83.3% (5 of 6)', '60% (3 of 5)', '6', '2']
    ]);

    fireEvent.click(within(group).getByRole('radio', { name: 'Month received' }));
    const byMonth = screen.getByRole('table', { name: 'Enquiries by month received, from 1 October 2026 to 23 November 2026' });
    // October: 1 (2 working days), 2 (15), 5 (4): median 4. November: 6 (3).
    expect(rowTexts(byMonth)).toEqual([
      ['Month received', 'Received', 'Acknowledged on time', 'Responded on time', 'Open', 'Open and overdue', 'Median working days to respond'],
      ['October 2026', '4', '100% (4 of 4)', '50% (2 of 4)', '3', '1', '4'],
      ['November 2026', '3', '50% (1 of 2)', '100% (1 of 1)', '3', '1', '3'],
      ['All months', '7', '83.3% (5 of 6)', '60% (3 of 5)', '6', '2', '3.5']
    ]);
    const chart = screen.getByRole('img', { name: 'Chart: responses by month received' });
    expect(within(chart).getByText('October 2026')).toBeTruthy();
    expect(within(chart).getByText('2 within target, 2 late, 0 not yet due')).toBeTruthy();
  });

  it('keeps the chosen grouping when another period is shown', async () => {
    renderReport(new FakeReportRepository(ENQUIRIES, DS_DETAILS));
    await screen.findByRole('table', { name: /^Enquiries by service/ });
    fireEvent.click(screen.getByRole('radio', { name: 'Ward' }));
    fireEvent.click(screen.getByRole('radio', { name: 'This municipal year (from 1 May)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show report' }));
    expect(await screen.findByRole('table', { name: /^Enquiries by ward, received from 1 May 2026/ })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Ward' })).toHaveProperty('checked', true);
  });
});

describe('the open and overdue list', () => {
  it('shows Democratic Services each overdue enquiry, longest overdue first, in working days, with whom', async () => {
    const repository = new FakeReportRepository(ENQUIRIES, DS_DETAILS);
    renderReport(repository);
    const list = await screen.findByRole('table', { name: 'Open and overdue enquiries received from 1 October 2026 to 23 November 2026, longest overdue first' });
    // 4: respond by Thursday 15 October, 27 working days before Monday 23 November. 7: acknowledge by Friday 13 November, 6.
    expect(rowTexts(list)).toEqual([
      ['Reference', 'Subject', 'Service', 'Ward', 'Received', 'Due', 'Working days overdue', 'With whom'],
      ['4', 'Planning notice at 12 High Street', 'Planning', 'Abbey', '1 October 2026', 'Respond by 15 October 2026', '27', 'Priya Shah'],
      ['7', 'Bins not collected', 'Service not recorded', 'Abbey', '12 November 2026', 'Acknowledge by 13 November 2026', '6', 'Not assigned yet']
    ]);
    expect(screen.getByRole('heading', { name: 'Open and overdue enquiries' })).toBeTruthy();
    // Subjects and officers are asked for the overdue enquiries only.
    expect(repository.detailsAsked).toEqual([['4', '7']]);
  });

  it('says "none" when nothing open is overdue', async () => {
    renderReport(new FakeReportRepository(ENQUIRIES.filter((item) => item.id !== '4' && item.id !== '7'), DS_DETAILS));
    await screen.findByRole('table', { name: /^Enquiries by service/ });
    expect(screen.getByText('None: no open enquiry received in this period is past its due day.')).toBeTruthy();
    expect(screen.queryByRole('table', { name: /^Open and overdue/ })).toBeNull();
  });

  it('is not shown to anyone but Democratic Services, and says so; the figures still count the overdue', async () => {
    const repository = new FakeReportRepository(ENQUIRIES, { kind: 'notDemocraticServices' });
    renderReport(repository);
    const table = await screen.findByRole('table', { name: /^Enquiries by service/ });
    expect(rowTexts(table).at(-1)?.[5]).toBe('2');
    expect(screen.queryByRole('table', { name: /^Open and overdue/ })).toBeNull();
    expect(screen.queryByText('Planning notice at 12 High Street')).toBeNull();
    expect(screen.getByText(/is shown to Democratic Services only\. The figures above count them\./)).toBeTruthy();
    // Their subjects and officers are not even read.
    expect(repository.detailsAsked).toEqual([]);
  });

  it('is not shown when who the reader is could not be read', async () => {
    renderReport(new FakeReportRepository(ENQUIRIES, { kind: 'unknown' }));
    await screen.findByRole('table', { name: /^Enquiries by service/ });
    expect(screen.queryByRole('table', { name: /^Open and overdue/ })).toBeNull();
    expect(screen.getByText(/We couldn\u2019t read the list of open and overdue enquiries/)).toBeTruthy();
  });

  it('is not shown when the subjects could not be read, but the figures are', async () => {
    const repository = new FakeReportRepository(ENQUIRIES, DS_DETAILS);
    repository.detailsFailure = new Error('503');
    renderReport(repository);
    const table = await screen.findByRole('table', { name: /^Enquiries by service/ });
    expect(rowTexts(table).at(-1)?.[0]).toBe('All services');
    expect(screen.queryByRole('table', { name: /^Open and overdue/ })).toBeNull();
    expect(screen.getByText(/We couldn\u2019t read the list of open and overdue enquiries/)).toBeTruthy();
  });
});

describe('a seeded year on screen (2026, England: Easter, Christmas, a closure 29–31 December)', () => {
  const enquiries = seededEnquiryYear();
  const expected = expectedEnquiries(enquiries);
  const settings: IEnquirySettingsRead = {
    settings: { nation: 'england-and-wales', targets: {}, closureDays: CLOSURE_DAYS.map((date) => ({ date, title: 'Christmas closure' })) },
    notes: [],
    nationSource: 'settings'
  };
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

  function onTime(measure: IExpectedMeasure): string {
    const decided = measure.onTime + measure.late;
    return decided === 0 ? 'None due yet' : `${Number(((100 * measure.onTime) / decided).toFixed(1)).toLocaleString('en-GB')}% (${measure.onTime.toLocaleString('en-GB')} of ${decided.toLocaleString('en-GB')})`;
  }
  function figures(row: IExpectedRow): string[] {
    const n = (value: number): string => value.toLocaleString('en-GB');
    return [n(row.received), onTime(row.acknowledgement), onTime(row.response), n(row.open), n(row.overdue)];
  }

  async function showYear(): Promise<void> {
    renderReport(new FakeReportRepository(enquiries, { kind: 'notDemocraticServices' }, settings), AS_OF);
    await screen.findByRole('table', { name: /^Enquiries by service/ });
    fireEvent.click(screen.getByRole('radio', { name: 'Choose dates' }));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-01-01' } });
    fireEvent.change(screen.getByLabelText('To (included)'), { target: { value: '2026-12-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show report' }));
    await screen.findByRole('table', { name: 'Enquiries by service, received from 1 January 2026 to 31 December 2026' });
  }

  const cases: [string, string, (enquiry: (typeof expected)[number]) => string, (key: string) => string][] = [
    ['Service', 'All services', (item) => item.service, (key) => key],
    ['Directorate', 'All directorates', (item) => item.directorate, (key) => key],
    ['Ward', 'All wards', (item) => item.ward, (key) => (key === '' ? 'Ward not recorded' : key)],
    ['Month received', 'All months', (item) => item.month, (key) => `${MONTHS[Number(key.slice(5)) - 1]} ${key.slice(0, 4)}`]
  ];

  it('by service, directorate, ward and month: the table\u2019s figures are the independent count\u2019s and the CSV\u2019s', async () => {
    // One year shown once, then each grouping chosen in turn (rendering 2,400 enquiries is the slow part).
    await showYear();
    const csv = enquiryReportCsv(enquiryReport(enquiries, AS_OF, DEFAULT_ENQUIRY_TARGETS, workingCalendar('england-and-wales', CLOSURE_DAYS)))
      .split('\r\n')
      .map((line) => line.split(','));
    const column = (cells: string[], name: (typeof ENQUIRY_REPORT_CSV_COLUMNS)[number]): string => cells[ENQUIRY_REPORT_CSV_COLUMNS.indexOf(name)];
    const asScreen = (cells: string[]): string[] => {
      const measure = (onTimeCol: 'acknowledged_on_time' | 'responded_on_time', lateCol: 'acknowledged_late' | 'responded_late', percentCol: 'acknowledged_on_time_percent' | 'responded_on_time_percent'): string => {
        const decided = Number(column(cells, onTimeCol)) + Number(column(cells, lateCol));
        return decided === 0 ? 'None due yet' : `${Number(column(cells, percentCol)).toLocaleString('en-GB')}% (${Number(column(cells, onTimeCol)).toLocaleString('en-GB')} of ${decided.toLocaleString('en-GB')})`;
      };
      return [
        Number(column(cells, 'received')).toLocaleString('en-GB'),
        measure('acknowledged_on_time', 'acknowledged_late', 'acknowledged_on_time_percent'),
        measure('responded_on_time', 'responded_late', 'responded_on_time_percent'),
        Number(column(cells, 'open')).toLocaleString('en-GB'),
        Number(column(cells, 'overdue')).toLocaleString('en-GB')
      ];
    };
    const total = csv.find((cells) => cells[0] === 'total') ?? [];
    for (const [choice, totalName, keyOf, nameOf] of cases) {
      fireEvent.click(screen.getByRole('radio', { name: choice }));
      const table = screen.getByRole('table', { name: /^Enquiries by / });
      const shownRows = rowTexts(table).slice(1);
      expect(shownRows[0].length).toBe(7);
      // Against the independent count of the seeded year.
      const shown = new Map(shownRows.map((row) => [row[0], row.slice(1, 6)]));
      const want = new Map([...expectedRowsBy(expected, keyOf).values()].map((row) => [nameOf(row.key), figures(row)]));
      want.set(totalName, figures(expectedRow('', expected)));
      expect(shown).toEqual(want);
      expect(shown.get(totalName)?.[0]).toBe('2,400');
      // Against the CSV download's rows of the same breakdown, in the same order, the total last.
      const breakdown = { Service: 'service', Directorate: 'directorate', Ward: 'ward', 'Month received': 'month' }[choice] ?? '';
      expect(shownRows.map((row) => row.slice(1, 6))).toEqual([...csv.filter((cells) => cells[0] === breakdown).map(asScreen), asScreen(total)]);
      expect(shownRows.at(-1)?.[0]).toBe(totalName);
    }
  });
});

import * as React from 'react';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { DataError } from '../../../src/data/DataError';
import type { IEnquiryReportPeriod, IEnquiryReportRepository, IOpenEnquiryDetail, ReportReader } from '../../../src/data/EnquiryReportRepository';
import type { IEnquirySettingsRead } from '../../../src/data/readEnquirySettings';
import type { UkNation } from '../../../src/model/enquiries/ukNation';
import type { IEnquiryForReport } from '../../../src/model/enquiries/enquiryForReport';
import { enquiryReport } from '../../../src/model/enquiries/enquiryReport';
import { enquiryListCsv, enquiryReportCsv } from '../../../src/model/enquiries/enquiryReportCsv';
import { DEFAULT_ENQUIRY_TARGETS } from '../../../src/model/enquiries/enquiryTargets';
import { workingCalendar } from '../../../src/model/enquiries/workingCalendar';
import { EnquiryReport } from '../../../src/webparts/enquiryReport/components/EnquiryReport';
import { listsSiteAt } from '../../fakes/listsSite';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

const SITE = 'https://council.sharepoint.com/sites/hub';
/** Monday 23 November 2026, midday. */
const NOW = new Date('2026-11-23T12:00:00Z');

function enquiry(id: string, service: string, received: string, more: Partial<IEnquiryForReport> = {}): IEnquiryForReport {
  return { id, service, directorate: service === 'Highways' ? 'Place' : 'Growth', ward: 'Abbey', received: new Date(received), status: 'received', ...more };
}

/**
 * Worked out by hand (England and Wales, respond within 10 working days; no bank holidays in October or November 2026):
 * Highways: 1 on time (2 working days), 2 late (responded on day 15; due Monday 19 October), 3 not yet due.
 * Planning: 4 late and overdue (acknowledged, never answered, due 15 October), 5 on time (4 days), 6 on time (3 days).
 */
const ENQUIRIES: readonly IEnquiryForReport[] = [
  enquiry('1', 'Highways', '2026-10-05T09:00:00Z', { acknowledged: new Date('2026-10-05T10:00:00Z'), responded: new Date('2026-10-07T10:00:00Z'), closed: new Date('2026-10-08T10:00:00Z'), status: 'closed' }),
  enquiry('2', 'Highways', '2026-10-05T09:00:00Z', { acknowledged: new Date('2026-10-05T10:00:00Z'), responded: new Date('2026-10-26T10:00:00Z'), status: 'responded' }),
  enquiry('3', 'Highways', '2026-11-20T10:00:00Z'),
  enquiry('4', 'Planning', '2026-10-01T10:00:00Z', { acknowledged: new Date('2026-10-01T11:00:00Z'), status: 'acknowledged' }),
  enquiry('5', 'Planning', '2026-10-12T10:00:00Z', { acknowledged: new Date('2026-10-12T11:00:00Z'), responded: new Date('2026-10-16T10:00:00Z'), status: 'responded' }),
  enquiry('6', 'Planning', '2026-11-02T10:00:00Z', { acknowledged: new Date('2026-11-02T11:00:00Z'), responded: new Date('2026-11-05T10:00:00Z'), status: 'responded' })
];

/** What the sample council's settings read gives: England, the default targets, no closure days in October or November. */
const COUNCIL_SETTINGS: IEnquirySettingsRead = {
  settings: { nation: 'england-and-wales', targets: {}, closureDays: [{ date: '2026-12-29', title: 'Christmas closure' }] },
  notes: [],
  nationSource: 'settings'
};

class FakeReportRepository implements IEnquiryReportRepository {
  public readonly periods: IEnquiryReportPeriod[] = [];
  public readonly settingsAsked: UkNation[] = [];
  public failure: unknown;
  public constructor(
    private readonly enquiries: readonly IEnquiryForReport[],
    private readonly settings: IEnquirySettingsRead = COUNCIL_SETTINGS
  ) {}
  public async reportReader(): Promise<ReportReader> {
    return 'democraticServices';
  }
  public async enquiryDetails(ids: readonly string[]): Promise<ReadonlyMap<string, IOpenEnquiryDetail>> {
    return new Map(ids.map((id) => [id, { subject: `Subject of ${id}`, withWhom: undefined }]));
  }
  public async calendarSettings(fallbackNation: UkNation): Promise<IEnquirySettingsRead> {
    this.settingsAsked.push(fallbackNation);
    return this.settings;
  }
  public async enquiriesReceived(period: IEnquiryReportPeriod): Promise<readonly IEnquiryForReport[]> {
    this.periods.push(period);
    if (this.failure !== undefined) throw this.failure;
    return this.enquiries.filter((item) => item.received >= period.from && item.received < period.to);
  }
}

const made = new Map<string, Blob>();
let next = 0;
beforeEach(() => {
  made.clear();
  Object.assign(URL, {
    createObjectURL: (blob: Blob): string => {
      const url = `blob:test/${next++}`;
      made.set(url, blob);
      return url;
    },
    revokeObjectURL: (url: string): void => {
      made.delete(url);
    }
  });
});
afterEach(cleanup);

function bytesOf(blob: Blob | undefined): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    if (!blob) return reject(new Error('no file'));
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

function renderReport(repository: IEnquiryReportRepository, fallbackNation: UkNation = 'england-and-wales') {
  return render(
    <EnquiryReport repository={repository} title="Enquiries report" listsSite={listsSiteAt(SITE)} fallbackNation={fallbackNation} now={() => NOW} />
  );
}

function rowTexts(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => within(row).queryAllByRole(/cell|columnheader|rowheader/).map((cell) => cell.textContent ?? ''));
}

describe('EnquiryReport', () => {
  it('reads this quarter by default and shows the figures per service, the total last', async () => {
    const repository = new FakeReportRepository(ENQUIRIES);
    renderReport(repository);
    expect(screen.getByRole('status').textContent).toBe('Reading the enquiries…');
    const table = await screen.findByRole('table', { name: 'Enquiries by service, received from 1 October 2026 to 23 November 2026' });
    expect(repository.periods).toEqual([{ from: new Date('2026-09-30T23:00:00Z'), to: new Date('2026-11-24T00:00:00Z') }]);
    // Highways: 3 is not yet due either target; 2 was answered late. Planning: 4 was never answered (due 15 October).
    expect(rowTexts(table)).toEqual([
      ['Service', 'Received', 'Acknowledged on time', 'Responded on time', 'Open', 'Open and overdue', 'Median working days to respond'],
      ['Highways', '3', '100% (2 of 2)', '50% (1 of 2)', '2', '0', '8.5'],
      ['Planning', '3', '100% (3 of 3)', '66.7% (2 of 3)', '3', '1', '3.5'],
      ['All services', '6', '100% (5 of 5)', '60% (3 of 5)', '5', '1', '3.5']
    ]);
    expect(screen.getByRole('radio', { name: 'Service' })).toHaveProperty('checked', true);
    expect(screen.getByText(/Received from 1 October 2026 to 23 November 2026: 6 enquiries\. Responded within target: 3 of the 5 due so far \(60%\)\./)).toBeTruthy();
    expect(screen.getByText(/Based on the enquiries you can see/)).toBeTruthy();
  });

  it('draws a chart that is one labelled image, describes itself and writes each bar\u2019s numbers', async () => {
    renderReport(new FakeReportRepository(ENQUIRIES));
    const chart = await screen.findByRole('img', { name: 'Chart: responses by service' });
    const description = document.getElementById(chart.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toMatch(/One bar per row of the table.*solid.*striped.*outline.*The table above has the same figures/);
    expect(within(chart).getByText('Highways')).toBeTruthy();
    expect(within(chart).getByText('1 within target, 1 late, 1 not yet due')).toBeTruthy();
    expect(within(chart).getByText('2 within target, 1 late, 0 not yet due')).toBeTruthy();
    // Three segments for Highways, two for Planning (nothing pending): each one drawn as a fill or a pattern.
    const bars = chart.querySelectorAll('g rect');
    expect(bars).toHaveLength(5);
    expect(chart.querySelector('pattern line')).toBeTruthy();
  });

  it('offers the report and the overdue list as CSV, with a byte order mark for Excel', async () => {
    renderReport(new FakeReportRepository(ENQUIRIES));
    const summary = await screen.findByRole('link', { name: 'Download the report as CSV' });
    const overdue = screen.getByRole('link', { name: 'Download the open and overdue enquiries as CSV' });
    expect(summary.getAttribute('download')).toBe('enquiries-report-2026-10-01-to-2026-11-23.csv');
    expect(overdue.getAttribute('download')).toBe('enquiries-overdue-2026-10-01-to-2026-11-23.csv');
    const expected = enquiryReport(ENQUIRIES, NOW, DEFAULT_ENQUIRY_TARGETS, workingCalendar('england-and-wales'));
    const summaryBlob = made.get(summary.getAttribute('href') ?? '');
    expect(summaryBlob?.type).toBe('text/csv;charset=utf-8');
    const bytes = await bytesOf(summaryBlob);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe(enquiryReportCsv(expected));
    expect(new TextDecoder().decode(bytes.slice(3))).toContain('service,Planning,3,');
    const overdueText = new TextDecoder().decode((await bytesOf(made.get(overdue.getAttribute('href') ?? ''))).slice(3));
    expect(overdueText).toBe(enquiryListCsv(expected.overdue));
    expect(overdueText.split('\r\n').filter((line) => line !== '')).toHaveLength(2);
  });

  it('reads the chosen period when asked: last quarter, then custom dates, refusing dates in the wrong order', async () => {
    const repository = new FakeReportRepository(ENQUIRIES);
    renderReport(repository);
    await screen.findByRole('table', { name: /^Enquiries by service/ });
    fireEvent.click(screen.getByRole('radio', { name: 'Last quarter' }));
    // Nothing is read until "Show report".
    expect(repository.periods).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Show report' }));
    await screen.findByRole('heading', { name: 'No enquiries in this period' });
    expect(repository.periods[1]).toEqual({ from: new Date('2026-06-30T23:00:00Z'), to: new Date('2026-09-30T23:00:00Z') });

    fireEvent.click(screen.getByRole('radio', { name: 'Choose dates' }));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-01' } });
    fireEvent.change(screen.getByLabelText('To (included)'), { target: { value: '2026-10-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show report' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter both dates, the first no later than the second.');
    expect(screen.getByLabelText('From').getAttribute('aria-invalid')).toBe('true');
    expect(repository.periods).toHaveLength(2);

    fireEvent.change(screen.getByLabelText('To (included)'), { target: { value: '2026-11-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show report' }));
    const table = await screen.findByRole('table', { name: 'Enquiries by service, received from 1 November 2026 to 30 November 2026' });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(rowTexts(table).slice(1)).toEqual([
      ['Highways', '1', 'None due yet', 'None due yet', '1', '0', 'None responded yet'],
      ['Planning', '1', '100% (1 of 1)', '100% (1 of 1)', '1', '0', '3'],
      ['All services', '2', '100% (1 of 1)', '100% (1 of 1)', '2', '0', '3']
    ]);
  });

  it('says what went wrong and reads again on retry', async () => {
    const repository = new FakeReportRepository(ENQUIRIES);
    repository.failure = new DataError({ kind: 'network', listTitle: 'Enquiries' });
    renderReport(repository);
    await screen.findByText('We couldn\u2019t produce the enquiries report');
    repository.failure = undefined;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /try again/i }));
    });
    await waitFor(() => expect(screen.getByRole('table', { name: /^Enquiries by service/ })).toBeTruthy());
    expect(repository.periods).toHaveLength(2);
  });

  it('works to the council’s own targets from its settings, and says nothing about defaults when none is used', async () => {
    const repository = new FakeReportRepository(ENQUIRIES, { ...COUNCIL_SETTINGS, settings: { ...COUNCIL_SETTINGS.settings, targets: { respondWorkingDays: 3 } } });
    renderReport(repository, 'scotland');
    const table = await screen.findByRole('table', { name: /^Enquiries by service/ });
    expect(repository.settingsAsked).toEqual(['scotland']);
    expect(
      screen.getByText('Enquiries members raised in the period, against the council\u2019s targets in working days: acknowledge within 1, respond within 3.')
    ).toBeTruthy();
    // Within 3 working days: enquiry 5 (4 days) is now late as well; 1 (2 days) and 6 (3 days) are on time.
    expect(rowTexts(table).map((row) => [row[0], row[1], row[3]])).toEqual([
      ['Service', 'Received', 'Responded on time'],
      ['Highways', '3', '50% (1 of 2)'],
      ['Planning', '3', '33.3% (1 of 3)'],
      ['All services', '6', '40% (2 of 5)']
    ]);
    expect(screen.getByText(/Responded within target: 2 of the 5 due so far \(40%\)\./)).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('says when the council’s settings could not be used: the page’s nation, the default targets, no closure days', async () => {
    const repository = new FakeReportRepository(ENQUIRIES, {
      settings: { nation: 'scotland', targets: {}, closureDays: [] },
      notes: [{ kind: 'settingsColumnMissing', value: 'EnquiryNation' }, { kind: 'closureListMissing' }],
      nationSource: 'fallback'
    });
    renderReport(repository, 'scotland');
    const note = await screen.findByRole('note', { name: 'About the council\u2019s settings' });
    expect(within(note).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'The council\u2019s enquiry settings are not on this site yet (it has not been upgraded): the report uses the default targets and the bank holidays of Scotland.',
      'Closure days list not found: due dates ignore closure days.'
    ]);
    expect(screen.getByText(/acknowledge within 1, respond within 10\./)).toBeTruthy();
    expect(await screen.findByRole('table', { name: /^Enquiries by service/ })).toBeTruthy();
  });
});

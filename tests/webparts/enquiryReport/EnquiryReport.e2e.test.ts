/** @jest-environment node */
/**
 * The enquiries report in a real browser: the preview's admins' page (real component and repository against the
 * emulator, signed in as Democratic Services) over the sample council's enquiries. Checks this quarter's counts
 * per service against the list, the chart and its description, a CSV download, axe WCAG 2.2 AA in the three
 * themes, the other groupings (directorate, ward, month) and the open and overdue list with axe, and a keyboard-only
 * path (choose the municipal year, show it, group by directorate, reach the downloads).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { IRunningPreview, startPreview, ukToday } from '../../../tools/preview/startPreview';
import { periodOf, reportDates } from '../../../src/webparts/enquiryReport/reportPeriod';
import { issueDigest } from '../../../tools/emulator/auth';
import { describeViolations, launchChromium, recordPageErrors, runAxe } from '../../support/browser';
import { PREVIEW_THEMES, readPreviewList, switchPreviewTheme } from '../../support/previewPage';

jest.setTimeout(120_000);

const projectRoot = path.resolve(__dirname, '..', '..', '..');

let preview: IRunningPreview;
let browser: Browser;

beforeAll(async () => {
  preview = await startPreview({ projectRoot, port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

interface IStoredEnquiry {
  readonly Created: string;
  readonly ReceivedDate: string | null;
  readonly Service: { readonly Title: string } | null;
}

/** This quarter's enquiries per service, from the list itself. */
async function expectedCounts(): Promise<Map<string, number>> {
  const rows = await readPreviewList<IStoredEnquiry>(preview.siteUrl, 'Enquiries', '$select=Created,ReceivedDate,Service/Title&$expand=Service');
  const dates = reportDates('thisQuarter', ukToday());
  if (!dates) throw new Error('No quarter');
  const { from, to } = periodOf(dates);
  const counts = new Map<string, number>();
  for (const row of rows) {
    const received = new Date(row.ReceivedDate ?? row.Created);
    if (received < from || received >= to) continue;
    const service = row.Service?.Title ?? '';
    counts.set(service, (counts.get(service) ?? 0) + 1);
  }
  return counts;
}

async function openReport(hash = ''): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB', acceptDownloads: true });
  const page = await context.newPage();
  const errors = recordPageErrors(page);
  await page.goto(`${preview.url}admin${hash}`);
  await page.getByRole('table', { name: /^Enquiries by service/ }).waitFor();
  return { page, errors };
}

/** WCAG contrast of the chart's solid bar fill and its outline stroke against the page behind the chart. */
async function chartContrast(page: Page): Promise<{ solid: number; outline: number }> {
  return page.evaluate(() => {
    const rgb = (colour: string): number[] => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = ([r, g, b]: number[]): number => {
      const channel = (value: number): number => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const ratio = (a: string, b: string): number => {
      const [light, dark] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
      return (light + 0.05) / (dark + 0.05);
    };
    const svg = document.querySelector('figure svg[role="img"]') as Element;
    let behind: Element | null = svg;
    let background = 'rgb(255, 255, 255)';
    while (behind) {
      const colour = getComputedStyle(behind).backgroundColor;
      if (colour && !/rgba\(.*, 0\)|transparent/.test(colour)) {
        background = colour;
        break;
      }
      behind = behind.parentElement;
    }
    const bars = [...svg.querySelectorAll('g rect')].map((rect) => getComputedStyle(rect));
    const solid = bars.find((style) => style.fill.startsWith('rgb') && !/url/.test(style.fill) && style.fill !== background);
    if (!solid) throw new Error('No solid bar');
    return { solid: ratio(solid.fill, background), outline: ratio(solid.stroke, background) };
  });
}

function report(page: Page) {
  return page.getByRole('region', { name: 'Enquiries report', exact: true });
}

describe('the enquiries report on the preview, as Democratic Services', () => {
  test('shows this quarter\u2019s enquiries per service as the list holds them, with a described chart', async () => {
    const expected = await expectedCounts();
    expect([...expected.values()].reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
    const { page, errors } = await openReport();
    const table = report(page).getByRole('table', { name: /^Enquiries by service/ });
    for (const [service, count] of expected) {
      const row = table.getByRole('row', { name: new RegExp(`^${service}`) });
      await expect(row.getByRole('cell').first().textContent()).resolves.toBe(String(count));
    }
    const total = [...expected.values()].reduce((sum, count) => sum + count, 0);
    await expect(table.getByRole('row', { name: /^All services/ }).getByRole('cell').first().textContent()).resolves.toBe(String(total));
    await expect(report(page).getByText('Based on the enquiries you can see', { exact: false }).count()).resolves.toBe(1);
    const chart = report(page).getByRole('img', { name: 'Chart: responses by service' });
    await expect(chart.getAttribute('aria-describedby')).resolves.toBeTruthy();
    await report(page).screenshot({ path: path.join(projectRoot, 'temp', 'enquiry-report-light.png') });
    expect(describeViolations(await runAxe(page))).toBe('');
    const { solid, outline } = await chartContrast(page);
    expect(solid).toBeGreaterThanOrEqual(3);
    expect(outline).toBeGreaterThanOrEqual(3);
    expect(errors).toEqual([]);
  });

  test('downloads the report as CSV with a byte order mark', async () => {
    const { page } = await openReport();
    const [download] = await Promise.all([page.waitForEvent('download'), report(page).getByRole('link', { name: 'Download the report as CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^enquiries-report-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
    const file = await download.path();
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').split('\r\n')[0]).toMatch(/^breakdown,group,received,/);
  });

  test('groups by directorate, ward and month received, each with its chart and the same total; axe clean', async () => {
    const { page, errors } = await openReport();
    const cellsOf = async (name: RegExp): Promise<string[]> => {
      const row = report(page).getByRole('table', { name }).getByRole('row', { name: /^All / });
      return row.getByRole('cell').allTextContents();
    };
    const byService = await cellsOf(/^Enquiries by service/);
    for (const [choice, caption, chart] of [
      ['Directorate', /^Enquiries by directorate/, 'Chart: responses by directorate'],
      ['Ward', /^Enquiries by ward/, 'Chart: responses by ward'],
      ['Month received', /^Enquiries by month received/, 'Chart: responses by month received']
    ] as const) {
      await report(page).getByRole('group', { name: 'Group the figures by' }).getByRole('radio', { name: choice }).check();
      await report(page).getByRole('table', { name: caption }).waitFor();
      // Received, acknowledged and responded on time, open, overdue and the median: the same for the whole period.
      expect(await cellsOf(caption)).toEqual(byService);
      await expect(report(page).getByRole('img', { name: chart }).count()).resolves.toBe(1);
      expect(describeViolations(await runAxe(page))).toBe('');
    }
    await report(page).screenshot({ path: path.join(projectRoot, 'temp', 'enquiry-report-by-month.png') });
    expect(errors).toEqual([]);
  });

  test('shows Democratic Services the open and overdue list, as many as the figures count, longest overdue first', async () => {
    // The sample council has nothing overdue this quarter: Democratic Services log one that arrived 30 days ago,
    // acknowledged the same day and never answered (10 working days later it was due).
    const [highways] = await readPreviewList<{ Id: number }>(preview.siteUrl, 'Services', "$select=Id&$filter=Title eq 'Highways'");
    const received = new Date(Date.now() - 30 * 86_400_000);
    const added = await fetch(`${preview.siteUrl}/_api/web/lists/getbytitle('Enquiries')/items`, {
      method: 'POST',
      headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', 'X-RequestDigest': issueDigest() },
      body: JSON.stringify({
        Title: 'Overgrown hedge blocking the footpath',
        ServiceId: highways.Id,
        EnquiryStatus: 'Acknowledged',
        ReceivedDate: received.toISOString(),
        AcknowledgedDate: received.toISOString()
      })
    });
    expect(added.status).toBeLessThan(300);
    const { page } = await openReport();
    // From the day it arrived to today, whatever quarter today falls in.
    await report(page).getByRole('radio', { name: 'Choose dates' }).check();
    const from = received.toISOString().slice(0, 10);
    await report(page).getByRole('textbox', { name: 'From', exact: true }).fill(from);
    await report(page).getByRole('textbox', { name: 'To (included)' }).fill(ukToday());
    await report(page).getByRole('button', { name: 'Show report' }).click();
    const fromText = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${from}T00:00:00Z`));
    await report(page).getByRole('table', { name: new RegExp(`^Enquiries by service, received from ${fromText} to `) }).waitFor();
    await report(page).getByRole('heading', { name: 'Open and overdue enquiries' }).waitFor();
    const overdueCount = Number(
      (await report(page).getByRole('table', { name: /^Enquiries by service/ }).getByRole('row', { name: /^All services/ }).getByRole('cell').nth(4).textContent())?.replace(/,/g, '')
    );
    await expect(report(page).getByRole('heading', { name: 'Open and overdue enquiries' }).count()).resolves.toBe(1);
    await expect(report(page).getByText('shown to Democratic Services only', { exact: false }).count()).resolves.toBe(0);
    expect(overdueCount).toBeGreaterThan(0);
    {
      const list = report(page).getByRole('table', { name: /^Open and overdue enquiries received from/ });
      const rows = list.locator('tbody tr');
      await expect(rows.count()).resolves.toBe(overdueCount);
      const days = (await rows.locator('td:nth-of-type(6)').allTextContents()).map(Number);
      expect(days).toEqual([...days].sort((a, b) => b - a));
      // The subject was read for Democratic Services.
      await expect(list.getByRole('row', { name: /Overgrown hedge blocking the footpath/ }).count()).resolves.toBe(1);
      await report(page).screenshot({ path: path.join(projectRoot, 'temp', 'enquiry-report-overdue.png') });
    }
    expect(describeViolations(await runAxe(page))).toBe('');
  });

  test.each(PREVIEW_THEMES.filter((entry) => entry.theme !== 'light').map((entry) => entry.theme))('passes axe in the %s theme', async (theme) => {
    const { page, errors } = await openReport();
    await switchPreviewTheme(page, theme);
    await report(page).screenshot({ path: path.join(projectRoot, 'temp', `enquiry-report-${theme}.png`) });
    expect(describeViolations(await runAxe(page))).toBe('');
    const { solid, outline } = await chartContrast(page);
    expect(solid).toBeGreaterThanOrEqual(3);
    expect(outline).toBeGreaterThanOrEqual(3);
    expect(errors).toEqual([]);
  });

  test('in forced colours (Windows high contrast) the solid bars take the system text colour, not the theme\u2019s', async () => {
    const { page } = await openReport();
    const solidFills = (): Promise<string[]> =>
      page.evaluate(() =>
        [...document.querySelectorAll('figure svg[role="img"] g rect')]
          .filter((rect) => rect.getAttribute('data-segment') === 'onTime')
          .map((rect) => getComputedStyle(rect).fill)
      );
    const before = await solidFills();
    expect(before.length).toBeGreaterThan(0);
    await page.emulateMedia({ forcedColors: 'active' });
    const canvasText = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.appendChild(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    });
    const after = await solidFills();
    expect(after).toEqual(before.map(() => canvasText));
    expect(after).not.toEqual(before);
  });

  test('keyboard only: choose the municipal year, show it, reach the downloads with visible focus', async () => {
    const { page } = await openReport();
    const focused = (): Promise<string> =>
      page.evaluate(() => {
        const active = document.activeElement as HTMLInputElement | null;
        return active ? `${active.tagName}:${active.getAttribute('name') ?? ''}:${active.value ?? ''}:${active.textContent ?? ''}` : '';
      });
    let found = false;
    for (let presses = 0; presses < 300 && !found; presses += 1) {
      await page.keyboard.press('Tab');
      found = (await focused()).startsWith('INPUT:enquiry-report-period:thisQuarter');
    }
    expect(found).toBe(true);
    // Arrow keys move through a radio group, as in any form.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(report(page).getByRole('radio', { name: 'This municipal year (from 1 May)' }).isChecked()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^BUTTON::.*Show report/);
    await page.keyboard.press('Enter');
    const year = reportDates('thisMunicipalYear', ukToday());
    if (!year) throw new Error('No municipal year');
    const [, from] = /^(\d{4})/.exec(year.from) ?? [];
    await report(page).getByRole('table', { name: new RegExp(`^Enquiries by service, received from 1 May ${from}`) }).waitFor();
    // The grouping (a radio group: one Tab stop, arrows choose), the table's scroll region, then the first download.
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^INPUT:radio-group[^:]*:service:/);
    await page.keyboard.press('ArrowDown');
    await report(page).getByRole('table', { name: /^Enquiries by directorate, received from 1 May/ }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^DIV:/);
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^A::.*Download the report as CSV/);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe(`enquiries-report-${year.from}-to-${year.to}.csv`);
  });
});

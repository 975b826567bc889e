/** @jest-environment node */
/**
 * Issue #17 §§3, 6, 4 in a real browser on the preview (sample council): the statutory officers at
 * the top of the officer directory, reached and opened by keyboard; and in member profiles the
 * member type filter, the vacancy and the open-data downloads; axe WCAG 2.2 AA in the three themes,
 * in the Teams frame (officer directory) and on the SharePoint page (member profiles).
 */
import * as path from 'path';
import type { Browser, Locator, Page } from 'playwright-core';
import { IRunningPreview, startPreview } from '../../../tools/preview/startPreview';
import { describeViolations, launchChromium, recordPageErrors, runAxe } from '../../support/browser';
import { PREVIEW_THEMES, switchPreviewTheme } from '../../support/previewPage';

jest.setTimeout(180_000);

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

async function openPage(search: string, ready: (page: Page) => Locator): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB', acceptDownloads: true });
  const page = await context.newPage();
  const errors = recordPageErrors(page);
  await page.goto(`${preview.url.replace(/\/$/, '')}/${search}`);
  await ready(page).waitFor({ timeout: 90_000 });
  return { page, errors };
}

describe('statutory officers', () => {
  test('shown at the top with the escalation route and the protocol link; a name opens the profile by keyboard', async () => {
    const { page, errors } = await openPage('', (opened) => opened.getByRole('region', { name: 'Statutory officers' }));
    const section = page.getByRole('region', { name: 'Statutory officers' });
    const posts = await section.getByRole('listitem').allInnerTexts();
    expect(posts.map((text) => text.split('\n')[0])).toEqual(['Head of Paid Service', 'Chief Finance Officer (section 151 officer)', 'Monitoring Officer']);
    expect(posts.join('\n')).not.toContain('Not recorded');
    expect(await section.getByRole('link', { name: 'Read the member/officer protocol (opens in a new tab)' }).getAttribute('href')).toMatch(/\/SitePages\/Member-officer-protocol\.aspx$/);
    const monitoringOfficer = section.getByRole('listitem').nth(2).getByRole('link').first();
    const name = await monitoringOfficer.innerText();
    await monitoringOfficer.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByRole('heading', { level: 1, name }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test.each(['light', 'dark', 'contrast'])('the officer directory with them passes axe in the Teams frame (%s theme)', async (theme) => {
    const { page, errors } = await openPage(`teams#theme=${theme}`, (opened) => opened.getByRole('tab', { name: 'Officer directory' }));
    await page.getByRole('tab', { name: 'Officer directory' }).click();
    await page.getByRole('region', { name: 'Statutory officers' }).waitFor({ timeout: 90_000 });
    expect(describeViolations(await runAxe(page))).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('member profiles: member types, vacancies and open data', () => {
  test('the member type filter finds the co-opted member, the vacancy shows, both downloads are files; axe clean in three themes', async () => {
    const { page, errors } = await openPage('?type=coopted', (opened) => opened.getByRole('heading', { name: /councillors shown/ }));
    const cards = page.getByRole('list', { name: 'Councillors' }).getByRole('heading', { level: 4 });
    expect(await cards.allInnerTexts()).toEqual(['Revd Canon Miriam Ashdown']);
    expect(await page.getByRole('region', { name: 'Vacancies' }).getByRole('listitem').count()).toBe(1);
    for (const [name, file] of [['Download as CSV', 'members.csv'], ['Download as Popolo JSON', 'members.popolo.json']] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
      expect(download.suggestedFilename()).toBe(file);
    }
    // Axe in the three themes, switched in place as the preview's theme picker does.
    for (const { theme } of PREVIEW_THEMES) {
      await switchPreviewTheme(page, theme);
      await page.getByRole('region', { name: 'Vacancies' }).waitFor();
      expect(describeViolations(await runAxe(page))).toBe('');
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

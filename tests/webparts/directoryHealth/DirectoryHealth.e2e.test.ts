/** @jest-environment node */
/**
 * Directory health in a real browser: the preview's admins' page (real component and repository
 * against the emulator) in Debian's chromium, over the sample council with a few crafted gaps
 * (support/healthCouncil.ts). Checks the findings on screen against the data, axe WCAG 2.2 AA in
 * the three themes, the edit form links, counts that follow an edit made elsewhere, and a
 * keyboard-only path.
 */
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { IRunningPreview, startPreview, ukToday } from '../../../tools/preview/startPreview';
import type { IStoredItem } from '../../../tools/emulator/siteData';
import { describeViolations, launchChromium, recordPageErrors, runAxe, saveScreenshot } from '../../support/browser';
import { healthCouncil, IHealthCouncil } from './support/healthCouncil';

jest.setTimeout(120_000);

const projectRoot = path.resolve(__dirname, '..', '..', '..');
const today = ukToday();

let council: IHealthCouncil;
let preview: IRunningPreview;
let browser: Browser;

beforeAll(async () => {
  council = healthCouncil(today);
  preview = await startPreview({ projectRoot, port: 0, host: '127.0.0.1', data: council.data });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

const adminPage = (): string => `${preview.url}admin`;

async function openAdminPage(hash = ''): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  const errors = recordPageErrors(page);
  // SharePoint's forms are not emulated: answer them with a stub page, so a followed link can be read.
  await page.route('**/EditForm.aspx*', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!DOCTYPE html><html lang="en"><title>Edit form</title><h1>Edit form</h1></html>' }));
  await page.goto(`${adminPage()}${hash}`);
  await page.getByRole('heading', { name: /^Member profiles \(\d+\)$/ }).waitFor();
  return { page, errors };
}

function group(page: Page, heading: string | RegExp) {
  return page.locator('div', { has: page.getByRole('heading', { level: 4, name: heading }) }).last();
}

/** The same calendar day `months` months before a YYYY-MM-DD date (clamped to the month's end). */
function monthsEarlier(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 - months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(day, last))).toISOString().slice(0, 10);
}

/** A stored date-only value (UK midnight as a UTC instant) as its UK calendar date. */
function ukDate(stored: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(stored));
}

const officers = (): readonly IStoredItem[] => council.data.lists.Officers;

describe('directory health on the preview, as Democratic Services', () => {
  test('shows the sample council’s real gaps and the crafted ones, and passes axe', async () => {
    const { page, errors } = await openAdminPage();

    // Officers never reviewed or reviewed before the 12-month window, worked out from the data.
    const since = monthsEarlier(today, 12);
    const stale = officers().filter((item) => typeof item.fields.LastReviewed !== 'string' || ukDate(item.fields.LastReviewed) < since);
    expect(stale.length).toBeGreaterThan(0);
    await page.getByRole('heading', { name: `Not reviewed in the last 12 months (${stale.length})` }).waitFor();

    // Services no liaison officer belongs to.
    const liaisonServices = new Set(officers().filter((item) => item.fields.IsLiaisonOfficer === true).map((item) => item.fields.Service));
    const uncovered = council.data.lists.Services.filter((service) => !liaisonServices.has(service.Id)).map((service) => String(service.fields.Title));
    expect(uncovered.length).toBeGreaterThan(0);
    const services = group(page, /^Services with no Councillor Liaison Officer/);
    expect(await services.getByRole('heading').innerText()).toBe(`Services with no Councillor Liaison Officer (${uncovered.length})`);
    for (const name of uncovered) await services.getByRole('link', { name: new RegExp(`^${name}`) }).waitFor();

    const seat = council.formerMemberSeat;
    const memberships = group(page, /^Committee memberships to correct/);
    await memberships.getByRole('link', { name: `Membership ${seat.membershipId}: ${seat.memberName} — ${seat.committeeName} (edit form)` }).waitFor();
    expect(await memberships.innerText()).toContain('held by a former member and not ended');

    await group(page, /^Briefing items without a category/).getByRole('link', { name: `${council.uncategorisedItem.title} (edit form)` }).waitFor();
    const duplicates = group(page, /^Email addresses on more than one person/);
    expect(await duplicates.innerText()).toContain(council.sharedEmail.email);
    await duplicates.getByRole('link', { name: `${council.sharedEmail.memberName} (edit form)` }).waitFor();
    await duplicates.getByRole('link', { name: `${council.sharedEmail.officerName} (edit form)` }).waitFor();
    await group(page, /^Councillor Liaison Officers without a profile/).getByRole('link', { name: `${council.blankProfileLiaisonOfficer.name} (edit form)` }).waitFor();

    // Member completeness: every incomplete current member (from the data) is listed, least complete first.
    const incomplete = page.getByRole('table', { name: 'Incomplete member profiles, least complete first' });
    const scores = (await incomplete.getByRole('row').allInnerTexts()).slice(1).map((row) => Number(/(\d+)%/.exec(row)?.[1]));
    expect(scores.length).toBeGreaterThan(0);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));

    await saveScreenshot(page, 'directory-health-light');
    expect(describeViolations(await runAxe(page))).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test.each(['dark', 'contrast'])('passes axe in the %s theme', async (theme) => {
    const { page, errors } = await openAdminPage(`#theme=${theme}`);
    await saveScreenshot(page, `directory-health-${theme}`, { fullPage: false });
    expect(describeViolations(await runAxe(page))).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test("an edit link opens the item's SharePoint edit form, which returns to this page", async () => {
    const { page } = await openAdminPage();
    await page.getByRole('link', { name: `${council.uncategorisedItem.title} (edit form)` }).click();
    await page.waitForURL(/EditForm\.aspx/);
    const url = new URL(page.url());
    expect(`${url.origin}${url.pathname}`).toBe(`${preview.siteUrl}/Lists/BriefingItems/EditForm.aspx`);
    expect(url.searchParams.get('ID')).toBe(String(council.uncategorisedItem.id));
    expect(url.searchParams.get('Source')).toBe(adminPage());
    await page.context().close();
  });

  test('counts follow an edit made in another tab when the page is shown again, with one small request', async () => {
    const { page, errors } = await openAdminPage();
    const uncategorised = page.getByRole('heading', { name: /^Briefing items without a category \(\d+\)$/ });
    expect(await uncategorised.innerText()).toBe('Briefing items without a category (1)');

    // Coming back without any change: one request for the lists' change dates, nothing reloaded.
    const apiRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/_api/')) apiRequests.push(request.url());
    });
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.getByText(/nothing has changed since/).waitFor();
    expect(apiRequests).toHaveLength(1);
    expect(decodeURIComponent(apiRequests[0])).toMatch(/\/_api\/web\/lists\?.*LastItemModifiedDate/);

    // Democratic Services give the item its category in the list's form (here: the REST API).
    const admin = council.data.users.find((user) => user.persona === 'Admin — Democratic Services');
    const sp = spfi(preview.siteUrl).using(SPBrowser({ baseUrl: preview.siteUrl }), InjectHeaders({ 'X-Emulator-User': String(admin?.id) }));
    await sp.web.lists.getByTitle('BriefingItems').items.getById(council.uncategorisedItem.id).update({ Category: 'General' });

    await page.evaluate(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.getByRole('heading', { name: 'Briefing items without a category (0)' }).waitFor();
    await page.getByText(/updated with the latest changes/).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('keyboard only: check again, then reach and follow an edit link with visible focus', async () => {
    const { page } = await openAdminPage();
    await page.keyboard.press('Tab'); // the skip link
    let focused = '';
    for (let presses = 0; presses < 40 && !focused.includes('Check again'); presses++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.textContent ?? '').trim());
    }
    expect(focused).toContain('Check again');
    await page.keyboard.press('Enter');
    await page.getByText(/Checked at \d\d:\d\d/).waitFor();

    let link = { href: '', outline: '' };
    for (let presses = 0; presses < 10 && !link.href; presses++) {
      await page.keyboard.press('Tab');
      link = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        const style = element ? getComputedStyle(element) : undefined;
        return element?.tagName === 'A' ? { href: (element as HTMLAnchorElement).href, outline: `${style?.outlineStyle} ${style?.outlineWidth}` } : { href: '', outline: '' };
      });
    }
    expect(link.href).toMatch(/\/Lists\/Members\/EditForm\.aspx\?ID=\d+&Source=/);
    expect(link.outline).toMatch(/^(solid|auto) [2-9]/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/EditForm\.aspx/);
    expect(page.url()).toBe(link.href);
    await page.context().close();
  });
});

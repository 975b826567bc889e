/** @jest-environment node */
/**
 * "Service enquiries" in a real browser: the preview's /service-enquiries page (the real component and repository
 * against the emulator, which enforces the enquiry folders' permissions) in Debian's chromium. Axe WCAG 2.2 AA on the
 * queue and on an open enquiry in the light, dark and high-contrast themes and as a Teams tab; a Highways Councillor Liaison Officer,
 * keyboard only, acknowledges and responds to a seeded enquiry, and the member then reads the response through the
 * repository as themselves; another member and another service's officer cannot read it.
 */
import * as path from 'path';
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser } from '@pnp/sp';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { EnquiryRepository } from '../../../src/data/EnquiryRepository';
import { ServiceEnquiriesRepository } from '../../../src/data/ServiceEnquiriesRepository';
import { issueDigest } from '../../../tools/emulator/auth';
import { IRunningPreview, startPreview } from '../../../tools/preview/startPreview';
import { describeViolations, launchChromium, recordPageErrors, runAxe, saveScreenshot } from '../../support/browser';
import { readPreviewList } from '../../support/previewPage';

jest.setTimeout(240_000);

const projectRoot = path.resolve(__dirname, '..', '..', '..');
const SUBJECT = 'Pothole outside the primary school';
const RESPONSE = 'The pothole was filled on Tuesday; we will inspect the crossing again next month.';

let preview: IRunningPreview;
let browser: Browser;
let origin: string;
let siteUrl: string;
let highwaysLiaison: number;
let planningLiaison: number;
let seeded: { readonly id: number; readonly memberId: number; readonly serviceId: number };
let otherMember: number;

interface IEmulatorUser {
  readonly id: number;
  readonly persona?: string;
}

beforeAll(async () => {
  preview = await startPreview({ projectRoot, port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  origin = preview.url.replace(/\/$/, '');
  siteUrl = `${origin}/sites/council`;
  const users = (await (await fetch(`${origin}/_emulator/users`)).json()) as IEmulatorUser[];
  const withPersona = (persona: string): number => {
    const found = users.find((user) => user.persona === persona);
    if (!found) throw new Error(`No ${persona} in the sample council`);
    return found.id;
  };
  highwaysLiaison = withPersona('Councillor Liaison Officer — Highways');
  planningLiaison = withPersona('Councillor Liaison Officer — Planning and Development');
  // The emulator's default user is Democratic Services, who read every enquiry.
  const rows = await readPreviewList<{ Id: number; Title: string; MemberId: number; ServiceId: number }>(siteUrl, 'Enquiries', '$select=Id,Title,MemberId,ServiceId');
  const row = rows.find((candidate) => candidate.Title === SUBJECT);
  if (!row) throw new Error('The seeded enquiry is missing');
  seeded = { id: row.Id, memberId: row.MemberId, serviceId: row.ServiceId };
  const other = rows.find((candidate) => candidate.MemberId !== row.MemberId);
  if (!other) throw new Error('No second member with enquiries');
  otherMember = other.MemberId;
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

async function openAs(userId: number, address = '/service-enquiries'): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB' });
  await context.addCookies([{ name: 'emulator-user', value: String(userId), url: origin }]);
  const page = await context.newPage();
  const errors = recordPageErrors(page);
  await page.goto(`${origin}${address}`);
  return { page, context, errors };
}

function webPart(page: Page): Locator {
  return page.getByRole('region', { name: 'Service enquiries web part' });
}

/** As the emulator answers `userId`, through the product's own repositories. */
function spAs(userId: number) {
  return spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ 'X-Emulator-User': String(userId), 'X-RequestDigest': issueDigest() }));
}

/** Presses Tab until the focused element's role and text satisfy `accept`, at most `limit` times. */
async function tabUntil(page: Page, accept: (text: string) => boolean, limit = 80): Promise<string> {
  const seen: string[] = [];
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return '';
      const labels = Array.from((element as HTMLInputElement).labels ?? []).map((label) => label.textContent ?? '');
      return `${element.getAttribute('role') ?? element.tagName.toLowerCase()}: ${`${labels.join(' ')} ${element.getAttribute('aria-label') ?? ''} ${element.textContent ?? ''}`.trim()}`.replace(/[\uE000-\uF8FF]/g, '');
    });
    if (accept(text)) return text;
    seen.push(text.slice(0, 60));
  }
  throw new Error(`Tab never reached the control; focus went to:\n${seen.join('\n')}`);
}

describe('service enquiries on the preview', () => {
  test.each(['light', 'dark', 'contrast'])('the queue and an open enquiry pass axe in the %s theme', async (theme) => {
    const { page, context, errors } = await openAs(highwaysLiaison, `/service-enquiries#theme=${theme}`);
    await webPart(page).getByRole('heading', { name: 'Open enquiries for Highways' }).waitFor({ timeout: 90_000 });
    await webPart(page).getByRole('button', { name: SUBJECT }).waitFor();
    await saveScreenshot(page, `service-enquiries-${theme}`, { fullPage: theme === 'light' });
    expect(describeViolations(await runAxe(page))).toBe('');
    await webPart(page).getByRole('button', { name: SUBJECT }).click();
    await webPart(page).getByRole('heading', { name: SUBJECT, level: 3 }).waitFor();
    await webPart(page).getByRole('combobox', { name: /^Assign to an officer of Highways/ }).waitFor();
    await saveScreenshot(page, `service-enquiries-details-${theme}`, { fullPage: theme === 'light' });
    expect(describeViolations(await runAxe(page))).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('as a Teams tab: the queue shows and passes axe', async () => {
    const { page, context, errors } = await openAs(highwaysLiaison, '/teams');
    await page.getByRole('tab', { name: 'Service enquiries', exact: true }).click({ timeout: 90_000 });
    const tab = page.getByRole('main', { name: 'Service enquiries tab' });
    await tab.getByRole('button', { name: SUBJECT }).waitFor({ timeout: 90_000 });
    expect(describeViolations(await runAxe(page))).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('another service\u2019s officer sees their own queue and cannot read the Highways enquiry', async () => {
    const { page, context } = await openAs(planningLiaison);
    await webPart(page).getByRole('heading', { name: 'Open enquiries for Planning and Development' }).waitFor({ timeout: 90_000 });
    expect(await webPart(page).getByRole('button', { name: SUBJECT }).count()).toBe(0);
    // Nor by its address: the enquiry is not among what SharePoint lets them read.
    await page.goto(`${origin}/service-enquiries?enquiryservice=${seeded.serviceId}&enquiry=${seeded.id}`);
    await webPart(page).getByRole('heading', { name: 'Open enquiries for Planning and Development' }).waitFor({ timeout: 90_000 });
    expect(await webPart(page).getByText(SUBJECT).count()).toBe(0);
    await context.close();
    const planning = new ServiceEnquiriesRepository(spAs(planningLiaison), '/sites/council');
    expect((await planning.queue(seeded.serviceId)).map((enquiry) => enquiry.id)).not.toContain(seeded.id);
  });

  test('keyboard only: the Highways liaison officer acknowledges and responds; the member reads the response, another member cannot', async () => {
    const { page, context, errors } = await openAs(highwaysLiaison);
    await webPart(page).getByRole('button', { name: SUBJECT }).waitFor({ timeout: 90_000 });
    await tabUntil(page, (text) => text === `button: ${SUBJECT}`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((subject) => document.activeElement?.tagName === 'H3' && document.activeElement.textContent === subject, SUBJECT);

    await tabUntil(page, (text) => text === 'button: Acknowledge');
    await page.keyboard.press('Enter');
    await webPart(page).getByText('Acknowledged.', { exact: true }).waitFor();

    await tabUntil(page, (text) => text.startsWith('textarea: Response'));
    await page.keyboard.type(RESPONSE);
    await tabUntil(page, (text) => text === 'button: Send response');
    await page.keyboard.press('Enter');
    await webPart(page).getByText('Response sent. The member can read it.').waitFor();
    await webPart(page).getByRole('listitem').filter({ hasText: RESPONSE }).waitFor();
    expect(errors).toEqual([]);
    await context.close();

    const mine = await new EnquiryRepository(spAs(seeded.memberId), '/sites/council').mineInFull();
    const theirs = mine.enquiries.find((enquiry) => enquiry.id === seeded.id);
    expect(theirs?.status).toBe('Responded');
    expect(theirs?.acknowledged).toBeDefined();
    expect(theirs?.assignedOfficerId).toBe(highwaysLiaison);
    const response = mine.updates.find((update) => update.enquiryId === seeded.id && update.kind === 'Response');
    expect(response?.body).toBe(RESPONSE);
    expect(response?.authorId).toBe(highwaysLiaison);

    const another = await new EnquiryRepository(spAs(otherMember), '/sites/council').mineInFull();
    expect(another.enquiries.map((enquiry) => enquiry.id)).not.toContain(seeded.id);
    expect(another.updates.map((update) => update.enquiryId)).not.toContain(seeded.id);
    const direct = await fetch(`${siteUrl}/_api/web/lists/getbytitle('Enquiries')/items(${seeded.id})`, { headers: { Accept: 'application/json;odata=nometadata', 'X-Emulator-User': String(otherMember) } });
    expect(direct.status).toBe(404);
  });
});

/** @jest-environment node */
/**
 * Democratic Services' "All services" in a real browser: the preview's /service-enquiries page against the emulator,
 * which enforces the enquiry folders' permissions. Signed in as Democratic Services (the site's Owners), the queue
 * opens on every service's open enquiries, each row naming its service, axe clean in three themes; one opens by
 * keyboard with its own service's actions. A service's officer is not offered the choice, and asking for it by the
 * address shows them their own service only.
 */
import * as path from 'path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { IRunningPreview, startPreview } from '../../../tools/preview/startPreview';
import { describeViolations, launchChromium, recordPageErrors, runAxe } from '../../support/browser';
import { readPreviewList } from '../../support/previewPage';

jest.setTimeout(240_000);

const projectRoot = path.resolve(__dirname, '..', '..', '..');
const OPEN = ['Received', 'Acknowledged', 'Responded', 'Reopened'];

interface IEmulatorUser {
  readonly id: number;
  readonly persona?: string;
}

interface IEnquiryRow {
  readonly Id: number;
  readonly Title: string;
  readonly EnquiryStatus: string;
  readonly Service: { readonly Title: string };
}

let preview: IRunningPreview;
let browser: Browser;
let origin: string;
let democraticServices: number;
let highwaysLiaison: number;
let open: IEnquiryRow[];

beforeAll(async () => {
  preview = await startPreview({ projectRoot, port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  origin = preview.url.replace(/\/$/, '');
  const users = (await (await fetch(`${origin}/_emulator/users`)).json()) as IEmulatorUser[];
  const withPersona = (persona: string): number => {
    const found = users.find((user) => user.persona === persona);
    if (!found) throw new Error(`No ${persona} in the sample council`);
    return found.id;
  };
  democraticServices = withPersona('Admin — Democratic Services');
  highwaysLiaison = withPersona('Councillor Liaison Officer — Highways');
  // The emulator's default user is Democratic Services, who read every enquiry.
  const rows = await readPreviewList<IEnquiryRow>(preview.siteUrl, 'Enquiries', '$select=Id,Title,EnquiryStatus,Service/Title&$expand=Service');
  open = rows.filter((row) => OPEN.includes(row.EnquiryStatus));
  if (new Set(open.map((row) => row.Service.Title)).size < 2) throw new Error('The sample council needs open enquiries of two services');
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

describe('Democratic Services\u2019 "All services" on the preview', () => {
  test.each(['light', 'dark', 'contrast'])('every service\u2019s open enquiries, each naming its service, pass axe in the %s theme', async (theme) => {
    const { page, context, errors } = await openAs(democraticServices, `/service-enquiries#theme=${theme}`);
    await webPart(page).getByRole('heading', { name: 'Open enquiries for all services' }).waitFor({ timeout: 120_000 });
    const rows = webPart(page).getByTestId('queue-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(open.length);
    const shown = await rows.evaluateAll((elements) => elements.map((row) => Array.from(row.querySelectorAll('td')).slice(0, 2).map((cell) => cell.textContent ?? '')));
    expect(shown.map(([subject, service]) => `${subject} | ${service}`).sort()).toEqual(open.map((row) => `${row.Title} | ${row.Service.Title}`).sort());
    expect(describeViolations(await runAxe(page))).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('keyboard only: an enquiry of another service than the first opens with its own service\u2019s actions', async () => {
    const { page, context, errors } = await openAs(democraticServices);
    const planning = open.find((row) => row.Service.Title === 'Planning and Development');
    if (!planning) throw new Error('No open Planning and Development enquiry');
    const subject = webPart(page).getByRole('button', { name: planning.Title });
    await subject.waitFor({ timeout: 120_000 });
    await subject.focus();
    await page.keyboard.press('Enter');
    await webPart(page).getByRole('heading', { name: planning.Title, level: 3 }).waitFor();
    await webPart(page).getByRole('combobox', { name: /^Assign to an officer of Planning and Development/ }).waitFor();
    expect(page.url()).toBe(`${origin}/service-enquiries?enquiryservice=all&enquiry=${planning.Id}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a service\u2019s officer asking for all services by the address sees their own service only', async () => {
    const { page, context } = await openAs(highwaysLiaison, '/service-enquiries?enquiryservice=all');
    await webPart(page).getByRole('heading', { name: 'Open enquiries for Highways' }).waitFor({ timeout: 120_000 });
    const rows = webPart(page).getByTestId('queue-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(open.filter((row) => row.Service.Title === 'Highways').length);
    expect(await webPart(page).getByRole('heading', { name: 'Open enquiries for all services' }).count()).toBe(0);
    await context.close();
  });
});

/** @jest-environment node */
/**
 * "Raise an enquiry with <service>" in a real browser: the preview's officer directory (its page sets the Member
 * enquiries page, as an editor would) against the emulator. A member opens a service that takes enquiries, follows
 * the link by keyboard and lands on the enquiries form with that service chosen; a service that takes none offers no
 * link; axe WCAG 2.2 AA on the answer with the link.
 */
import * as path from 'path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { IRunningPreview, startPreview } from '../../../tools/preview/startPreview';
import { describeViolations, launchChromium, recordPageErrors, runAxe } from '../../support/browser';
import { readPreviewList } from '../../support/previewPage';

jest.setTimeout(240_000);

const projectRoot = path.resolve(__dirname, '..', '..', '..');

interface IServiceRow {
  readonly Id: number;
  readonly Title: string;
  readonly TakesEnquiries: boolean;
}

interface IEmulatorUser {
  readonly id: number;
  readonly persona?: string;
}

let preview: IRunningPreview;
let browser: Browser;
let origin: string;
let member: number;
let taking: IServiceRow;
let notTaking: IServiceRow;

beforeAll(async () => {
  preview = await startPreview({ projectRoot, port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  origin = preview.url.replace(/\/$/, '');
  const users = (await (await fetch(`${origin}/_emulator/users`)).json()) as IEmulatorUser[];
  const found = users.find((user) => /^Member for .+ ward/.test(user.persona ?? ''));
  if (!found) throw new Error('The sample council has no member persona');
  member = found.id;
  const services = await readPreviewList<IServiceRow>(preview.siteUrl, 'Services', '$select=Id,Title,TakesEnquiries');
  const planning = services.find((service) => service.Title === 'Planning and Development' && service.TakesEnquiries);
  const other = services.find((service) => !service.TakesEnquiries);
  if (!planning || !other) throw new Error('The sample council needs a service that takes enquiries and one that does not');
  [taking, notTaking] = [planning, other];
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

async function openAs(userId: number, address: string): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB' });
  await context.addCookies([{ name: 'emulator-user', value: String(userId), url: origin }]);
  const page = await context.newPage();
  const errors = recordPageErrors(page);
  await page.goto(`${origin}${address}`);
  return { page, context, errors };
}

function directory(page: Page): Locator {
  return page.getByRole('region', { name: 'Officer directory web part' });
}

describe('raising an enquiry from the officer directory', () => {
  test('a member follows "Raise an enquiry with <service>" by keyboard to the form with the service chosen', async () => {
    const { page, context, errors } = await openAs(member, `/?otab=browse&osvc=${taking.Id}`);
    const link = directory(page).getByRole('link', { name: `Raise an enquiry with ${taking.Title}` });
    await link.waitFor({ timeout: 120_000 });
    expect(await link.getAttribute('href')).toBe(`${origin}/enquiries?service=${taking.Id}`);
    expect(describeViolations(await runAxe(page))).toBe('');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${origin}/enquiries?service=${taking.Id}`);
    const form = page.getByRole('region', { name: 'Member enquiries web part' }).getByRole('form', { name: 'Raise an enquiry' });
    await form.waitFor({ timeout: 120_000 });
    expect(await form.getByRole('combobox', { name: /^Service/ }).innerText()).toContain(taking.Title);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a service that takes no enquiries offers no link', async () => {
    const { page, context } = await openAs(member, `/?otab=browse&osvc=${notTaking.Id}`);
    await directory(page).getByRole('heading', { name: notTaking.Title, level: 3 }).waitFor({ timeout: 120_000 });
    expect(await directory(page).getByRole('link', { name: /^Raise an enquiry/ }).count()).toBe(0);
    await context.close();
  });
});

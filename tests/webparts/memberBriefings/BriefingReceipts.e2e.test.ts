/** @jest-environment node */
/**
 * Read and acknowledged receipts in a real browser on the preview: a member marks this week's
 * briefing read and acknowledges an item (mouse and keyboard) in the Teams frame; a second member
 * cannot read the first's receipt (the emulator answers 404, as SharePoint's item-level
 * permissions leave it out); Democratic Services see the coverage count change on the admins'
 * page; axe WCAG 2.2 AA in the light, dark and high-contrast themes with the controls on screen.
 */
import * as path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { IRunningPreview, startPreview } from '../../../tools/preview/startPreview';
import { describeViolations, launchChromium, recordPageErrors, runAxe, saveScreenshot } from '../../support/browser';

jest.setTimeout(180_000);

const projectRoot = path.resolve(__dirname, '..', '..', '..');
const MARK = "Mark this week's briefing as read";
const READ_DONE = 'You have marked this briefing as read.';

interface IUser {
  readonly id: number;
  readonly persona?: string;
}

let preview: IRunningPreview;
let browser: Browser;
let origin: string;
let users: IUser[];
const contexts: BrowserContext[] = [];

async function pageAs(user: IUser, address: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB' });
  contexts.push(context);
  await context.addCookies([{ name: 'emulator-user', value: String(user.id), url: origin }]);
  const page = await context.newPage();
  const errors = recordPageErrors(page);
  await page.goto(`${origin}${address}`);
  return { page, errors };
}

async function openBriefings(user: IUser): Promise<{ page: Page; errors: string[] }> {
  const opened = await pageAs(user, '/teams');
  await opened.page.getByRole('tab', { name: 'Member briefings' }).click();
  await opened.page.getByRole('main').getByRole('article').first().waitFor();
  return opened;
}

/** Democratic Services' "Read by N of M current members." for the latest briefing. */
async function readCount(admin: Page): Promise<number> {
  const summary = admin.getByText(/^Read by \d+ of \d+ current members\.$/);
  await summary.waitFor({ timeout: 60_000 });
  return Number(/^Read by (\d+)/.exec(await summary.innerText())?.[1]);
}

/** The newest receipt the signed-in browser user can read, asked through the page's own cookie. */
async function apiStatus(page: Page, pathAndQuery: string): Promise<{ status: number; body: string }> {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { headers: { Accept: 'application/json;odata=nometadata' } });
    return { status: response.status, body: await response.text() };
  }, `${preview.siteUrl}/_api/web/lists/getbytitle('BriefingReceipts')/${pathAndQuery}`);
}

beforeAll(async () => {
  preview = await startPreview({ projectRoot, port: 0, host: '127.0.0.1' });
  origin = preview.url.replace(/\/$/, '');
  browser = await launchChromium();
  users = (await (await fetch(`${origin}/_emulator/users`)).json()) as IUser[];
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await preview?.close();
});

describe('read and acknowledged receipts on the preview', () => {
  it('a member reads and acknowledges, a second member cannot see it, and the admin sees coverage change', async () => {
    const members = users.filter((user) => user.persona?.startsWith('Member for'));
    const [first, second] = members;
    const admin = users.find((user) => user.persona === 'Admin — Democratic Services') as IUser;

    const member = await openBriefings(first);
    const content = member.page.getByRole('main');
    // The sample council has some receipts already: start from "not read" for this member.
    await content.getByRole('button', { name: MARK }).or(content.getByText(READ_DONE)).first().waitFor();
    if (await content.getByText(READ_DONE).isVisible()) {
      await content.getByRole('button', { name: 'Undo: mark this briefing as not read' }).click();
      await content.getByRole('button', { name: MARK }).waitFor();
    }

    const adminPage = (await pageAs(admin, '/admin')).page;
    const before = await readCount(adminPage);

    await content.getByRole('button', { name: MARK }).click();
    await content.getByText(READ_DONE).waitFor();
    await member.page.waitForFunction(() => Array.from(document.querySelectorAll('[role="status"]')).some((region) => region.textContent === 'Marked as read.'));

    // Acknowledge by keyboard: this week's first item asks for it in the sample council.
    const acknowledge = content.getByRole('button', { name: /^Acknowledge: / }).first();
    if (await acknowledge.count()) {
      const title = ((await acknowledge.getAttribute('aria-label')) ?? '').replace(/^Acknowledge: /, '');
      await acknowledge.focus();
      await member.page.keyboard.press('Enter');
      await content.getByRole('button', { name: `Undo acknowledgement: ${title}` }).waitFor();
    }
    await content.getByText('You have acknowledged this item.').first().waitFor();

    const newest = await apiStatus(member.page, 'items?$select=Id,AuthorId,ReceiptKind&$orderby=Id desc&$top=1');
    expect(newest.status).toBe(200);
    const [receipt] = (JSON.parse(newest.body) as { value: { Id: number; AuthorId: number }[] }).value;
    expect(receipt.AuthorId).toBe(first.id);

    // A second member: the receipt is not theirs, so SharePoint (and the emulator) leaves it out and answers 404.
    const other = await openBriefings(second);
    const byId = await apiStatus(other.page, `items(${receipt.Id})`);
    expect(byId.status).toBe(404);
    expect(byId.body).toMatch(/Item does not exist/);
    const theirs = await apiStatus(other.page, 'items?$select=Id,AuthorId&$top=5000');
    const theirRows = (JSON.parse(theirs.body) as { value: { Id: number; AuthorId: number }[] }).value;
    expect(theirRows.map((row) => row.Id)).not.toContain(receipt.Id);
    expect(theirRows.every((row) => row.AuthorId === second.id)).toBe(true);

    // Democratic Services check again and see one more reader.
    await adminPage.getByRole('button', { name: 'Check coverage again' }).click();
    await adminPage.waitForFunction(
      (expected) => Array.from(document.querySelectorAll('p')).some((p) => p.textContent === `Read by ${expected} of ${p.textContent?.split(' of ')[1]?.split(' ')[0]} current members.`),
      before + 1
    );
    expect(await readCount(adminPage)).toBe(before + 1);
    const reminder = adminPage.getByRole('link', { name: /^Email a reminder to the .* not read it/ }).first();
    expect(await reminder.getAttribute('href')).toMatch(/^mailto:[^?]*$/);

    expect(member.errors).toEqual([]);
    expect(other.errors).toEqual([]);
  });

  it.each(['light', 'dark', 'contrast'] as const)('the receipt controls and the coverage report pass axe WCAG 2.2 AA in the %s theme', async (theme) => {
    const [first] = users.filter((user) => user.persona?.startsWith('Member for'));
    const member = await openBriefings(first);
    await member.page.evaluate((name) => {
      window.location.hash = `theme=${name}`;
    }, theme);
    await member.page.waitForFunction((name) => window.location.hash === `#theme=${name}`, theme);
    const content = member.page.getByRole('main');
    await content.getByRole('button', { name: MARK }).or(content.getByText(READ_DONE)).first().waitFor();
    await saveScreenshot(member.page, `briefing-receipts-teams-${theme}`);
    expect(describeViolations(await runAxe(member.page))).toBe('');

    const admin = users.find((user) => user.persona === 'Admin — Democratic Services') as IUser;
    const adminPage = (await pageAs(admin, `/admin#theme=${theme}`)).page;
    await readCount(adminPage);
    await saveScreenshot(adminPage, `briefing-coverage-${theme}`);
    expect(describeViolations(await runAxe(adminPage))).toBe('');
  });
});

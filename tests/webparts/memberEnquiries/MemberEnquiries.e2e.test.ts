/** @jest-environment node */
/**
 * Member enquiries in a real browser: the preview's /enquiries page (the real component and repositories against
 * the emulator, sample council) in Debian's chromium. A member raises an enquiry and sees it in My enquiries;
 * another member cannot see it, in the page or by asking the REST API for it (the emulator enforces the folder
 * permissions as SharePoint would); a keyboard-only member raises one; axe WCAG 2.2 AA in light, dark and
 * high-contrast themes, on the list and on the form.
 */
import * as path from 'path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { IRunningPreview, startPreview } from '../../../tools/preview/startPreview';
import { describeViolations, launchChromium, recordPageErrors, runAxe, saveScreenshot } from '../../support/browser';

jest.setTimeout(240_000);

const projectRoot = path.resolve(__dirname, '..', '..', '..');

let preview: IRunningPreview;
let browser: Browser;
let origin: string;
let members: readonly { readonly id: number; readonly ward: string; readonly name: string }[];
let democraticServices: number;

interface IEmulatorUser {
  readonly id: number;
  readonly title: string;
  readonly persona?: string;
}

beforeAll(async () => {
  preview = await startPreview({ projectRoot, port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  origin = preview.url.replace(/\/$/, '');
  const users = (await (await fetch(`${origin}/_emulator/users`)).json()) as IEmulatorUser[];
  members = users
    .map((user) => ({ id: user.id, name: user.title, match: /^Member for (.+) ward/.exec(user.persona ?? '') }))
    .filter((user): user is { id: number; name: string; match: RegExpExecArray } => user.match !== null)
    .map((user) => ({ id: user.id, name: user.name, ward: user.match[1] }));
  if (members.length < 2) throw new Error('The sample council needs two member personas');
  const admin = users.find((user) => user.persona === 'Admin — Democratic Services');
  if (!admin) throw new Error('The sample council has no Democratic Services persona');
  democraticServices = admin.id;
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

async function openAs(userId: number, address = '/enquiries'): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB' });
  await context.addCookies([{ name: 'emulator-user', value: String(userId), url: origin }]);
  const page = await context.newPage();
  const errors = recordPageErrors(page);
  await page.goto(`${origin}${address}`);
  return { page, context, errors };
}

function webPart(page: Page): Locator {
  return page.getByRole('region', { name: 'Member enquiries web part' });
}

/** My enquiries has drawn: the list or the empty state. */
async function myEnquiriesShown(page: Page): Promise<void> {
  await webPart(page)
    .getByRole('list', { name: 'Your enquiries, newest first' })
    .or(webPart(page).getByRole('heading', { name: 'You have not raised any enquiries' }))
    .waitFor({ timeout: 60_000 });
}

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    const labelledBy = (element.getAttribute('aria-labelledby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    const label = element.id ? (document.querySelector(`label[for="${element.id}"]`)?.textContent ?? '') : '';
    return `${element.getAttribute('role') ?? element.tagName.toLowerCase()}: ${`${label} ${labelledBy} ${element.getAttribute('aria-label') ?? ''} ${element.textContent ?? ''}`.trim()}`.replace(/[\uE000-\uF8FF]/g, '');
  });
}

/** Presses Tab until the focused element satisfies `accept`, at most `limit` times. */
async function tabUntil(page: Page, accept: (text: string) => boolean, limit = 60): Promise<string> {
  const seen: string[] = [];
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const text = await focusedText(page);
    if (accept(text)) return text;
    seen.push(text.slice(0, 60));
  }
  throw new Error(`Tab never reached the control; focus went to:\n${seen.join('\n')}`);
}

/** Reads an Enquiries item by id as a given user, as the browser would (the emulator's cookie says who). */
async function readEnquiryAs(userId: number, id: number): Promise<number> {
  const response = await fetch(`${origin}/sites/council/_api/web/lists/getbytitle('Enquiries')/items(${id})?$select=Id,Title`, {
    headers: { Accept: 'application/json;odata=nometadata', Cookie: `emulator-user=${userId}` }
  });
  return response.status;
}

describe('member enquiries on the preview', () => {
  const subject = `Fallen tree on the footpath ${Date.now()}`;
  let raisedId: number;

  test('a member raises an enquiry and sees it in My enquiries; another member cannot see it', async () => {
    const [author, other] = members;
    const { page, context, errors } = await openAs(author.id);
    await myEnquiriesShown(page);
    await webPart(page).getByRole('tab', { name: 'Raise an enquiry' }).click();
    const form = webPart(page).getByRole('form', { name: 'Raise an enquiry' });
    await form.waitFor({ timeout: 60_000 });
    // The member's own ward is chosen for them.
    expect(await form.getByRole('combobox', { name: /^Ward/ }).innerText()).toContain(author.ward);
    await form.getByRole('textbox', { name: /^Subject/ }).fill(subject);
    await form.getByRole('textbox', { name: /^Details/ }).fill('A tree has come down across the footpath by the river after the storm.');
    await form.getByRole('combobox', { name: /^Service/ }).click();
    await page.getByRole('option', { name: 'Highways' }).click();
    await form.getByText(/^The service should acknowledge it by .+ and respond by .+\.$/).waitFor();
    await form.getByRole('button', { name: 'Send enquiry' }).click();
    await webPart(page).getByText(`Your enquiry “${subject}” was sent to Highways.`).waitFor({ timeout: 60_000 });
    const card = webPart(page).getByRole('listitem').filter({ has: page.getByRole('button', { name: subject }) });
    await card.waitFor({ timeout: 60_000 });
    expect(await card.innerText()).toContain('Status: Received');
    raisedId = Number(await card.getByRole('button', { name: subject }).getAttribute('data-enquiry-id'));
    expect(raisedId).toBeGreaterThan(0);
    await card.getByRole('button', { name: subject }).click();
    await webPart(page).getByRole('heading', { level: 3, name: subject }).waitFor();
    expect(errors).toEqual([]);
    await context.close();

    // The author reads it through the REST API; another member is refused as if it did not exist.
    expect(await readEnquiryAs(author.id, raisedId)).toBe(200);
    expect(await readEnquiryAs(other.id, raisedId)).toBe(404);
    const second = await openAs(other.id);
    await myEnquiriesShown(second.page);
    expect(await webPart(second.page).getByText(subject).count()).toBe(0);
    await second.context.close();
  });

  test('Democratic Services logs an enquiry that came by phone for a member, who sees it as theirs', async () => {
    const member = members[0];
    const phoned = `Abandoned car on the verge ${Date.now()}`;
    const { page, context, errors } = await openAs(democraticServices);
    await webPart(page).getByRole('tab', { name: 'Raise an enquiry' }).click();
    const form = webPart(page).getByRole('form', { name: 'Raise an enquiry' });
    await form.waitFor({ timeout: 60_000 });
    await form.getByText('You are logging an enquiry that came by phone or email. The member sees it as theirs.').waitFor();
    await form.getByRole('combobox', { name: /^Member/ }).click();
    await page.getByRole('option', { name: member.name }).click();
    await form.getByRole('textbox', { name: /^Subject/ }).fill(phoned);
    await form.getByRole('textbox', { name: /^Details/ }).fill('Logged by phone: a car has been left on the verge for a month.');
    await form.getByRole('combobox', { name: /^Service/ }).click();
    await page.getByRole('option', { name: 'Highways' }).click();
    await form.getByRole('button', { name: 'Send enquiry' }).click();
    await webPart(page).getByText(`Your enquiry “${phoned}” was sent to Highways.`).waitFor({ timeout: 60_000 });
    expect(errors).toEqual([]);
    await context.close();

    // The member sees it in My enquiries, saying who logged it; a member's own form has no Member field.
    const theirs = await openAs(member.id);
    const card = webPart(theirs.page).getByRole('listitem').filter({ has: theirs.page.getByRole('button', { name: phoned }) });
    await card.waitFor({ timeout: 60_000 });
    expect(await card.innerText()).toContain('Logged for you by Democratic Services');
    await webPart(theirs.page).getByRole('tab', { name: 'Raise an enquiry' }).click();
    await webPart(theirs.page).getByRole('form', { name: 'Raise an enquiry' }).waitFor({ timeout: 60_000 });
    expect(await webPart(theirs.page).getByRole('combobox', { name: /^Member/ }).count()).toBe(0);
    await theirs.context.close();
  });

  test.each(['light', 'dark', 'contrast'])('passes axe in the %s theme, on My enquiries and on the form', async (theme) => {
    const { page, context, errors } = await openAs(members[0].id, `/enquiries#theme=${theme}`);
    await myEnquiriesShown(page);
    await saveScreenshot(page, `member-enquiries-${theme}`, { fullPage: false });
    expect(describeViolations(await runAxe(page))).toBe('');
    await webPart(page).getByRole('tab', { name: 'Raise an enquiry' }).click();
    const form = webPart(page).getByRole('form', { name: 'Raise an enquiry' });
    await form.waitFor({ timeout: 60_000 });
    // With the error summary and field errors showing.
    await form.getByRole('button', { name: 'Send enquiry' }).click();
    await webPart(page).getByRole('alert', { name: 'There is a problem' }).waitFor();
    await saveScreenshot(page, `member-enquiries-form-${theme}`, { fullPage: true });
    expect(describeViolations(await runAxe(page))).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('keyboard only: a member raises an enquiry', async () => {
    const member = members[1];
    const keyboardSubject = `Flooded underpass ${Date.now()}`;
    const { page, context } = await openAs(member.id);
    await myEnquiriesShown(page);
    await tabUntil(page, (text) => text.startsWith('tab: My enquiries'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await webPart(page).getByRole('form', { name: 'Raise an enquiry' }).waitFor({ timeout: 60_000 });
    await tabUntil(page, (text) => text.startsWith('input: Subject'));
    await page.keyboard.type(keyboardSubject);
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toMatch(/^textarea: Details/);
    await page.keyboard.type('The underpass floods to ankle depth after rain.');
    await tabUntil(page, (text) => text.startsWith('combobox:') && text.includes('Service'));
    await page.keyboard.press('ArrowDown');
    await tabUntil(page, (text) => text === 'button: Send enquiry');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline).not.toBe('none 0px');
    await page.keyboard.press('Enter');
    await webPart(page).getByText(new RegExp(`^Your enquiry “${keyboardSubject}” was sent to `)).waitFor({ timeout: 60_000 });
    await webPart(page).getByRole('button', { name: keyboardSubject }).waitFor({ timeout: 60_000 });
    await context.close();
  });
});

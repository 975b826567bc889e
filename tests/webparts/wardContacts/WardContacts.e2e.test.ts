/** @jest-environment node */
/**
 * The ward contact sheet in a real browser: the preview's /ward page (the real component and the
 * three real repositories against the emulator, sample council) in Debian's chromium. A member
 * sees their own ward; a keyboard-only reader changes the ward, copies the link and opens it; axe
 * WCAG 2.2 AA in the light, dark and high-contrast themes; the printed sheet has no controls, is
 * black on white and fits on two A4 pages; the member profiles link to the sheet.
 */
import * as path from 'path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { IRunningPreview, startPreview } from '../../../tools/preview/startPreview';
import { describeViolations, launchChromium, recordPageErrors, runAxe, saveScreenshot } from '../../support/browser';

jest.setTimeout(180_000);

const projectRoot = path.resolve(__dirname, '..', '..', '..');

let preview: IRunningPreview;
let browser: Browser;
let origin: string;
let member: { readonly id: number; readonly ward: string };

interface IEmulatorUser {
  readonly id: number;
  readonly persona?: string;
}

beforeAll(async () => {
  preview = await startPreview({ projectRoot, port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  origin = preview.url.replace(/\/$/, '');
  const users = (await (await fetch(`${origin}/_emulator/users`)).json()) as IEmulatorUser[];
  const found = users.map((user) => ({ id: user.id, match: /^Member for (.+) ward/.exec(user.persona ?? '') })).find((user) => user.match !== null);
  if (!found?.match) throw new Error('The sample council has no member persona');
  member = { id: found.id, ward: found.match[1] };
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

async function openAs(userId: number | undefined, address = '/ward'): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  if (userId !== undefined) await context.addCookies([{ name: 'emulator-user', value: String(userId), url: origin }]);
  const page = await context.newPage();
  const errors = recordPageErrors(page);
  await page.goto(`${origin}${address}`);
  return { page, context, errors };
}

function webPart(page: Page): Locator {
  return page.getByRole('region', { name: 'Ward contact sheet web part' });
}

function sheetHeading(page: Page, ward: string | RegExp): Locator {
  return webPart(page).getByRole('heading', { level: 3, name: typeof ward === 'string' ? `Councillors and officers for ${ward}` : ward });
}

/** Presses Tab until the focused element satisfies `accept` (its role, then its accessible text), at most `limit` times. */
async function tabUntil(page: Page, accept: (text: string) => boolean, limit = 60): Promise<string> {
  const seen: string[] = [];
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return '';
      const labelledBy = (element.getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
      return `${element.getAttribute('role') ?? element.tagName.toLowerCase()}: ${`${labelledBy} ${element.getAttribute('aria-label') ?? ''} ${element.textContent ?? ''}`.trim()}`.replace(/[\uE000-\uF8FF]/g, ''); // Fluent's icon-font glyphs
    });
    if (accept(text)) return text;
    seen.push(text.slice(0, 60));
  }
  throw new Error(`Tab never reached the control; focus went to:\n${seen.join('\n')}`);
}

describe('the ward contact sheet on the preview', () => {
  test("a member opens the sheet on their own ward, with its councillors, services and this week's items; axe clean", async () => {
    const { page, context, errors } = await openAs(member.id);
    await sheetHeading(page, member.ward).waitFor({ timeout: 60_000 });
    await webPart(page).getByText(`You are a councillor for ${member.ward}.`).waitFor();
    const councillors = webPart(page).getByRole('region', { name: /^Councillors \(\d+\)$/ });
    expect(await councillors.getByRole('article').count()).toBeGreaterThan(0);
    await webPart(page).getByRole('region', { name: 'Who to contact about what' }).waitFor();
    await webPart(page).getByRole('region', { name: `This week's briefing for ${member.ward}` }).waitFor();
    await saveScreenshot(page, 'ward-contacts-light');
    expect(describeViolations(await runAxe(page))).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  test.each(['dark', 'contrast'])('passes axe in the %s theme', async (theme) => {
    const { page, context, errors } = await openAs(member.id, `/ward#theme=${theme}`);
    await sheetHeading(page, member.ward).waitFor({ timeout: 60_000 });
    await saveScreenshot(page, `ward-contacts-${theme}`, { fullPage: false });
    expect(describeViolations(await runAxe(page))).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('keyboard only: choose another ward, copy the link, and the link opens that ward for someone else', async () => {
    const { page, context } = await openAs(member.id);
    await sheetHeading(page, member.ward).waitFor({ timeout: 60_000 });
    // The ward picker is the browser's own select (named by its <label>): Down chooses the next ward.
    await tabUntil(page, (text) => text.startsWith('select: '));
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).labels?.[0]?.textContent)).toMatch(/^Ward/);
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((ward) => {
      const heading = Array.from(document.querySelectorAll('h3')).find((element) => element.textContent?.startsWith('Councillors and officers for '));
      return heading !== undefined && heading.textContent !== `Councillors and officers for ${ward}`;
    }, member.ward);
    const chosen = (await sheetHeading(page, /^Councillors and officers for /).innerText()).replace('Councillors and officers for ', '');
    const wardId = new URL(page.url()).searchParams.get('wardsheet');
    expect(wardId).toMatch(/^\d+$/);

    await tabUntil(page, (text) => text === 'button: Copy link');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline).toMatch(/^(solid|auto) [2-9]/);
    await page.keyboard.press('Enter');
    await webPart(page).getByText('The link to this sheet was copied.').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${origin}/ward?wardsheet=${wardId}`);
    await context.close();

    // Anyone with the link (here: nobody signed in as a member) sees the same ward.
    const other = await openAs(undefined, new URL(link).pathname + new URL(link).search);
    await sheetHeading(other.page, chosen).waitFor({ timeout: 60_000 });
    await other.context.close();
  });

  test('copy all puts the whole sheet on the clipboard as text', async () => {
    const { page, context } = await openAs(member.id);
    await sheetHeading(page, member.ward).waitFor({ timeout: 60_000 });
    await webPart(page).getByRole('button', { name: 'Copy all' }).click();
    await webPart(page).getByText('The whole sheet was copied.').waitFor();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text.split('\n')[0]).toBe(`Councillors and officers for ${member.ward}`);
    expect(text).toContain('Who to contact about what');
    expect(text).toMatch(/Link to this sheet: .*\/ward\?wardsheet=\d+/);
    await context.close();
  });

  test('prints without controls, black on white in the dark theme, nothing clipped, on one or two A4 pages', async () => {
    const { page, context } = await openAs(member.id, '/ward#theme=dark');
    await sheetHeading(page, member.ward).waitFor({ timeout: 60_000 });
    await page.emulateMedia({ media: 'print' });
    const root = webPart(page).locator('section').first();
    const printed = await root.evaluate((element) => {
      const visible = (node: Element): boolean => (node as HTMLElement).offsetParent !== null;
      const controls = Array.from(element.querySelectorAll('button, input, [role="combobox"], [role="button"]'))
        .filter(visible)
        .map((control) => control.outerHTML.slice(0, 80));
      const texts = Array.from(element.querySelectorAll('h2, h3, h4, h5, h6, p, li, span, a')).filter(visible);
      const colours = [...new Set(texts.map((node) => getComputedStyle(node).color))];
      let background = '';
      for (let node: Element | null = element; node && !background; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor;
        if (colour !== 'rgba(0, 0, 0, 0)') background = colour;
      }
      const clipped = Array.from(element.querySelectorAll('article, article *'))
        .filter((node) => visible(node) && node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).display !== 'inline')
        .map((node) => node.outerHTML.slice(0, 80));
      return { controls, colours, background, clipped };
    });
    expect(printed.controls).toEqual([]);
    expect(printed.colours).toEqual(['rgb(0, 0, 0)']);
    expect(printed.background).toBe('rgb(255, 255, 255)');
    expect(printed.clipped).toEqual([]);
    // The sheet alone on A4 (as "print this part" would give it): Chromium's own PDF, pages counted.
    await page.evaluate(() => {
      const sheet = document.querySelector('[aria-label="Ward contact sheet web part"]');
      if (sheet) document.body.replaceChildren(sheet);
    });
    const pdf = await page.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await context.close();
  });

  test("a member's profile links to the sheet for their ward", async () => {
    const { page, context } = await openAs(member.id, '/');
    const profiles = page.getByRole('region', { name: 'Member profiles web part' });
    await profiles.getByRole('heading', { name: /councillors shown/ }).waitFor({ timeout: 60_000 });
    await profiles.getByRole('list', { name: 'Councillors' }).getByRole('article').first().getByRole('link').first().click();
    const link = page.getByRole('dialog').getByRole('link', { name: /^Ward contact sheet for / });
    const ward = (await link.innerText()).replace('Ward contact sheet for ', '');
    await link.click();
    await page.waitForURL(/\/ward\?wardsheet=\d+$/);
    await sheetHeading(page, ward).waitFor({ timeout: 60_000 });
    await context.close();
  });
});

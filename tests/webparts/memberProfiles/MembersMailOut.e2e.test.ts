/** @jest-environment node */
/**
 * "Email these N members" keyboard only, in Chromium on the preview: a filtered set (here the
 * members who are not councillors) reached with Tab, its mailto link with every address in To:
 * (never Bcc), and "Copy all addresses" with Enter, "; "-separated as Outlook expects.
 */
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
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

interface IFocused {
  readonly name: string;
  readonly href: string | null;
  readonly outline: string;
}

async function focused(page: Page): Promise<IFocused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const style = element ? getComputedStyle(element) : undefined;
    return {
      name: (element?.getAttribute('aria-label') || element?.textContent || '').trim(),
      href: element?.getAttribute('href') ?? null,
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : ''
    };
  });
}

async function tabTo(page: Page, matches: (element: IFocused) => boolean, limit = 150): Promise<IFocused> {
  const passed: string[] = [];
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const element = await focused(page);
    if (matches(element)) return element;
    passed.push(element.name);
  }
  throw new Error(`Not reachable by Tab; passed: ${JSON.stringify(passed)}`);
}

test('Email these 2 members and Copy all addresses, by keyboard only; axe clean in three themes', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: preview.url.replace(/\/$/, '') });
  const page = await context.newPage();
  const errors = recordPageErrors(page);
  await page.goto(`${preview.url.replace(/\/$/, '')}/?type=coopted,independent`);
  await page.getByRole('heading', { name: /^2 of [\d,]+ councillors shown$/ }).waitFor({ timeout: 90_000 });

  // The button's text follows its icon font glyph, so the name is matched anywhere.
  const email = await tabTo(page, (element) => /Email these\s2\smembers/.test(element.name));
  const mailto = new URL(email.href ?? '');
  expect(mailto.protocol).toBe('mailto:');
  expect(decodeURIComponent(mailto.pathname).split(',').sort()).toEqual(['graham.pellow@council.example', 'miriam.ashdown@council.example']);
  expect(email.href).not.toMatch(/bcc=/i);

  const copy = await tabTo(page, (element) => element.name.endsWith('Copy all addresses'), 5);
  await page.keyboard.press('Enter');
  await page.getByText('Copied').first().waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.split('; ').sort()).toEqual(['graham.pellow@council.example', 'miriam.ashdown@council.example']);

  // Axe in the three themes, switched in place as the preview's theme picker does.
  for (const { theme } of PREVIEW_THEMES) {
    await switchPreviewTheme(page, theme);
    await page.getByRole('heading', { name: /^2 of [\d,]+ councillors shown$/ }).waitFor();
    expect(describeViolations(await runAxe(page))).toBe('');
  }
  expect(errors).toEqual([]);
  await context.close();
});

/** @jest-environment node */
/**
 * Each web part in Welsh (UI culture cy-GB) in a real browser: the local preview with `#lang=cy-GB`,
 * as SharePoint gives a page whose user's language is Welsh. Checks the page says it is Welsh, the
 * web part speaks Welsh (strings, dates), English content inside it is marked lang="en", and axe
 * WCAG 2.2 AA finds nothing.
 */
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { IRunningPreview, startPreview } from '../../tools/preview/startPreview';
import { describeViolations, launchChromium, recordPageErrors, runAxe } from '../support/browser';

jest.setTimeout(180_000);

const projectRoot = path.resolve(__dirname, '..', '..');

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

async function openInWelsh(pathAndHash: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'cy-GB' });
  const page = await context.newPage();
  const errors = recordPageErrors(page);
  await page.goto(`${preview.url.replace(/\/$/, '')}/${pathAndHash}`);
  return { page, errors };
}

async function expectWelshPageAxeClean(page: Page, errors: readonly string[]): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy-GB');
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  expect(describeViolations(await runAxe(page))).toBe('');
  expect(errors).toEqual([]);
}

describe('in Welsh (cy-GB)', () => {
  it('member profiles: Welsh tabs, search and counts; axe clean', async () => {
    const { page, errors } = await openInWelsh('#lang=cy-GB');
    await page.getByRole('tab', { name: 'Dod o hyd i gynghorydd' }).waitFor({ timeout: 60_000 });
    await page.getByRole('searchbox', { name: 'Chwilio am gynghorwyr' }).waitFor();
    await page.getByRole('heading', { name: /^Yn dangos pob un o’r [\d,]+ cynghorydd$/ }).waitFor({ timeout: 60_000 });
    await expectWelshPageAxeClean(page, errors);
    await page.context().close();
  });

  it('officer directory: Welsh tabs and a summary with a Welsh count; axe clean', async () => {
    const { page, errors } = await openInWelsh('#lang=cy-GB');
    await page.getByRole('tab', { name: 'Dod o hyd i swyddog' }).waitFor({ timeout: 60_000 });
    await page.getByText(/^[\d,]+ swyddog, diweddarwyd \d{2}:\d{2}$/).waitFor({ timeout: 60_000 });
    await expectWelshPageAxeClean(page, errors);
    await page.context().close();
  });

  it('member briefings: a Welsh week heading, a bilingual item in Welsh first with English one click away; axe clean', async () => {
    const { page, errors } = await openInWelsh('#lang=cy-GB');
    const week = page.getByRole('heading', { level: 3, name: /^Wythnos yn dechrau / }).first();
    await week.waitFor({ timeout: 60_000 });
    expect(await week.textContent()).toMatch(/^Wythnos yn dechrau Dydd Llun \d{1,2} \p{L}+ \d{4}$/u);
    const bilingual = page.getByRole('article').filter({ has: page.getByRole('button', { name: 'Read in English' }) }).first();
    await bilingual.waitFor();
    const article = page.locator(`[id="${await bilingual.getAttribute('id')}"]`);
    const toEnglish = article.getByRole('button', { name: 'Read in English' });
    expect(await toEnglish.getAttribute('lang')).toBe('en');
    const heading = article.getByRole('heading', { level: 5 });
    expect(await heading.getAttribute('lang')).toBe('cy');
    const welshTitle = await heading.textContent();
    await expectWelshPageAxeClean(page, errors);

    await toEnglish.click();
    await article.getByRole('button', { name: 'Darllen yn Gymraeg' }).waitFor();
    expect(await article.getByRole('button', { name: 'Darllen yn Gymraeg' }).getAttribute('lang')).toBe('cy');
    expect(await heading.getAttribute('lang')).toBe('en');
    expect(await heading.textContent()).not.toBe(welshTitle);
    expect(describeViolations(await runAxe(page))).toBe('');
    await page.context().close();
  });

  it('directory health: Welsh headings and counts; axe clean', async () => {
    const { page, errors } = await openInWelsh('admin#lang=cy-GB');
    await page.getByRole('heading', { name: /^Proffiliau aelodau \(\d+\)$/ }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Gwirio eto' }).waitFor();
    await expectWelshPageAxeClean(page, errors);
    await page.context().close();
  });
});

/** @jest-environment node */
/**
 * The three enquiry views in Welsh (cy-GB) on the preview, each as the person who uses it: "Member enquiries" as a
 * member (their enquiries and the form), "Service enquiries" as Highways' Councillor Liaison Officer (the queue and
 * an open enquiry), the "Enquiries report" as Democratic Services. Each shows Welsh headings and labels and Welsh
 * dates (month names), no English string of its own loc file is left on screen, and axe WCAG 2.2 AA is clean.
 * Screenshots go to temp/a11y/welsh-enquiries-<view>.png for a person to look at.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Locator, Page } from 'playwright-core';
import { IRunningPreview, startPreview } from '../../tools/preview/startPreview';
import { describeViolations, launchChromium, recordPageErrors, runAxe } from '../support/browser';

jest.setTimeout(240_000);

const projectRoot = path.resolve(__dirname, '..', '..');
const WELSH_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
const ENGLISH_MONTHS = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/;
/** Long and short Welsh month names, as the views write dates ("4 Rhagfyr 2026", "4 Rhag 2026"). */
const WELSH_SHORT_MONTHS = WELSH_MONTHS.map((_month, index) => new Intl.DateTimeFormat('cy-GB', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, index, 15))));
const WELSH_DATE = new RegExp(`\\b\\d{1,2} (${[...WELSH_MONTHS, ...WELSH_SHORT_MONTHS].join('|')})\\b`);

/** A web part's loc file (AMD `define([], () => ({ … }))`), evaluated without SPFx's loader. */
function locStrings(webPart: string, culture: 'en-us' | 'cy-gb'): Record<string, string> {
  const text = fs.readFileSync(path.join(projectRoot, 'src', 'webparts', webPart, 'loc', `${culture}.js`), 'utf8');
  let strings: Record<string, unknown> = {};
  const define = (_deps: unknown, factory: () => Record<string, unknown>): void => {
    strings = factory();
  };
  new Function('define', text)(define);
  return Object.fromEntries(Object.entries(strings).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/**
 * The English strings of the web part (and the shared ones) that would give away an untranslated screen: whole
 * strings without placeholders, of more than one word, whose Welsh differs. A hard-coded string is not in the loc
 * files, so each view also looks for the English of its own headings in the tests below.
 */
function englishLeaks(webPart: string): string[] {
  const leaks: string[] = [];
  for (const part of [webPart, 'shared']) {
    const english = locStrings(part, 'en-us');
    const welsh = locStrings(part, 'cy-gb');
    for (const [key, value] of Object.entries(english)) {
      if (/\{\d\}/.test(value) || !/\s/.test(value.trim()) || welsh[key] === value) continue;
      leaks.push(value);
    }
  }
  return leaks;
}

interface IEmulatorUser {
  readonly id: number;
  readonly persona?: string;
}

let preview: IRunningPreview;
let browser: Browser;
let origin: string;
let users: IEmulatorUser[];

beforeAll(async () => {
  preview = await startPreview({ projectRoot, port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  origin = preview.url.replace(/\/$/, '');
  users = (await (await fetch(`${origin}/_emulator/users`)).json()) as IEmulatorUser[];
  await fs.promises.mkdir(path.join(projectRoot, 'temp', 'a11y'), { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

function userWith(persona: RegExp): number {
  const found = users.find((user) => persona.test(user.persona ?? ''));
  if (!found) throw new Error(`No ${String(persona)} in the sample council`);
  return found.id;
}

async function openInWelsh(userId: number | undefined, address: string): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'cy-GB' });
  if (userId !== undefined) await context.addCookies([{ name: 'emulator-user', value: String(userId), url: origin }]);
  const page = await context.newPage();
  const errors = recordPageErrors(page);
  await page.goto(`${origin}${address}#lang=cy-GB&theme=light`);
  return { page, errors, close: () => context.close() };
}

/** The heading each is added with (stored in English on the page), as a Welsh reader sees it. */
const WELSH_HEADINGS: Readonly<Record<string, string>> = {
  memberEnquiries: 'Fy ymholiadau',
  serviceEnquiries: 'Ymholiadau gwasanaeth',
  enquiryReport: 'Adroddiad ymholiadau'
};

async function expectWelsh(page: Page, region: Locator, webPart: string, screenshot: string, showsDates = true): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy-GB');
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  const text = await region.innerText();
  if (showsDates) expect(text).toMatch(WELSH_DATE);
  expect(text.match(ENGLISH_MONTHS)?.[0]).toBeUndefined();
  expect(await region.getByRole('heading', { level: 2 }).first().innerText()).toBe(WELSH_HEADINGS[webPart]);
  expect(englishLeaks(webPart).filter((english) => text.includes(english))).toEqual([]);
  await region.screenshot({ path: path.join(projectRoot, 'temp', 'a11y', `welsh-enquiries-${screenshot}.png`) });
  expect(describeViolations(await runAxe(page))).toBe('');
}

describe('the enquiry views in Welsh', () => {
  test('Member enquiries, as a member: their enquiries, one enquiry and the form in Welsh, Welsh dates, axe clean', async () => {
    const { page, errors, close } = await openInWelsh(userWith(/^Member for .+ ward/), '/enquiries');
    const region = page.getByRole('region', { name: 'Member enquiries web part' });
    const list = region.getByRole('list', { name: 'Eich ymholiadau, y diweddaraf yn gyntaf' });
    await list.waitFor({ timeout: 90_000 });
    expect(await list.getByRole('listitem').first().innerText()).toMatch(/Statws: /);
    await expectWelsh(page, region, 'memberEnquiries', 'member-list');
    await list.getByRole('listitem').first().getByRole('heading').getByRole('button').click();
    await region.getByRole('heading', { name: 'Diweddariadau ac ymatebion' }).waitFor();
    await region.getByRole('textbox', { name: /^Ateb neu ychwanegu gwybodaeth/ }).waitFor();
    await expectWelsh(page, region, 'memberEnquiries', 'member-enquiry');
    await region.getByRole('button', { name: 'Yn ôl i fy ymholiadau' }).or(region.getByRole('link', { name: 'Yn ôl i fy ymholiadau' })).click();
    await list.waitFor();
    await region.getByRole('tab', { name: 'Codi ymholiad' }).click();
    await region.getByRole('heading', { name: 'Codi ymholiad' }).waitFor();
    await region.getByRole('textbox', { name: /^Pwnc/ }).waitFor();
    await expectWelsh(page, region, 'memberEnquiries', 'member-form', false);
    expect(errors).toEqual([]);
    await close();
  });

  test('Service enquiries, as Highways\u2019 liaison officer: the queue and an open enquiry in Welsh, Welsh dates, axe clean', async () => {
    const { page, errors, close } = await openInWelsh(userWith(/^Councillor Liaison Officer — Highways$/), '/service-enquiries');
    const region = page.getByRole('region', { name: 'Service enquiries web part' });
    await region.getByRole('heading', { name: /^Ymholiadau agored ar gyfer Highways/ }).waitFor({ timeout: 90_000 });
    await expectWelsh(page, region, 'serviceEnquiries', 'service-queue');
    await region.getByRole('table').first().getByRole('button').first().click();
    await region.getByRole('heading', { level: 3 }).first().waitFor();
    await region.getByRole('combobox', { name: /^Neilltuo i un o swyddogion Highways/ }).waitFor();
    await expectWelsh(page, region, 'serviceEnquiries', 'service-details');
    expect(errors).toEqual([]);
    await close();
  });

  test('Enquiries report, as Democratic Services: headings, tables and period in Welsh, Welsh dates, axe clean', async () => {
    // The emulator's default user is Democratic Services.
    const { page, errors, close } = await openInWelsh(undefined, '/admin');
    const region = page.getByRole('region', { name: 'Enquiries report web part' });
    await region.getByRole('table', { name: new RegExp(`^Ymholiadau fesul gwasanaeth, a ddaeth i law o \\d{1,2} (${WELSH_MONTHS.join('|')}) \\d{4}`) }).waitFor({ timeout: 90_000 });
    await expectWelsh(page, region, 'enquiryReport', 'report');
    expect(errors).toEqual([]);
    await close();
  });
});

/** @jest-environment node */
/**
 * The officer directory in a real browser, keyboard only: the local preview (real components and
 * OfficerRepository against the emulator) in Debian's chromium. Covers what jsdom cannot: Tab
 * order, visible focus, Enter/Escape on the profile panel, focus return, the vCard download, and
 * axe WCAG 2.2 AA (contrast, target size) on search, answers and profile, in SharePoint and Teams.
 */
import * as path from 'path';
import type { Browser, Locator, Page } from 'playwright-core';
import { IRunningPreview, startPreview } from '../../../tools/preview/startPreview';
import { describeViolations, launchChromium, recordPageErrors, runAxe } from '../../support/browser';
import { readPreviewList } from '../../support/previewPage';

jest.setTimeout(120_000);

const projectRoot = path.resolve(__dirname, '..', '..', '..');

interface IOfficerRow {
  readonly Id: number;
  readonly Title: string;
  readonly IsLiaisonOfficer: boolean;
}

interface IServiceRow {
  readonly Id: number;
  readonly Title: string;
  readonly Keywords: string | null;
}

let preview: IRunningPreview;
let browser: Browser;
let officers: IOfficerRow[];
let services: IServiceRow[];

beforeAll(async () => {
  preview = await startPreview({ projectRoot, port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  officers = await readPreviewList<IOfficerRow>(preview.siteUrl, 'Officers', '$select=Id,Title,IsLiaisonOfficer');
  services = await readPreviewList<IServiceRow>(preview.siteUrl, 'Services', '$select=Id,Title,Keywords');
  expect(officers.length).toBeGreaterThan(100);
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

function webPart(page: Page): Locator {
  return page.getByRole('region', { name: 'Officer directory web part' });
}

function profileTitle(page: Page): Locator {
  return page.getByRole('dialog').getByRole('heading', { level: 1 });
}

/** Waits for the panel's fade-in (and any other animation) to end: axe measures colours mid-fade otherwise. */
async function animationsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

async function openPage(search: string, ready: (page: Page) => Locator): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB', acceptDownloads: true });
  const page = await context.newPage();
  const errors = recordPageErrors(page);
  await page.goto(`${preview.url.replace(/\/$/, '')}/${search}`);
  await ready(page).waitFor({ timeout: 60_000 });
  return { page, errors };
}

const summary = (page: Page): Locator => webPart(page).getByText(/^[\d,]+ officers, updated /);

interface IFocused {
  readonly tag: string;
  readonly name: string;
  readonly outline: string;
}

async function focused(page: Page): Promise<IFocused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const style = element ? getComputedStyle(element) : undefined;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      name: (element?.getAttribute('aria-label') || element?.textContent || '').trim(),
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : ''
    };
  });
}

/** Presses Tab until `matches` holds for the focused element; fails if it is not reachable. */
async function tabTo(page: Page, matches: (element: IFocused) => boolean, limit = 200): Promise<IFocused> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const element = await focused(page);
    if (matches(element)) return element;
  }
  throw new Error(`Not reachable with ${limit} presses of Tab`);
}

describe('officer directory, keyboard only', () => {
  test('search, open a CLO with Enter, reach the actions, close with Escape and land back on the name', async () => {
    const unique = officers.filter((officer) => officers.filter((other) => other.Title === officer.Title).length === 1);
    const target = unique.find((officer) => officer.IsLiaisonOfficer) ?? unique[0];
    const { page, errors } = await openPage('', summary);
    expect(await summary(page).innerText()).toMatch(new RegExp(`^${officers.length.toLocaleString('en-GB')} officers, updated \\d\\d:\\d\\d`));

    await tabTo(page, (element) => element.tag === 'input' && element.name === 'Search officers');
    await page.keyboard.type(target.Title);
    await webPart(page).getByRole('heading', { name: /^\d+ officers? match(es)?$/ }).waitFor();

    const link = await tabTo(page, (element) => element.tag === 'a' && element.name === target.Title);
    expect(link.outline).toMatch(/^(solid|auto) [2-9]/);
    await page.keyboard.press('Enter');
    await profileTitle(page).waitFor();
    expect(await profileTitle(page).innerText()).toBe(target.Title);
    expect(new URL(page.url()).searchParams.get('officer')).toBe(String(target.Id));
    if (target.IsLiaisonOfficer) await page.getByRole('dialog').getByRole('heading', { name: 'How I can help councillors' }).waitFor();

    // Icon glyphs are text too, so the button's text ends with its label.
    const action = await tabTo(page, (element) => element.tag === 'a' && element.name.endsWith('Add to contacts'), 40);
    expect(action.outline).toMatch(/^(solid|auto) [2-9]/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe(`${target.Title.replace(/[\\/:*?"<>|]/g, '')}.vcf`);

    await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
    await animationsSettled(page);
    expect(describeViolations(await runAxe(page))).toBe('');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect((await focused(page)).name).toBe(target.Title);
    expect(new URL(page.url()).searchParams.get('officer')).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('“who do I contact about…?” answers a service keyword with the service and its CLOs, and passes axe', async () => {
    const service = services.find((candidate) => candidate.Keywords && candidate.Keywords.split(',')[0].trim() !== '');
    expect(service).toBeDefined();
    const keyword = (service?.Keywords ?? '').split(',')[0].trim();
    const { page, errors } = await openPage(`?otab=ask&ask=${encodeURIComponent(keyword)}`, (opened) =>
      webPart(opened).getByRole('list', { name: 'Services that deal with this' })
    );
    const answers = webPart(page).getByRole('list', { name: 'Services that deal with this' }).getByRole('article');
    const names = await answers.evaluateAll((articles) => articles.map((article) => article.getAttribute('aria-label')));
    expect(names).toContain(service?.Title);
    expect(describeViolations(await runAxe(page))).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test.each(['light', 'dark', 'contrast'])('in the Teams frame (%s theme) search, services and a profile pass axe', async (theme) => {
    const { page, errors } = await openPage(`teams#theme=${theme}`, (opened) => opened.getByRole('tab', { name: 'Officer directory' }));
    await page.getByRole('tab', { name: 'Officer directory' }).click();
    await page.getByText(/^[\d,]+ officers, updated /).waitFor({ timeout: 60_000 });
    // Keyboard, as Fluent's checkbox draws its box over the input.
    await page.getByRole('checkbox', { name: 'Councillor Liaison Officers only' }).focus();
    const allCount = await page.getByRole('heading', { name: /^All [\d,]+ officers$/ }).innerText();
    await page.keyboard.press('Space');
    await page.waitForFunction(
      (before) => Array.from(document.querySelectorAll('h3')).some((heading) => /officers? match/.test(heading.textContent ?? '') && heading.textContent !== before),
      allCount
    );
    expect(describeViolations(await runAxe(page))).toBe('');
    await page.getByRole('tab', { name: 'Browse services' }).click();
    // The first directorate's first service (the statutory officers' box above is a region too).
    await page.getByRole('region', { name: /^Services in / }).first().getByRole('link').first().click();
    await page.getByRole('heading', { name: 'How to contact this service' }).waitFor();
    expect(describeViolations(await runAxe(page))).toBe('');
    await page.getByRole('article').getByRole('heading', { level: 4 }).getByRole('link').first().click();
    await profileTitle(page).waitFor();
    // Let a CLO's liaison profile finish loading, so axe sees the settled panel.
    await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
    await animationsSettled(page);
    expect(describeViolations(await runAxe(page))).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

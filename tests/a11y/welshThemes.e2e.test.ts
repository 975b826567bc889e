/** @jest-environment node */
/**
 * Every view in Welsh (cy-GB) in the light, dark and high-contrast themes, on the preview's SharePoint
 * pages and in its Teams frame: a screenshot of each view per theme (temp/a11y/welsh-<view>-<theme>.png
 * and welsh-teams-<tab>-<theme>.png, for a person to look at), the page saying it is Welsh, each view
 * showing Welsh, and axe WCAG 2.2 AA clean. One page per address, the theme switched in place as the
 * preview's picker does, to keep the test short.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { IRunningPreview, startPreview } from '../../tools/preview/startPreview';
import { describeViolations, launchChromium, recordPageErrors, runAxe } from '../support/browser';
import { PREVIEW_THEMES, switchPreviewTheme } from '../support/previewPage';

jest.setTimeout(240_000);

const projectRoot = path.resolve(__dirname, '..', '..');
const THEMES = PREVIEW_THEMES.map((entry) => entry.theme);
const WELSH_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];

interface IWelshView {
  readonly title: string;
  /** What shows the view has loaded, in Welsh. */
  readonly welsh: (region: Locator) => Locator;
  /** Further Welsh the view must show. */
  readonly alsoWelsh?: (region: Locator) => Locator;
}

/** In the Teams frame each view is a tab, its content the page's main landmark. */
const TEAMS_TABS = ['Member briefings', 'Member profiles', 'Officer directory', 'Ward contact sheet'] as const;

interface IWelshPage {
  readonly address: string;
  readonly views: readonly IWelshView[];
}

const PAGES: readonly IWelshPage[] = [
  {
    address: '/',
    views: [
      { title: 'Member briefings', welsh: (region) => region.getByRole('heading', { level: 3, name: /^Wythnos yn dechrau Dydd Llun / }).first() },
      { title: 'Member profiles', welsh: (region) => region.getByRole('heading', { name: /^Yn dangos pob un o’r [\d,]+ cynghorydd$/ }) },
      { title: 'Officer directory', welsh: (region) => region.getByText(/^[\d,]+ swyddog, diweddarwyd \d{2}:\d{2}$/) }
    ]
  },
  {
    address: '/admin',
    views: [
      { title: 'Directory health', welsh: (region) => region.getByRole('heading', { name: /^Proffiliau aelodau \(\d+\)$/ }) },
      {
        title: 'Enquiries report',
        welsh: (region) => region.getByRole('table', { name: new RegExp(`^Ymholiadau fesul gwasanaeth, a ddaeth i law o \\d{1,2} (${WELSH_MONTHS.join('|')}) \\d{4}`) }),
        alsoWelsh: (region) => region.getByText(/^Yn seiliedig ar yr ymholiadau y gallwch eu gweld/)
      }
    ]
  },
  {
    address: '/ward?wardsheet=1',
    views: [
      {
        title: 'Ward contact sheet',
        welsh: (region) => region.getByRole('heading', { level: 3, name: /^Cynghorwyr a swyddogion ar gyfer / }),
        // This week's line, with a Welsh month (it was written in English before).
        alsoWelsh: (region) => region.getByText(new RegExp(`^Wythnos yn dechrau \\d{1,2} (${WELSH_MONTHS.join('|')}) \\d{4}$`))
      }
    ]
  }
];

let preview: IRunningPreview;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  preview = await startPreview({ projectRoot, port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'cy-GB' });
  await fs.promises.mkdir(path.join(projectRoot, 'temp', 'a11y'), { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

function region(page: Page, view: IWelshView): Locator {
  return page.getByRole('region', { name: `${view.title} web part` });
}

describe.each(PAGES)('in Welsh, $address', ({ address, views }) => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    page = await context.newPage();
    errors = recordPageErrors(page);
    await page.goto(`${preview.url.replace(/\/$/, '')}${address}#lang=cy-GB&theme=light`);
    for (const view of views) await view.welsh(region(page, view)).waitFor({ timeout: 90_000 });
  });

  afterAll(async () => {
    await page?.close();
  });

  test.each(THEMES)('the %s theme: Welsh, a screenshot of each view, axe clean', async (theme) => {
    await switchPreviewTheme(page, theme);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy-GB');
    for (const view of views) {
      await view.welsh(region(page, view)).waitFor();
      if (view.alsoWelsh) await view.alsoWelsh(region(page, view)).waitFor();
      await region(page, view).screenshot({ path: path.join(projectRoot, 'temp', 'a11y', `welsh-${view.title.toLowerCase().replace(/\s+/g, '-')}-${theme}.png`) });
    }
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
    expect(describeViolations(await runAxe(page))).toBe('');
  });

  test('ran cleanly', () => {
    expect(errors).toEqual([]);
  });
});

describe('in Welsh, the Teams frame', () => {
  let page: Page;
  let errors: string[];
  const views = new Map(PAGES.flatMap((welshPage) => welshPage.views.map((view) => [view.title, view] as const)));

  beforeAll(async () => {
    page = await context.newPage();
    errors = recordPageErrors(page);
    await page.goto(`${preview.url.replace(/\/$/, '')}/teams#lang=cy-GB&theme=light`);
    await page.getByRole('tab', { name: TEAMS_TABS[0] }).waitFor({ timeout: 90_000 });
  });

  afterAll(async () => {
    await page?.close();
  });

  test.each(THEMES)('the %s theme: each tab in Welsh, a screenshot of each, axe clean', async (theme) => {
    await switchPreviewTheme(page, theme);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy-GB');
    for (const title of TEAMS_TABS) {
      await page.getByRole('tab', { name: title, exact: true }).click();
      const tab = page.getByRole('main', { name: `${title} tab` });
      const view = views.get(title) as IWelshView;
      if (title === 'Ward contact sheet' && theme === THEMES[0]) {
        // A tab has no address of its own: the reader (an officer) chooses a ward first ("Dewiswch ward").
        await tab.getByRole('heading', { name: 'Dewiswch ward' }).waitFor({ timeout: 90_000 });
        // The ward chooser is a native select: choose its first ward by value, as a person's choice would.
        const wards = tab.getByRole('combobox', { name: /^Ward(\s|$)/ });
        const firstWard = await wards.evaluate((element) => Array.from((element as HTMLSelectElement).options).find((option) => option.value !== '' && !option.disabled)?.value);
        if (firstWard === undefined) throw new Error('The ward chooser has no ward');
        await wards.selectOption(firstWard);
      }
      await view.welsh(tab).waitFor({ timeout: 90_000 });
      if (view.alsoWelsh) await view.alsoWelsh(tab).waitFor();
      await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
      await page.screenshot({ path: path.join(projectRoot, 'temp', 'a11y', `welsh-teams-${title.toLowerCase().replace(/\s+/g, '-')}-${theme}.png`) });
      expect(describeViolations(await runAxe(page))).toBe('');
    }
  });

  test('ran cleanly', () => {
    expect(errors).toEqual([]);
  });
});

/** @jest-environment node */
/**
 * The local preview in a real browser: `npm start`'s server in-process on a free port, Debian's
 * chromium through playwright-core. Checks that the real member profiles view shows the sample
 * council on the SharePoint page and in the Teams frame, that axe finds no WCAG 2.2 AA violation
 * in light, dark and high-contrast themes, and that the persona and throttling switches reach the
 * emulator. Screenshots go to temp/preview-*.png.
 */
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { IRunningPreview, startPreview } from '../../../tools/preview/startPreview';
import {
  describeViolations,
  INetworkProblem, launchChromium, recordNetworkProblems, recordPageErrors, runAxe, saveScreenshot } from '../../support/browser';

jest.setTimeout(60_000);

const projectRoot = path.resolve(__dirname, '..', '..', '..');
const THEMES = ['light', 'dark', 'contrast'] as const;

let preview: IRunningPreview;
let browser: Browser;
let currentMemberNames: string[];
/** e.g. "23 November 2026": the Monday of this week's published briefing. */
let thisWeeksMonday: string;

interface IMemberRow {
  readonly Title: string;
}

interface IBriefingRow {
  readonly Title: string;
  readonly WeekCommencing: string;
  readonly OData__ModerationStatus: number;
}

async function readList<T>(query: string): Promise<T[]> {
  const response = await fetch(`${preview.siteUrl}/_api/web/lists/${query}`, { headers: { Accept: 'application/json;odata=nometadata' } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { value: T[] }).value;
}

beforeAll(async () => {
  // One after the other, so afterAll can close whichever started if the other failed.
  // The default sample council, as `npm start` shows it (a smaller one would change this week's briefing).
  preview = await startPreview({ projectRoot, port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  // What the generator made, read back through the emulated REST API: current members' names and
  // this week's published briefing (the sample council is anchored on today).
  currentMemberNames = (await readList<IMemberRow>("getbytitle('Members')/items?$select=Title&$filter=IsCurrent eq 1&$top=5000")).map(
    (row) => row.Title
  );
  expect(currentMemberNames.length).toBeGreaterThan(10);
  const briefings = await readList<IBriefingRow>(
    "getbytitle('Briefings')/items?$select=Title,WeekCommencing,OData__ModerationStatus&$orderby=WeekCommencing desc&$top=3"
  );
  const published = briefings.find((row) => row.OData__ModerationStatus === 0 && Date.parse(row.WeekCommencing) <= Date.now());
  thisWeeksMonday = /week commencing (.+)$/.exec(published?.Title ?? '')?.[1] ?? '';
  expect(thisWeeksMonday).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

interface IOpenPage {
  readonly page: Page;
  readonly errors: string[];
  readonly network: INetworkProblem[];
}

async function openPage(pathAndHash: string): Promise<IOpenPage> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  const errors = recordPageErrors(page);
  const network = recordNetworkProblems(page);
  await page.goto(`${preview.url.replace(/\/$/, '')}${pathAndHash}`);
  return { page, errors, network };
}

/** Waits until the real briefings view shows this week's briefing. */
async function thisWeeksBriefingOnScreen(page: Page): Promise<void> {
  await page.getByText(`Week commencing Monday ${thisWeeksMonday}`).first().waitFor({ timeout: 20_000 });
}

/**
 * Waits until the member profiles view has loaded members from the emulator (at least three of their
 * names on screen: other views may mention a name or two), and returns the names on screen.
 */
async function memberNamesOnScreen(page: Page): Promise<string[]> {
  await page.waitForFunction(
    (names) => names.filter((name) => document.body.innerText.includes(name)).length >= 3,
    currentMemberNames,
    { timeout: 20_000 }
  );
  const text = await page.evaluate(() => document.body.innerText);
  return currentMemberNames.filter((name) => text.includes(name));
}

/**
 * Resolves once no SharePoint API request has been in flight for a moment: a reload before then would
 * itself cut the views' loads and background checks short (net::ERR_ABORTED), which is the test's doing.
 */
async function apiRequestsSettled(page: Page): Promise<void> {
  let inFlight = 0;
  let lastChange = Date.now();
  const isApi = (request: { url(): string }): boolean => request.url().includes('/_api/');
  const started = (request: { url(): string }): void => {
    if (isApi(request)) (inFlight += 1), (lastChange = Date.now());
  };
  const ended = (request: { url(): string }): void => {
    // A request already under way when this began ends without having been counted.
    if (isApi(request)) (inFlight = Math.max(0, inFlight - 1)), (lastChange = Date.now());
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastChange < 500)) await page.waitForTimeout(100);
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}

/**
 * The page ran cleanly and offline: no script errors, nothing fetched from anywhere but the preview,
 * and no failed request except the sample council's deliberately deleted photos (the view falls back to initials).
 */
function expectCleanRun(opened: IOpenPage): void {
  expect(opened.errors).toEqual([]);
  const origin = new URL(preview.url).origin;
  const unexpected = opened.network.filter(
    (problem) =>
      !(problem.problem === 404 && problem.resourceType === 'image' && new URL(problem.url).origin === origin && /\/SiteAssets\//.test(problem.url))
  );
  expect(unexpected).toEqual([]);
}

async function bodyBackgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const [r, g, b] = (getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? ['0', '0', '0']).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });
}

const THEME_LABELS: Readonly<Record<(typeof THEMES)[number], string>> = { light: 'Light', dark: 'Dark', contrast: 'High contrast' };

interface IHostCase {
  readonly host: string;
  readonly path: string;
  readonly title: RegExp;
  readonly screenshot: string;
  /** What shows that the host's own chrome is there. */
  readonly expectChrome: (page: Page) => Promise<void>;
  /** Waits for the views the host shows first to have loaded their sample data. */
  readonly waitForContent: (page: Page) => Promise<void>;
}

const HOSTS: readonly IHostCase[] = [
  {
    host: 'SharePoint page',
    path: '/',
    title: /SharePoint \(local preview\)/,
    screenshot: 'sharepoint',
    expectChrome: async (page) => {
      expect(await page.getByRole('banner').innerText()).toContain('Wessex Vale');
      expect(await page.getByRole('navigation', { name: 'Site' }).count()).toBe(1);
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    },
    waitForContent: async (page) => {
      await thisWeeksBriefingOnScreen(page);
      expect((await memberNamesOnScreen(page)).length).toBeGreaterThanOrEqual(3);
    }
  },
  {
    host: 'Teams frame',
    path: '/teams',
    title: /Microsoft Teams \(local preview\)/,
    screenshot: 'teams',
    expectChrome: async (page) => {
      expect(await page.getByRole('navigation', { name: 'Teams apps' }).innerText()).toContain('Member–Officer Hub');
      expect(await page.getByRole('tab', { name: 'Member profiles' }).count()).toBe(1);
      expect(await page.getByRole('tab', { name: 'Member briefings', selected: true }).count()).toBe(1);
    },
    // The briefings tab opens first, as the Teams app's tab.
    waitForContent: thisWeeksBriefingOnScreen
  }
];

describe.each(HOSTS)('local preview: $host', (hostCase) => {
  let opened: IOpenPage;

  // One page per host; the themes are switched in place, as the theme picker does.
  beforeAll(async () => {
    opened = await openPage(hostCase.path);
  });

  afterAll(async () => {
    await opened?.page.context().close();
  });

  it('is titled, in UK English, with its host chrome around the real views showing the sample council', async () => {
    const { page } = opened;
    expect(await page.title()).toMatch(hostCase.title);
    expect(await page.getAttribute('html', 'lang')).toBe('en-GB');
    await hostCase.expectChrome(page);
    await hostCase.waitForContent(page);
    expect(await page.getByRole('main').count()).toBe(1);
  });

  it.each(THEMES)('passes axe WCAG 2.2 AA in the %s theme', async (theme) => {
    const { page } = opened;
    await page.evaluate((name) => {
      window.location.hash = `theme=${name}`;
    }, theme);
    // The picker follows the address, and the page re-renders in the same pass.
    await page.getByRole('combobox', { name: 'Theme' }).filter({ hasText: THEME_LABELS[theme] }).waitFor();
    await hostCase.waitForContent(page);

    const luminance = await bodyBackgroundLuminance(page);
    if (theme === 'light') expect(luminance).toBeGreaterThan(0.8);
    else expect(luminance).toBeLessThan(0.2);

    // The first screenful: the SharePoint page with all its views is over 10,000 pixels tall.
    await saveScreenshot(page, `preview-${hostCase.screenshot}-${theme}`, { fullPage: false });
    const violations = await runAxe(page);
    expect(describeViolations(violations)).toBe('');
  });

  it('ran cleanly and offline throughout', () => {
    expectCleanRun(opened);
  });
});

describe('local preview: Teams frame tabs', () => {
  it('switches to the Member profiles tab, which shows the members and passes axe', async () => {
    const opened = await openPage('/teams');
    const { page } = opened;
    try {
      await thisWeeksBriefingOnScreen(page);
      await page.getByRole('tab', { name: 'Member profiles' }).click();
      expect((await memberNamesOnScreen(page)).length).toBeGreaterThanOrEqual(3);
      expect(await page.getByRole('tab', { name: 'Member profiles', selected: true }).count()).toBe(1);
      expect(describeViolations(await runAxe(page))).toBe('');
      expectCleanRun(opened);
    } finally {
      await page.context().close();
    }
  });
});

describe('local preview: preview controls', () => {
  it('signs in as the chosen persona: sets the emulator-user cookie and reloads the data as that user', async () => {
    const opened = await openPage('/');
    const { page } = opened;
    try {
      await memberNamesOnScreen(page);
      const apiCookies: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/_api/')) {
          request.allHeaders().then(
            (headers) => apiCookies.push(headers.cookie ?? ''),
            () => undefined // the page may close before a late request's headers are read
          );
        }
      });

      await page.getByRole('combobox', { name: 'Signed in as' }).click();
      const memberOption = page.getByRole('option', { name: /Member for .* ward/ }).first();
      const optionText = await memberOption.innerText();
      await memberOption.click();

      const cookie = await page.evaluate(() => document.cookie);
      const userId = /emulator-user=(\d+)/.exec(cookie)?.[1];
      expect(userId).toBeDefined();
      // Closed, the picker shows the person's name (the option also says who they are).
      expect(await page.getByRole('combobox', { name: 'Signed in as' }).innerText()).toContain(optionText.split(' — ')[0].trim());
      await memberNamesOnScreen(page);
      await page.waitForTimeout(200);
      expect(apiCookies.some((header) => header.includes(`emulator-user=${userId}`))).toBe(true);
      expectCleanRun(opened);
    } finally {
      await page.context().close();
    }
  });

  it('the theme picker re-themes the page and keeps the choice in the address; the skip link reaches the content by keyboard', async () => {
    const opened = await openPage('/');
    const { page } = opened;
    const themePicker = page.getByRole('combobox', { name: 'Theme' });
    try {
      // Only the page chrome matters here, not the views' data.
      await themePicker.waitFor();
      expect(await bodyBackgroundLuminance(page)).toBeGreaterThan(0.8);
      await themePicker.click();
      await page.getByRole('option', { name: 'Dark' }).click();
      await page.waitForFunction(() => window.location.hash === '#theme=dark');
      expect(await bodyBackgroundLuminance(page)).toBeLessThan(0.2);

      // The choice survives a reload, and keyboard navigation starts at the skip link.
      await apiRequestsSettled(page);
      await page.reload();
      await themePicker.filter({ hasText: 'Dark' }).waitFor();
      expect(await bodyBackgroundLuminance(page)).toBeLessThan(0.2);
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to main content');
      await page.keyboard.press('Enter');
      await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('MAIN');
      expect(await page.evaluate(() => window.location.hash)).toBe('#theme=dark');
      expectCleanRun(opened);
    } finally {
      await page.context().close();
    }
  });

  it('shows the view\'s calm "retrying" notice while the emulator throttles, then the data once it stops', async () => {
    const faultsUrl = `${preview.url}_emulator/faults`;
    const setFaults = (faults: object): Promise<Response> =>
      fetch(faultsUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(faults) });
    await setFaults({ throttleRate: 1, retryAfterSeconds: 2 });
    // The Teams frame opens on one view (briefings), so fewer requests queue behind Retry-After.
    const opened = await openPage('/teams');
    const { page } = opened;
    try {
      const notice = page.getByRole('status').filter({ hasText: /\w/ }).first();
      await notice.waitFor({ timeout: 10_000 });
      // The window only: quick, so throttling stops well before the retries run out.
      await saveScreenshot(page, 'preview-teams-throttled', { fullPage: false });
      await setFaults({ throttleRate: 0 });
      await thisWeeksBriefingOnScreen(page);
      expect(opened.errors).toEqual([]);
    } finally {
      await setFaults({ throttleRate: 0 });
      await page.context().close();
    }
  });

  it('"Simulate throttling" turns the emulator\'s throttling on and off', async () => {
    const opened = await openPage('/');
    const { page } = opened;
    const faultsUrl = `${preview.url}_emulator/faults`;
    const throttleRate = async (): Promise<number> => ((await (await fetch(faultsUrl)).json()) as { throttleRate: number }).throttleRate;
    try {
      const toggle = page.getByRole('switch', { name: 'Simulate throttling' });
      // The switch is disabled until the emulator has said whether it is throttling.
      await page.waitForFunction(() => document.querySelector('[role="switch"]')?.hasAttribute('disabled') === false);
      expect(await throttleRate()).toBe(0);

      await toggle.click();
      await page.waitForFunction(() => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') === 'true');
      expect(await throttleRate()).toBeCloseTo(0.2);

      await toggle.click();
      await page.waitForFunction(() => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') === 'false');
      expect(await throttleRate()).toBe(0);
      expectCleanRun(opened);
    } finally {
      await page.context().close();
    }
  });
});

/** @jest-environment node */
/**
 * Member profiles in a real browser, keyboard only: the local preview (real components and
 * repository against the emulator) in Debian's chromium. Covers what jsdom cannot: Tab order,
 * visible focus, Enter/Escape on the profile panel, focus return, and axe WCAG 2.2 AA (contrast,
 * target size) with the panel open and on the mail-out and committee views.
 */
import * as path from 'path';
import type { Browser, Locator, Page } from 'playwright-core';
import { IRunningPreview, startPreview } from '../../../tools/preview/startPreview';
import { describeViolations, launchChromium, recordPageErrors, runAxe } from '../../support/browser';

jest.setTimeout(90_000);

const projectRoot = path.resolve(__dirname, '..', '..', '..');

interface IMemberRow {
  readonly Id: number;
  readonly Title: string;
  readonly Surname: string;
  readonly Email: string | null;
}

let preview: IRunningPreview;
let browser: Browser;
let members: IMemberRow[];

beforeAll(async () => {
  preview = await startPreview({ projectRoot, port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  const response = await fetch(
    `${preview.siteUrl}/_api/web/lists/getbytitle('Members')/items?$select=Id,Title,Surname,Email&$filter=IsCurrent eq 1&$top=5000`,
    { headers: { Accept: 'application/json;odata=nometadata' } }
  );
  expect(response.status).toBe(200);
  members = ((await response.json()) as { value: IMemberRow[] }).value;
  expect(members.length).toBeGreaterThan(10);
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

/** Opens the page at `search` and waits until `ready` (default: the results count) shows. */
function resultsCount(page: Page): Locator {
  return page.getByRole('heading', { name: /councillors shown/ });
}

function profileTitle(page: Page): Locator {
  return page.getByRole('dialog').getByRole('heading', { level: 1 });
}

async function openPage(search: string, ready: (page: Page) => Locator = resultsCount): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  const errors = recordPageErrors(page);
  await page.goto(`${preview.url.replace(/\/$/, '')}/${search}`);
  await ready(page).waitFor();
  return { page, errors };
}

interface IFocused {
  readonly role: string | null;
  readonly tag: string;
  readonly name: string;
  readonly outline: string;
}

async function focused(page: Page): Promise<IFocused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const style = element ? getComputedStyle(element) : undefined;
    return {
      role: element?.getAttribute('role') ?? null,
      tag: element?.tagName.toLowerCase() ?? '',
      name: (element?.getAttribute('aria-label') || element?.textContent || '').trim(),
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : ''
    };
  });
}

/** Presses Tab until `matches` holds for the focused element; fails if it is not reachable. */
async function tabTo(page: Page, matches: (element: IFocused) => boolean, limit = 60): Promise<IFocused> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const element = await focused(page);
    if (matches(element)) return element;
  }
  throw new Error(`Not reachable with ${limit} presses of Tab`);
}

describe('member profiles, keyboard only', () => {
  test('search, open a profile with Enter, close it with Escape, and land back on the name', async () => {
    const target = members.find((member) => !members.some((other) => other !== member && other.Surname === member.Surname)) ?? members[0];
    const { page, errors } = await openPage('');

    await tabTo(page, (element) => element.tag === 'input' && element.name === 'Search councillors');
    await page.keyboard.type(target.Title);
    await page.getByRole('heading', { name: /\d+ of \d+ councillors shown/ }).waitFor();

    const link = await tabTo(page, (element) => element.tag === 'a' && element.name === target.Title);
    // Visible focus: a real outline, not just a colour change.
    expect(link.outline).toMatch(/^(solid|auto) [2-9]/);

    await page.keyboard.press('Enter');
    await profileTitle(page).waitFor();
    expect(await profileTitle(page).innerText()).toBe(target.Title);
    expect(new URL(page.url()).searchParams.get('member')).toBe(String(target.Id));
    expect(describeViolations(await runAxe(page))).toBe('');

    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect((await focused(page)).name).toBe(target.Title);
    expect(new URL(page.url()).searchParams.get('member')).toBeNull();
    expect(new URL(page.url()).searchParams.get('q')).toBe(target.Title);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the cards show a page at a time: “Show more” by keyboard moves focus to the next councillor; axe passes', async () => {
    const { page, errors } = await openPage('');
    const cards = page.getByRole('list', { name: 'Councillors' }).getByRole('article');
    const shownAtFirst = await cards.count();
    expect(members.length).toBeGreaterThan(shownAtFirst);
    await page.getByText(`Showing the first ${shownAtFirst} of ${members.length}.`).waitFor();
    expect(describeViolations(await runAxe(page))).toBe('');

    const button = await tabTo(page, (element) => element.tag === 'button' && /^Show \d+ more$/.test(element.name), 200);
    // The light Button (src/ui/controls) draws its focus ring as the button's own outline.
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(ring).toMatch(/^(solid|auto) [1-9]/);
    const adding = Math.min(shownAtFirst, members.length - shownAtFirst);
    expect(button.name).toBe(`Show ${adding} more`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((count) => document.querySelectorAll('ul[aria-label="Councillors"] > li').length === count, shownAtFirst + adding);
    const firstNew = await cards.nth(shownAtFirst).getByRole('link').innerText();
    const now = await focused(page);
    expect(now.tag).toBe('a');
    expect(now.name).toBe(firstNew);
    expect(now.outline).toMatch(/^(solid|auto) [2-9]/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a shared profile link opens the profile on load', async () => {
    const target = members[members.length - 1];
    const { page, errors } = await openPage(`?member=${target.Id}`, profileTitle);
    expect(await profileTitle(page).innerText()).toBe(target.Title);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test.each([
    ['compact list', '?layout=list', 'table'],
    ['ward mail-out', '?tab=mailout&mailout=1,2,3', 'Recipients'],
    ['committee roster', '?tab=committees&roster=1', 'list']
  ])('the %s passes axe WCAG 2.2 AA', async (_name, search, ready) => {
    const { page, errors } = await openPage(search, (opened) =>
      ready === 'Recipients' ? opened.getByText('Recipients', { exact: true }) : opened.getByRole('tabpanel').getByRole(ready === 'table' ? 'table' : 'list').first()
    );
    expect(describeViolations(await runAxe(page))).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test.each(['light', 'dark', 'contrast'])('in the Teams frame (%s theme) the profile and the mail-out pass axe', async (theme) => {
    const { page, errors } = await openPage(`teams#theme=${theme}`, (opened) => opened.getByRole('tab', { name: 'Member profiles' }));
    await page.getByRole('tab', { name: 'Member profiles' }).click();
    await resultsCount(page).waitFor();
    await page.getByRole('article').first().getByRole('link').click();
    await profileTitle(page).waitFor();
    expect(describeViolations(await runAxe(page))).toBe('');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: "Email a ward's councillors" }).click();
    // Keyboard, as a keyboard-only officer would: open the list, tick the first two wards, close.
    await page.getByRole('combobox', { name: 'Wards' }).focus();
    await page.keyboard.press('Enter');
    // Fluent moves focus into the list once it has positioned it; keys before then go elsewhere.
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'option');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelectorAll('[role="option"][aria-selected="true"]').length === 2);
    await page.keyboard.press('Escape');
    await page.getByText('Recipients', { exact: true }).waitFor();
    expect(describeViolations(await runAxe(page))).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the ward mail-out puts every local member in To:', async () => {
    const { page } = await openPage('?tab=mailout&mailout=1,2,3', (opened) => opened.getByRole('link', { name: /^Email all \d+$/ }));
    const emailAll = page.getByRole('link', { name: /^Email all \d+$/ });
    const href = (await emailAll.getAttribute('href')) ?? '';
    const count = Number(/\d+/.exec(await emailAll.innerText())?.[0]);
    expect(href.startsWith('mailto:')).toBe(true);
    expect(href).not.toMatch(/[?&](bcc|cc)=/i);
    expect(href.slice('mailto:'.length).split(',')).toHaveLength(count);
    await page.context().close();
  });
});

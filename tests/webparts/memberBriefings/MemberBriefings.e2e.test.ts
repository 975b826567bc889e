/** @jest-environment node */
/**
 * Member briefings in a real browser: the local preview's Teams frame (real component, real
 * BriefingRepository against the emulator, the product's Teams module over the frame's teams-js
 * stand-in) in Debian's chromium. Covers what jsdom cannot: keyboard-only week navigation with a
 * visible focus ring, the Teams theme followed live, and axe WCAG 2.2 AA (contrast, target size)
 * in the default, dark and high-contrast Teams themes.
 */
import * as path from 'path';
import type { Browser, Locator, Page } from 'playwright-core';
import { formatCalendarDate, previousWeek, weekCommencingAt } from '../../../src/model/ukDates';
import { IRunningPreview, startPreview } from '../../../tools/preview/startPreview';
import { describeViolations, launchChromium, recordPageErrors, runAxe, saveScreenshot } from '../../support/browser';

jest.setTimeout(120_000);

const projectRoot = path.resolve(__dirname, '..', '..', '..');

let preview: IRunningPreview;
let browser: Browser;
let page: Page;
let errors: string[];

function tabContent(): Locator {
  return page.getByRole('main');
}

function weekHeading(): Locator {
  return tabContent().getByRole('heading', { level: 3, name: /^Week commencing/ });
}

beforeAll(async () => {
  preview = await startPreview({ projectRoot, port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB' });
  page = await context.newPage();
  errors = recordPageErrors(page);
  await page.goto(`${preview.url.replace(/\/$/, '')}/teams`);
  await page.getByRole('tab', { name: 'Member briefings' }).click();
  await weekHeading().waitFor();
});

afterAll(async () => {
  await page?.context().close();
  await browser?.close();
  await preview?.close();
});

describe('member briefings in the Teams frame', () => {
  it('shows this week’s briefing (the sample council always has one) grouped by category, items as articles', async () => {
    const thisWeek = weekCommencingAt(new Date());
    expect(await weekHeading().innerText()).toBe(`Week commencing ${formatCalendarDate(thisWeek, 'weekdayLong')}`);
    await tabContent().getByRole('article').first().waitFor();
    const sections = await tabContent().getByRole('heading', { level: 4 }).allInnerTexts();
    expect(sections.length).toBeGreaterThan(0);
    expect(await tabContent().getByRole('article').count()).toBeGreaterThan(0);
  });

  it('moves to the previous week by keyboard alone, with a visible focus ring', async () => {
    const thisWeek = weekCommencingAt(new Date());
    const previous = page.getByRole('button', { name: 'Previous week' });
    await previous.focus();
    // Tab from the button before it, so focus arrives by keyboard and :focus-visible applies.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const outline = await previous.evaluate((element) => {
      const style = getComputedStyle(element);
      return { focused: document.activeElement === element, outline: `${style.outlineStyle} ${style.outlineWidth}` };
    });
    expect(outline).toEqual({ focused: true, outline: 'solid 2px' });
    await page.keyboard.press('Enter');
    await tabContent()
      .getByRole('heading', { level: 3, name: `Week commencing ${formatCalendarDate(previousWeek(thisWeek), 'weekdayLong')}` })
      .waitFor();
    await page.getByRole('button', { name: 'This week' }).click();
    await tabContent()
      .getByRole('heading', { level: 3, name: `Week commencing ${formatCalendarDate(thisWeek, 'weekdayLong')}` })
      .waitFor();
  });

  it('an officer picks a ward and its items come first, under "Affecting <ward>"', async () => {
    // The week's heading can show before its items do: wait for them.
    await tabContent().getByRole('article').first().waitFor();
    const tagged = await tabContent()
      .getByRole('article')
      .evaluateAll((articles) =>
        articles.flatMap((article) => {
          const terms = Array.from(article.querySelectorAll('dt'));
          const wards = terms.find((term) => term.textContent === 'Wards')?.nextElementSibling?.textContent ?? '';
          return wards === 'All wards' ? [] : wards.split(', ');
        })
      );
    expect(tagged.length).toBeGreaterThan(0);
    const ward = tagged[0];
    await tabContent().getByRole('combobox', { name: /^Show items for ward first/ }).click();
    await page.getByRole('option', { name: ward, exact: true }).click();
    const first = tabContent().getByRole('heading', { level: 4 }).first();
    await tabContent().getByRole('heading', { level: 4, name: `Affecting ${ward}` }).waitFor();
    expect(await first.innerText()).toBe(`Affecting ${ward}`);
    const firstSectionWards = await tabContent()
      .getByRole('region', { name: `Affecting ${ward}` })
      .getByRole('article')
      .evaluateAll((articles) =>
        articles.map((article) => {
          const terms = Array.from(article.querySelectorAll('dt'));
          return terms.find((term) => term.textContent === 'Wards')?.nextElementSibling?.textContent ?? '';
        })
      );
    expect(firstSectionWards.length).toBeGreaterThan(0);
    expect(firstSectionWards.every((wards) => wards.split(', ').includes(ward))).toBe(true);
  });

  it.each(['light', 'dark', 'contrast'] as const)('follows the %s theme live and passes axe WCAG 2.2 AA', async (theme) => {
    await page.evaluate((name) => {
      window.location.hash = `theme=${name}`;
    }, theme);
    await page.waitForFunction((name) => window.location.hash === `#theme=${name}`, theme);
    await tabContent().getByRole('article').first().waitFor();
    // The briefings' own root (inside Fluent's ThemeProvider) takes Teams' page colour.
    const background = await tabContent()
      .getByRole('region', { name: /^Week commencing/ })
      .evaluate((element) => {
        let node: Element | null = element;
        while (node && getComputedStyle(node).backgroundColor === 'rgba(0, 0, 0, 0)') node = node.parentElement;
        return node ? getComputedStyle(node).backgroundColor : '';
      });
    const [r, g, b] = (background.match(/\d+/g) ?? ['0', '0', '0']).map(Number);
    const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    if (theme === 'light') expect(luminance).toBeGreaterThan(0.8);
    else expect(luminance).toBeLessThan(0.2);
    await saveScreenshot(page, `member-briefings-teams-${theme}`);
    expect(describeViolations(await runAxe(page))).toBe('');
  });

  it('a member of a ward sees their ward first, shares an item as a Teams deep link, and the link opens the tab at that item', async () => {
    // A ward with items this week, and a member who represents it (the sample council's personas say "Member for <ward>").
    const taggedWards = await tabContent()
      .getByRole('article')
      .evaluateAll((articles) =>
        articles.flatMap((article) => {
          const terms = Array.from(article.querySelectorAll('dt'));
          const wards = terms.find((term) => term.textContent === 'Wards')?.nextElementSibling?.textContent ?? '';
          return wards === 'All wards' ? [] : wards.split(', ');
        })
      );
    const origin = preview.url.replace(/\/$/, '');
    const users = (await (await fetch(`${origin}/_emulator/users`)).json()) as { id: number; persona?: string }[];
    const member = taggedWards
      .map((ward) => ({ ward, user: users.find((candidate) => candidate.persona?.startsWith(`Member for ${ward} ward`)) }))
      .find((candidate) => candidate.user !== undefined);
    expect(member).toBeDefined();
    const { ward, user } = member as { ward: string; user: { id: number } };

    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await context.addCookies([{ name: 'emulator-user', value: String(user.id), url: origin }]);
    const memberPage = await context.newPage();
    const memberErrors = recordPageErrors(memberPage);
    try {
      await memberPage.goto(`${origin}/teams`);
      const content = memberPage.getByRole('main');
      const ownWard = content.getByRole('region', { name: 'Affecting your ward' });
      await ownWard.getByRole('article').first().waitFor();
      expect(await content.getByRole('heading', { level: 4 }).first().innerText()).toBe('Affecting your ward');
      const ownWardTags = await ownWard.getByRole('article').evaluateAll((articles) =>
        articles.map((article) => {
          const terms = Array.from(article.querySelectorAll('dt'));
          return terms.find((term) => term.textContent === 'Wards')?.nextElementSibling?.textContent ?? '';
        })
      );
      expect(ownWardTags.every((wards) => wards.split(', ').includes(ward))).toBe(true);

      // Share the last item of the week: a Teams deep link to this app's tab with the item as its sub-page.
      const last = content.getByRole('article').last();
      const title = await last.getByRole('heading', { level: 5 }).innerText();
      await last.getByRole('button', { name: 'Copy link' }).click();
      await last.getByText('Link copied').waitFor();
      const link = await memberPage.evaluate(() => navigator.clipboard.readText());
      expect(link.startsWith('https://teams.microsoft.com/l/entity/0f901ec2-f822-4b44-8c4b-939faf7a3a7a/')).toBe(true);
      const subEntityId = (JSON.parse(new URL(link).searchParams.get('context') ?? '{}') as { subEntityId?: string }).subEntityId;
      expect(subEntityId).toMatch(/^item-\d+-\d{4}-\d{2}-\d{2}$/);

      // Teams routes the link to the tab; the preview serves the same path on its own origin.
      const teamsLink = new URL(link);
      await memberPage.goto(`${origin}${teamsLink.pathname}${teamsLink.search}`);
      await memberPage.waitForFunction(
        (expected) => document.activeElement?.tagName === 'ARTICLE' && document.activeElement.querySelector('h5')?.textContent === expected,
        title
      );
      const inView = await memberPage.evaluate(() => {
        const box = (document.activeElement as HTMLElement).getBoundingClientRect();
        return box.top < window.innerHeight && box.bottom > 0;
      });
      expect(inView).toBe(true);
      expect(describeViolations(await runAxe(memberPage))).toBe('');
      expect(memberErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('ran without page errors', () => {
    expect(errors).toEqual([]);
  });
});

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
import { previousWeek, weekCommencingAt } from '../../../src/schema/ukDates';
import { formatCalendarDate } from '../../../src/ui/formatCalendarDate';
import { IRunningPreview, startPreview } from '../../../tools/preview/startPreview';
import { describeViolations, launchChromium, recordPageErrors, runAxe, saveScreenshot, WCAG_AA_TAGS } from '../../support/browser';

async function expectVisible(locator: Locator): Promise<void> {
  expect(await locator.isVisible()).toBe(true);
}

jest.setTimeout(120_000);

const projectRoot = path.resolve(__dirname, '..', '..', '..');

let preview: IRunningPreview;
let browser: Browser;
let page: Page;
let errors: string[];

function tabContent(): Locator {
  return page.getByRole('main');
}

const CONFIDENTIAL = 'Confidential — not for onward distribution';

/** The item id from an article's element id (`<prefix>-item-<id>`). */
async function itemIdOf(article: Locator): Promise<string> {
  return (await article.getAttribute('id'))?.replace(/^.*-item-/, '') ?? '';
}

/** The item ids that searching for `text` links to (each result's address names its item). */
async function searchedItemIds(text: string): Promise<string[]> {
  await page.getByRole('tab', { name: 'Search' }).click();
  const box = tabContent().getByRole('searchbox', { name: 'Search all briefings' });
  await box.fill(text);
  await tabContent().getByText(/items? found$|^No briefing items match/).first().waitFor();
  const hrefs = await tabContent().getByRole('listitem').getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  await box.fill('');
  await page.getByRole('tab', { name: 'This week' }).click();
  await tabContent().getByRole('article').first().waitFor();
  return hrefs.map((href) => new URL(href, 'http://x').searchParams.get('briefingItem') ?? '');
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
    // A native select: chosen by its option's label, as the browser's own list does.
    await tabContent().getByRole('combobox', { name: /^Show items for ward first/ }).selectOption({ label: ward });
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
      // A confidential item offers no link to copy: share the last item that is not confidential.
      const last = content.getByRole('article').filter({ hasNotText: CONFIDENTIAL }).last();
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

  it('a confidential item carries its notice, offers no copy-link or share, and search never finds it', async () => {
    const articles = tabContent().getByRole('article');
    await articles.first().waitFor();
    const confidential = articles.filter({ hasText: CONFIDENTIAL }).first();
    const open = articles.filter({ hasNotText: CONFIDENTIAL }).first();
    await expectVisible(confidential.getByText(CONFIDENTIAL));
    expect(await open.getByRole('button', { name: 'Copy link to this item' }).count()).toBe(1);
    expect(await confidential.getByRole('button', { name: /Copy link|Share/ }).count()).toBe(0);
    const confidentialId = await itemIdOf(confidential);
    const openId = await itemIdOf(open);
    const confidentialTitle = await confidential.getByRole('heading', { level: 5 }).innerText();
    const openTitle = await open.getByRole('heading', { level: 5 }).innerText();
    // The same search finds an ordinary item by its headline, so the absence is the rule, not a miss.
    expect(await searchedItemIds(openTitle)).toContain(openId);
    expect(await searchedItemIds(confidentialTitle)).not.toContain(confidentialId);
  });

  it('prints the week cleanly: no tabs, week buttons, ward picker or item actions; notices kept; black on white in the dark theme; nothing clipped', async () => {
    await page.evaluate(() => {
      window.location.hash = 'theme=dark';
    });
    await page.waitForFunction(() => window.location.hash === '#theme=dark');
    await tabContent().getByRole('article').first().waitFor();
    const onScreenOrder = await tabContent().getByRole('heading', { level: 4 }).allInnerTexts();
    await page.setViewportSize({ width: 700, height: 900 });
    await page.emulateMedia({ media: 'print' });
    try {
      const root = tabContent().locator('section').first();
      expect(await root.getByRole('tablist').isVisible()).toBe(false);
      expect(await root.getByRole('navigation', { name: 'Choose a week' }).isVisible()).toBe(false);
      expect(await root.getByRole('combobox').count()).toBe(0);
      const visibleControls = await root.evaluate((element) =>
        Array.from(element.querySelectorAll('button, input, [role="tab"], [role="combobox"]'))
          .filter((control) => (control as HTMLElement).offsetParent !== null)
          .map((control) => control.outerHTML.slice(0, 80))
      );
      expect(visibleControls).toEqual([]);
      await expectVisible(root.getByText(CONFIDENTIAL).first());
      expect(await tabContent().getByRole('heading', { level: 4 }).allInnerTexts()).toEqual(onScreenOrder);
      const printed = await root.evaluate((element) => {
        const texts = Array.from(element.querySelectorAll('h2, h3, h4, h5, p, dt, dd, li, strong, span, a'));
        const colours = new Set(texts.filter((node) => (node as HTMLElement).offsetParent !== null).map((node) => getComputedStyle(node).color));
        let background = '';
        for (let node: Element | null = element; node && !background; node = node.parentElement) {
          const colour = getComputedStyle(node).backgroundColor;
          if (colour !== 'rgba(0, 0, 0, 0)') background = colour;
        }
        const clipped = Array.from(element.querySelectorAll('article, article *'))
          .filter((node) => (node as HTMLElement).offsetParent !== null && node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).display !== 'inline')
          .map((node) => node.outerHTML.slice(0, 80));
        return { colours: [...colours], background, clipped };
      });
      expect(printed.colours).toEqual(['rgb(0, 0, 0)']);
      expect(printed.background).toBe('rgb(255, 255, 255)');
      expect(printed.clipped).toEqual([]);
    } finally {
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1366, height: 900 });
    }
  });

  it('gives screen readers an outline: h2 web part, h3 week, an h4-named region per category, an h5 heading per item; axe heading and landmark rules pass', async () => {
    await tabContent().getByRole('article').first().waitFor();
    const outline = await tabContent()
      .locator('section')
      .first()
      .evaluate((root) => {
        const levels = Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((heading) => Number(heading.tagName[1]));
        const regions = Array.from(root.querySelectorAll('section[aria-labelledby]'))
          .slice(1)
          .map((section) => {
            const label = document.getElementById(section.getAttribute('aria-labelledby') ?? '');
            const articles = Array.from(section.querySelectorAll('article'));
            return {
              labelledByH4: label?.tagName === 'H4' && label.parentElement === section,
              articlesNamedByH5: articles.length > 0 && articles.every((article) => document.getElementById(article.getAttribute('aria-labelledby') ?? '')?.tagName === 'H5')
            };
          });
        return { levels, regions };
      });
    expect(outline.levels[0]).toBe(2);
    const skips = outline.levels.filter((level, index) => index > 0 && level > outline.levels[index - 1] + 1);
    expect(skips).toEqual([]);
    expect(outline.regions.length).toBeGreaterThan(0);
    expect(outline.regions.every((region) => region.labelledByH4 && region.articlesNamedByH5)).toBe(true);
    const sectionNames = await tabContent().getByRole('heading', { level: 4 }).allInnerTexts();
    for (const name of sectionNames) expect(await tabContent().getByRole('region', { name, exact: true }).count()).toBe(1);
    const structural = (await runAxe(page, ['best-practice', ...WCAG_AA_TAGS])).filter((violation) => /^(heading-order|landmark-)/.test(violation.id));
    expect(describeViolations(structural)).toBe('');
  });

  it('ran without page errors', () => {
    expect(errors).toEqual([]);
  });
});

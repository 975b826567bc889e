/** @jest-environment node */
/**
 * Hardening (issue 8 §2), hostile input and messy data: the three views on the preview's
 * SharePoint page, in Chromium, over a sample council transformed by support/hostileCouncil.ts.
 *
 * Hostile: every rich-text field the views render (Biography, LiaisonProfile, HowToContact,
 * Body, Summary) holds scripts, event handlers, javascript:/data: links, iframes, styles, forms,
 * overlays, off-origin images, audio/video/sources/posters, table and cell backgrounds, pings,
 * ids and names claiming the app's (DOM clobbering); names and titles hold markup; a member's and
 * an officer's Photo is on another origin. Each page: no dialog, the payloads'
 * window flag stays unset (also after hovering and clicking what is left of them), no request
 * leaves the origin, no dangerous element or attribute reaches the DOM, plain fields show their
 * markup as text, and axe finds no WCAG 2.2 AA violation.
 *
 * Messy: a member and an officer with every field empty (no Title, Ward, Service), 2,000-
 * character names, emoji and right-to-left names, photos that do not exist, an emptied briefing
 * item. Every view renders, profiles open, no script or console error, axe still passes.
 */
import * as path from 'path';
import type { Browser, Locator, Page } from 'playwright-core';
import { mondayOf } from '../../src/schema/ukDates';
import { IRunningPreview, startPreview, ukToday } from '../../tools/preview/startPreview';
import { generateSampleCouncil } from '../../tools/sample-council/generateSampleCouncil';
import { describeViolations, launchChromium, runAxe } from '../support/browser';
import { IHardeningPage, openHardeningPage } from './support/hardeningPage';
import { CLAIMED_ID_PREFIX, EVIL_ORIGIN, HOSTILE_FLAG, HOSTILE_NAME, hostileCouncil, IHostileTargets, IMessyTargets, LONG_NAME, messyCouncil, RTL_EMOJI_NAME } from './support/hostileCouncil';
import { briefingOfWeek, loadedMarker, VIEW_KEYS, webPart } from './support/previewViews';

jest.setTimeout(60_000);

const projectRoot = path.resolve(__dirname, '..', '..');

let preview: IRunningPreview;
let browser: Browser;
let hostile: IHostileTargets;
let messy: IMessyTargets;

beforeAll(async () => {
  const sample = generateSampleCouncil({ anchorDate: ukToday(), members: 30, officers: 100, services: 20, weeks: 3 });
  const briefing = briefingOfWeek(sample, mondayOf(ukToday()));
  if (!briefing) throw new Error("The sample council has no briefing this week.");
  const withHostile = hostileCouncil(sample, briefing.Id);
  const withMessy = messyCouncil(withHostile.data, briefing.Id);
  hostile = withHostile.targets;
  messy = withMessy.targets;
  preview = await startPreview({ projectRoot, port: 0, host: '127.0.0.1', data: withMessy.data });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

/** Opens the SharePoint page; waits for every view, or (a profile open, the rest hidden behind it) for the dialog. */
async function open(pathAndQuery: string, ready: 'views' | 'dialog' = 'views'): Promise<IHardeningPage> {
  const opened = await openHardeningPage(browser, preview.url, pathAndQuery);
  // The panel's outer dialog element has no box of its own; its content shows it is open.
  if (ready === 'dialog') await opened.page.locator('[role="dialog"] .ms-Panel-content').waitFor({ timeout: 30_000 });
  else await Promise.all(VIEW_KEYS.map((view) => loadedMarker(opened.page, view).waitFor({ timeout: 30_000 })));
  return opened;
}

/** A web part's section by CSS, so it is found also while a modal dialog hides it from the accessibility tree. */
function section(page: Page, title: string): Locator {
  return page.locator(`section[aria-label="${title} web part"]`);
}

function dialogHeading(page: Page): Locator {
  return page.getByRole('dialog').getByRole('heading', { level: 1 });
}

/** What reached the DOM of the web parts that should never have: elements, handlers, URLs. */
async function dangerousMarkup(page: Page): Promise<string[]> {
  return page.evaluate((claimedPrefix) => {
    const found: string[] = [];
    const roots = Array.from(document.querySelectorAll('section[aria-label$="web part"], [role="dialog"]'));
    for (const root of roots) {
      for (const element of Array.from(root.querySelectorAll('*'))) {
        const tag = element.tagName.toLowerCase();
        if (['script', 'iframe', 'object', 'embed', 'form', 'style', 'meta', 'base', 'link', 'math'].includes(tag)) found.push(`<${tag}>`);
        for (const attribute of Array.from(element.attributes)) {
          const value = attribute.value.trim().toLowerCase();
          if (attribute.name.startsWith('on')) found.push(`<${tag} ${attribute.name}>`);
          if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.name) && /^(javascript|data|vbscript):/.test(value)) {
            found.push(`<${tag} ${attribute.name}="${value.slice(0, 30)}">`);
          }
          // Any address on the other origin, except a link's (fetched only when followed).
          if (value.includes('evil.invalid') && !(tag === 'a' && attribute.name === 'href')) found.push(`<${tag} ${attribute.name}="${value}">`);
          if ((attribute.name === 'id' || attribute.name === 'name') && value.startsWith(claimedPrefix)) found.push(`<${tag} ${attribute.name}="${value}">`);
        }
        if (tag !== 'svg' && element.closest('svg') === null && element instanceof HTMLElement && element.innerText === 'Overlay covering the page') {
          const style = getComputedStyle(element);
          if (style.position === 'fixed' || style.position === 'absolute') found.push('overlay positioned over the page');
        }
      }
    }
    // DOM clobbering: named elements would shadow these document properties.
    for (const property of ['cookie', 'getElementById', 'querySelector']) {
      if ((document as unknown as Record<string, unknown>)[property] instanceof Element) found.push(`document.${property} clobbered`);
    }
    return found;
  }, CLAIMED_ID_PREFIX);
}

/** Hovers, focuses and clicks whatever is left of the payloads, so a surviving handler or link would fire. */
async function poke(page: Page): Promise<number> {
  return page.evaluate((texts) => {
    const targets = Array.from(document.querySelectorAll<HTMLElement>('section[aria-label$="web part"] *, [role="dialog"] *')).filter((element) =>
      texts.includes(element.textContent?.trim() ?? '')
    );
    for (const target of targets) {
      for (const type of ['mouseover', 'mouseenter', 'focus']) target.dispatchEvent(new Event(type, { bubbles: true }));
      target.focus();
      target.click();
    }
    return targets.length;
  }, ['Hover target', 'javascript link', 'encoded javascript link', 'data link']);
}

async function expectNothingRan(opened: IHardeningPage): Promise<void> {
  const { page } = opened;
  // The payloads' words are on the page (what is safe of them is shown), and get poked.
  expect(await poke(page)).toBeGreaterThan(0);
  expect(await page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], HOSTILE_FLAG)).toBeUndefined();
  expect(opened.dialogs).toEqual([]);
  expect(opened.offOrigin).toEqual([]);
  expect(await dangerousMarkup(page)).toEqual([]);
  // Still on the preview (no refresh, no base-href navigation).
  expect(new URL(page.url()).origin).toBe(new URL(preview.url).origin);
  // Markup in names is text: the characters are on screen and no <b>Bold</b> element was made.
  expect(await page.evaluate(() => Array.from(document.querySelectorAll('b')).filter((b) => b.textContent === 'Bold').length)).toBe(0);
  expect(opened.errors).toEqual([]);
  expect(describeViolations(await runAxe(page))).toBe('');
}

describe('hostile input', () => {
  it("member profile: hostile name, biography and links; briefings' hostile bodies alongside", async () => {
    const opened = await open(`/?member=${hostile.memberId}`, 'dialog');
    try {
      expect(await dialogHeading(opened.page).innerText()).toBe(HOSTILE_NAME);
      await opened.page.getByRole('dialog').getByText('Safe paragraph kept.').first().waitFor();
      // This week's items: titles as text, bodies sanitised.
      const briefings = section(opened.page, 'Member briefings');
      await briefings.getByText(`Item ${HOSTILE_NAME}`, { exact: true }).first().waitFor({ timeout: 30_000 });
      expect(await briefings.getByText('Safe paragraph kept.').count()).toBeGreaterThan(0);
      await expectNothingRan(opened);
    } finally {
      await opened.close();
    }
  });

  it('officer profile: hostile name, job title and liaison profile', async () => {
    const opened = await open(`/?officer=${hostile.officerId}`, 'dialog');
    try {
      expect(await dialogHeading(opened.page).innerText()).toBe(`Officer ${HOSTILE_NAME}`);
      await opened.page.getByRole('dialog').getByRole('heading', { name: 'How I can help councillors' }).waitFor();
      await opened.page.getByRole('dialog').getByText('Safe paragraph kept.').first().waitFor();
      await expectNothingRan(opened);
    } finally {
      await opened.close();
    }
  });

  it("“who do I contact?”: a service's hostile name and how-to-contact", async () => {
    const opened = await open(`/?otab=ask&ask=${hostile.serviceKeyword}`);
    try {
      const answers = webPart(opened.page, 'officerDirectory').getByRole('list', { name: 'Services that deal with this' }).getByRole('article');
      await answers.first().waitFor();
      const labels = await answers.evaluateAll((articles) => articles.map((article) => article.getAttribute('aria-label')));
      expect(labels).toContain(`Service ${HOSTILE_NAME}`);
      await answers.first().getByText('Safe paragraph kept.').first().waitFor();
      await expectNothingRan(opened);
      // The DOM check does see such markup when it is there.
      await answers
        .first()
        .evaluate((article, prefix) =>
          article.insertAdjacentHTML('beforeend', `<a href="javascript:void 0" onclick="void 0">x</a><table background="http://evil.invalid/t.png"></table><p id="${prefix}-self">y</p><img name="cookie">`),
          CLAIMED_ID_PREFIX
        );
      expect((await dangerousMarkup(opened.page)).sort()).toEqual([
        '<a href="javascript:void 0">',
        '<a onclick>',
        `<p id="${CLAIMED_ID_PREFIX}-self">`,
        '<table background="http://evil.invalid/t.png">',
        'document.cookie clobbered'
      ]);
    } finally {
      await opened.close();
    }
  });
});

// Rich text may not make readers' browsers call another site: images off the page's origin are
// dropped by the sanitiser (a tracking pixel would tell that site who read the item, and when).
it('an image on another origin in rich text is not fetched (nothing leaves the origin)', async () => {
  const opened = await open(`/?otab=ask&ask=${hostile.pixelServiceKeyword}`);
  try {
    await webPart(opened.page, 'officerDirectory').getByText('Pixel below.').first().waitFor();
    expect([...new Set(opened.offOrigin)]).toEqual([]);
  } finally {
    await opened.close();
  }
});

// The same rule for Image columns: a photo on another origin is not asked for (the initials show instead).
it.each([
  ['the member directory, with a member whose photo is on another origin', (): string => '/', 'views' as const],
  ["that member's profile", (): string => `/?member=${hostile.offOriginPhotoMemberId}`, 'dialog' as const],
  ["an officer's profile whose photo is on another origin", (): string => `/?officer=${hostile.offOriginPhotoOfficerId}`, 'dialog' as const]
])('a photo on another origin is not fetched: %s', async (_case, url, ready) => {
  const opened = await open(url(), ready);
  try {
    await opened.page.waitForLoadState('networkidle');
    expect([...new Set(opened.offOrigin)]).toEqual([]);
    expect(opened.errors).toEqual([]);
  } finally {
    await opened.close();
  }
});

describe('messy data', () => {
  it('every view renders with empty, very long, emoji and right-to-left values and broken photos', async () => {
    const opened = await open('/');
    try {
      const members = webPart(opened.page, 'memberProfiles');
      expect(await members.getByText(RTL_EMOJI_NAME).count()).toBeGreaterThan(0);
      expect(await opened.page.getByText(LONG_NAME.slice(0, 40)).count()).toBeGreaterThan(0);
      // Broken photos fall back to initials: no failed image is left on show.
      const brokenShown = await opened.page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLImageElement>('img[src*="no-such-folder"]')).filter(
          (image) => image.complete && image.naturalWidth === 0 && image.getBoundingClientRect().width > 0 && getComputedStyle(image).opacity !== '0'
        ).length
      );
      expect(brokenShown).toBe(0);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  // A member or officer without a name (Title) is listed as "Name not recorded" (or their email),
  // so no card, link or heading is left without text.
  it('people without a name still get links with text: axe finds nothing on the page', async () => {
    const opened = await open('/');
    try {
      expect(describeViolations(await runAxe(opened.page))).toBe('');
      const sections = opened.page.getByRole('main');
      expect(await sections.locator(`a[href*="member=${messy.emptyMemberId}"]`).first().innerText()).toBe('Name not recorded');
    } finally {
      await opened.close();
    }
  });

  it.each([
    ['a member with every field empty', () => `/?member=${messy.emptyMemberId}`],
    ['a member with a 2,000-character name', () => `/?member=${messy.longNameMemberId}`],
    ['a member with an emoji and right-to-left name', () => `/?member=${messy.rtlMemberId}`],
    ['an officer with every field empty', () => `/?officer=${messy.emptyOfficerId}`],
    ['an officer with a 2,000-character name', () => `/?officer=${messy.longNameOfficerId}`]
  ])('opens the profile of %s without an error', async (_case, url) => {
    const opened = await open(url(), 'dialog');
    try {
      expect(opened.errors).toEqual([]);
      expect(describeViolations(await runAxe(opened.page))).toBe('');
    } finally {
      await opened.close();
    }
  });
});

/** @jest-environment node */
/**
 * Hardening (issue 8 §2), messy data: what admins' hand-edited lists really hold, on the preview's
 * SharePoint page in Chromium, over a sample council transformed by support/hostileCouncil.ts
 * (messyCouncil only: no hostile payloads, so what is on screen can be read as it is).
 *
 * For each case the page shows a sensible fallback, not a blank or a crash, and axe finds no WCAG
 * 2.2 AA violation: choice values the column does not offer (PreferredContact, Category,
 * MembershipRole), dangling lookups (a deleted ward, committee and contact officer: the emulator
 * answers as SharePoint does, the expanded lookup all nulls), required values missing, photos that
 * do not exist, right-to-left names with emoji, and 10,000-character biography, liaison profile
 * and briefing body.
 */
import * as path from 'path';
import type { Browser, Locator, Page } from 'playwright-core';
import { mondayOf } from '../../src/schema/ukDates';
import { IRunningPreview, startPreview, ukToday } from '../../tools/preview/startPreview';
import type { ISiteData } from '../../tools/emulator/siteData';
import { generateSampleCouncil } from '../../tools/sample-council/generateSampleCouncil';
import { describeViolations, launchChromium, runAxe } from '../support/browser';
import { IHardeningPage, openHardeningPage } from './support/hardeningPage';
import {
  IMessyTargets,
  LONG_TEXT_END,
  LONG_TEXT_LENGTH,
  longRichText,
  RTL_EMOJI_NAME,
  messyCouncil,
  UNKNOWN_CATEGORY,
  UNKNOWN_MEMBERSHIP_ROLE,
  UNKNOWN_PREFERRED_CONTACT
} from './support/hostileCouncil';
import { briefingOfWeek, loadedMarker, VIEW_KEYS, webPart } from './support/previewViews';

jest.setTimeout(60_000);

const SKILLS_HEADING = 'Skills and expertise';
const TERM_HEADING = 'Term of office';

const projectRoot = path.resolve(__dirname, '..', '..');

let preview: IRunningPreview;
let browser: Browser;
let data: ISiteData;
let messy: IMessyTargets;

beforeAll(async () => {
  const sample = generateSampleCouncil({ anchorDate: ukToday(), members: 30, officers: 100, services: 20, weeks: 3 });
  const briefing = briefingOfWeek(sample, mondayOf(ukToday()));
  if (!briefing) throw new Error('The sample council has no briefing this week.');
  const withMessy = messyCouncil(sample, briefing.Id);
  data = withMessy.data;
  messy = withMessy.targets;
  preview = await startPreview({ projectRoot, port: 0, host: '127.0.0.1', data });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

async function open(pathAndQuery: string, ready: 'views' | 'dialog' = 'views'): Promise<IHardeningPage> {
  const opened = await openHardeningPage(browser, preview.url, pathAndQuery);
  if (ready === 'dialog') await opened.page.locator('[role="dialog"] .ms-Panel-content').waitFor({ timeout: 30_000 });
  else await Promise.all(VIEW_KEYS.map((view) => loadedMarker(opened.page, view).waitFor({ timeout: 30_000 })));
  return opened;
}

function dialog(page: Page): Locator {
  return page.getByRole('dialog');
}

/** A profile's facts (dt → dd) as text, e.g. { Prefers: 'Email', Ward: 'No ward recorded' }. */
async function facts(scope: Locator): Promise<Record<string, string>> {
  return scope.evaluate((root) => {
    const found: Record<string, string> = {};
    for (const term of Array.from(root.querySelectorAll('dt'))) {
      const detail = term.nextElementSibling;
      if (detail?.tagName === 'DD') found[term.textContent?.trim() ?? ''] = (detail as HTMLElement).innerText.trim();
    }
    return found;
  });
}

/** The list items under a profile section's heading. */
async function sectionItems(scope: Locator, heading: string): Promise<string[]> {
  return scope.getByRole('region', { name: heading, exact: true }).evaluate((root) => Array.from(root.querySelectorAll('li, p')).map((element) => (element as HTMLElement).innerText.trim()));
}

async function expectCleanAndAccessible(opened: IHardeningPage): Promise<void> {
  expect(opened.errors).toEqual([]);
  expect(describeViolations(await runAxe(opened.page))).toBe('');
}

function titleOf(list: 'Members' | 'Officers' | 'BriefingItems', id: number): string {
  const title = data.lists[list].find((item) => item.Id === id)?.fields.Title;
  if (typeof title !== 'string') throw new Error(`${list} item ${id} has no title.`);
  return title;
}

describe('messy data: each view shows a sensible fallback', () => {
  it('a preferred contact the column does not offer: email first, the unknown value never shown', async () => {
    const opened = await open(`/?member=${messy.unknownPreferenceMemberId}`, 'dialog');
    try {
      const panel = dialog(opened.page);
      const actions = panel.getByRole('list', { name: /^Ways to contact / }).getByRole('listitem');
      await actions.first().waitFor();
      // Each label is the icon's glyph, then the text.
      const labels = await actions.allInnerTexts();
      // Falls back to the column's default (Email): the email action comes first, as for an Email preference.
      expect(labels[0]).toMatch(/\bEmail \(preferred\)$/);
      expect(labels.length).toBeGreaterThan(1);
      expect((await facts(panel)).Prefers).toBe('Email');
      expect(await opened.page.getByText(UNKNOWN_PREFERRED_CONTACT).count()).toBe(0);
      await expectCleanAndAccessible(opened);
    } finally {
      await opened.close();
    }
  });

  it('a deleted ward (the lookup points at no item): the profile and the card say no ward is recorded', async () => {
    const opened = await open(`/?member=${messy.deletedWardMemberId}`, 'dialog');
    try {
      const panel = dialog(opened.page);
      await panel.getByRole('heading', { name: 'Party, ward and roles' }).waitFor();
      expect((await facts(panel)).Ward).toBe('No ward recorded');
      // The card in the directory behind the panel (hidden from the accessibility tree while it is open) says the same.
      const card = opened.page.locator(`section[aria-label="Member profiles web part"] article[aria-label="${titleOf('Members', messy.deletedWardMemberId)}"]`);
      expect(await card.innerText()).toContain('No ward recorded');
      await expectCleanAndAccessible(opened);
    } finally {
      await opened.close();
    }
  });

  it('memberships of a deleted committee: left out, the profile says the member is on no committee', async () => {
    // The member did have current seats before their committee was deleted.
    expect(messy.deletedCommitteeSeats).toBeGreaterThan(0);
    const opened = await open(`/?member=${messy.deletedCommitteeMemberId}`, 'dialog');
    try {
      const panel = dialog(opened.page);
      await panel.getByRole('heading', { name: 'Committees' }).waitFor();
      expect(await sectionItems(panel, 'Committees')).toEqual(['Not on any committee.']);
      await expectCleanAndAccessible(opened);
    } finally {
      await opened.close();
    }
  });

  it('a committee role the column does not offer: shown as an ordinary member of each committee', async () => {
    expect(messy.unknownRoleSeats).toBeGreaterThan(0);
    const opened = await open(`/?member=${messy.unknownRoleMemberId}`, 'dialog');
    try {
      const panel = dialog(opened.page);
      await panel.getByRole('heading', { name: 'Committees' }).waitFor();
      const seats = await sectionItems(panel, 'Committees');
      expect(seats.length).toBeGreaterThan(0);
      for (const seat of seats) expect(seat).toMatch(/: Member$/);
      expect(await opened.page.getByText(UNKNOWN_MEMBERSHIP_ROLE).count()).toBe(0);
      await expectCleanAndAccessible(opened);
    } finally {
      await opened.close();
    }
  });

  it('a member with every field empty: name, ward, party, skills and term each say they are not recorded', async () => {
    const opened = await open(`/?member=${messy.emptyMemberId}`, 'dialog');
    try {
      const panel = dialog(opened.page);
      expect(await panel.getByRole('heading', { level: 1 }).innerText()).toBe('Name not recorded');
      const shown = await facts(panel);
      expect(shown.Ward).toBe('No ward recorded');
      expect(shown['Political party']).toBe('No party recorded');
      expect(await sectionItems(panel, SKILLS_HEADING)).toEqual(['Not recorded']);
      expect(await sectionItems(panel, TERM_HEADING)).toEqual(['Not recorded']);
      await expectCleanAndAccessible(opened);
    } finally {
      await opened.close();
    }
  });

  it.each([
    ['a member', () => `/?member=${messy.brokenPhotoMemberId}`],
    ['an officer', () => `/?officer=${messy.brokenPhotoOfficerId}`]
  ])("%s's photo that does not exist: their initials instead, no broken image on show", async (_who, url) => {
    const opened = await open(url(), 'dialog');
    try {
      // The initials (one or two letters, decorative beside the name) are on show in the profile's summary.
      const initialsShown = (): Promise<string[]> =>
        dialog(opened.page)
          .locator('article')
          .first()
          .evaluate((article) =>
            Array.from(article.querySelectorAll<HTMLElement>('*'))
              .filter((element) => element.children.length === 0 && element.getBoundingClientRect().width > 0)
              .map((element) => element.textContent?.trim() ?? '')
              .filter((text) => /^\p{Lu}{1,2}$/u.test(text))
          );
      await opened.page.waitForFunction(() => document.querySelector('[role="dialog"] article') !== null);
      // A failed photo's error event swaps in the initials: give it a few seconds.
      await opened.page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLImageElement>('img[src*="no-such-folder"]')).every((image) => image.complete));
      let initials = await initialsShown();
      for (let tries = 0; initials.length === 0 && tries < 50; tries++) {
        await opened.page.waitForTimeout(100);
        initials = await initialsShown();
      }
      expect(initials.length).toBeGreaterThan(0);
      // The failed photo is not left on show.
      const brokenShown = await opened.page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLImageElement>('[role="dialog"] img[src*="no-such-folder"]')).filter(
          (image) => image.naturalWidth === 0 && image.getBoundingClientRect().width > 0 && getComputedStyle(image).opacity !== '0' && getComputedStyle(image).display !== 'none'
        ).length
      );
      expect(brokenShown).toBe(0);
      await expectCleanAndAccessible(opened);
    } finally {
      await opened.close();
    }
  });

  it.each([
    ['a member', () => `/?member=${messy.rtlMemberId}`],
    ['an officer', () => `/?officer=${messy.rtlOfficerId}`]
  ])("%s's right-to-left name with emoji: shown exactly as the profile's heading", async (_who, url) => {
    const opened = await open(url(), 'dialog');
    try {
      expect(await dialog(opened.page).getByRole('heading', { level: 1 }).innerText()).toBe(RTL_EMOJI_NAME);
      await expectCleanAndAccessible(opened);
    } finally {
      await opened.close();
    }
  });

  it('a 10,000-character biography renders in full', async () => {
    expect(longRichText(LONG_TEXT_LENGTH)).toHaveLength(LONG_TEXT_LENGTH);
    const opened = await open(`/?member=${messy.longBiographyMemberId}`, 'dialog');
    try {
      const panel = dialog(opened.page);
      const end = panel.getByText(LONG_TEXT_END);
      await end.waitFor();
      await end.scrollIntoViewIfNeeded();
      expect(await end.isVisible()).toBe(true);
      const biography = await panel.getByRole('region', { name: 'Biography', exact: true }).innerText();
      expect(biography.length).toBeGreaterThan(LONG_TEXT_LENGTH * 0.8);
      await expectCleanAndAccessible(opened);
    } finally {
      await opened.close();
    }
  });

  it("a Councillor Liaison Officer's 10,000-character profile renders in full", async () => {
    const opened = await open(`/?officer=${messy.longProfileOfficerId}`, 'dialog');
    try {
      const panel = dialog(opened.page);
      await panel.getByRole('heading', { name: 'How I can help councillors' }).waitFor();
      const end = panel.getByText(LONG_TEXT_END);
      await end.waitFor();
      await end.scrollIntoViewIfNeeded();
      expect(await end.isVisible()).toBe(true);
      await expectCleanAndAccessible(opened);
    } finally {
      await opened.close();
    }
  });

  describe("this week's briefing", () => {
    let opened: IHardeningPage;
    let briefings: Locator;

    beforeAll(async () => {
      opened = await open('/');
      briefings = webPart(opened.page, 'memberBriefings');
    });

    afterAll(async () => {
      await opened?.close();
    });

    function item(id: number): Locator {
      return briefings.locator('article', { has: opened.page.getByRole('heading', { name: titleOf('BriefingItems', id), exact: true }) });
    }

    it('a 10,000-character body renders in full', async () => {
      const end = item(messy.longBodyItemId).getByText(LONG_TEXT_END);
      await end.scrollIntoViewIfNeeded();
      expect(await end.isVisible()).toBe(true);
    });

    it('a category the column does not offer: its own section after the known ones, named as typed', async () => {
      const article = item(messy.unknownCategoryItemId);
      expect((await facts(article)).Category).toBe(UNKNOWN_CATEGORY);
      const sectionHeadings = await briefings.getByRole('heading', { level: 4 }).allInnerTexts();
      expect(sectionHeadings).toContain(UNKNOWN_CATEGORY);
      expect(sectionHeadings[sectionHeadings.length - 1]).toBe(UNKNOWN_CATEGORY);
    });

    it('a deleted contact officer: no contact line and no email or chat buttons for nobody', async () => {
      const article = item(messy.deletedOfficerItemId);
      await article.waitFor();
      expect(Object.keys(await facts(article))).not.toContain('Contact officer');
      expect(await article.getByRole('link', { name: /^(Email|Chat with) / }).count()).toBe(0);
      // The rest of the item is still there: its copy-link action.
      expect(await article.getByRole('button', { name: 'Copy link to this item' }).count()).toBe(1);
    });

    it('no script error and no accessibility violation on the page', async () => {
      await expectCleanAndAccessible(opened);
    });
  });
});

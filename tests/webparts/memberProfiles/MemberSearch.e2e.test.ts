/** @jest-environment node */
/**
 * Issue #17 §5 in a real browser on the preview (sample council): the political group filter, apart
 * from party, chosen by keyboard, leaves the group's members and announces the count, axe clean in the
 * three themes; and search finds members by names in Arabic, Chinese, Cyrillic and Greek, by accented
 * Latin typed plain ("Sian" finds "Siân"), and by ward GSS code, email and biography text. What
 * should be found is read from the emulator's REST API, not written into the test.
 */
import * as path from 'path';
import type { Browser, Locator, Page } from 'playwright-core';
import { IRunningPreview, startPreview } from '../../../tools/preview/startPreview';
import { describeViolations, launchChromium, recordPageErrors, runAxe } from '../../support/browser';
import { PREVIEW_THEMES, readPreviewList, switchPreviewTheme } from '../../support/previewPage';

jest.setTimeout(180_000);

const projectRoot = path.resolve(__dirname, '..', '..', '..');

interface IMemberRow {
  readonly Id: number;
  readonly Title: string;
  readonly Email: string | null;
  readonly PartyId: number | null;
  readonly PoliticalGroupId: number | null;
  readonly WardId: number | null;
  readonly Biography: string | null;
}

interface IPartyRow {
  readonly Id: number;
  readonly Title: string;
  readonly PartyKind: string;
}

interface IWardRow {
  readonly Id: number;
  readonly Title: string;
  readonly WardCode: string | null;
}

let preview: IRunningPreview;
let browser: Browser;
let members: IMemberRow[];
let parties: IPartyRow[];
let wards: IWardRow[];

beforeAll(async () => {
  preview = await startPreview({ projectRoot, port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  members = await readPreviewList<IMemberRow>(preview.siteUrl, 'Members', '$select=Id,Title,Email,PartyId,PoliticalGroupId,WardId,Biography&$filter=IsCurrent eq 1');
  parties = await readPreviewList<IPartyRow>(preview.siteUrl, 'Parties', '$select=Id,Title,PartyKind');
  wards = await readPreviewList<IWardRow>(preview.siteUrl, 'Wards', '$select=Id,Title,WardCode');
  expect(members.length).toBeGreaterThan(10);
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

let page: Page;
let errors: string[];

/** The SharePoint page of the preview, its member profiles loaded. */
async function openPage(): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB' });
  page = await context.newPage();
  errors = recordPageErrors(page);
  await page.goto(preview.url);
  await resultsHeading().waitFor({ timeout: 90_000 });
}

async function closePage(): Promise<void> {
  await page?.context().close();
}

function profiles(): Locator {
  return page.getByRole('region', { name: 'Member profiles web part' });
}

function resultsHeading(): Locator {
  return profiles().getByRole('heading', { name: /councillors shown/ });
}

/** The names on the cards shown. */
async function namesShown(): Promise<string[]> {
  return profiles().getByRole('list', { name: 'Councillors' }).getByRole('article').getByRole('heading', { level: 4 }).allInnerTexts();
}

/** Types a search by keyboard into the search box and waits for the count to say how many match. */
async function search(text: string): Promise<string[]> {
  const box = profiles().getByRole('searchbox', { name: 'Search councillors' });
  await box.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
  // The search goes into the address once the view has rendered its results.
  await page.waitForFunction((query) => new URL(window.location.href).searchParams.get('q') === query, text);
  await profiles().getByRole('heading', { name: /^\d+ of \d+ councillors shown$/ }).waitFor();
  // The cards follow the count in the same render.
  return namesShown();
}

describe('political group filter (distinct from party)', () => {
  beforeAll(openPage);
  afterAll(closePage);

  test('pick a group by keyboard: only its members remain, the count is announced; axe clean in three themes', async () => {
    const groups = parties.filter((party) => party.PartyKind === 'Political group');
    // The group with most members, so the filter is seen to keep several and drop the rest.
    const [group, inGroup] = groups
      .map((candidate) => [candidate, members.filter((member) => member.PoliticalGroupId === candidate.Id)] as const)
      .sort((a, b) => b[1].length - a[1].length)[0];
    expect(inGroup.length).toBeGreaterThan(1);
    // A group is not a party: its members belong to parties other than the group.
    expect(inGroup.some((member) => member.PartyId !== group.Id)).toBe(true);

    const dropdown = profiles().getByRole('combobox', { name: /^Political group/ });
    await dropdown.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'option');
    const optionName = new RegExp(`^${group.Title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(${inGroup.length}\\)`);
    // A multi-select option is a checkbox named by its label.
    const focusedOption = (): Promise<string> =>
      page.evaluate(() => {
        const element = document.activeElement;
        const label = element?.getAttribute('aria-labelledby');
        return (element?.getAttribute('aria-label') || (label ? document.getElementById(label)?.textContent : undefined) || element?.textContent || element?.outerHTML.slice(0, 300) || '').trim();
      });
    for (let presses = 0; presses < 20 && !optionName.test(await focusedOption()); presses++) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await focusedOption()).toMatch(optionName);
    await page.keyboard.press('Space');
    await page.keyboard.press('Escape');

    const count = `${inGroup.length} of ${members.length} councillors shown`;
    await profiles().getByRole('heading', { name: count }).waitFor();
    expect(new Set(await namesShown())).toEqual(new Set(inGroup.map((member) => member.Title)));
    expect(new URL(page.url()).searchParams.get('group')).toBe(String(group.Id));
    // Said to screen readers once the count settles.
    await profiles().getByRole('status').filter({ hasText: count }).waitFor();

    for (const { theme } of PREVIEW_THEMES) {
      await switchPreviewTheme(page, theme);
      await profiles().getByRole('heading', { name: count }).waitFor();
      expect(describeViolations(await runAxe(page))).toBe('');
    }
    expect(errors).toEqual([]);
  });
});

describe('search finds everyone', () => {
  beforeAll(openPage);
  afterAll(closePage);

  const byTitle = (title: string): IMemberRow => {
    const member = members.find((candidate) => candidate.Title === title);
    if (!member) throw new Error(`no current member ${title} in the sample council`);
    return member;
  };

  test.each([
    ['Arabic', 'خالد', 'خالد الهاشمي'],
    ['Chinese, part of a name', '小明', '王小明'],
    ['Cyrillic, any case', 'ИВАНОВА', 'Анна Иванова'],
    ['Greek, typed without accents', 'Γιωργος', 'Γιώργος Παπαδόπουλος'],
    ['accented Latin typed plain', 'Sian Llewelyn', 'Siân Llewelyn-Jones']
  ])('names in any script: %s (%p finds %p)', async (_kind, query, expected) => {
    byTitle(expected);
    expect(await search(query)).toEqual([expected]);
  });

  test("a ward's GSS code finds that ward's members", async () => {
    const ward = wards.find((candidate) => candidate.WardCode && members.filter((member) => member.WardId === candidate.Id).length >= 2) as IWardRow;
    const inWard = members.filter((member) => member.WardId === ward.Id).map((member) => member.Title);
    expect(new Set(await search(ward.WardCode as string))).toEqual(new Set(inWard));
  });

  test('an email address finds its member', async () => {
    const member = members.find((candidate) => candidate.Email && !/^[^@]*\d/.test(candidate.Email)) as IMemberRow;
    const found = await search(member.Email as string);
    expect(found).toContain(member.Title);
    // Every word of the address must match: only members whose names share both parts could come too.
    expect(found.length).toBeLessThanOrEqual(2);
  });

  test('words of a biography find the member, and markup does not', async () => {
    // "Outside the council, <first name> <background>.": the sentence is the member's own.
    const member = members.find((candidate) => /Outside the council, /.test(candidate.Biography ?? '')) as IMemberRow;
    const sentence = /Outside the council, ([^<.]+)\./.exec(member.Biography as string)?.[1] as string;
    const found = await search(sentence);
    expect(found).toContain(member.Title);
    expect(found.length).toBeLessThan(members.length);
    expect(await search('strong')).toEqual([]);
  });

  test('the page ran cleanly throughout', () => {
    expect(errors).toEqual([]);
  });
});

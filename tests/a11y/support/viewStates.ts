/**
 * Every view and state of the preview, on both hosts, reached as a person would reach it (tabs,
 * pickers, a search, a profile opened), for the layout checks in tests/a11y: reflow at 320 px,
 * text spacing, long words. On the SharePoint page each web part is a labelled region; in the
 * Teams frame each is a tab of its own, whose content is the page's main landmark.
 */
import type { Locator, Page } from 'playwright-core';

export type Host = 'sharepoint' | 'teams';
export type ViewTitle = 'Member briefings' | 'Member profiles' | 'Officer directory' | 'Directory health' | 'Ward contact sheet';

export interface IViewState {
  readonly view: ViewTitle;
  readonly name: string;
  /** Brings the view (already loaded) into this state. */
  readonly enter: (scope: Locator, page: Page) => Promise<void>;
}

const TIMEOUT = 30_000;

async function openTab(scope: Locator, name: string): Promise<void> {
  await scope.getByRole('tab', { name, exact: true }).click();
  await scope.getByRole('tab', { name, exact: true, selected: true }).waitFor({ timeout: TIMEOUT });
}

/**
 * Picks the first option of a chooser by its label: a native select (src/ui/controls/Select) by value, as a person's
 * choice would; a listbox combobox (MultiSelect) by opening it and clicking its first option, then closing it.
 */
async function pickFirst(scope: Locator, page: Page, label: string): Promise<void> {
  // The combobox's name is its label, then what it shows ("Services Choose services").
  const combobox = scope.getByRole('combobox', { name: new RegExp(`^${label}(\\s|$)`) }).first();
  if ((await combobox.evaluate((element) => element.tagName)) === 'SELECT') {
    const first = await combobox.evaluate((element) => Array.from((element as HTMLSelectElement).options).find((option) => option.value !== '' && !option.disabled)?.value);
    if (first === undefined) throw new Error(`${label} has no option to choose`);
    await combobox.selectOption(first);
    return;
  }
  await combobox.click();
  // A multi-select option is a checkbox under its own label: the click lands on the label, as a person's would.
  // Wait for the callout's options and bring the first into view: with 80-character names the callout is
  // tall and wide, and a forced click at an off-screen centre was lost now and then.
  // In the open list only: native selects elsewhere on the page (the briefings' ward chooser) keep
  // their hidden <option>s in the DOM all the time.
  const option = page.getByRole('listbox').getByRole('option').first();
  await option.waitFor({ timeout: TIMEOUT });
  await option.scrollIntoViewIfNeeded();
  await option.click({ force: true });
  await page.keyboard.press('Escape');
  await page.locator('.ms-Callout').waitFor({ state: 'detached', timeout: TIMEOUT }).catch(() => undefined);
}

async function settled(page: Page): Promise<void> {
  await page.locator('[aria-busy="true"]').waitFor({ state: 'detached', timeout: TIMEOUT }).catch(() => undefined);
  await page.waitForTimeout(300);
}

async function dialogOpen(page: Page): Promise<void> {
  await page.getByRole('dialog').getByRole('heading', { level: 1 }).waitFor({ timeout: TIMEOUT });
  await settled(page);
}

export const VIEW_STATES: readonly IViewState[] = [
  { view: 'Member briefings', name: 'this week', enter: async () => undefined },
  {
    view: 'Member briefings',
    name: 'archive',
    enter: async (scope, page) => {
      await openTab(scope, 'Archive');
      await scope.getByRole('heading', { name: /^Briefings in / }).waitFor({ timeout: TIMEOUT });
      await settled(page);
    }
  },
  {
    view: 'Member briefings',
    name: 'search',
    enter: async (scope, page) => {
      await openTab(scope, 'Search');
      await scope.getByRole('searchbox', { name: 'Search all briefings' }).fill('council');
      await page.waitForTimeout(800);
      await settled(page);
    }
  },
  { view: 'Member profiles', name: 'cards', enter: async () => undefined },
  {
    view: 'Member profiles',
    name: 'list and filters',
    enter: async (scope, page) => {
      // Fluent draws its own circle over the input: choose the option by its label, as a person does.
      await scope.getByText('List', { exact: true }).click();
      await scope.getByRole('table').first().waitFor({ timeout: TIMEOUT });
      await pickFirst(scope, page, 'Party');
    }
  },
  {
    view: 'Member profiles',
    name: 'search',
    enter: async (scope, page) => {
      await scope.getByRole('searchbox', { name: 'Search councillors' }).fill('an');
      // "12 of 80 councillors shown", or all of them when every profile matches.
      await scope.getByRole('heading', { name: /councillors? shown/ }).waitFor({ timeout: TIMEOUT });
      await settled(page);
    }
  },
  {
    view: 'Member profiles',
    name: "email a ward's councillors",
    enter: async (scope, page) => {
      await openTab(scope, "Email a ward's councillors");
      await pickFirst(scope, page, 'Wards');
      await scope.getByText('Recipients', { exact: true }).waitFor({ timeout: TIMEOUT });
    }
  },
  {
    view: 'Member profiles',
    name: 'committee roster',
    enter: async (scope, page) => {
      await openTab(scope, 'Committees');
      await pickFirst(scope, page, 'Committee');
      await scope.getByRole('tabpanel').getByRole('list').first().waitFor({ timeout: TIMEOUT });
    }
  },
  {
    view: 'Member profiles',
    name: 'profile panel',
    enter: async (scope, page) => {
      await scope.getByRole('list', { name: 'Councillors' }).getByRole('article').first().getByRole('link').first().click();
      await dialogOpen(page);
    }
  },
  { view: 'Officer directory', name: 'find an officer', enter: async () => undefined },
  {
    view: 'Officer directory',
    name: 'search',
    enter: async (scope, page) => {
      await scope.getByRole('searchbox', { name: 'Search officers' }).fill('an');
      await scope.getByRole('heading', { name: /^[\d,]+ officers? match(es)?$/ }).waitFor({ timeout: TIMEOUT });
      await settled(page);
    }
  },
  {
    view: 'Officer directory',
    name: 'who do I contact',
    enter: async (scope, page) => {
      await openTab(scope, 'Who do I contact about…?');
      await scope.getByLabel(/^What is it about\?/).fill('bins');
      await scope.getByRole('list', { name: 'Services that deal with this' }).waitFor({ timeout: TIMEOUT });
      await settled(page);
    }
  },
  {
    view: 'Officer directory',
    name: 'browse services',
    enter: async (scope, page) => {
      await openTab(scope, 'Browse services');
      await scope.getByRole('tabpanel').getByRole('link').first().click();
      await scope.getByRole('heading', { name: 'How to contact this service' }).waitFor({ timeout: TIMEOUT });
      await settled(page);
    }
  },
  {
    view: 'Officer directory',
    name: 'profile panel',
    enter: async (scope, page) => {
      await scope.getByRole('searchbox', { name: 'Search officers' }).fill('a');
      await scope.getByRole('heading', { name: /^[\d,]+ officers? match(es)?$/ }).waitFor({ timeout: TIMEOUT });
      await scope.getByRole('list').getByRole('link').first().click();
      await dialogOpen(page);
    }
  },
  { view: 'Directory health', name: 'report', enter: async (_scope, page) => settled(page) },
  {
    view: 'Ward contact sheet',
    name: "a ward's sheet",
    enter: async (scope, page) => {
      await pickFirst(scope, page, 'Ward');
      await scope.getByRole('heading', { level: 3, name: /^Councillors and officers for / }).waitFor({ timeout: TIMEOUT });
      await settled(page);
    }
  },
  {
    view: 'Ward contact sheet',
    name: 'services chosen',
    enter: async (scope, page) => {
      await pickFirst(scope, page, 'Ward');
      await pickFirst(scope, page, 'Services');
      await scope.getByRole('region', { name: 'Who to contact about what' }).waitFor({ timeout: TIMEOUT });
      await settled(page);
    }
  }
];

/** What shows the view has loaded. */
function loaded(scope: Locator, view: ViewTitle): Locator {
  switch (view) {
    case 'Member briefings':
      return scope.getByRole('heading', { level: 3, name: /^Week commencing/ });
    case 'Member profiles':
      return scope.getByRole('heading', { name: /councillors shown/ });
    case 'Officer directory':
      return scope.getByText(/^[\d,]+ officers, updated /);
    case 'Directory health':
      return scope.getByRole('heading', { name: /^Member profiles \(\d+\)$/ });
    case 'Ward contact sheet':
      return scope.getByRole('combobox', { name: /^Ward(\s|$)/ });
  }
}

export function hostsOf(view: ViewTitle): readonly Host[] {
  return view === 'Directory health' ? ['sharepoint'] : ['sharepoint', 'teams'];
}

/** Where a view lives on a host. */
export function pathOf(view: ViewTitle, host: Host): string {
  if (host === 'teams') return '/teams';
  if (view === 'Ward contact sheet') return '/ward';
  return view === 'Directory health' ? '/admin' : '/';
}

/** The view's root on the page (opened at pathOf), once its data is in: its Teams tab chosen first. */
export async function openView(page: Page, view: ViewTitle, host: Host): Promise<Locator> {
  let scope: Locator;
  if (host === 'teams') {
    await page.getByRole('tab', { name: view, exact: true }).click();
    scope = page.getByRole('main', { name: `${view} tab` });
  } else {
    scope = page.getByRole('region', { name: `${view} web part` });
  }
  await loaded(scope, view).waitFor({ timeout: 60_000 });
  return scope;
}

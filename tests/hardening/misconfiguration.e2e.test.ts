/** @jest-environment node */
/**
 * Hardening (issue 8 §2), misconfiguration: the three views on the preview's SharePoint page, in
 * Chromium, against an emulator that is set up wrongly the way real sites are:
 * - a list under another name than the app expects (renamed by a site owner: the web part's
 *   getByTitle gets SharePoint's 404 "List '…' does not exist at site with URL '…'");
 * - a column deleted from a list (SharePoint's 400 "The field or property '…' does not exist.");
 * - a signed-in user without permission on the lists' site (every list read is a 403).
 * Each view shows an error that names what is missing (list, column, site) and who can fix it,
 * offers no "Try again" (trying again cannot help until someone changes something), and axe
 * finds no WCAG 2.2 AA violation on the error screens. The emulator takes the wrong list
 * definitions through its `lists` option (startPreview passes them on), and the user through the
 * preview's `emulator-user` cookie naming someone who is not a user of the site.
 * - a tenant property (MemberOfficerHubSiteUrl) naming a site on another tenant (issue 13 §5): refused,
 *   nothing sent there, each view names the setting and the SharePoint administrator.
 */
import * as path from 'path';
import type { Browser, Locator } from 'playwright-core';
import { IListDefinition, ListKey, schema } from '../../src/schema';
import { EMULATOR_USER_COOKIE, IRunningPreview, startPreview, ukToday } from '../../tools/preview/startPreview';
import { generateSampleCouncil } from '../../tools/sample-council/generateSampleCouncil';
import type { ISiteData } from '../../tools/emulator/siteData';
import { describeViolations, launchChromium, runAxe } from '../support/browser';
import { IHardeningPage, openHardeningPage } from './support/hardeningPage';
import { ViewKey, VIEW_KEYS, webPart } from './support/previewViews';

jest.setTimeout(90_000);

const projectRoot = path.resolve(__dirname, '..', '..');

/** Each view's error heading (its loc strings' ErrorHeading). */
const ERROR_HEADINGS: Readonly<Record<ViewKey, string>> = {
  memberProfiles: "We couldn't load the councillors",
  officerDirectory: "We couldn't load the officer directory",
  memberBriefings: "We couldn't load the briefing"
};

/** Who can put it right, in the reader's terms: one of these must be named. */
const WHO_CAN_FIX = /ask (your SharePoint administrator|an editor of this page|Democratic Services)/i;

let browser: Browser;
let data: ISiteData;

beforeAll(async () => {
  data = generateSampleCouncil({ anchorDate: ukToday(), members: 30, officers: 100, services: 20, weeks: 3 });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

function withLists(change: Partial<Record<ListKey, (list: IListDefinition) => IListDefinition>>): Record<ListKey, IListDefinition> {
  const lists = { ...schema };
  for (const [key, edit] of Object.entries(change) as [ListKey, (list: IListDefinition) => IListDefinition][]) lists[key] = edit(schema[key]);
  return lists;
}

const renamed = (title: string) => (list: IListDefinition): IListDefinition => ({ ...list, title });
const withoutColumn = (internalName: string) => (list: IListDefinition): IListDefinition => {
  if (!list.fields.some((field) => field.internalName === internalName)) throw new Error(`${list.title} has no column ${internalName} to delete.`);
  return { ...list, fields: list.fields.filter((field) => field.internalName !== internalName) };
};

interface IErrorScreen {
  readonly alert: Locator;
  readonly message: string;
}

/** Waits for the view's error alert and returns it with its text. */
async function errorScreen(opened: IHardeningPage, view: ViewKey): Promise<IErrorScreen> {
  const alert = webPart(opened.page, view).getByRole('alert').filter({ has: opened.page.getByRole('heading', { name: ERROR_HEADINGS[view] }) });
  await alert.waitFor({ timeout: 30_000 });
  return { alert, message: (await alert.innerText()).replace(/\s+/g, ' ') };
}

async function expectNoRetry(screen: IErrorScreen): Promise<void> {
  expect(await screen.alert.getByRole('button', { name: 'Try again' }).count()).toBe(0);
}

/** Opens the page once and checks every view's error screen with `check`, then axe on the whole page. */
async function eachViewShows(preview: IRunningPreview, check: (view: ViewKey, screen: IErrorScreen) => void, cookies?: Record<string, string>): Promise<void> {
  const opened = await openHardeningPage(browser, preview.url, '/', { cookies });
  try {
    for (const view of VIEW_KEYS) {
      const screen = await errorScreen(opened, view);
      check(view, screen);
      await expectNoRetry(screen);
    }
    expect(opened.errors).toEqual([]);
    expect(describeViolations(await runAxe(opened.page))).toBe('');
  } finally {
    await opened.close();
  }
}

describe('misconfiguration: every view says what is missing and who can fix it', () => {
  describe('lists under other names than the app expects', () => {
    let preview: IRunningPreview;
    // What each view reads first, renamed by a site owner.
    const missing: Readonly<Record<ViewKey, string>> = { memberProfiles: 'Members', officerDirectory: 'Officers', memberBriefings: 'Briefings' };

    beforeAll(async () => {
      const lists = withLists({ Members: renamed('Councillors'), Officers: renamed('Staff'), Briefings: renamed('Weekly briefings') });
      preview = await startPreview({ projectRoot, port: 0, host: '127.0.0.1', data, lists });
    });

    afterAll(async () => {
      await preview?.close();
    });

    it('the emulator answers as SharePoint does for a list that is not there', async () => {
      const response = await fetch(`${preview.siteUrl}/_api/web/lists/getByTitle('Members')/items`, { headers: { Accept: 'application/json;odata=nometadata' } });
      expect(response.status).toBe(404);
      expect(JSON.stringify(await response.json())).toContain(`List 'Members' does not exist at site with URL`);
    });

    it("names the missing list and the site, and says who can fix it; no retry; axe clean", async () => {
      await eachViewShows(preview, (view, screen) => {
        expect(screen.message).toContain(`The list '${missing[view]}' was not found on ${preview.siteUrl}`);
        expect(screen.message).toMatch(WHO_CAN_FIX);
      });
    });
  });

  describe('a column deleted from each list', () => {
    let preview: IRunningPreview;
    const deleted: Readonly<Record<ViewKey, { readonly list: string; readonly column: string }>> = {
      memberProfiles: { list: 'Members', column: 'Biography' },
      officerDirectory: { list: 'Officers', column: 'JobTitle' },
      memberBriefings: { list: 'BriefingItems', column: 'Category' }
    };

    beforeAll(async () => {
      const lists = withLists({ Members: withoutColumn('Biography'), Officers: withoutColumn('JobTitle'), BriefingItems: withoutColumn('Category') });
      preview = await startPreview({ projectRoot, port: 0, host: '127.0.0.1', data, lists });
    });

    afterAll(async () => {
      await preview?.close();
    });

    it('names the list, the site and the missing column, and says who can fix it; no retry; axe clean', async () => {
      await eachViewShows(preview, (view, screen) => {
        const { list, column } = deleted[view];
        expect(screen.message).toContain(`The list '${list}' on ${preview.siteUrl} has no column '${column}'`);
        expect(screen.message).toMatch(WHO_CAN_FIX);
      });
    });
  });

  describe('a tenant property naming a lists site on another tenant', () => {
    const elsewhere = 'https://fabrikam.sharepoint.com/sites/hub';
    let preview: IRunningPreview;

    beforeAll(async () => {
      preview = await startPreview({ projectRoot, port: 0, host: '127.0.0.1', data: { ...data, tenantProperties: { ...data.tenantProperties, MemberOfficerHubSiteUrl: elsewhere } } });
    });

    afterAll(async () => {
      await preview?.close();
    });

    it('sends nothing there, and each view names the setting and who can fix it; no retry; axe clean', async () => {
      const opened = await openHardeningPage(browser, preview.url, '/');
      try {
        for (const view of VIEW_KEYS) {
          const screen = await errorScreen(opened, view);
          expect(screen.message).toContain(`The tenant setting MemberOfficerHubSiteUrl is ${elsewhere}`);
          expect(screen.message).toContain(new URL(preview.url).origin);
          expect(screen.message).toMatch(WHO_CAN_FIX);
          await expectNoRetry(screen);
        }
        expect(opened.offOrigin).toEqual([]);
        expect(opened.api.filter((exchange) => /Members|Officers|Briefing/i.test(JSON.stringify(exchange)))).toEqual([]);
        expect(opened.errors).toEqual([]);
        expect(describeViolations(await runAxe(opened.page))).toBe('');
      } finally {
        await opened.close();
      }
    });
  });

  describe('a signed-in user without permission on the lists’ site', () => {
    let preview: IRunningPreview;
    // Someone in the organisation who is not a user of the site (no group, no permission).
    let outsider: string;

    beforeAll(async () => {
      outsider = String(Math.max(...data.users.map((user) => user.id)) + 100);
      preview = await startPreview({ projectRoot, port: 0, host: '127.0.0.1', data });
    });

    afterAll(async () => {
      await preview?.close();
    });

    it('the emulator refuses their list reads with 403', async () => {
      const response = await fetch(`${preview.siteUrl}/_api/web/lists/getByTitle('Members')/items`, {
        headers: { Accept: 'application/json;odata=nometadata', Cookie: `${EMULATOR_USER_COOKIE}=${outsider}` }
      });
      expect(response.status).toBe(403);
    });

    it('says they do not have permission to read the list on that site and whom to ask; no retry; axe clean', async () => {
      await eachViewShows(
        preview,
        (_view, screen) => {
          expect(screen.message).toMatch(new RegExp(`You don't have permission to read the list '[^']+' on ${preview.siteUrl.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
          expect(screen.message).toMatch(WHO_CAN_FIX);
        },
        { [EMULATOR_USER_COOKIE]: outsider }
      );
    });

    it('the same site works for one of its users (the failure is the permission, nothing else)', async () => {
      const opened = await openHardeningPage(browser, preview.url, '/');
      try {
        await webPart(opened.page, 'memberProfiles').getByRole('heading', { name: /councillors shown/ }).waitFor({ timeout: 30_000 });
        expect(await opened.page.getByRole('alert').filter({ hasText: /couldn't load/ }).count()).toBe(0);
      } finally {
        await opened.close();
      }
    });
  });
});

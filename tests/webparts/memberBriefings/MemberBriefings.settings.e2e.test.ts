/** @jest-environment node */
/**
 * The council's settings reach the Teams personal app, which has no property pane: in the preview's
 * Teams frame (the manifest's default properties, as Teams gives them), Democratic Services sets a
 * pre-election period around today and a protocol link in the HubSettings item, through the
 * emulator's REST API as SharePoint's form would; the briefings tab then shows the pre-election
 * notice, the briefings contact and the protocol link from it, and passes axe in the three Teams themes.
 */
import * as path from 'path';
import { spfi, SPBrowser } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { InjectHeaders } from '@pnp/queryable';
import type { Browser, Locator, Page } from 'playwright-core';
import { addDays, type CalendarDate } from '../../../src/schema/ukDates';
import { formatCalendarDate } from '../../../src/ui/formatCalendarDate';
import { SAMPLE_BRIEFINGS_CONTACT } from '../../../tools/sample-council/hubSettings';
import { IRunningPreview, startPreview, ukToday } from '../../../tools/preview/startPreview';
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

function notice(): Locator {
  return tabContent().getByRole('heading', { level: 3, name: 'Pre-election period' });
}

async function openBriefingsTab(): Promise<void> {
  await page.goto(`${preview.url.replace(/\/$/, '')}/teams`);
  await page.getByRole('tab', { name: 'Member briefings' }).click();
  await tabContent().getByRole('heading', { level: 3, name: /^Week commencing/ }).waitFor();
  await tabContent().getByRole('article').first().waitFor();
}

/** Democratic Services edits the settings item, as an admin would in SharePoint's form. */
async function setCouncilSettings(fields: Record<string, unknown>): Promise<void> {
  const origin = preview.url.replace(/\/$/, '');
  const users = (await (await fetch(`${origin}/_emulator/users`)).json()) as { id: number; persona?: string }[];
  const admin = users.find((user) => user.persona?.startsWith('Admin — Democratic Services'));
  if (!admin) throw new Error('The sample council has no Democratic Services admin.');
  const sp = spfi(preview.siteUrl).using(SPBrowser({ baseUrl: preview.siteUrl }), InjectHeaders({ 'X-Emulator-User': String(admin.id) }));
  const [first] = (await sp.web.lists.getByTitle('HubSettings').items.select('Id').orderBy('Id', true).top(1)()) as { Id: number }[];
  await sp.web.lists.getByTitle('HubSettings').items.getById(first.Id).update(fields);
}

const dateOnly = (date: CalendarDate): string => `${date}T00:00:00Z`;

beforeAll(async () => {
  preview = await startPreview({ projectRoot, port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB' });
  page = await context.newPage();
  errors = recordPageErrors(page);
});

afterAll(async () => {
  await page?.context().close();
  await browser?.close();
  await preview?.close();
});

describe('the council’s settings in the Teams personal app', () => {
  const today = ukToday();
  const from = addDays(today, -7);
  const to = addDays(today, 14);
  const protocolPath = '/SitePages/Member-officer-protocol.aspx';

  it('shows no notice while the council’s period (the next election’s) has not begun, and the briefings contact', async () => {
    await openBriefingsTab();
    expect(await notice().count()).toBe(0);
    const contact = tabContent().getByRole('link', { name: SAMPLE_BRIEFINGS_CONTACT.name });
    expect(await contact.getAttribute('href')).toBe(`mailto:${SAMPLE_BRIEFINGS_CONTACT.email}`);
    expect(await tabContent().getByRole('link', { name: 'Member/officer protocol' }).count()).toBe(0);
  });

  it('shows the pre-election notice and the protocol link once Democratic Services sets them in HubSettings', async () => {
    await setCouncilSettings({
      PreElectionStart: dateOnly(from),
      PreElectionEnd: dateOnly(to),
      ProtocolUrl: { Url: `${preview.siteUrl}${protocolPath}`, Description: 'Member/officer protocol' }
    });
    await openBriefingsTab();
    await notice().waitFor();
    expect(await tabContent().getByText(`The pre-election period runs from ${formatCalendarDate(from, 'long')} to ${formatCalendarDate(to, 'long')}.`, { exact: false }).count()).toBe(1);
    expect(await tabContent().getByRole('link', { name: 'Member/officer protocol' }).getAttribute('href')).toBe(`${preview.siteUrl}${protocolPath}`);
  });

  it.each(['light', 'dark', 'contrast'] as const)('with the notice, passes axe WCAG 2.2 AA in the %s theme', async (theme) => {
    await page.evaluate((name) => {
      window.location.hash = `theme=${name}`;
    }, theme);
    await page.waitForFunction((name) => window.location.hash === `#theme=${name}`, theme);
    await notice().waitFor();
    await tabContent().getByRole('article').first().waitFor();
    await saveScreenshot(page, `member-briefings-teams-pre-election-${theme}`);
    expect(describeViolations(await runAxe(page))).toBe('');
  });

  it('leaves out a protocol link off the tenant, and the notice stays', async () => {
    await setCouncilSettings({ ProtocolUrl: { Url: 'https://elsewhere.example/protocol', Description: 'Protocol' } });
    await openBriefingsTab();
    await notice().waitFor();
    expect(await tabContent().getByRole('link', { name: 'Member/officer protocol' }).count()).toBe(0);
  });

  it('ran without page errors', () => {
    expect(errors).toEqual([]);
  });
});

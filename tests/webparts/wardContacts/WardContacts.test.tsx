import * as React from 'react';
import { listsSiteAt } from '../../fakes/listsSite';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { DataError } from '../../../src/data/DataError';
import type { IBriefingItem } from '../../../src/model/Briefing';
import { connectTeams, ITeamsHost } from '../../../src/teams/teamsHost';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { WardContacts } from '../../../src/webparts/wardContacts/components/WardContacts';
import { FakeBriefingRepository } from '../../fakes/FakeBriefingRepository';
import { FakeMemberRepository } from '../../fakes/FakeMemberRepository';
import { FakeOfficerRepository } from '../../fakes/FakeOfficerRepository';
import { FAKE_TEAMS_APP_ID, FakeTeamsJs } from '../../fakes/FakeTeamsJs';
import { briefingFor, item, WEEK_GMT } from '../../fakes/briefingFixture';
import { setUiLocale } from '../../../src/model/uiLocale';
import { memberDirectory } from '../../fakes/memberDirectoryFixture';
import { officerDirectory } from '../../fakes/officerDirectoryFixture';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

const PAGE = 'https://council.sharepoint.com/sites/hub/SitePages/Ward.aspx';
const ADA = 'ada.lovelace@council.example';
/** Wednesday 28 October 2026: the week commencing 26 October. */
const NOW = new Date('2026-10-28T09:00:00Z');
const abbey = { id: 10, name: 'Abbey' };
const brookside = { id: 11, name: 'Brookside' };

const weekItems: readonly IBriefingItem[] = [
  item({ id: 1, title: 'Budget consultation opens', category: 'Consultation', wards: [] }),
  item({ id: 2, title: 'Abbey Road resurfacing', category: 'Service disruption', wards: [abbey], service: { id: 1, name: 'Highways' }, contactOfficer: { id: 102, name: 'Tom Hill', email: 'tom.hill@council.example' } }),
  item({ id: 3, title: 'Brookside bin day moves', category: 'Service disruption', wards: [brookside], service: { id: 2, name: 'Waste and Recycling' } }),
  item({ id: 4, title: 'School buses for Abbey and Brookside', category: 'Decision', wards: [abbey, brookside], service: { id: 3, name: 'School Transport' } })
];

function briefings(): FakeBriefingRepository {
  return new FakeBriefingRepository().withWeek(briefingFor(2, WEEK_GMT), weekItems).withReader(ADA, { memberId: 1, name: 'Ada Lovelace', ward: abbey });
}

interface IOptions {
  search?: string;
  account?: string;
  members?: FakeMemberRepository;
  briefingRepository?: FakeBriefingRepository;
  teams?: ITeamsHost;
}

function renderSheet(options: IOptions = {}) {
  const store = memoryUrlStateStore(options.search ?? '');
  const members = options.members ?? new FakeMemberRepository(memberDirectory);
  const officers = new FakeOfficerRepository(officerDirectory);
  const briefingRepository = options.briefingRepository ?? briefings();
  const view = render(
    <WardContacts
      repository={{ members, officers, briefings: briefingRepository }}
      title="Ward contact sheet"
      listsSite={listsSiteAt('https://council.sharepoint.com/sites/hub')}
      councilName="Wessex Vale Council"
      account={'account' in options ? options.account : ADA}
      teams={options.teams}
      urlStateStore={store}
      pageUrl={PAGE}
      now={() => NOW}
    />
  );
  return { ...view, store, members, officers, briefingRepository };
}

const sheetHeading = (ward: string) => screen.findByRole('heading', { level: 3, name: `Councillors and officers for ${ward}` });
const sheet = (ward: string) => screen.getByRole('region', { name: `Councillors and officers for ${ward}` });

describe('the ward contact sheet', () => {
  test("opens on a member's own ward: its councillors, this week's services with their CLOs, and its items", async () => {
    const { members, officers, briefingRepository } = renderSheet();
    await sheetHeading('Abbey');
    expect(screen.getByText('You are a councillor for Abbey.')).toBeTruthy();

    const councillors = within(sheet('Abbey')).getByRole('region', { name: 'Councillors (2)' });
    expect(within(councillors).getAllByRole('article').map((article) => article.getAttribute('aria-label'))).toEqual(['Ada Lovelace', 'Brian Okafor']);
    // Ada prefers the phone: her call action comes first and says so.
    const adaActions = within(councillors).getByRole('list', { name: 'Ways to contact Ada Lovelace' });
    expect(within(adaActions).getAllByRole('listitem')[0].textContent).toBe('Call 01632 960001 (preferred)');
    expect(within(councillors).getByText('Roles: Cabinet Member; Climate Change Champion')).toBeTruthy();

    const services = within(sheet('Abbey')).getByRole('region', { name: 'Who to contact about what' });
    expect(within(services).getAllByRole('article').map((article) => article.getAttribute('aria-label'))).toEqual(['Highways', 'School Transport']);
    const highways = within(services).getByRole('article', { name: 'Highways' });
    expect(within(highways).getByRole('list', { name: 'Councillor Liaison Officers for Highways' }).textContent).toContain('Tom Hill');
    // The rich text arrives with the sanitiser's chunk, fetched while the directories were read.
    await waitFor(() => expect(highways.textContent).toContain('Report potholes online first'));
    expect(highways.innerHTML).not.toContain('<script');

    const items = within(sheet('Abbey')).getByRole('region', { name: "This week's briefing for Abbey" });
    const titles = within(items).getAllByRole('listitem').map((entry) => entry.textContent ?? '');
    expect(titles).toHaveLength(3);
    expect(titles[0]).toContain('Abbey Road resurfacing (Service disruption, This ward)');
    expect(titles[1]).toContain('School buses for Abbey and Brookside');
    expect(titles[2]).toContain('Budget consultation opens (Consultation, All wards)');
    expect(items.textContent).not.toContain('Brookside bin day');
    expect(within(items).getByText('Week commencing 26 October 2026')).toBeTruthy();

    // One read of each existing source: the directories and the briefings' opening round trip.
    expect(members.loadDirectoryCalls).toBe(1);
    expect(officers.searchIndexCalls).toBe(1);
    expect(briefingRepository.callsOf('forWeek')).toEqual([WEEK_GMT]);
  });

  test("the week line is in the reader's UI language: Welsh in cy-GB, UK dates for an en-us Teams client", async () => {
    try {
      setUiLocale('cy-GB');
      renderSheet();
      await sheetHeading('Abbey');
      const items = within(sheet('Abbey')).getByRole('region', { name: "This week's briefing for Abbey" });
      expect(items.textContent).toContain('26 Hydref 2026');
      cleanup();

      // The Teams client's own locale (en-us) is not the UI locale: the shell has set that from it (en-GB).
      setUiLocale('en-us');
      renderSheet({ teams: await connectTeams(new FakeTeamsJs({ loginHint: ADA, locale: 'en-us' })), account: undefined });
      await sheetHeading('Abbey');
      expect(within(sheet('Abbey')).getByText('Week commencing 26 October 2026')).toBeTruthy();
    } finally {
      setUiLocale(undefined);
    }
  });

  test('a shared link opens its ward and chosen services, whoever reads it', async () => {
    renderSheet({ search: '?wardsheet=11&wardservices=4' });
    await sheetHeading('Brookside');
    const councillors = within(sheet('Brookside')).getByRole('region', { name: 'Councillors (2)' });
    expect(within(councillors).getAllByRole('article').map((article) => article.getAttribute('aria-label'))).toEqual(['Eve Adams', 'Carys Bevan']);
    expect(within(councillors).getByText('Political group: Residents and Independents Group')).toBeTruthy();
    const services = within(sheet('Brookside')).getByRole('region', { name: 'Who to contact about what' });
    expect(within(services).getAllByRole('article').map((article) => article.getAttribute('aria-label'))).toEqual(['Planning']);
    expect(services.textContent).toContain('No Councillor Liaison Officer is recorded for this service');
  });

  test('choosing another ward keeps it in the address for a shareable link', async () => {
    const { store } = renderSheet();
    await sheetHeading('Abbey');
    // The ward picker is the browser's own select: choosing is a change of its value.
    const ward = screen.getByRole('combobox', { name: /^Ward/ }) as HTMLSelectElement;
    fireEvent.change(ward, { target: { value: (screen.getByRole('option', { name: 'Castle' }) as HTMLOptionElement).value } });
    await sheetHeading('Castle');
    expect(new URLSearchParams(store.current).get('wardsheet')).toBe('12');
    expect(within(sheet('Castle')).getByRole('region', { name: 'Councillors (1)' }).textContent).toContain('Dev Patel');
    expect(screen.getByText('Prefers to be contacted in person.')).toBeTruthy();
  });

  test('a reader who is not a member chooses a ward first', async () => {
    renderSheet({ account: 'officer@council.example' });
    expect(await screen.findByRole('heading', { name: 'Choose a ward' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 3, name: /^Councillors and officers/ })).toBeNull();
  });

  test('a link to a ward no longer in the list says so', async () => {
    renderSheet({ search: '?wardsheet=404' });
    expect(await screen.findByRole('heading', { name: 'That ward is not in the list' })).toBeTruthy();
  });

  test('adding and removing services, and going back to this week’s', async () => {
    const { store } = renderSheet();
    await sheetHeading('Abbey');
    fireEvent.click(screen.getByRole('combobox', { name: /^Services/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Waste and Recycling' }));
    await waitFor(() => expect(new URLSearchParams(store.current).get('wardservices')).toBe('1,3,2'));
    // Clicking the dropdown again closes it, as a person would.
    fireEvent.click(screen.getByRole('combobox', { name: /^Services/, hidden: true }));
    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
    const services = within(sheet('Abbey')).getByRole('region', { name: 'Who to contact about what' });
    expect(within(services).getAllByRole('article').map((article) => article.getAttribute('aria-label'))).toEqual(['Highways', 'School Transport', 'Waste and Recycling']);
    fireEvent.click(screen.getByRole('button', { name: "Show this week's services" }));
    await waitFor(() => expect(store.current).not.toContain('wardservices'));
  });

  test("the briefing failing still leaves the contacts, with its own error and Try again", async () => {
    const repository = briefings().failNext('forWeek', new DataError({ kind: 'throttled', status: 429 }));
    renderSheet({ search: '?wardsheet=10', briefingRepository: repository });
    await sheetHeading('Abbey');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("We couldn't load this week's briefing");
    expect(alert.textContent).toContain('SharePoint is very busy');
    expect(within(sheet('Abbey')).getByRole('region', { name: 'Councillors (2)' })).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/Abbey Road resurfacing/)).toBeTruthy();
  });

  test('the directories failing shows what is wrong, and Try again reads them again', async () => {
    const members = new FakeMemberRepository().failWith(new DataError({ kind: 'network' })).answerWith(memberDirectory);
    renderSheet({ members });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("We couldn't load the ward contact sheet");
    expect(alert.textContent).toContain("We couldn't reach SharePoint");
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await sheetHeading('Abbey');
    expect(members.loadDirectoryCalls).toBe(2);
  });
});

describe('copy all, copy link and vCards', () => {
  const created: Blob[] = [];
  const copied: string[] = [];
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };

  beforeEach(() => {
    created.length = 0;
    copied.length = 0;
    URL.createObjectURL = (blob: Blob): string => {
      created.push(blob);
      return `blob:https://council.sharepoint.com/${created.length}`;
    };
    URL.revokeObjectURL = (): void => undefined;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string): Promise<void> => void copied.push(text) }
    });
  });

  afterEach(() => {
    cleanup();
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
  });

  function blobText(blob: Blob): Promise<string> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsText(blob);
    });
  }

  test('copy all copies the whole sheet as text with its link; copy link copies the link', async () => {
    renderSheet();
    await sheetHeading('Abbey');
    const actions = screen.getByRole('list', { name: 'Share, print or save this sheet' });
    fireEvent.click(within(actions).getByRole('button', { name: 'Copy all' }));
    expect(await screen.findByText('The whole sheet was copied.')).toBeTruthy();
    const text = copied[0];
    expect(text.split('\n')[0]).toBe('Councillors and officers for Abbey');
    expect(text).toContain('Ada Lovelace — Green Party');
    expect(text).toContain('  Email: cllr.lovelace@council.example');
    expect(text).toContain('  Councillor Liaison Officers: Tom Hill, Business Support Officer <tom.hill@council.example>');
    expect(text).toContain('  How to contact this service: Report potholes online first; for urgent danger call the service.');
    expect(text).toContain('- Abbey Road resurfacing (Service disruption, This ward)');
    expect(text).not.toContain('window.stolen');
    expect(text.trimEnd().endsWith(`Link to this sheet: ${PAGE}?wardsheet=10`)).toBe(true);

    fireEvent.click(within(actions).getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('The link to this sheet was copied.')).toBeTruthy();
    expect(copied[1]).toBe(`${PAGE}?wardsheet=10`);
  });

  test('in Teams, copy link gives a deep link to this tab at the ward, and such a link opens the tab there', async () => {
    const teamsJs = new FakeTeamsJs({ loginHint: ADA, entityId: 'ward-sheet' });
    renderSheet({ teams: await connectTeams(teamsJs), account: undefined });
    await sheetHeading('Abbey');
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await screen.findByText('The link to this sheet was copied.');
    const copiedLink = new URL(copied[0]);
    expect(copiedLink.pathname).toBe(`/l/entity/${FAKE_TEAMS_APP_ID}/ward-sheet`);
    const subEntityId = (JSON.parse(copiedLink.searchParams.get('context') ?? '{}') as { subEntityId?: string }).subEntityId;
    expect(subEntityId).toBe('wardsheet?wardsheet=10');
    cleanup();

    // Someone else opens the deep link: Teams hands the tab the sub-page id.
    renderSheet({ teams: await connectTeams(new FakeTeamsJs({ loginHint: 'officer@council.example', subPageId: 'wardsheet?wardsheet=11&wardservices=2' })), account: undefined });
    await sheetHeading('Brookside');
    const services = within(sheet('Brookside')).getByRole('region', { name: 'Who to contact about what' });
    expect(within(services).getAllByRole('article').map((article) => article.getAttribute('aria-label'))).toEqual(['Waste and Recycling']);
  });

  test('one vCard file holds the councillors and the liaison officers shown, each once', async () => {
    renderSheet();
    await sheetHeading('Abbey');
    const download = screen.getByRole('link', { name: 'Add everyone to contacts (vCard)' });
    expect(download.getAttribute('download')).toBe('Contacts for Abbey.vcf');
    const vcards = await blobText(created[created.length - 1]);
    expect(vcards.match(/BEGIN:VCARD/g)).toHaveLength(4);
    expect(vcards).toContain('FN:Ada Lovelace');
    expect(vcards).toContain('TITLE:Councillor for Abbey');
    expect(vcards).toContain('FN:Brian Okafor');
    expect(vcards).toContain('FN:Tom Hill');
    expect(vcards).toContain('FN:Siân O’Rourke');
    expect(vcards).toContain('ORG:Wessex Vale Council');
  });
});

/**
 * The shell takes its UI language from SharePoint's UI culture (pageContext.cultureInfo.currentUICultureName),
 * and from Teams' locale when SharePoint gives none: the real member briefings shell, hosted as SPFx
 * hosts it, over a fake repository. SPFx itself picks the strings file for the page's culture (its
 * default, en-us, where there is none for that culture); the mocked strings modules below do the same
 * for the culture the test gives the page, so the test sees what a reader in that culture sees.
 */
import { screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import MemberBriefingsWebPart from '../../../src/webparts/memberBriefings/MemberBriefingsWebPart';
import type { IMemberBriefingsWebPartProps } from '../../../src/webparts/memberBriefings/IMemberBriefingsWebPartProps';
import type { IBriefingRepository } from '../../../src/data/IBriefingRepository';
import { setUiLocale, uiLocale } from '../../../src/model/uiLocale';
import { formatPlural } from '../../../src/ui/formatPlural';
import { weekCommencingAt } from '../../../src/schema/ukDates';
import { FakeBriefingRepository } from '../../fakes/FakeBriefingRepository';
import { FakeTeamsJs } from '../../fakes/FakeTeamsJs';
import { abbey, briefingFor, fixtureWards, gmtWeekItems } from '../../fakes/briefingFixture';
import { fakeNetwork, hostWebPart, IFakeNetwork, IHostedWebPart } from '../support/hostedWebPart';
import { pageCulture, stringsForPageCulture } from '../support/pageCultureStrings';

jest.mock('MemberBriefingsWebPartStrings', () =>
  jest.requireActual<typeof import('../support/pageCultureStrings')>('../support/pageCultureStrings').stringsForPageCulture(
    jest.requireActual('../../../src/webparts/memberBriefings/loc/en-us.js'),
    jest.requireActual('../../../src/webparts/memberBriefings/loc/cy-gb.js')
  )
);
jest.mock('CommonStrings', () =>
  jest.requireActual<typeof import('../support/pageCultureStrings')>('../support/pageCultureStrings').stringsForPageCulture(
    jest.requireActual('../../../src/webparts/shared/loc/en-us.js'),
    jest.requireActual('../../../src/webparts/shared/loc/cy-gb.js')
  )
);

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

const READER = { loginName: 'i:0#.f|membership|cllr.abbey@council.gov.uk', email: 'cllr.abbey@council.gov.uk' };
const PROPERTIES: IMemberBriefingsWebPartProps = { title: 'Member briefing', listsSiteUrl: 'https://council.sharepoint.com/sites/hub', wardLabel: 'ward', preElectionStart: '', preElectionEnd: '' };

// This week's briefing, whatever day the test runs: the shell shows the current week.
const THIS_WEEK = weekCommencingAt(new Date());
const repository = new FakeBriefingRepository()
  .withWeek(briefingFor(2, THIS_WEEK, 'Member briefing this week'), gmtWeekItems.map((entry) => ({ ...entry, briefingId: 2 })))
  .withReader(READER.email, { memberId: 5, name: 'Cllr Abbey', ward: abbey })
  .withWards(fixtureWards);

/** The real shell, reading its lists through the fake repository instead of SharePoint. */
class BriefingsOverFakeLists extends MemberBriefingsWebPart {
  protected createRepository(): IBriefingRepository {
    return repository;
  }
}

/** "Monday 30 November 2026" / "Dydd Llun 30 Tachwedd 2026", written out here independently of the product's formatter. */
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WELSH_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
function mondayInWords(language: 'en' | 'cy'): string {
  const [year, month, day] = THIS_WEEK.split('-').map(Number);
  return language === 'cy' ? `Dydd Llun ${day} ${WELSH_MONTHS[month - 1]} ${year}` : `Monday ${day} ${ENGLISH_MONTHS[month - 1]} ${year}`;
}

/** A count in forms that differ for every Welsh plural category, to see which rules are in force. */
const FORMS = { zero: 'zero {0}', one: 'one {0}', two: 'two {0}', few: 'few {0}', many: 'many {0}', other: 'other {0}' };

describe("the shell's UI language follows SharePoint's UI culture, or Teams' locale", () => {
  let network: IFakeNetwork;
  let hosted: IHostedWebPart<IMemberBriefingsWebPartProps> | undefined;

  beforeEach(() => {
    localStorage.clear();
    // Only the receipts reader goes to the network here: it never answers.
    network = fakeNetwork(() => undefined);
  });

  afterEach(() => {
    hosted?.stop();
    hosted = undefined;
    network.restore();
    setUiLocale(undefined);
    pageCulture.current = undefined;
  });

  /** Hosts the shell on a page in `culture` (SharePoint's UI culture; undefined: SharePoint gives none). */
  async function hostIn(culture: string | undefined, teamsJs?: FakeTeamsJs): Promise<HTMLElement> {
    pageCulture.current = culture ?? (teamsJs ? 'cy-gb' : undefined);
    // Start from the other language, so a shell that did not set the locale could not pass by luck.
    setUiLocale(culture?.toLowerCase().startsWith('cy') ? 'en-GB' : 'cy-GB');
    hosted = await hostWebPart(BriefingsOverFakeLists, { ...PROPERTIES }, { user: READER, uiCulture: culture, teamsJs });
    return hosted.host;
  }

  test('cy-GB: Welsh strings, a Welsh date and Welsh plural rules', async () => {
    const host = await hostIn('cy-GB');
    expect(uiLocale()).toBe('cy-GB');
    expect(await within(host).findByRole('heading', { level: 3, name: `Wythnos yn dechrau ${mondayInWords('cy')}` })).toBeTruthy();
    expect(within(host).getByRole('tab', { name: 'Yr wythnos hon' })).toBeTruthy();
    expect(within(host).getByRole('tab', { name: 'Archif' })).toBeTruthy();
    expect(within(host).queryByRole('tab', { name: 'This week' })).toBeNull();
    // Welsh has six plural categories: 0 zero, 1 one, 2 two, 3 few, 6 many, the rest other.
    expect([0, 1, 2, 3, 6, 5].map((count) => formatPlural(count, FORMS))).toEqual(['zero 0', 'one 1', 'two 2', 'few 3', 'many 6', 'other 5']);
  });

  test('en-GB: English strings, a UK date, English plural rules', async () => {
    const host = await hostIn('en-GB');
    expect(uiLocale()).toBe('en-GB');
    expect(await within(host).findByRole('heading', { level: 3, name: `Week commencing ${mondayInWords('en')}` })).toBeTruthy();
    expect(within(host).getByRole('tab', { name: 'This week' })).toBeTruthy();
    expect([0, 1, 2, 3, 6].map((count) => formatPlural(count, FORMS))).toEqual(['other 0', 'one 1', 'other 2', 'other 3', 'other 6']);
  });

  test('en-US: still UK English dates (day first, no American order), as a UK council writes them', async () => {
    const host = await hostIn('en-US');
    expect(uiLocale()).toBe('en-GB');
    const heading = await within(host).findByRole('heading', { level: 3, name: /^Week commencing / });
    expect(heading.textContent).toBe(`Week commencing ${mondayInWords('en')}`);
  });

  test.each(['fr-FR', 'pl-PL', 'not a culture', ''])('an unknown culture (%p) falls back to UK English', async (culture) => {
    const host = await hostIn(culture);
    expect(uiLocale()).toBe('en-GB');
    expect(await within(host).findByRole('heading', { level: 3, name: `Week commencing ${mondayInWords('en')}` })).toBeTruthy();
    expect(within(host).getByRole('tab', { name: 'This week' })).toBeTruthy();
  });

  test("in Teams with no SharePoint culture: Teams' locale (cy-gb) makes it Welsh", async () => {
    const teamsJs = new FakeTeamsJs({ loginHint: READER.email, locale: 'cy-gb' });
    const host = await hostIn(undefined, teamsJs);
    expect(uiLocale()).toBe('cy-GB');
    expect(await within(host).findByRole('heading', { level: 3, name: `Wythnos yn dechrau ${mondayInWords('cy')}` })).toBeTruthy();
  });

  test("SharePoint's culture wins over Teams' locale (the Teams tab forces SharePoint's culture to Teams' language)", async () => {
    const teamsJs = new FakeTeamsJs({ loginHint: READER.email, locale: 'cy-gb' });
    const host = await hostIn('en-GB', teamsJs);
    expect(uiLocale()).toBe('en-GB');
    expect(await within(host).findByRole('heading', { level: 3, name: `Week commencing ${mondayInWords('en')}` })).toBeTruthy();
    expect(screen.queryByText(/Wythnos yn dechrau/)).toBeNull();
  });
});

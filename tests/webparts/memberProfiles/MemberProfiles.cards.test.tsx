import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createTheme, setIconOptions } from '@fluentui/react/lib/Styling';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { Customizations } from '@fluentui/react/lib/Utilities';
import type { IMember, IMemberDirectory } from '../../../src/model/Member';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { MemberProfiles } from '../../../src/webparts/memberProfiles/components/MemberProfiles';
import { MEMBER_CARD_PAGE_SIZE, MEMBER_CARDS_FIRST_DRAWN, MemberCardGrid } from '../../../src/webparts/memberProfiles/components/MemberCardGrid';
import { FakeMemberRepository } from '../../fakes/FakeMemberRepository';
import { memberDirectory } from '../../fakes/memberDirectoryFixture';
import { listsSiteAt } from '../../fakes/listsSite';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

/** A county-sized council: the fixture's five members and enough more that the cards need pages. */
const COUNTY_SIZE = 80;
const extra: IMember[] = Array.from({ length: COUNTY_SIZE - memberDirectory.members.length }, (_, index) => {
  const number = String(index + 1).padStart(3, '0');
  return {
    id: 100 + index,
    displayName: `Member ${number} Zed`,
    givenName: `Member ${number}`,
    surname: `Zed${number}`,
    memberType: 'Councillor',
    wardId: 11,
    additionalRoles: [],
    outsideAppointments: [],
    skills: [],
    interests: [],
    preferredContact: 'Email',
    isCurrent: true
  };
});
const county: IMemberDirectory = { ...memberDirectory, members: [...memberDirectory.members, ...extra] };

function renderProfiles(directory: IMemberDirectory, search = '') {
  const store = memoryUrlStateStore(search);
  render(
    <MemberProfiles
      repository={new FakeMemberRepository(directory)}
      title="Councillors"
      listsSite={listsSiteAt("https://council.sharepoint.com/sites/members")}
      defaultLayout="cards"
      urlStateStore={store}
    />
  );
  return store;
}

const cards = (): HTMLElement[] => within(screen.getByRole('list', { name: 'Councillors' })).getAllByRole('article');
const search = (text: string): void => {
  fireEvent.change(screen.getByRole('searchbox', { name: 'Search councillors' }), { target: { value: text } });
};

describe('member cards at county scale', () => {
  test('draws the first page of cards and says how many more “Show more” adds', async () => {
    renderProfiles(county);
    await screen.findByRole('list', { name: 'Councillors' });
    // A screenful first, the rest of the page once that has been painted.
    expect(cards()).toHaveLength(MEMBER_CARDS_FIRST_DRAWN);
    // jsdom draws slowly on a busy machine: the wait is generous, the assertion exact.
    await waitFor(() => expect(cards()).toHaveLength(MEMBER_CARD_PAGE_SIZE), { timeout: 15000 });
    expect(screen.getByRole('heading', { name: `All ${COUNTY_SIZE} councillors shown` })).toBeTruthy();
    expect(screen.getByText(`Showing the first ${MEMBER_CARD_PAGE_SIZE} of ${COUNTY_SIZE}.`)).toBeTruthy();
    expect(screen.getByRole('button', { name: `Show ${MEMBER_CARD_PAGE_SIZE} more` })).toBeTruthy();
  }, 30000);

  test('a council that fits on one page has no button', async () => {
    renderProfiles(memberDirectory);
    await screen.findByRole('list', { name: 'Councillors' });
    expect(cards()).toHaveLength(memberDirectory.members.length);
    expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull();
  });
});

describe('“Show more”', () => {
  const lookups = {
    party: () => undefined,
    ward: () => undefined,
    committee: () => undefined
  };
  const members = memberDirectory.members; // Five, drawn two at a time.

  function renderGrid(resetKey = 'first search') {
    return render(
      <MemberCardGrid
        members={members}
        lookups={lookups}
        label="Councillors"
        profileHref={(id) => `?member=${id}`}
        onOpenProfile={() => undefined}
        resetKey={resetKey}
        pageSize={2}
      />
    );
  }

  test('draws the next page and moves focus to its first councillor; the last page shows no button', () => {
    renderGrid();
    expect(cards()).toHaveLength(2);
    expect(screen.getByText('Showing the first 2 of 5.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show 2 more' }));
    expect(cards()).toHaveLength(4);
    expect(document.activeElement).toBe(within(cards()[2]).getByRole('link', { name: members[2].displayName }));
    fireEvent.click(screen.getByRole('button', { name: 'Show 1 more' }));
    expect(cards()).toHaveLength(5);
    expect(document.activeElement).toBe(within(cards()[4]).getByRole('link', { name: members[4].displayName }));
    expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull();
  });

  test('is a native button (not a submit), so Enter and Space work without extra code', () => {
    renderGrid();
    const button = screen.getByRole('button', { name: 'Show 2 more' });
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('type')).not.toBe('submit');
  });

  test('other results start again at the first page', () => {
    const view = renderGrid();
    fireEvent.click(screen.getByRole('button', { name: 'Show 2 more' }));
    expect(cards()).toHaveLength(4);
    view.rerender(
      <MemberCardGrid
        members={members}
        lookups={lookups}
        label="Councillors"
        profileHref={(id) => `?member=${id}`}
        onOpenProfile={() => undefined}
        resetKey="another search"
        pageSize={2}
      />
    );
    expect(cards()).toHaveLength(2);
  });
});

describe('member cards while someone types', () => {
  test('a card links to the profile alone, so its address does not change with the search', async () => {
    const store = renderProfiles(memberDirectory, '?ward=10');
    await screen.findByRole('list', { name: 'Councillors' });
    const before = within(screen.getByRole('article', { name: 'Ada Lovelace' })).getByRole('link', { name: 'Ada Lovelace' });
    expect(before.getAttribute('href')).toBe('?member=1');
    search('ada');
    await waitFor(() => expect(Object.fromEntries(new URLSearchParams(store.current))).toEqual({ q: 'ada', ward: '10' }));
    const after = within(screen.getByRole('article', { name: 'Ada Lovelace' })).getByRole('link', { name: 'Ada Lovelace' });
    expect(after).toBe(before);
    expect(after.getAttribute('href')).toBe('?member=1');
  });

  test('a photo that failed once shows the initials straight away when its card is drawn again', async () => {
    renderProfiles(memberDirectory);
    const card = await screen.findByRole('article', { name: 'Ada Lovelace' });
    act(() => {
      fireEvent.error(card.querySelector('img') as HTMLImageElement);
    });
    search('okafor');
    expect(screen.queryByRole('article', { name: 'Ada Lovelace' })).toBeNull();
    search('');
    const again = screen.getByRole('article', { name: 'Ada Lovelace' });
    expect(again.querySelector('img')).toBeNull();
    expect(within(again).getByText('AL')).toBeTruthy();
  });

  test('a page of cards reads the theme once, not once per card, and still draws in the theme it is given', () => {
    // Fluent's useTheme asks Customizations for its settings on every call (and may subscribe to them).
    const themeReads = jest.spyOn(Customizations, 'getSettings');
    const draw = (primary: string): JSX.Element => (
      <ThemeProvider theme={createTheme({ palette: { themePrimary: primary } })}>
        <MemberCardGrid
          members={county.members}
          lookups={{ party: () => undefined, ward: () => undefined, committee: () => undefined }}
          label="Councillors"
          resetKey=""
          profileHref={(id) => `?member=${id}`}
          onOpenProfile={() => undefined}
        />
      </ThemeProvider>
    );
    const { rerender } = render(draw('#0078d4'));
    expect(cards()).toHaveLength(MEMBER_CARD_PAGE_SIZE);
    // A handful of reads (the theme provider, the grid, its "Show more" button), not three for each of the 36 cards (111 before).
    expect(themeReads.mock.calls.length).toBeLessThanOrEqual(5);
    const link = within(cards()[0]).getByRole('link');
    const linkClass = link.className;
    rerender(draw('#a4262c'));
    expect(within(cards()[0]).getByRole('link').className).not.toBe(linkClass);
    themeReads.mockRestore();
  });

  test('the mail-out’s message buttons stay the same elements while the search changes their links', async () => {
    const many: IMemberDirectory = { ...county, members: county.members.map((member) => ({ ...member, email: `${member.surname.toLowerCase()}.long-address-for-the-split@council.example.gov.uk` })) };
    renderProfiles(many);
    await screen.findByRole('list', { name: 'Councillors' });
    const messages = (): HTMLElement[] => screen.getAllByRole('link', { name: /^Message \d of \d/ });
    const [first] = messages();
    expect(messages().length).toBeGreaterThan(1);
    const before = first.getAttribute('href');
    search('member 0');
    const [after] = messages();
    expect(after).toBe(first);
    expect(after.getAttribute('href')).not.toBe(before);
  });
});

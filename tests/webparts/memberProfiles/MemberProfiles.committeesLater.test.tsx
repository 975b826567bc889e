import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import type { IMemberRepository } from '../../../src/data/IMemberRepository';
import type { IMemberDirectory } from '../../../src/model/Member';
import { DataError } from '../../../src/data/DataError';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { MemberProfiles } from '../../../src/webparts/memberProfiles/components/MemberProfiles';
import { memberDirectory } from '../../fakes/memberDirectoryFixture';
import { listsSiteAt } from '../../fakes/listsSite';

setIconOptions({ disableWarnings: true });

/** A first visit as MemberRepository makes it: the members at once, the committees handed over later. */
class CommitteesLaterRepository implements IMemberRepository {
  public handOver: (directory: IMemberDirectory) => void = () => undefined;

  public async loadDirectory(onRevalidated?: (directory: IMemberDirectory) => void): Promise<IMemberDirectory> {
    if (onRevalidated) this.handOver = onRevalidated;
    return { ...memberDirectory, committees: [], memberships: [], committeesPending: { status: 'loading' } };
  }
}

function renderProfiles(repository: IMemberRepository, search = ''): void {
  render(
    <MemberProfiles
      repository={repository}
      title="Councillors"
      listsSite={listsSiteAt('https://council.sharepoint.com/sites/members')}
      defaultLayout="cards"
      urlStateStore={memoryUrlStateStore(search)}
    />
  );
}

const cardNames = (): string[] =>
  within(screen.getByRole('list', { name: 'Councillors' }))
    .getAllByRole('article')
    .map((card) => card.getAttribute('aria-label') ?? '');
const statusTexts = (): string[] => screen.getAllByRole('status').map((region) => region.textContent ?? '');
const search = (text: string): void => {
  fireEvent.change(screen.getByRole('searchbox', { name: 'Search councillors' }), { target: { value: text } });
};

describe('member profiles: cards before the committees', () => {
  test('draws the cards while the committees load, says so politely, then fills them in without redrawing the cards', async () => {
    const repository = new CommitteesLaterRepository();
    renderProfiles(repository);
    await screen.findByRole('list', { name: 'Councillors' });
    expect(cardNames()).toEqual(['Eve Adams', 'Carys Bevan', 'Ada Lovelace', 'Brian Okafor', 'Dev Patel']);
    expect(statusTexts()).toContain('Loading committees… Searching and filtering by committee will include them shortly.');

    // A committee role is not found yet, and is not called "no councillors match" either.
    search('substitute');
    expect(screen.queryByRole('list', { name: 'Councillors' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'No councillors match' })).toBeNull();
    search('');
    const firstCard = screen.getByRole('article', { name: 'Ada Lovelace' });
    const searchBox = screen.getByRole('searchbox', { name: 'Search councillors' });
    searchBox.focus();

    act(() => repository.handOver(memberDirectory));
    expect(statusTexts()).toContain('Committees loaded.');
    expect(statusTexts().some((text) => text.startsWith('Loading committees'))).toBe(false);
    // The same card elements: nothing the reader was on is replaced.
    expect(screen.getByRole('article', { name: 'Ada Lovelace' })).toBe(firstCard);
    expect(document.activeElement).toBe(searchBox);
    search('substitute');
    expect(cardNames()).toEqual(['Dev Patel']);
  }, 20000);

  test('keeps the cards and says what is missing when the committees cannot be read', async () => {
    const repository = new CommitteesLaterRepository();
    renderProfiles(repository);
    await screen.findByRole('list', { name: 'Councillors' });
    act(() =>
      repository.handOver({
        ...memberDirectory,
        committees: [],
        memberships: [],
        committeesPending: { status: 'failed', error: new DataError({ kind: 'accessDenied', listTitle: 'Committees' }) }
      })
    );
    expect(cardNames()).toHaveLength(5);
    expect(statusTexts()).toContain("We couldn't load the committees, so filtering and searching by committee are not available.");
    // No permission on Committees: trying again cannot help, so it is not offered.
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  }, 20000);

  test('offers Try again when reading the committees again can help, keeping the cards and the search while it does', async () => {
    const repository = new CommitteesLaterRepository();
    const loads = jest.spyOn(repository, 'loadDirectory');
    renderProfiles(repository);
    await screen.findByRole('list', { name: 'Councillors' });
    act(() =>
      repository.handOver({
        ...memberDirectory,
        committees: [],
        memberships: [],
        committeesPending: { status: 'failed', error: new DataError({ kind: 'throttled', listTitle: 'Committees' }) }
      })
    );
    search('a');
    const shownBefore = cardNames();
    const firstCard = screen.getByRole('article', { name: shownBefore[0] });

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(loads).toHaveBeenCalledTimes(2);
    await screen.findByText('Loading committees… Searching and filtering by committee will include them shortly.');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.getByRole('article', { name: shownBefore[0] })).toBe(firstCard);
    expect(screen.getByRole('searchbox', { name: 'Search councillors' })).toHaveProperty('value', 'a');

    act(() => repository.handOver(memberDirectory));
    expect(statusTexts()).toContain('Committees loaded.');
    search('substitute');
    expect(cardNames()).toEqual(['Dev Patel']);
  }, 20000);
});

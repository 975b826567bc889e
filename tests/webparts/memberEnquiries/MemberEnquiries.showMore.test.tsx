import * as React from 'react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { memoryKeyValueStore } from '../../../src/data/cache/memoryKeyValueStore';
import { enquiryDraftStore } from '../../../src/data/enquiryDraftStore';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { MemberEnquiries } from '../../../src/webparts/memberEnquiries/components/MemberEnquiries';
import { listsSiteAt } from '../../fakes/listsSite';
import { enquiry, FakeEnquiryFormRepository, FakeEnquiryRepository } from './memberEnquiriesFakes';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

const NOW = new Date('2026-03-05T10:00:00Z');
const SITE = 'https://council.sharepoint.com/sites/hub';
const DAY = 86_400_000;

/** 45 enquiries, "Enquiry 1" the newest. */
function renderMany(): void {
  const enquiries = Array.from({ length: 45 }, (_, index) =>
    enquiry({ id: index + 1, subject: `Enquiry ${index + 1}`, received: new Date(NOW.getTime() - (index + 1) * DAY) })
  );
  render(
    <MemberEnquiries
      repository={{ enquiries: new FakeEnquiryRepository(enquiries), form: new FakeEnquiryFormRepository() }}
      title="My enquiries"
      listsSite={listsSiteAt(SITE)}
      nation="england-and-wales"
      user="ada"
      draftStore={enquiryDraftStore({ siteUrl: SITE, user: 'ada' }, memoryKeyValueStore(), () => NOW)}
      urlStateStore={memoryUrlStateStore('')}
      now={() => NOW}
    />
  );
}

const drawnSubjects = (): string[] =>
  within(screen.getByRole('list', { name: 'Your enquiries, newest first' }))
    .getAllByRole('listitem')
    .map((card) => within(card).getByRole('heading').textContent ?? '');

afterEach(cleanup);

it('draws the newest 20 first; "Show more" draws the next 20, moves focus to the first new one and announces the count', async () => {
  renderMany();
  await screen.findByRole('button', { name: 'Enquiry 1' });
  expect(drawnSubjects()).toEqual(Array.from({ length: 20 }, (_, index) => `Enquiry ${index + 1}`));
  const status = screen.getByText('Showing 20 of 45 enquiries, newest first.');
  expect(status.getAttribute('role')).toBe('status');

  const more = screen.getByRole('button', { name: 'Show 20 more' });
  more.focus();
  fireEvent.click(more);
  expect(drawnSubjects()).toHaveLength(40);
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Enquiry 21' }));
  // The same status region, its text changed: what a screen reader announces.
  expect(status.textContent).toBe('Showing 40 of 45 enquiries, newest first.');

  fireEvent.click(screen.getByRole('button', { name: 'Show 5 more' }));
  expect(drawnSubjects()).toHaveLength(45);
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Enquiry 41' }));
  expect(screen.getByText('Showing 45 of 45 enquiries, newest first.')).toBeTruthy();
  expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull();
});

it('back from an enquiry further down, it is drawn again and takes focus', async () => {
  renderMany();
  await screen.findByRole('button', { name: 'Enquiry 1' });
  fireEvent.click(screen.getByRole('button', { name: 'Show 20 more' }));
  fireEvent.click(screen.getByRole('button', { name: 'Enquiry 33' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Back to my enquiries' }));
  const subject = await screen.findByRole('button', { name: 'Enquiry 33' });
  expect(document.activeElement).toBe(subject);
  expect(drawnSubjects()).toHaveLength(40);
});

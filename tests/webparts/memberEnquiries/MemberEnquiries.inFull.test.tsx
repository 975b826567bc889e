/**
 * My enquiries draws its list from the first read (summaries only); the rest of each enquiry and every update come
 * from a second read sent once the list is on screen. Opening an enquiry before that read has answered says it is
 * loading (never an empty timeline), and a failed read says so with Try again.
 */
import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { memoryKeyValueStore } from '../../../src/data/cache/memoryKeyValueStore';
import { enquiryDraftStore } from '../../../src/data/enquiryDraftStore';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { MemberEnquiries } from '../../../src/webparts/memberEnquiries/components/MemberEnquiries';
import { listsSiteAt } from '../../fakes/listsSite';
import { enquiry, FakeEnquiryFormRepository, FakeEnquiryRepository, FOLDER, offline } from './memberEnquiriesFakes';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

const NOW = new Date('2026-03-05T10:00:00Z');
const SITE = 'https://council.sharepoint.com/sites/hub';
const LIST = 'Your enquiries, newest first';

function fakeWithOneUpdate(): FakeEnquiryRepository {
  return new FakeEnquiryRepository(
    [enquiry({ id: 1, subject: 'Pothole', details: 'By the crossing.', status: 'Acknowledged', assignedOfficerName: 'Pat Officer', location: 'Church Lane' })],
    [{ id: 9, enquiryId: 1, kind: 'Update', body: 'Inspector visits Friday.', authorId: 7, authorName: 'Pat Officer', created: new Date('2026-03-03T09:15:00Z'), folderUrl: FOLDER }]
  );
}

function renderPart(enquiries: FakeEnquiryRepository): void {
  render(
    <MemberEnquiries
      repository={{ enquiries, form: new FakeEnquiryFormRepository() }}
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

afterEach(cleanup);

it('reads the rest of the enquiries and their updates once, after the list is on screen', async () => {
  const enquiries = fakeWithOneUpdate();
  const listDrawnWhenAsked: boolean[] = [];
  const mineInFull = enquiries.mineInFull.bind(enquiries);
  enquiries.mineInFull = () => {
    listDrawnWhenAsked.push(screen.queryByRole('list', { name: LIST }) !== null);
    return mineInFull();
  };
  renderPart(enquiries);
  await screen.findByRole('list', { name: LIST });
  await waitFor(() => expect(enquiries.inFullCalls).toBe(1));
  expect(listDrawnWhenAsked).toEqual([true]);
  expect(enquiries.mineCalls).toBe(1);
});

it('opened before the rest has arrived: what the list knew at once, then a loading note, never "No updates yet"; then the timeline', async () => {
  const enquiries = fakeWithOneUpdate();
  const release = enquiries.holdInFull();
  renderPart(enquiries);
  fireEvent.click(await screen.findByRole('button', { name: 'Pothole' }));

  const heading = await screen.findByRole('heading', { level: 3, name: 'Pothole' });
  expect(document.activeElement).toBe(heading);
  expect(screen.getByText('Status: Acknowledged')).toBeTruthy();
  expect(screen.getByText('Service: Highways')).toBeTruthy();
  const loading = screen.getByText('Loading this enquiry’s details and updates…').closest('[role="status"]');
  expect(loading?.getAttribute('aria-busy')).toBe('true');
  expect(screen.queryByText('No updates yet.')).toBeNull();
  expect(screen.queryByRole('heading', { name: 'Updates and responses' })).toBeNull();
  expect(screen.queryByLabelText(/^Reply or add information/)).toBeNull();

  release();
  expect(await screen.findByRole('heading', { name: 'Update from Pat Officer, 3 March 2026 at 09:15' })).toBeTruthy();
  expect(screen.getByText('By the crossing.')).toBeTruthy();
  expect(screen.getByText('Being dealt with by Pat Officer')).toBeTruthy();
  expect(screen.getByText('Location: Church Lane')).toBeTruthy();
  expect(screen.getByLabelText(/^Reply or add information/)).toBeTruthy();
  expect(screen.queryByText('Loading this enquiry’s details and updates…')).toBeNull();
  // Focus stays where opening put it.
  expect(document.activeElement).toBe(heading);
});

it('says when the rest could not be read and offers Try again, which reads it again', async () => {
  const enquiries = fakeWithOneUpdate();
  enquiries.failInFull = offline();
  renderPart(enquiries);
  fireEvent.click(await screen.findByRole('button', { name: 'Pothole' }));
  expect(await screen.findByRole('heading', { name: "We couldn't load this enquiry's details and updates" })).toBeTruthy();
  expect(screen.getByText('Status: Acknowledged')).toBeTruthy();
  expect(screen.queryByText('No updates yet.')).toBeNull();
  const calls = enquiries.inFullCalls;

  enquiries.failInFull = undefined;
  fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
  expect(await screen.findByRole('heading', { name: 'Update from Pat Officer, 3 March 2026 at 09:15' })).toBeTruthy();
  expect(enquiries.inFullCalls).toBe(calls + 1);
  // The list itself was not read again.
  expect(enquiries.mineCalls).toBe(1);
});

it('an enquiry with no updates says so only once the read has answered', async () => {
  const enquiries = new FakeEnquiryRepository([enquiry({ id: 2, subject: 'Street light out' })]);
  const release = enquiries.holdInFull();
  renderPart(enquiries);
  fireEvent.click(await screen.findByRole('button', { name: 'Street light out' }));
  await screen.findByRole('heading', { level: 3, name: 'Street light out' });
  expect(screen.queryByText('No updates yet.')).toBeNull();
  release();
  expect(await screen.findByText('No updates yet.')).toBeTruthy();
});

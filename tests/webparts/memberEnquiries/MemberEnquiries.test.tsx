import * as React from 'react';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { memoryKeyValueStore } from '../../../src/data/cache/memoryKeyValueStore';
import { enquiryDraftStore, type IEnquiryDraftStore } from '../../../src/data/enquiryDraftStore';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { MemberEnquiries } from '../../../src/webparts/memberEnquiries/components/MemberEnquiries';
import { listsSiteAt } from '../../fakes/listsSite';
import {
  accessDenied,
  enquiry,
  FakeEnquiryFormRepository,
  FakeEnquiryRepository,
  formData,
  offline,
  throttled,
  FOLDER
} from './memberEnquiriesFakes';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

/** Thursday 5 March 2026, 10:00 GMT. */
const NOW = new Date('2026-03-05T10:00:00Z');
const SITE = 'https://council.sharepoint.com/sites/hub';

interface IOptions {
  enquiries?: FakeEnquiryRepository;
  form?: FakeEnquiryFormRepository;
  draftStore?: IEnquiryDraftStore;
  search?: string;
}

function renderPart(options: IOptions = {}) {
  const enquiries = options.enquiries ?? new FakeEnquiryRepository();
  const form = options.form ?? new FakeEnquiryFormRepository();
  const draftStore = options.draftStore ?? enquiryDraftStore({ siteUrl: SITE, user: 'ada' }, memoryKeyValueStore(), () => NOW);
  const view = render(
    <MemberEnquiries
      repository={{ enquiries, form }}
      title="My enquiries"
      listsSite={listsSiteAt(SITE)}
      nation="england-and-wales"
      user="ada"
      draftStore={draftStore}
      urlStateStore={memoryUrlStateStore(options.search ?? '')}
      now={() => NOW}
    />
  );
  return { ...view, enquiries, form, draftStore };
}

async function openRaiseTab(): Promise<void> {
  fireEvent.click(screen.getByRole('tab', { name: 'Raise an enquiry' }));
  await screen.findByRole('heading', { name: 'Raise an enquiry' });
}

function chooseOption(label: string, option: string): void {
  fireEvent.click(screen.getByRole('combobox', { name: new RegExp(`^${label}`) }));
  fireEvent.click(screen.getByRole('option', { name: option }));
}

const typeInto = (label: string, value: string): void => {
  fireEvent.change(screen.getByLabelText(new RegExp(`^${label}`)), { target: { value } });
};

/** Lets the draft's settle timer and the store's writes run. */
async function settleDraft(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 400));
  });
}

afterEach(cleanup);

describe('My enquiries', () => {
  it('lists the member’s enquiries newest first with status, service, ward, received and due dates in words', async () => {
    renderPart({
      enquiries: new FakeEnquiryRepository([
        enquiry({ id: 1, subject: 'Street light out', received: new Date('2026-02-10T09:00:00Z'), due: new Date('2026-02-24T00:00:00Z'), status: 'Acknowledged' }),
        enquiry({ id: 2, subject: 'Pothole by the school', received: new Date('2026-03-04T09:00:00Z'), due: new Date('2026-03-18T00:00:00Z') }),
        enquiry({ id: 3, subject: 'Depot application', serviceTitle: 'Planning and Development', status: 'Closed', received: new Date('2026-01-05T09:00:00Z'), due: new Date('2026-01-19T00:00:00Z') })
      ])
    });
    const list = await screen.findByRole('list', { name: 'Your enquiries, newest first' });
    const cards = within(list).getAllByRole('listitem');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual(['Pothole by the school', 'Street light out', 'Depot application']);
    expect(cards[0].textContent).toContain('Status: Received');
    expect(cards[0].textContent).toContain('Response due by 18 March 2026');
    expect(cards[0].textContent).toContain('Service: Highways');
    expect(cards[0].textContent).toContain('Ward: Abbey');
    expect(cards[0].textContent).toContain('Received 4 March 2026');
    // Overdue is said in words, not by colour alone.
    expect(cards[1].textContent).toContain('Overdue: the response was due by 24 February 2026');
    expect(cards[2].textContent).toContain('Status: Closed');
    expect(cards[2].textContent).not.toContain('Overdue');
  });

  it('shows a reopened enquiry with its new due date, counted from the reopening, not as overdue', async () => {
    // Received 10 February, first due 24 February; reopened today (Thursday 5 March): ten working days on is 19 March.
    renderPart({
      enquiries: new FakeEnquiryRepository([
        enquiry({ id: 4, subject: 'Blocked drain', status: 'Reopened', received: new Date('2026-02-10T09:00:00Z'), responded: new Date('2026-02-20T09:00:00Z'), due: new Date('2026-03-19T00:00:00Z') })
      ])
    });
    const list = await screen.findByRole('list', { name: 'Your enquiries, newest first' });
    const [card] = within(list).getAllByRole('listitem');
    expect(card.textContent).toContain('Status: Reopened');
    expect(card.textContent).toContain('Response due by 19 March 2026');
    expect(card.textContent).not.toContain('Overdue');
  });

  it('says when the member has raised none, and offers the form', async () => {
    renderPart();
    expect(await screen.findByRole('heading', { name: 'You have not raised any enquiries' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Raise an enquiry' }));
    expect(await screen.findByRole('heading', { name: 'Raise an enquiry' })).toBeTruthy();
  });

  it('explains a failed read and offers to try again only where it can help', async () => {
    const enquiries = new FakeEnquiryRepository([enquiry({ id: 1, subject: 'Pothole' })]);
    enquiries.failMine = throttled();
    renderPart({ enquiries });
    expect(await screen.findByRole('heading', { name: "We couldn't load your enquiries" })).toBeTruthy();
    enquiries.failMine = undefined;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Pothole' })).toBeTruthy();
  });

  it('opens an enquiry at its heading with its details and timeline as text, and sends the member’s reply', async () => {
    const enquiries = new FakeEnquiryRepository(
      [enquiry({ id: 1, subject: 'Pothole', details: 'Deep <b>hole</b>\nby the crossing', status: 'Acknowledged', assignedOfficerName: 'Pat Officer' })],
      [{ id: 9, enquiryId: 1, kind: 'Update', body: 'Inspector visits Friday.', authorId: 7, authorName: 'Pat Officer', created: new Date('2026-03-03T09:15:00Z'), folderUrl: FOLDER }]
    );
    const { container } = renderPart({ enquiries });
    fireEvent.click(await screen.findByRole('button', { name: 'Pothole' }));
    const heading = await screen.findByRole('heading', { level: 3, name: 'Pothole' });
    expect(document.activeElement).toBe(heading);
    // The rest of the enquiry comes with the read sent after the list was drawn.
    expect(await screen.findByText('Being dealt with by Pat Officer')).toBeTruthy();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText(/Deep <b>hole<\/b>/).textContent).toBe('Deep <b>hole</b>\nby the crossing');
    expect(screen.getByRole('heading', { name: 'Update from Pat Officer, 3 March 2026 at 09:15' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByText('Type your reply before sending it.')).toBeTruthy();
    typeInto('Reply or add information', 'It is getting deeper.');
    fireEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByText('Your reply was sent.')).toBeTruthy();
    expect(enquiries.replies).toEqual([{ enquiryId: 1, kind: 'Member reply', body: 'It is getting deeper.' }]);
    expect(screen.getByRole('heading', { name: /^Member reply from Ada Lovelace/ })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Back to my enquiries' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Pothole'));
  });

  it('keeps a reply that could not be sent and says why', async () => {
    const enquiries = new FakeEnquiryRepository([enquiry({ id: 1, subject: 'Pothole' })]);
    enquiries.addUpdate = () => Promise.reject(accessDenied());
    renderPart({ enquiries });
    fireEvent.click(await screen.findByRole('button', { name: 'Pothole' }));
    await screen.findByLabelText(/^Reply or add information/);
    typeInto('Reply or add information', 'More detail');
    fireEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Your reply was not sent\. .*Your text is still here/);
    expect((screen.getByLabelText(/^Reply or add information/) as HTMLTextAreaElement).value).toBe('More detail');
  });
});

describe('Raise an enquiry', () => {
  it('shows errors linked to their fields and in a summary that takes focus, and sends nothing', async () => {
    const { enquiries } = renderPart();
    await openRaiseTab();
    fireEvent.click(screen.getByRole('button', { name: 'Send enquiry' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Enter a subject.',
      'Enter the details of your enquiry.',
      'Choose the service the enquiry is for.'
    ]);
    const subject = screen.getByLabelText(/^Subject/);
    expect(subject.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (subject.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    expect(describedBy).toContain('Enter a subject.');
    fireEvent.click(within(summary).getByRole('link', { name: 'Enter the details of your enquiry.' }));
    expect(document.activeElement).toBe(screen.getByLabelText(/^Details/));
    expect(enquiries.raised).toEqual([]);
  });

  it('suggests a service from the words typed, says why, and lets the member choose it', async () => {
    renderPart();
    await openRaiseTab();
    typeInto('Subject', 'Potholes on Church Lane');
    expect(screen.getByText('Suggested: Highways, because your enquiry mentions “pothole”.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Use Highways' }));
    expect(screen.getByRole('combobox', { name: /^Service/ }).textContent).toContain('Highways');
    expect(screen.queryByRole('button', { name: 'Use Highways' })).toBeNull();
  });

  it('defaults the ward to the member’s own, shows the due dates before sending, and sends the enquiry', async () => {
    const { enquiries, draftStore } = renderPart();
    await openRaiseTab();
    expect(screen.getByRole('combobox', { name: /^Ward/ }).textContent).toContain('Abbey');
    // Received Thursday 5 March 2026: acknowledge by Friday 6 March, respond within 10 working days.
    expect(screen.getByText('The service should acknowledge it by Friday 6 March 2026 and respond by Thursday 19 March 2026.')).toBeTruthy();
    typeInto('Subject', 'Pothole');
    typeInto('Details', 'Deep pothole');
    chooseOption('Service', 'Highways');
    typeInto('Location', 'Church Lane');
    fireEvent.click(screen.getByRole('button', { name: 'Send enquiry' }));
    expect(await screen.findByText('Your enquiry “Pothole” was sent to Highways.')).toBeTruthy();
    expect(enquiries.raised).toEqual([
      {
        memberItemId: 5,
        memberLoginName: 'ada.lovelace@council.example',
        serviceId: 1,
        subject: 'Pothole',
        details: 'Deep pothole',
        wardId: 10,
        location: 'Church Lane',
        constituentReference: undefined,
        dueDate: '2026-03-19',
        receivedOnBehalf: undefined
      }
    ]);
    // Back in My enquiries, read again: the new one is listed, and the draft is gone.
    expect(await screen.findByRole('button', { name: 'Pothole' })).toBeTruthy();
    await settleDraft();
    expect(await draftStore.read()).toBeUndefined();
  });

  it('counts the due dates with the council’s own targets and closure days, and sends that due date', async () => {
    const form = new FakeEnquiryFormRepository();
    // Received Thursday 5 March 2026; the council answers within 5 working days and is closed on Monday 9 March.
    form.settings = { nation: 'england-and-wales', targets: { acknowledgeWorkingDays: 2, respondWorkingDays: 5 }, closureDays: [{ date: '2026-03-09', title: 'Office move' }] };
    const { enquiries } = renderPart({ form });
    await openRaiseTab();
    expect(screen.getByText('The service should acknowledge it by Tuesday 10 March 2026 and respond by Friday 13 March 2026.')).toBeTruthy();
    typeInto('Subject', 'Pothole');
    typeInto('Details', 'Deep pothole');
    chooseOption('Service', 'Highways');
    fireEvent.click(screen.getByRole('button', { name: 'Send enquiry' }));
    expect(await screen.findByText('Your enquiry “Pothole” was sent to Highways.')).toBeTruthy();
    expect(enquiries.raised[0]).toMatchObject({ dueDate: '2026-03-13' });
  });

  it('keeps every field after a failed send, says what happened, and brings the draft back after a remount', async () => {
    const store = memoryKeyValueStore();
    const draftStore = enquiryDraftStore({ siteUrl: SITE, user: 'ada' }, store, () => NOW);
    const enquiries = new FakeEnquiryRepository();
    enquiries.failRaise = throttled();
    const first = renderPart({ enquiries, draftStore });
    await openRaiseTab();
    typeInto('Subject', 'Pothole');
    typeInto('Details', 'Deep pothole');
    chooseOption('Service', 'Highways');
    typeInto('Your case reference', 'CW-123');
    fireEvent.click(screen.getByRole('button', { name: 'Send enquiry' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Your enquiry was not sent\. .+Everything you typed is still here/);
    expect((screen.getByLabelText(/^Subject/) as HTMLInputElement).value).toBe('Pothole');
    expect((screen.getByLabelText(/^Details/) as HTMLTextAreaElement).value).toBe('Deep pothole');
    await settleDraft();
    first.unmount();

    // The tab is closed and opened again: the draft comes back from the browser's storage.
    renderPart({ enquiries: new FakeEnquiryRepository(), draftStore: enquiryDraftStore({ siteUrl: SITE, user: 'ada' }, store, () => NOW) });
    await openRaiseTab();
    expect(screen.getByText('We brought back the enquiry you had not sent.')).toBeTruthy();
    expect((screen.getByLabelText(/^Subject/) as HTMLInputElement).value).toBe('Pothole');
    expect((screen.getByLabelText(/^Details/) as HTMLTextAreaElement).value).toBe('Deep pothole');
    expect((screen.getByLabelText(/^Your case reference/) as HTMLInputElement).value).toBe('CW-123');
    expect(screen.getByRole('combobox', { name: /^Service/ }).textContent).toContain('Highways');

    // Another user signs in on this browser: Ada's draft is not theirs to see.
    cleanup();
    renderPart({ draftStore: enquiryDraftStore({ siteUrl: SITE, user: 'bran' }, store, () => NOW) });
    await openRaiseTab();
    expect((screen.getByLabelText(/^Subject/) as HTMLInputElement).value).toBe('');
    expect([...store.entries.keys()].some((key) => key.includes('|ada|'))).toBe(false);
  });

  it('says a send with no answer may have been saved, rather than inviting a duplicate', async () => {
    const enquiries = new FakeEnquiryRepository();
    enquiries.failRaise = offline();
    renderPart({ enquiries });
    await openRaiseTab();
    typeInto('Subject', 'Pothole');
    typeInto('Details', 'Deep pothole');
    chooseOption('Service', 'Highways');
    fireEvent.click(screen.getByRole('button', { name: 'Send enquiry' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^We could not tell whether your enquiry was saved\./);
  });

  it('keeps what was typed when the member looks at My enquiries and comes back', async () => {
    renderPart();
    await openRaiseTab();
    typeInto('Subject', 'Half written');
    fireEvent.click(screen.getByRole('tab', { name: 'My enquiries' }));
    await screen.findByRole('heading', { name: 'You have not raised any enquiries' });
    await openRaiseTab();
    expect((screen.getByLabelText(/^Subject/) as HTMLInputElement).value).toBe('Half written');
  });

  it('preselects the service and ward a link names (?service=, ?ward=)', async () => {
    renderPart({ search: '?service=2&ward=11' });
    expect(await screen.findByRole('heading', { name: 'Raise an enquiry' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: /^Service/ }).textContent).toContain('Planning and Development');
    expect(screen.getByRole('combobox', { name: /^Ward/ }).textContent).toContain('Brookside');
  });

  it('shows Member and Received on only to Democratic Services, and logs the enquiry for the chosen member', async () => {
    renderPart();
    await openRaiseTab();
    expect(screen.queryByRole('combobox', { name: /^Member/ })).toBeNull();
    expect(screen.queryByLabelText(/^Received on/)).toBeNull();
    cleanup();

    const enquiries = new FakeEnquiryRepository();
    renderPart({ enquiries, form: new FakeEnquiryFormRepository(formData({ me: undefined, canLogOnBehalf: true })) });
    await openRaiseTab();
    expect(screen.getByText('You are logging an enquiry that came by phone or email. The member sees it as theirs.')).toBeTruthy();
    typeInto('Received on', '2026-03-10');
    typeInto('Subject', 'Blocked drain');
    typeInto('Details', 'Logged by phone');
    chooseOption('Service', 'Highways');
    fireEvent.click(screen.getByRole('button', { name: 'Send enquiry' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Choose the member the enquiry is for.',
      'The date received cannot be in the future.'
    ]);
    chooseOption('Member', 'Bran Jones');
    typeInto('Received on', '2026-03-02');
    // The member's own ward comes with them; the due dates count from the day it arrived (Monday 2 March).
    expect(screen.getByRole('combobox', { name: /^Ward/ }).textContent).toContain('Brookside');
    expect(screen.getByText('The service should acknowledge it by Tuesday 3 March 2026 and respond by Monday 16 March 2026.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send enquiry' }));
    await screen.findByText('Your enquiry “Blocked drain” was sent to Highways.');
    expect(enquiries.raised[0]).toMatchObject({ memberItemId: 6, memberLoginName: 'bran.jones@council.example', wardId: 11, dueDate: '2026-03-16' });
    expect(enquiries.raised[0].receivedOnBehalf?.toISOString()).toBe('2026-03-02T12:00:00.000Z');
  });

  it('tells someone who is neither a member nor Democratic Services that they cannot raise one here', async () => {
    renderPart({ form: new FakeEnquiryFormRepository(formData({ me: undefined, canLogOnBehalf: false })) });
    fireEvent.click(screen.getByRole('tab', { name: 'Raise an enquiry' }));
    expect(await screen.findByRole('heading', { name: 'Only members can raise enquiries here' })).toBeTruthy();
  });
});

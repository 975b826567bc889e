import * as React from 'react';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { ServiceEnquiries } from '../../../src/webparts/serviceEnquiries/components/ServiceEnquiries';
import { listsSiteAt } from '../../fakes/listsSite';
import { CLO, enquiry, FakeServiceEnquiriesRepository, HIGHWAYS, ME, OTHER, PLANNING } from './FakeServiceEnquiriesRepository';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

/** Wednesday 2 December 2026, 10:00. */
const NOW = new Date('2026-12-02T10:00:00Z');
const clock = (): Date => NOW;

function renderQueue(repository: FakeServiceEnquiriesRepository, search = '') {
  const store = memoryUrlStateStore(search);
  const view = render(
    <ServiceEnquiries repository={repository} title="Service enquiries" listsSite={listsSiteAt('https://council.sharepoint.com/sites/hub')} urlStateStore={store} now={clock} />
  );
  return { ...view, store };
}

async function openEnquiry(subject: string): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: subject }));
  await screen.findByRole('heading', { name: subject, level: 3 });
}

afterEach(cleanup);

describe('the queue', () => {
  it('lists open enquiries due date first, says overdue, due today and this week in words, and counts them', async () => {
    const repository = new FakeServiceEnquiriesRepository([
      enquiry({ id: 1, subject: 'Later', due: new Date('2026-12-15T00:00:00Z') }),
      enquiry({ id: 2, subject: 'Overdue pothole', due: new Date('2026-11-30T00:00:00Z') }),
      enquiry({ id: 3, subject: 'Due today', due: new Date('2026-12-02T00:00:00Z'), status: 'Acknowledged', assignedOfficerId: CLO.userId, assignedOfficerName: CLO.name }),
      enquiry({ id: 4, subject: 'This Friday', due: new Date('2026-12-04T00:00:00Z') }),
      enquiry({ id: 5, subject: 'Answered late', due: new Date('2026-11-25T00:00:00Z'), status: 'Responded' }),
      enquiry({ id: 6, subject: 'Closed one', status: 'Closed', closed: new Date('2026-12-01T09:00:00Z') })
    ]);
    renderQueue(repository);
    const rows = await screen.findAllByTestId('queue-row');
    expect(rows.map((row) => within(row).getAllByRole('cell')[0].textContent)).toEqual(['Answered late', 'Overdue pothole', 'Due today', 'This Friday', 'Later']);
    const dueOf = (subject: string): string => {
      const row = rows.find((candidate) => within(candidate).queryByRole('button', { name: subject }));
      return row ? within(row).getAllByRole('cell')[4].textContent ?? '' : '';
    };
    expect(dueOf('Overdue pothole')).toBe('Overdue: was due 30 Nov 2026');
    expect(dueOf('Due today')).toBe('Due today, 2 Dec 2026');
    expect(dueOf('This Friday')).toBe('Due this week, 4 Dec 2026');
    expect(dueOf('Later')).toBe('Due 15 Dec 2026');
    // Responded: the due date no longer presses, so it is not called overdue.
    expect(dueOf('Answered late')).toBe('Was due 25 Nov 2026');
    expect(screen.getByText('Open: 5. Overdue: 1. Due today: 1. Due later this week: 1.')).toBeTruthy();
    const dueToday = rows[2];
    expect(within(dueToday).getAllByRole('cell')[6].textContent).toBe(CLO.name);
    expect(within(rows[1]).getAllByRole('cell')[6].textContent).toBe('Not assigned');
    // The closed one is not in the queue but under "Closed recently", with how long it can be reopened.
    expect(within(screen.getByTestId('closed-row')).getByText('Closed 1 Dec 2026; can be reopened until 15 Dec 2026')).toBeTruthy();
  });

  it('moves between subjects with the arrow keys and opens one, remembered in the address', async () => {
    const repository = new FakeServiceEnquiriesRepository([enquiry({ id: 1, subject: 'First', due: new Date('2026-12-03T00:00:00Z') }), enquiry({ id: 2, subject: 'Second' })]);
    const { store } = renderQueue(repository);
    const first = await screen.findByRole('button', { name: 'First' });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Second' }));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(first);
    fireEvent.click(first);
    const heading = await screen.findByRole('heading', { name: 'First', level: 3 });
    expect(document.activeElement).toBe(heading);
    expect(store.current).toBe('?enquiryservice=1&enquiry=1');
    fireEvent.click(screen.getByRole('button', { name: 'Back to the queue' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'First' })));
    expect(store.current).toBe('?enquiryservice=1');
  });

  it('offers a choice of service when the officer is in more than one group, and keeps it in the address', async () => {
    const repository = new FakeServiceEnquiriesRepository([enquiry({ subject: 'A Highways one' }), enquiry({ subject: 'A planning one', serviceId: PLANNING.id, serviceTitle: PLANNING.title })]);
    repository.desk_ = { userId: ME.userId, services: [HIGHWAYS, PLANNING] };
    const { store } = renderQueue(repository, '?enquiryservice=2');
    expect(await screen.findByRole('heading', { name: 'Open enquiries for Planning and Development' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'A Highways one' })).toBeNull();
    // The service picker is the browser's own select: choosing is a change of its value.
    const picker = screen.getByRole('combobox', { name: /^Service/ }) as HTMLSelectElement;
    fireEvent.change(picker, { target: { value: (screen.getByRole('option', { name: 'Highways' }) as HTMLOptionElement).value } });
    expect(await screen.findByRole('button', { name: 'A Highways one' })).toBeTruthy();
    expect(store.current).toBe('?enquiryservice=1');
  });

  it('tells an officer in no enquiry group what to do', async () => {
    const repository = new FakeServiceEnquiriesRepository();
    repository.desk_ = { userId: ME.userId, services: [] };
    renderQueue(repository);
    expect(await screen.findByRole('heading', { name: "You are not in a service's enquiry officers group" })).toBeTruthy();
  });
});

describe('the actions', () => {
  it('acknowledge sets the date and assigns it to me when no one has it', async () => {
    const repository = new FakeServiceEnquiriesRepository([enquiry({ id: 7, subject: 'Blocked drain' })]);
    renderQueue(repository);
    await openEnquiry('Blocked drain');
    fireEvent.click(screen.getByRole('button', { name: 'Acknowledge' }));
    expect(await screen.findByText('Acknowledged.')).toBeTruthy();
    expect(repository.get(7)).toMatchObject({ status: 'Acknowledged', acknowledged: NOW, assignedOfficerId: ME.userId });
    expect(screen.queryByRole('button', { name: 'Acknowledge' })).toBeNull();
  });

  it('acknowledge keeps the officer already assigned', async () => {
    const repository = new FakeServiceEnquiriesRepository([enquiry({ id: 8, subject: 'Assigned already', assignedOfficerId: OTHER.userId, assignedOfficerName: OTHER.name })]);
    renderQueue(repository);
    await openEnquiry('Assigned already');
    fireEvent.click(screen.getByRole('button', { name: 'Acknowledge' }));
    await screen.findByText('Acknowledged.');
    expect(repository.get(8).assignedOfficerId).toBe(OTHER.userId);
  });

  it('assigns to an officer of the service, the liaison officer offered first', async () => {
    const repository = new FakeServiceEnquiriesRepository([enquiry({ id: 9, subject: 'Street light' })]);
    renderQueue(repository);
    await openEnquiry('Street light');
    const picker = await screen.findByRole('combobox', { name: /^Assign to an officer of Highways/ });
    expect(picker.textContent).toContain('Cara Liaison (Councillor Liaison Officer)');
    fireEvent.click(picker);
    fireEvent.click(await screen.findByRole('option', { name: OTHER.name }));
    fireEvent.click(screen.getByRole('button', { name: 'Assign' }));
    expect(await screen.findByText(`Assigned to ${OTHER.name}.`)).toBeTruthy();
    expect(repository.get(9).assignedOfficerId).toBe(OTHER.userId);
  });

  it('adds an update the member sees', async () => {
    const repository = new FakeServiceEnquiriesRepository([enquiry({ id: 10, subject: 'Fly-tipping' })]);
    renderQueue(repository);
    await openEnquiry('Fly-tipping');
    fireEvent.change(screen.getByRole('textbox', { name: 'Update for the member' }), { target: { value: 'Crew booked for Friday.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add update' }));
    expect(await screen.findByText('Update added. The member can read it.')).toBeTruthy();
    expect(await screen.findByText('Crew booked for Friday.')).toBeTruthy();
    expect(repository.updates.map((update) => [update.kind, update.body])).toEqual([['Update', 'Crew booked for Friday.']]);
    expect((screen.getByRole('textbox', { name: 'Update for the member' }) as HTMLTextAreaElement).value).toBe('');
  });

  it('adds an internal note, marked as one the member cannot see', async () => {
    const repository = new FakeServiceEnquiriesRepository([enquiry({ id: 14, subject: 'Disputed repair' })]);
    renderQueue(repository);
    await openEnquiry('Disputed repair');
    fireEvent.click(screen.getByRole('radio', { name: 'The service and Democratic Services only (an internal note)' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Internal note' }), { target: { value: 'Do not promise a date yet.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add internal note' }));
    expect(await screen.findByText('Internal note added. The member cannot see it.')).toBeTruthy();
    expect(repository.updates.map((update) => update.folderUrl)).toEqual(['/sites/hub/Lists/EnquiryUpdates/S1']);
    const entry = (await screen.findByText('Do not promise a date yet.')).closest('li');
    expect(entry?.textContent).toMatch(/^Internal note \(the member cannot see it\): Jo Officer/);
  });

  it('responds: the text becomes a Response update and the status Responded', async () => {
    const repository = new FakeServiceEnquiriesRepository([enquiry({ id: 11, subject: 'Quarry lorries', status: 'Acknowledged', acknowledged: new Date('2026-11-25T09:00:00Z') })]);
    renderQueue(repository);
    await openEnquiry('Quarry lorries');
    fireEvent.click(screen.getByRole('button', { name: 'Send response' }));
    expect(await screen.findByText('Write something first.')).toBeTruthy();
    expect(repository.attempts).toEqual([]);
    fireEvent.change(screen.getByRole('textbox', { name: 'Response' }), { target: { value: 'Lorries may run 07:00 to 18:00 only.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send response' }));
    expect(await screen.findByText('Response sent. The member can read it.')).toBeTruthy();
    expect(repository.get(11)).toMatchObject({ status: 'Responded', responded: NOW });
    expect(repository.updates.map((update) => [update.kind, update.body])).toEqual([['Response', 'Lorries may run 07:00 to 18:00 only.']]);
    expect(await screen.findByText('Lorries may run 07:00 to 18:00 only.')).toBeTruthy();
  });

  it('closes, and reopens within the window', async () => {
    const repository = new FakeServiceEnquiriesRepository([enquiry({ id: 12, subject: 'Bus shelter', status: 'Responded' })]);
    renderQueue(repository);
    await openEnquiry('Bus shelter');
    fireEvent.click(screen.getByRole('button', { name: 'Close enquiry' }));
    expect(await screen.findByText('Closed.')).toBeTruthy();
    expect(repository.get(12)).toMatchObject({ status: 'Closed', closed: NOW });
    fireEvent.click(await screen.findByRole('button', { name: 'Reopen' }));
    // Reopened on Wednesday 2 December 2026: ten working days on is Wednesday 16 December.
    expect(await screen.findByText('Reopened: it is back in the queue, now due by 16 December 2026.')).toBeTruthy();
    expect(repository.get(12).status).toBe('Reopened');
    expect(repository.get(12).due).toEqual(new Date('2026-12-16T00:00:00Z'));
    expect(repository.get(12).closed).toBeUndefined();
  });

  it('does not offer to reopen once the window is over, on a page left open since it was offered', async () => {
    // Closed Tuesday 17 November: its 10th working day was Tuesday 1 December, so on 2 December it is over. The queue
    // lists only closures still in their window, so the window ends while the page is open (overnight).
    let today = new Date('2026-12-01T10:00:00Z');
    const repository = new FakeServiceEnquiriesRepository([enquiry({ id: 13, subject: 'Old one', status: 'Closed', closed: new Date('2026-11-17T12:00:00Z') })]);
    render(
      <ServiceEnquiries
        repository={repository}
        title="Service enquiries"
        listsSite={listsSiteAt('https://council.sharepoint.com/sites/hub')}
        urlStateStore={memoryUrlStateStore('?enquiryservice=1')}
        now={() => today}
      />
    );
    await openEnquiry('Old one');
    expect(screen.getByRole('button', { name: 'Reopen' })).toBeTruthy();
    today = new Date('2026-12-02T10:00:00Z');
    fireEvent.click(screen.getByRole('button', { name: 'Back to the queue' }));
    await openEnquiry('Old one');
    expect(screen.queryByRole('button', { name: 'Reopen' })).toBeNull();
    expect(screen.getByText('It can no longer be reopened: the window ended 1 Dec 2026. A follow-up is a new enquiry.')).toBeTruthy();
  });
});

describe('the council’s calendar', () => {
  it('counts the reopen window with the council’s closure days, read from its settings', async () => {
    // Closed Tuesday 17 November; with the offices closed on 20 and 23 November its 10th working day is Thursday 3 December.
    const repository = new FakeServiceEnquiriesRepository([enquiry({ id: 13, subject: 'Old one', status: 'Closed', closed: new Date('2026-11-17T12:00:00Z') })]);
    repository.settings = { nation: 'england-and-wales', closureDays: [{ date: '2026-11-20', title: 'Training day' }, { date: '2026-11-23', title: 'Training day' }] };
    jest.spyOn(repository, 'recentlyClosed').mockImplementation(async () => [repository.get(13)]);
    renderQueue(repository, '?enquiryservice=1&enquiry=13');
    await screen.findByRole('heading', { name: 'Old one', level: 3 });
    expect(screen.getByRole('button', { name: 'Reopen' })).toBeTruthy();
    expect(screen.queryByText(/It can no longer be reopened/)).toBeNull();
  });
});

describe('a reopened enquiry\u2019s due date', () => {
  it('gets a new response target counted from the reopening, past the Easter bank holidays and the council\u2019s closure days', async () => {
    // Reopened on Thursday 2 April 2026, before Good Friday (3 April) and Easter Monday (6 April); the council is also
    // closed on Tuesday 14 April and responds within 12 working days. Its original due date (17 March) stays behind.
    const thursdayBeforeEaster = new Date('2026-04-02T14:00:00+01:00');
    const repository = new FakeServiceEnquiriesRepository(
      [enquiry({ id: 14, subject: 'Street light', status: 'Closed', due: new Date('2026-03-17T00:00:00Z'), responded: new Date('2026-03-16T10:00:00Z'), closed: new Date('2026-03-31T09:00:00+01:00') })],
      () => thursdayBeforeEaster
    );
    repository.settings = { nation: 'england-and-wales', targets: { respondWorkingDays: 12 }, closureDays: [{ date: '2026-04-14', title: 'Training day' }] };
    jest.spyOn(repository, 'recentlyClosed').mockImplementation(async () => [repository.get(14)]);
    render(
      <ServiceEnquiries
        repository={repository}
        title="Service enquiries"
        listsSite={listsSiteAt('https://council.sharepoint.com/sites/hub')}
        urlStateStore={memoryUrlStateStore('?enquiryservice=1&enquiry=14')}
        now={() => thursdayBeforeEaster}
      />
    );
    await screen.findByRole('heading', { name: 'Street light', level: 3 });
    fireEvent.click(screen.getByRole('button', { name: 'Reopen' }));
    // Working days 1–12: 7, 8, 9, 10, 13, 15, 16, 17, 20, 21, 22, 23 April.
    expect(await screen.findByText('Reopened: it is back in the queue, now due by 23 April 2026.')).toBeTruthy();
    expect(repository.get(14)).toMatchObject({ status: 'Reopened', due: new Date('2026-04-23T00:00:00Z'), responded: new Date('2026-03-16T10:00:00Z') });
    expect(repository.get(14).closed).toBeUndefined();
  });
});

describe('a conflict (412)', () => {
  it('shows what I tried and the enquiry as it is now, and "apply mine" retries with the new ETag', async () => {
    const repository = new FakeServiceEnquiriesRepository([enquiry({ id: 20, subject: 'Damaged bollard', status: 'Acknowledged', acknowledged: new Date('2026-11-25T09:00:00Z') })]);
    renderQueue(repository);
    await openEnquiry('Damaged bollard');
    act(() => {
      repository.changedBySomeoneElse(20, { assignedOfficerId: CLO.userId }, 'Democratic Services Team');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Close enquiry' }));
    expect(await screen.findByRole('heading', { name: 'Someone changed this enquiry while you were working on it' })).toBeTruthy();
    expect(within(screen.getByTestId('conflict-mine')).getByText('Status: Closed')).toBeTruthy();
    expect(within(screen.getByTestId('conflict-theirs')).getByText('Assigned to: was Not assigned, now Cara Liaison')).toBeTruthy();
    expect(screen.getByText(/^Changed by Democratic Services Team, 2 Dec 2026 at /)).toBeTruthy();
    expect(repository.get(20).status).toBe('Acknowledged');

    fireEvent.click(screen.getByRole('button', { name: 'Apply my change to the current version' }));
    expect(await screen.findByText('Your change was applied to the current version.')).toBeTruthy();
    expect(repository.attempts.map((attempt) => attempt.eTag)).toEqual(['"1"', '"2"']);
    expect(repository.get(20)).toMatchObject({ status: 'Closed', assignedOfficerId: CLO.userId });
  });

  it('"discard mine" shows the current version and writes nothing', async () => {
    const repository = new FakeServiceEnquiriesRepository([enquiry({ id: 21, subject: 'Noisy works' })]);
    renderQueue(repository);
    await openEnquiry('Noisy works');
    act(() => {
      repository.changedBySomeoneElse(21, { status: 'Acknowledged', acknowledged: NOW, assignedOfficerId: OTHER.userId }, 'Sam Other');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Acknowledge' }));
    await screen.findByRole('heading', { name: 'Someone changed this enquiry while you were working on it' });
    fireEvent.click(screen.getByRole('button', { name: 'Discard mine' }));
    expect(await screen.findByText('Your change was discarded; this is the enquiry as it is now.')).toBeTruthy();
    expect(repository.attempts).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Acknowledge' })).toBeNull();
    expect(screen.getAllByText(OTHER.name).length).toBeGreaterThan(0);
  });

  it('after a response met a conflict, says the response itself was saved', async () => {
    const repository = new FakeServiceEnquiriesRepository([enquiry({ id: 22, subject: 'Tree roots' })]);
    renderQueue(repository);
    await openEnquiry('Tree roots');
    act(() => {
      repository.changedBySomeoneElse(22, { assignedOfficerId: CLO.userId }, 'Cara Liaison');
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Response' }), { target: { value: 'The tree will be surveyed.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send response' }));
    expect(await screen.findByText(/Your response itself was saved and the member can read it/)).toBeTruthy();
    expect(repository.updates.map((update) => update.kind)).toEqual(['Response']);
    fireEvent.click(screen.getByRole('button', { name: 'Apply my change to the current version' }));
    await screen.findByText('Your change was applied to the current version.');
    expect(repository.get(22).status).toBe('Responded');
    expect(repository.updates).toHaveLength(1);
  });
});

describe('refused or unanswered writes', () => {
  it('a refused response (403) says so and keeps the text typed', async () => {
    const repository = new FakeServiceEnquiriesRepository([enquiry({ id: 30, subject: 'Parking' })]);
    renderQueue(repository);
    await openEnquiry('Parking');
    fireEvent.change(screen.getByRole('textbox', { name: 'Response' }), { target: { value: 'A long answer I must not lose.' } });
    repository.failNext = 'refused';
    fireEvent.click(screen.getByRole('button', { name: 'Send response' }));
    const alert = await screen.findByText(/^SharePoint refused it, so nothing was saved:/);
    expect(alert.textContent).toMatch(/What you typed is still here\.$/);
    expect((screen.getByRole('textbox', { name: 'Response' }) as HTMLTextAreaElement).value).toBe('A long answer I must not lose.');
    expect(repository.get(30).status).toBe('Received');
    expect(repository.updates).toEqual([]);
  });

  it('an update with no answer says it may not have been saved and keeps the text', async () => {
    const repository = new FakeServiceEnquiriesRepository([enquiry({ id: 31, subject: 'Gritting' })]);
    renderQueue(repository);
    await openEnquiry('Gritting');
    fireEvent.change(screen.getByRole('textbox', { name: 'Update for the member' }), { target: { value: 'Route added.' } });
    repository.failNext = 'unknown';
    fireEvent.click(screen.getByRole('button', { name: 'Add update' }));
    expect(await screen.findByText(/^We couldn't tell whether it was saved:/)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Update for the member' }) as HTMLTextAreaElement).value).toBe('Route added.');
  });
});

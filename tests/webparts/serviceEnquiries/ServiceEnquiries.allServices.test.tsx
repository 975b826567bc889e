import * as React from 'react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { ServiceEnquiries } from '../../../src/webparts/serviceEnquiries/components/ServiceEnquiries';
import { parseServiceEnquiriesQuery, serialiseServiceEnquiriesQuery } from '../../../src/webparts/serviceEnquiries/components/serviceEnquiriesUrlState';
import { listsSiteAt } from '../../fakes/listsSite';
import { enquiry, FakeServiceEnquiriesRepository, HIGHWAYS, ME, PLANNING } from './FakeServiceEnquiriesRepository';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

/** Wednesday 2 December 2026, 10:00. */
const NOW = new Date('2026-12-02T10:00:00Z');

function renderQueue(repository: FakeServiceEnquiriesRepository, search = '') {
  const store = memoryUrlStateStore(search);
  render(<ServiceEnquiries repository={repository} title="Service enquiries" listsSite={listsSiteAt('https://council.sharepoint.com/sites/hub')} urlStateStore={store} now={() => NOW} />);
  return store;
}

/** Two services' open enquiries, a closed one and one closed recently. */
function council(): FakeServiceEnquiriesRepository {
  return new FakeServiceEnquiriesRepository([
    enquiry({ id: 1, subject: 'Pothole', due: new Date('2026-12-10T00:00:00Z') }),
    enquiry({ id: 2, subject: 'Planning query', serviceId: PLANNING.id, serviceTitle: PLANNING.title, due: new Date('2026-11-30T00:00:00Z') }),
    enquiry({ id: 3, subject: 'Street light', due: new Date('2026-12-03T00:00:00Z') }),
    enquiry({ id: 4, subject: 'Closed planning one', serviceId: PLANNING.id, serviceTitle: PLANNING.title, status: 'Closed', closed: new Date('2026-12-01T09:00:00Z') })
  ]);
}

const cells = (row: HTMLElement): string[] => within(row).getAllByRole('cell').map((cell) => cell.textContent ?? '');

afterEach(cleanup);

/** The service picker is a native select: choosing is a change to the option's value. */
function choose(service: string): void {
  const picker = screen.getByRole('combobox', { name: /^Service/ }) as HTMLSelectElement;
  fireEvent.change(picker, { target: { value: (within(picker).getByRole('option', { name: service }) as HTMLOptionElement).value } });
}

describe('Democratic Services\u2019 "All services"', () => {
  it('opens on every service\u2019s open enquiries, due date first, each row naming its service', async () => {
    const repository = council();
    repository.desk_ = { userId: ME.userId, services: [], seesAllServices: true };
    renderQueue(repository);
    expect(await screen.findByRole('heading', { name: 'Open enquiries for all services' })).toBeTruthy();
    const table = screen.getAllByRole('table')[0];
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toContain('Service');
    const rows = screen.getAllByTestId('queue-row');
    expect(rows.map((row) => cells(row).slice(0, 2))).toEqual([
      ['Planning query', 'Planning and Development'],
      ['Street light', 'Highways'],
      ['Pothole', 'Highways']
    ]);
    expect(cells(rows[0])).toContain('Overdue: was due 30 Nov 2026');
    expect(cells(screen.getByTestId('closed-row')).slice(0, 2)).toEqual(['Closed planning one', 'Planning and Development']);
  });

  it('opens an enquiry of any service with that service\u2019s actions, and keeps "all" in the address', async () => {
    const repository = council();
    repository.desk_ = { userId: ME.userId, services: [], seesAllServices: true };
    const store = renderQueue(repository);
    fireEvent.click(await screen.findByRole('button', { name: 'Planning query' }));
    await screen.findByRole('heading', { name: 'Planning query', level: 3 });
    expect(store.current).toBe('?enquiryservice=all&enquiry=2');
    expect(await screen.findByText(/^Assign to an officer of Planning and Development/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back to the queue' }));
    expect(await screen.findByRole('heading', { name: 'Open enquiries for all services' })).toBeTruthy();
    expect(store.current).toBe('?enquiryservice=all');
  });

  it('is a choice beside their own services: one service shows that service\u2019s queue without the service column', async () => {
    const repository = council();
    repository.desk_ = { userId: ME.userId, services: [HIGHWAYS], seesAllServices: true };
    const store = renderQueue(repository);
    expect(await screen.findByRole('heading', { name: 'Open enquiries for all services' })).toBeTruthy();
    choose('Highways');
    expect(await screen.findByRole('heading', { name: 'Open enquiries for Highways' })).toBeTruthy();
    expect(store.current).toBe('?enquiryservice=1');
    expect(screen.queryByRole('button', { name: 'Planning query' })).toBeNull();
    expect(within(screen.getAllByRole('table')[0]).getAllByRole('columnheader').map((header) => header.textContent)).not.toContain('Service');
    choose('All services');
    expect(await screen.findByRole('button', { name: 'Planning query' })).toBeTruthy();
    expect(store.current).toBe('?enquiryservice=all');
  });

  it('is not offered to an officer who is not Democratic Services, even with "all" in the address', async () => {
    const repository = council();
    repository.desk_ = { userId: ME.userId, services: [HIGHWAYS, PLANNING] };
    renderQueue(repository, '?enquiryservice=all');
    expect(await screen.findByRole('heading', { name: 'Open enquiries for Highways' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Planning query' })).toBeNull();
    expect(within(screen.getByRole('combobox', { name: /^Service/ })).getAllByRole('option').map((option) => option.textContent)).toEqual(['Highways', 'Planning and Development']);
  });

  it('an officer in no group with "all" in the address is told what to do, not shown a queue', async () => {
    const repository = council();
    repository.desk_ = { userId: ME.userId, services: [] };
    renderQueue(repository, '?enquiryservice=all');
    expect(await screen.findByRole('heading', { name: "You are not in a service's enquiry officers group" })).toBeTruthy();
  });

  it('the address keeps "all" and reads it back', () => {
    expect(serialiseServiceEnquiriesQuery('?x=1', { serviceId: 'all', enquiryId: 7 })).toBe('?x=1&enquiryservice=all&enquiry=7');
    expect(parseServiceEnquiriesQuery('?enquiryservice=all')).toEqual({ serviceId: 'all', enquiryId: undefined });
    expect(parseServiceEnquiriesQuery('?enquiryservice=everything')).toEqual({ serviceId: undefined, enquiryId: undefined });
  });
});

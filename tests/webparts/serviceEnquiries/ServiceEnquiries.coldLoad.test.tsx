import * as React from 'react';
import { cleanup, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { DataError } from '../../../src/data/DataError';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { ServiceEnquiries } from '../../../src/webparts/serviceEnquiries/components/ServiceEnquiries';
import { listsSiteAt } from '../../fakes/listsSite';
import { enquiry, FakeServiceEnquiriesRepository, HIGHWAYS, ME, PLANNING } from './FakeServiceEnquiriesRepository';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

/** Wednesday 2 December 2026, 10:00. */
const NOW = new Date('2026-12-02T10:00:00Z');

/** Counts the per-service reads a cold load must no longer wait for. */
class CountingRepository extends FakeServiceEnquiriesRepository {
  public serviceReads = 0;
  public async queue(serviceId: number): ReturnType<FakeServiceEnquiriesRepository['queue']> {
    this.serviceReads += 1;
    return super.queue(serviceId);
  }
  public async recentlyClosed(serviceId: number, since: Date): ReturnType<FakeServiceEnquiriesRepository['recentlyClosed']> {
    this.serviceReads += 1;
    return super.recentlyClosed(serviceId, since);
  }
}

function renderQueue(repository: FakeServiceEnquiriesRepository, search = ''): void {
  render(
    <ServiceEnquiries repository={repository} title="Service enquiries" listsSite={listsSiteAt('https://council.sharepoint.com/sites/hub')} urlStateStore={memoryUrlStateStore(search)} now={() => NOW} />
  );
}

afterEach(cleanup);

it('a cold load draws the officer\u2019s queue and recent closures from the desk\u2019s one read: no read waits for the service id', async () => {
  const repository = new CountingRepository([
    enquiry({ id: 1, subject: 'Pothole', serviceId: HIGHWAYS.id }),
    enquiry({ id: 2, subject: 'Planning question', serviceId: PLANNING.id, serviceTitle: PLANNING.title }),
    enquiry({ id: 3, subject: 'Closed yesterday', status: 'Closed', closed: new Date('2026-12-01T09:00:00Z') }),
    enquiry({ id: 4, subject: 'Closed long ago', status: 'Closed', closed: new Date('2026-10-01T09:00:00Z') })
  ]);
  repository.desk_ = { userId: ME.userId, services: [HIGHWAYS, PLANNING] };
  renderQueue(repository, `?enquiryservice=${PLANNING.id}`);
  const rows = await screen.findAllByTestId('queue-row');
  expect(rows.map((row) => within(row).getAllByRole('cell')[0].textContent)).toEqual(['Planning question']);
  expect(screen.queryByTestId('closed-row')).toBeNull();
  expect(repository.openings).toHaveLength(1);
  // Early enough for the reopen window (10 working days before 2 December) whatever the council's closure days.
  expect(repository.openings[0].getTime()).toBeLessThan(Date.parse('2026-11-18T00:00:00Z'));
  expect(repository.serviceReads).toBe(0);
});

it('picks the first service on the client and keeps only closures still in the reopen window', async () => {
  const repository = new CountingRepository([
    enquiry({ id: 1, subject: 'Pothole', serviceId: HIGHWAYS.id }),
    enquiry({ id: 3, subject: 'Closed yesterday', status: 'Closed', closed: new Date('2026-12-01T09:00:00Z') }),
    enquiry({ id: 4, subject: 'Closed long ago', status: 'Closed', closed: new Date('2026-11-10T09:00:00Z') })
  ]);
  renderQueue(repository);
  expect((await screen.findAllByTestId('queue-row')).map((row) => within(row).getAllByRole('cell')[0].textContent)).toEqual(['Pothole']);
  expect(screen.getAllByTestId('closed-row')).toHaveLength(1);
  expect(repository.serviceReads).toBe(0);
});

it('when the cold load\u2019s enquiry reads fail (a threshold), reads the service\u2019s own queue instead, with no error shown', async () => {
  const repository = new CountingRepository([enquiry({ id: 1, subject: 'Pothole' })]);
  repository.openingListsError = new DataError({ kind: 'overThreshold', listTitle: 'Enquiries' });
  renderQueue(repository);
  expect((await screen.findAllByTestId('queue-row')).map((row) => within(row).getAllByRole('cell')[0].textContent)).toEqual(['Pothole']);
  expect(screen.queryByText("We couldn't load the enquiries")).toBeNull();
  expect(repository.serviceReads).toBe(2);
});

import { DataError } from '../../src/data/DataError';
import { enquiryServiceIdsFrom, withEnquiryServices } from '../../src/data/enquiryServiceIds';
import type { IService } from '../../src/model/Officer';

const service = (id: number, name: string): IService => ({ id, name, directorate: 'Place', keywords: [] });

describe('which services take members\u2019 enquiries', () => {
  it('reads the ids of the rows SharePoint sent, skipping rows without one', async () => {
    expect([...(await enquiryServiceIdsFrom(Promise.resolve([{ Id: 4 }, { ID: 7 }, { Title: 'no id' }]), 'Services'))]).toEqual([4, 7]);
    expect([...(await enquiryServiceIdsFrom(Promise.resolve({ unexpected: true }), 'Services'))]).toEqual([]);
  });

  it('takes a missing TakesEnquiries column (a site on an older schema) as no service taking enquiries', async () => {
    const missing = new DataError({ kind: 'columnNotFound', listTitle: 'Services', column: 'TakesEnquiries' });
    expect([...(await enquiryServiceIdsFrom(Promise.reject(missing), 'Services'))]).toEqual([]);
  });

  it('throws any other failure, as the directory\u2019s other reads do', async () => {
    const denied = new DataError({ kind: 'accessDenied', listTitle: 'Services' });
    await expect(enquiryServiceIdsFrom(Promise.reject(denied), 'Services')).rejects.toBe(denied);
  });

  it('marks those services and leaves the others as they were', () => {
    const [highways, libraries] = withEnquiryServices([service(1, 'Highways'), service(2, 'Libraries')], new Set([1]));
    expect(highways.takesEnquiries).toBe(true);
    expect(libraries).toEqual(service(2, 'Libraries'));
    expect('takesEnquiries' in libraries).toBe(false);
  });
});

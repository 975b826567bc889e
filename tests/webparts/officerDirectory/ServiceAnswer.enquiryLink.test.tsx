import * as React from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { memoryKeyValueStore } from '../../../src/data/cache/memoryKeyValueStore';
import { enquiryDraftStore } from '../../../src/data/enquiryDraftStore';
import type { IOfficerDirectory } from '../../../src/model/Officer';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { MemberEnquiries } from '../../../src/webparts/memberEnquiries/components/MemberEnquiries';
import { parseEnquiriesLink } from '../../../src/webparts/memberEnquiries/components/enquiriesUrlState';
import { OfficerDirectory } from '../../../src/webparts/officerDirectory/components/OfficerDirectory';
import { composeOfficerDirectory } from '../../../src/webparts/officerDirectory/officerDirectoryComposition';
import { FakeOfficerRepository } from '../../fakes/FakeOfficerRepository';
import { listsSiteAt } from '../../fakes/listsSite';
import { officerDirectory } from '../../fakes/officerDirectoryFixture';
import { FakeEnquiryFormRepository, FakeEnquiryRepository, formData } from '../memberEnquiries/memberEnquiriesFakes';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

const SITE = 'https://council.sharepoint.com/sites/hub';
const ENQUIRIES = `${SITE}/SitePages/Enquiries.aspx`;

/** The fixture's council with Waste and Recycling (id 2) taking members' enquiries; Highways (id 1) does not. */
const directory: IOfficerDirectory = {
  ...officerDirectory,
  services: officerDirectory.services.map((service) => (service.id === 2 ? { ...service, takesEnquiries: true } : service))
};

function renderDirectory(search: string, enquiriesPageUrl: string | undefined, shown: IOfficerDirectory = directory) {
  return render(
    <OfficerDirectory
      repository={new FakeOfficerRepository(shown)}
      title="Officer directory"
      listsSite={listsSiteAt(SITE)}
      urlStateStore={memoryUrlStateStore(search)}
      enquiriesPageUrl={enquiriesPageUrl}
    />
  );
}

afterEach(cleanup);

describe('"Raise an enquiry with <service>" on a service\'s answer', () => {
  it('is offered by a service that takes enquiries, to the enquiries page with the service chosen', async () => {
    renderDirectory('?otab=ask&ask=bins', ENQUIRIES);
    // The "ask" tab's code loads on demand.
    const link = await screen.findByRole('link', { name: 'Raise an enquiry with Waste and Recycling' }, { timeout: 10000 });
    const href = link.getAttribute('href') ?? '';
    expect(href).toBe(`${ENQUIRIES}?service=2`);
    expect(parseEnquiriesLink(new URL(href).search)).toEqual({ serviceId: 2, wardId: undefined });
  });

  it('is not offered by a service that does not take enquiries', async () => {
    renderDirectory('?otab=browse&osvc=1', ENQUIRIES);
    await screen.findByRole('heading', { name: 'Highways', level: 3 });
    expect(screen.queryByRole('link', { name: /^Raise an enquiry/ })).toBeNull();
  });

  it('is not offered when no enquiries page is set, even by a service that takes enquiries', async () => {
    renderDirectory('?otab=browse&osvc=2', undefined);
    await screen.findByRole('heading', { name: 'Waste and Recycling', level: 3 });
    expect(screen.queryByRole('link', { name: /^Raise an enquiry/ })).toBeNull();
  });

  it('is not offered where the site has no TakesEnquiries column (the repository marks no service)', async () => {
    renderDirectory('?otab=browse&osvc=2', ENQUIRIES, officerDirectory);
    await screen.findByRole('heading', { name: 'Waste and Recycling', level: 3 });
    expect(screen.queryByRole('link', { name: /^Raise an enquiry/ })).toBeNull();
  });

  it('opens the member enquiries form with that service chosen', async () => {
    renderDirectory('?otab=browse&osvc=2', ENQUIRIES);
    const href = (await screen.findByRole('link', { name: 'Raise an enquiry with Waste and Recycling' })).getAttribute('href') ?? '';
    cleanup();
    const services = [
      { id: 1, name: 'Highways', keywords: [] },
      { id: 2, name: 'Waste and Recycling', keywords: [] }
    ];
    render(
      <MemberEnquiries
        repository={{ enquiries: new FakeEnquiryRepository(), form: new FakeEnquiryFormRepository(formData({ services })) }}
        title="My enquiries"
        listsSite={listsSiteAt(SITE)}
        nation="england-and-wales"
        user="ada"
        draftStore={enquiryDraftStore({ siteUrl: SITE, user: 'ada' }, memoryKeyValueStore())}
        urlStateStore={memoryUrlStateStore(new URL(href).search)}
        now={() => new Date('2026-03-05T10:00:00Z')}
      />
    );
    expect(await screen.findByRole('heading', { name: 'Raise an enquiry' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: /^Service/ }).textContent).toContain('Waste and Recycling');
  });

  it('takes the page from the web part property, only as an http(s) address without a query', () => {
    const compose = (enquiriesPageUrl: string | undefined) =>
      composeOfficerDirectory({
        properties: { title: 'Officer directory', listsSiteUrl: '', startTab: 'ask', enquiriesPageUrl },
        lists: { listsSite: listsSiteAt(SITE) },
        user: { loginName: 'ada' }
      }).rootProps.enquiriesPageUrl;
    expect(compose(`${ENQUIRIES}?x=1`)).toBe(ENQUIRIES);
    expect(compose('javascript:alert(1)')).toBeUndefined();
    expect(compose(undefined)).toBeUndefined();
  });
});

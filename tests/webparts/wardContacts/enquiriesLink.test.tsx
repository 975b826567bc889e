import * as React from 'react';
import { cleanup, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { WardContacts } from '../../../src/webparts/wardContacts/components/WardContacts';
import { composeWardContacts } from '../../../src/webparts/wardContacts/wardContactsComposition';
import { parseEnquiriesLink } from '../../../src/webparts/memberEnquiries/components/enquiriesUrlState';
import { FakeBriefingRepository } from '../../fakes/FakeBriefingRepository';
import { FakeMemberRepository } from '../../fakes/FakeMemberRepository';
import { FakeOfficerRepository } from '../../fakes/FakeOfficerRepository';
import { briefingFor, WEEK_GMT } from '../../fakes/briefingFixture';
import { listsSiteAt } from '../../fakes/listsSite';
import { memberDirectory } from '../../fakes/memberDirectoryFixture';
import { officerDirectory } from '../../fakes/officerDirectoryFixture';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

const SITE = 'https://council.sharepoint.com/sites/hub';
const ENQUIRIES = 'https://council.sharepoint.com/sites/hub/SitePages/Enquiries.aspx';

/** Highways takes members' enquiries (Services.TakesEnquiries); Waste and Recycling does not. */
const directoryWithEnquiryServices = {
  ...officerDirectory,
  services: officerDirectory.services.map((service) => (service.id === 1 ? { ...service, takesEnquiries: true as const } : service))
};

function renderSheet(enquiriesPageUrl: string | undefined, search = '?wardsheet=10') {
  return render(
    <WardContacts
      repository={{
        members: new FakeMemberRepository(memberDirectory),
        officers: new FakeOfficerRepository(directoryWithEnquiryServices),
        briefings: new FakeBriefingRepository().withWeek(briefingFor(2, WEEK_GMT), [])
      }}
      title="Ward contact sheet"
      listsSite={listsSiteAt(SITE)}
      enquiriesPageUrl={enquiriesPageUrl}
      urlStateStore={memoryUrlStateStore(search)}
      pageUrl={`${SITE}/SitePages/Ward.aspx`}
      now={() => new Date('2026-10-28T09:00:00Z')}
    />
  );
}

afterEach(cleanup);

describe('the ward contact sheet links to Member enquiries', () => {
  it('offers "Raise an enquiry about <ward>" to the enquiries page with the ward, which the form reads back', async () => {
    renderSheet(ENQUIRIES);
    const link = await screen.findByRole('link', { name: 'Raise an enquiry about Abbey' });
    const href = link.getAttribute('href') ?? '';
    expect(href).toBe(`${ENQUIRIES}?ward=10`);
    expect(parseEnquiriesLink(new URL(href).search)).toEqual({ serviceId: undefined, wardId: 10 });
  });

  it('offers "Raise an enquiry with <service>" on the card of a service that takes enquiries, with the service and the ward', async () => {
    renderSheet(ENQUIRIES, '?wardsheet=10&wardservices=1,2');
    const highways = await screen.findByRole('article', { name: 'Highways' });
    const link = within(highways).getByRole('link', { name: 'Raise an enquiry with Highways' });
    expect(parseEnquiriesLink(new URL(link.getAttribute('href') ?? '').search)).toEqual({ serviceId: 1, wardId: 10 });
    const waste = screen.getByRole('article', { name: 'Waste and Recycling' });
    expect(within(waste).queryByRole('link', { name: /^Raise an enquiry/ })).toBeNull();
  });

  it('offers no link when no enquiries page is set', async () => {
    renderSheet(undefined, '?wardsheet=10&wardservices=1,2');
    await screen.findByRole('article', { name: 'Highways' });
    expect(screen.queryByRole('link', { name: /^Raise an enquiry/ })).toBeNull();
  });

  it('takes the page from the web part property, only as an http(s) address without a query', () => {
    const compose = (enquiriesPageUrl: string) =>
      composeWardContacts({
        properties: { title: 'Ward contact sheet', listsSiteUrl: '', councilName: '', enquiriesPageUrl },
        lists: { listsSite: listsSiteAt(SITE) },
        user: { loginName: 'ada' }
      }).rootProps.enquiriesPageUrl;
    expect(compose(`${ENQUIRIES}?x=1`)).toBe(ENQUIRIES);
    expect(compose('javascript:alert(1)')).toBeUndefined();
    expect(compose('  ')).toBeUndefined();
  });
});

import * as React from 'react';
import { cleanup, render, screen } from '@testing-library/react';
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

function renderSheet(enquiriesPageUrl: string | undefined) {
  return render(
    <WardContacts
      repository={{
        members: new FakeMemberRepository(memberDirectory),
        officers: new FakeOfficerRepository(officerDirectory),
        briefings: new FakeBriefingRepository().withWeek(briefingFor(2, WEEK_GMT), [])
      }}
      title="Ward contact sheet"
      listsSite={listsSiteAt(SITE)}
      enquiriesPageUrl={enquiriesPageUrl}
      urlStateStore={memoryUrlStateStore('?wardsheet=10')}
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

  it('offers no link when no enquiries page is set', async () => {
    renderSheet(undefined);
    await screen.findByRole('heading', { level: 3, name: 'Councillors and officers for Abbey' });
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

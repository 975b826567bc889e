import * as React from 'react';
import { listsSiteAt } from '../../fakes/listsSite';
import { render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { wardSheetPageUrlFrom } from '../../../src/webparts/shared/wardSheetLink';
import { MemberProfiles } from '../../../src/webparts/memberProfiles/components/MemberProfiles';
import { OfficerDirectory } from '../../../src/webparts/officerDirectory/components/OfficerDirectory';
import { FakeMemberRepository } from '../../fakes/FakeMemberRepository';
import { FakeOfficerRepository } from '../../fakes/FakeOfficerRepository';
import { memberDirectory } from '../../fakes/memberDirectoryFixture';
import { officerDirectory } from '../../fakes/officerDirectoryFixture';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

const SITE = 'https://council.sharepoint.com/sites/hub';
const SHEET_PAGE = 'https://council.sharepoint.com/sites/hub/SitePages/Ward.aspx';

describe('links from the directories to the ward contact sheet', () => {
  test("a member's profile links their ward to its sheet", async () => {
    render(
      <MemberProfiles
        repository={new FakeMemberRepository(memberDirectory)}
        title="Councillors"
        listsSite={listsSiteAt(SITE)}
        defaultLayout="cards"
        urlStateStore={memoryUrlStateStore('?member=3')}
        wardSheetPageUrl={SHEET_PAGE}
      />
    );
    const panel = await screen.findByRole('dialog');
    const link = await within(panel).findByRole('link', { name: 'Ward contact sheet for Brookside' });
    expect(link.getAttribute('href')).toBe(`${SHEET_PAGE}?wardsheet=11`);
  });

  test('without a sheet page set, the profile shows the ward with no link', async () => {
    render(
      <MemberProfiles repository={new FakeMemberRepository(memberDirectory)} title="Councillors" listsSite={listsSiteAt(SITE)} defaultLayout="cards" urlStateStore={memoryUrlStateStore('?member=3')} />
    );
    const panel = await screen.findByRole('dialog');
    await within(panel).findAllByText('Brookside');
    expect(within(panel).queryByRole('link', { name: /Ward contact sheet/ })).toBeNull();
  });

  test('the officer directory links to the sheet', async () => {
    render(
      <OfficerDirectory
        repository={new FakeOfficerRepository(officerDirectory)}
        title="Officer directory"
        listsSite={listsSiteAt(SITE)}
        urlStateStore={memoryUrlStateStore('')}
        wardSheetPageUrl={SHEET_PAGE}
      />
    );
    const link = await screen.findByRole('link', { name: 'Ward contact sheet: councillors and officers for a ward' });
    expect(link.getAttribute('href')).toBe(SHEET_PAGE);
  });

  test.each([
    ['', undefined],
    ['   ', undefined],
    ['javascript:alert(1)', undefined],
    ['not a url', undefined],
    [' https://council.sharepoint.com/sites/hub/SitePages/Ward.aspx?x=1#top ', SHEET_PAGE]
  ])('the web part setting %j becomes the page %s', (value, expected) => {
    expect(wardSheetPageUrlFrom(value)).toBe(expected);
  });
});

import * as React from 'react';
import axe from 'axe-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { DataError } from '../../../src/data/DataError';
import type { IMemberDirectory } from '../../../src/model/Member';
import type { IOfficerDirectory } from '../../../src/model/Officer';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { WardContacts } from '../../../src/webparts/wardContacts/components/WardContacts';
import { FakeBriefingRepository } from '../../fakes/FakeBriefingRepository';
import { FakeMemberRepository } from '../../fakes/FakeMemberRepository';
import { FakeOfficerRepository } from '../../fakes/FakeOfficerRepository';
import { briefingFor, item, WEEK_GMT } from '../../fakes/briefingFixture';
import { listsSiteAt } from '../../fakes/listsSite';
import { memberDirectory } from '../../fakes/memberDirectoryFixture';
import { officerDirectory } from '../../fakes/officerDirectoryFixture';
import { ScriptedRevalidation, todayAt } from '../../fakes/ScriptedRevalidation';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

const JSDOM_BLIND = { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } };
const ADA = 'ada.lovelace@council.example';
const abbey = { id: 10, name: 'Abbey' };

describe('the ward contact sheet: browser copies whose check failed', () => {
  it('keeps the copies, says when the oldest failed one was saved and why, and Try again redraws what changed', async () => {
    const renamed: IMemberDirectory = {
      ...memberDirectory,
      members: memberDirectory.members.map((member) => (member.id === 1 ? { ...member, displayName: 'Ada Byron', surname: 'Byron' } : member))
    };
    const membersCheck = new ScriptedRevalidation<IMemberDirectory>(todayAt(14, 5)).failWith(new DataError({ kind: 'throttled', status: 429 })).thenAnswer(renamed);
    const officersCheck = new ScriptedRevalidation<IOfficerDirectory>(todayAt(15, 0)).thenAnswer(undefined);
    const members = new FakeMemberRepository(memberDirectory).revalidatesWith(membersCheck);
    const officers = new FakeOfficerRepository(officerDirectory).revalidatesWith(officersCheck);
    const briefings = new FakeBriefingRepository()
      .withWeek(briefingFor(2, WEEK_GMT), [item({ id: 1, title: 'Budget consultation opens', category: 'Consultation', wards: [] })])
      .withReader(ADA, { memberId: 1, name: 'Ada Lovelace', ward: abbey });
    render(
      <WardContacts
        repository={{ members, officers, briefings }}
        title="Ward contact sheet"
        listsSite={listsSiteAt('https://council.sharepoint.com/sites/hub')}
        councilName="Wessex Vale Council"
        account={ADA}
        urlStateStore={memoryUrlStateStore('')}
        pageUrl="https://council.sharepoint.com/sites/hub/SitePages/Ward.aspx"
        now={() => new Date('2026-10-28T09:00:00Z')}
      />
    );

    expect(await screen.findByText(/^Showing the copy saved on this device at 14:05\. We couldn't check for changes: SharePoint is very busy/)).toBeTruthy();
    const councillors = (): string[] =>
      within(screen.getByRole('region', { name: 'Councillors (2)' }))
        .getAllByRole('article')
        .map((article) => article.getAttribute('aria-label') ?? '');
    expect(councillors()).toContain('Ada Lovelace');
    const results = await axe.run(document.body, { rules: JSDOM_BLIND });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(councillors()).toContain('Ada Byron'));
    expect(screen.queryByText(/Showing the copy saved on this device/)).toBeNull();
    expect(membersCheck.checks).toBe(2);
  });
});

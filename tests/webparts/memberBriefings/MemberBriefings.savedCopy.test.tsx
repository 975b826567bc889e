import * as React from 'react';
import axe from 'axe-core';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { DataError } from '../../../src/data/DataError';
import type { IBriefingReader } from '../../../src/model/Briefing';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { MemberBriefings } from '../../../src/webparts/memberBriefings/components/MemberBriefings';
import { FakeBriefingRepository } from '../../fakes/FakeBriefingRepository';
import { abbey, briefingFor, fixtureWards, item, WEEK_GMT } from '../../fakes/briefingFixture';
import { ScriptedRevalidation, todayAt } from '../../fakes/ScriptedRevalidation';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

const JSDOM_BLIND = { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } };

describe('MemberBriefings: a browser copy whose check failed', () => {
  it('keeps the copy, says when it was saved and why it was not checked, and Try again redraws what changed', async () => {
    const reader: IBriefingReader = { memberId: 1, name: 'Cllr A', ward: abbey };
    const revalidation = new ScriptedRevalidation<IBriefingReader | undefined>(todayAt(14, 5)).failWith(new DataError({ kind: 'network' })).thenAnswer(reader);
    const repository = new FakeBriefingRepository()
      .withWeek(briefingFor(2, WEEK_GMT), [item({ id: 301, briefingId: 2, title: 'Road closures', category: 'Event', wards: [] })])
      .withReader('member@council.gov.uk', reader)
      .withWards(fixtureWards)
      .revalidatesWith(revalidation);
    render(
      <MemberBriefings
        repository={repository}
        title="Member briefing"
        listsSite={{ url: 'https://council.sharepoint.com/sites/hub', source: 'tenantProperty', ignored: [] }}
        wardLabel="ward"
        account="member@council.gov.uk"
        urlStateStore={memoryUrlStateStore()}
        pageUrl="https://council.sharepoint.com/sites/hub/SitePages/Briefing.aspx"
        now={() => new Date('2026-10-28T09:00:00Z')}
      />
    );

    expect(await screen.findByText(/^Showing the copy saved on this device at 14:05\. We couldn't check for changes: We couldn't reach SharePoint/)).toBeTruthy();
    expect(await screen.findByRole('article', { name: 'Road closures' })).toBeTruthy();
    const results = await axe.run(document.body, { rules: JSDOM_BLIND });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);

    // The lists changed meanwhile: the check that answers redraws the week.
    repository.withWeek(briefingFor(2, WEEK_GMT), [item({ id: 301, briefingId: 2, title: 'Road closures (revised)', category: 'Event', wards: [] })]);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('article', { name: 'Road closures (revised)' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByText(/Showing the copy saved on this device/)).toBeNull());
    expect(revalidation.checks).toBe(2);
  });
});

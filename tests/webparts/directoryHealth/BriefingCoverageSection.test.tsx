/**
 * Democratic Services' coverage: the count, by ward and group, and a reminder in To: (never Bcc)
 * to exactly the members who have not read the briefing or acknowledged an item.
 */
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import type { ICoverageRepository, IWeekCoverageData } from '../../../src/data/CoverageRepository';
import type { IMember } from '../../../src/model/Member';
import { BriefingCoverageSection } from '../../../src/webparts/directoryHealth/components/BriefingCoverageSection';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);
const SLOW = { timeout: 15000 };

function member(id: number, surname: string, ward: string, group: string): IWeekCoverageData['members'][number] {
  const details: IMember = {
    id, displayName: `Cllr ${surname}`, surname, email: `${surname.toLowerCase()}@council.gov.uk`, additionalRoles: [], outsideAppointments: [],
    skills: [], interests: [], preferredContact: 'Email', isCurrent: true, memberType: 'Councillor'
  };
  return { member: details, accountId: 100 + id, wardName: ward, groupName: group };
}

const repository: ICoverageRepository = {
  recentBriefings: () => Promise.resolve([{ id: 7, title: 'Member briefing 26 October', weekCommencing: '2026-10-26', approval: 'approved' }]),
  week: () =>
    Promise.resolve({
      members: [member(1, 'Ash', 'Abbey', 'Green'), member(2, 'Birch', 'Abbey', 'Labour'), member(3, 'Cedar', 'Castle', 'Green')],
      receipts: [
        { id: 1, briefingId: 7, kind: 'read', authorId: 101, eTag: '"1"' },
        { id: 2, briefingId: 7, kind: 'acknowledged', itemId: 55, authorId: 101, eTag: '"1"' },
        { id: 3, briefingId: 7, kind: 'read', authorId: 103, eTag: '"1"' }
      ],
      itemsAsking: [{ id: 55, briefingId: 7, title: 'Abbey Road closure', category: 'Decision', wards: [], isConfidential: false, needsAcknowledgement: true }]
    })
};

describe('BriefingCoverageSection', () => {
  it('shows the count, the breakdown by ward and group, and reminders in To:', async () => {
    render(<BriefingCoverageSection repository={repository} listsSiteUrl="https://council.sharepoint.com/sites/hub" />);
    expect(await screen.findByText('Read by 2 of 3 current members.', undefined, SLOW)).toBeTruthy();
    const byWard = screen.getByRole('table', { name: 'Read, by ward' });
    expect(byWard.textContent).toContain('Abbey1 of 2Cllr Birch');
    expect(screen.getByRole('table', { name: 'Read, by political group' }).textContent).toContain('Green2 of 2');

    const notRead = screen.getByRole('link', { name: 'Email a reminder to the member who has not read it' });
    expect(notRead.getAttribute('href')).toBe('mailto:birch@council.gov.uk');
    const notAcknowledged = screen.getByRole('link', { name: 'Email a reminder to the 2 members who have not acknowledged it' });
    expect(notAcknowledged.getAttribute('href')).toBe('mailto:birch@council.gov.uk,cedar@council.gov.uk');
    expect(notAcknowledged.getAttribute('href')).not.toMatch(/bcc/i);
    expect(screen.getByText('Acknowledged by 1 of 3 current members.')).toBeTruthy();
  });
});

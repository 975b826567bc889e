import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import type { IEnquiryUpdate } from '../../../src/data/IEnquiryRepository';
import { EnquiryTimeline } from '../../../src/ui/enquiries/EnquiryTimeline';
import { displayStrings } from './enquiryStrings';

const update = (id: number, created: string, kind: IEnquiryUpdate['kind'], body: string, authorName?: string): IEnquiryUpdate => ({
  id,
  enquiryId: 7,
  kind,
  body,
  authorId: id,
  authorName,
  created: new Date(created),
  folderUrl: '/sites/council/Lists/EnquiryUpdates/M1-S2'
});

describe('EnquiryTimeline', () => {
  it('lists the entries oldest first, each saying what it is, who wrote it and when', () => {
    render(
      <EnquiryTimeline
        strings={displayStrings}
        unknownAuthor="Someone"
        updates={[
          update(3, '2026-03-12T10:00:00Z', 'Response', 'Repaired on 11 March.', 'Pat Officer'),
          update(1, '2026-03-09T09:15:00Z', 'Update', 'Inspection booked.', 'Pat Officer'),
          update(2, '2026-03-10T16:40:00Z', 'Member reply', 'Thank you.')
        ]}
      />
    );
    const entries = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(entries.map((entry) => within(entry).getByRole('heading').textContent)).toEqual([
      'Update from Pat Officer, 9 March 2026 at 09:15',
      'Your reply from Someone, 10 March 2026 at 16:40',
      'Response from Pat Officer, 12 March 2026 at 10:00'
    ]);
  });

  it('shows text as text: markup a member or officer typed is not run or rendered', () => {
    const { container } = render(
      <EnquiryTimeline strings={displayStrings} unknownAuthor="Someone" updates={[update(1, '2026-03-09T09:15:00Z', 'Update', '<img src=x onerror="alert(1)">\nline two', 'A')]} />
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(/<img src=x onerror="alert\(1\)">/).textContent).toBe('<img src=x onerror="alert(1)">\nline two');
  });

  it('says when there are no updates yet', () => {
    render(<EnquiryTimeline strings={displayStrings} unknownAuthor="Someone" updates={[]} />);
    expect(screen.getByText('No updates yet.')).toBeTruthy();
  });
});

/**
 * Read and acknowledged in the week view: one click (or Enter/Space) to mark the week read or
 * acknowledge an item that asks for it, undo, a polite announcement of each result, a clear
 * message when SharePoint refuses with what the member saw left as it was, and nothing offered
 * to a reader who is not a member.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { DataError } from '../../../src/data/DataError';
import type { IListsSite } from '../../../src/data/resolveListsSite';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { MemberBriefings } from '../../../src/webparts/memberBriefings/components/MemberBriefings';
import { FakeBriefingRepository } from '../../fakes/FakeBriefingRepository';
import { FakeReceiptRepository } from '../../fakes/FakeReceiptRepository';
import { abbey, briefingFor, fixtureWards, item, WEEK_GMT } from '../../fakes/briefingFixture';

setIconOptions({ disableWarnings: true });
jest.setTimeout(30000);

const MEMBER = 'cllr.abbey@council.gov.uk';
const NOW = new Date('2026-10-28T09:00:00Z');
const LISTS_SITE: IListsSite = { url: 'https://council.sharepoint.com/sites/hub', source: 'webPartProperty', ignored: [] };
const ASKING = 'Abbey Road closure decision';

function briefings(): FakeBriefingRepository {
  return new FakeBriefingRepository()
    .withWeek(briefingFor(2, WEEK_GMT), [
      item({ id: 201, briefingId: 2, title: ASKING, wards: [abbey], needsAcknowledgement: true }),
      item({ id: 202, briefingId: 2, title: 'Library hours', category: 'Event' })
    ])
    .withReader(MEMBER, { memberId: 5, name: 'Cllr Abbey', ward: abbey })
    .withWards(fixtureWards);
}

function renderWith(receipts: FakeReceiptRepository, account: string | undefined = MEMBER) {
  return render(
    <MemberBriefings
      repository={briefings()}
      receipts={receipts}
      title="Member briefing"
      listsSite={LISTS_SITE}
      wardLabel="ward"
      account={account}
      urlStateStore={memoryUrlStateStore('')}
      pageUrl="https://council.sharepoint.com/sites/hub/SitePages/Briefing.aspx"
      now={() => NOW}
    />
  );
}

/** A full Fluent view renders slowly in jsdom on a busy machine. */
const SLOW = { timeout: 15000 };

async function politeStatus(text: RegExp): Promise<void> {
  await waitFor(() => expect(screen.getAllByRole('status').some((region) => text.test(region.textContent ?? ''))).toBe(true), SLOW);
}

describe('read and acknowledged receipts', () => {
  it('marks the week read with one click, announces it, and undoes it', async () => {
    const receipts = new FakeReceiptRepository();
    renderWith(receipts);
    fireEvent.click(await screen.findByRole('button', { name: "Mark this week's briefing as read" }, SLOW));
    expect(await screen.findByText('You have marked this briefing as read.', undefined, SLOW)).toBeTruthy();
    await politeStatus(/^Marked as read\.$/);
    expect(receipts.stored).toMatchObject([{ briefingId: 2, kind: 'read' }]);

    fireEvent.click(screen.getByRole('button', { name: 'Undo: mark this briefing as not read' }));
    expect(await screen.findByRole('button', { name: "Mark this week's briefing as read" }, SLOW)).toBeTruthy();
    await politeStatus(/^No longer marked as read\.$/);
    expect(receipts.stored).toEqual([]);
  });

  it('offers "Acknowledge" only on the item that asks for it, and undoes it', async () => {
    const receipts = new FakeReceiptRepository();
    renderWith(receipts);
    const acknowledge = await screen.findByRole('button', { name: `Acknowledge: ${ASKING}` }, SLOW);
    expect(screen.getAllByRole('button', { name: /^Acknowledge:/ })).toHaveLength(1);
    fireEvent.click(acknowledge);
    expect(await screen.findByText('You have acknowledged this item.', undefined, SLOW)).toBeTruthy();
    await politeStatus(new RegExp(`^Acknowledged: ${ASKING}\\.$`));
    expect(receipts.stored).toMatchObject([{ briefingId: 2, itemId: 201, kind: 'acknowledged' }]);

    fireEvent.click(screen.getByRole('button', { name: `Undo acknowledgement: ${ASKING}` }));
    expect(await screen.findByRole('button', { name: `Acknowledge: ${ASKING}` }, SLOW)).toBeTruthy();
    expect(receipts.stored).toEqual([]);
  });

  it('shows what is already stored when the week opens', async () => {
    const receipts = new FakeReceiptRepository();
    await receipts.markRead(2);
    await receipts.acknowledge(2, 201);
    renderWith(receipts);
    expect(await screen.findByText('You have marked this briefing as read.', undefined, SLOW)).toBeTruthy();
    expect(await screen.findByText('You have acknowledged this item.', undefined, SLOW)).toBeTruthy();
  });

  it('a refused write says why, keeps what the member saw, and works when tried again', async () => {
    const receipts = new FakeReceiptRepository();
    receipts.failNext = new DataError({ kind: 'throttled', status: 503, listTitle: 'BriefingReceipts' });
    renderWith(receipts);
    fireEvent.click(await screen.findByRole('button', { name: "Mark this week's briefing as read" }, SLOW));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert.textContent).toMatch(/^Not saved, and nothing else changed: .+ Please try again\.$/));
    expect(screen.getByRole('button', { name: "Mark this week's briefing as read" })).toBeTruthy();
    expect(receipts.stored).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: "Mark this week's briefing as read" }));
    expect(await screen.findByText('You have marked this briefing as read.', undefined, SLOW)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('works by keyboard: the buttons are native buttons in the tab order', async () => {
    renderWith(new FakeReceiptRepository());
    const button = await screen.findByRole('button', { name: "Mark this week's briefing as read" }, SLOW);
    expect(button.tagName).toBe('BUTTON');
    expect(button.tabIndex).toBe(0);
    await act(async () => {
      button.focus();
    });
    expect(document.activeElement).toBe(button);
  });

  it('offers nothing to someone who is not a member', async () => {
    renderWith(new FakeReceiptRepository(), 'officer@council.gov.uk');
    await screen.findByText('Library hours', undefined, SLOW);
    expect(screen.queryByRole('button', { name: "Mark this week's briefing as read" })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Acknowledge:/ })).toBeNull();
  });
});

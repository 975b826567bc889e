import * as React from 'react';
import axe from 'axe-core';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { RevalidationStatus } from '../../../src/data/cache/backgroundRevalidation';
import { DataError } from '../../../src/data/DataError';
import { SavedCopyNotice } from '../../../src/ui/states/SavedCopyNotice';
import { combineSavedCopyStates, ISavedCopyState, useRevalidationStatus } from '../../../src/ui/states/useRevalidationStatus';
import { todayAt } from '../../fakes/ScriptedRevalidation';

const SITE = 'https://council.sharepoint.com/sites/hub';
const JSDOM_BLIND = { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } };

/** A view's use of the two: the hook's listener is what a repository is given. */
function Harness(props: { readonly onListener: (listener: (status: RevalidationStatus) => void) => void }): JSX.Element {
  const [state, listener] = useRevalidationStatus();
  props.onListener(listener);
  return <SavedCopyNotice state={state} listsSiteUrl={SITE} />;
}

function failed(savedAt: Date | undefined, error: unknown, retry: () => void = () => undefined): RevalidationStatus {
  return { state: 'failed', savedAt, error, retry };
}

describe('SavedCopyNotice with useRevalidationStatus', () => {
  it('says nothing until a check fails; then the time, the reason and Try again, politely; gone once a check answers', async () => {
    let listener: (status: RevalidationStatus) => void = () => undefined;
    const retry = jest.fn();
    render(<Harness onListener={(given) => (listener = given)} />);
    expect(screen.queryByRole('status')).toBeNull();

    act(() => listener(failed(todayAt(14, 5), new DataError({ kind: 'throttled', status: 429 }), retry)));
    const notice = screen.getByRole('status');
    expect(notice.textContent).toContain(
      "Showing the copy saved on this device at 14:05. We couldn't check for changes: SharePoint is very busy and asked us to slow down, and it is still busy. Wait a minute, then try again."
    );
    const results = await axe.run(document.body, { rules: JSDOM_BLIND });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
    act(() => listener({ state: 'checking' }));
    expect(screen.getByRole('status').textContent).toContain('Checking for changes…');
    // A second press while checking waits for the first.
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Try again' }).getAttribute('aria-disabled')).toBe('true');

    act(() => listener({ state: 'current' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('names the day when the copy was saved another day, and no time for a copy kept before times were recorded', () => {
    const state = (savedAt: Date | undefined): ISavedCopyState => ({ failure: failed(savedAt, new DataError({ kind: 'network' })) as ISavedCopyState['failure'], checking: false });
    const { rerender } = render(<SavedCopyNotice state={state(new Date(2026, 11, 1, 9, 30))} listsSiteUrl={SITE} now={() => new Date(2026, 11, 5, 10, 0)} />);
    expect(screen.getByRole('status').textContent).toContain("Showing the copy saved on this device on 1 December 2026 at 09:30. We couldn't check for changes: We couldn't reach SharePoint.");
    rerender(<SavedCopyNotice state={state(undefined)} listsSiteUrl={SITE} />);
    expect(screen.getByRole('status').textContent).toMatch(/^Showing the copy saved on this device\. We couldn't check for changes: /);
  });

  it('combines several copies: the earliest saved of the failed ones, and Try again checks each', () => {
    const retries = [jest.fn(), jest.fn()];
    const combined = combineSavedCopyStates([
      { failure: failed(todayAt(9, 0), new DataError({ kind: 'network' }), retries[0]) as ISavedCopyState['failure'], checking: false },
      { failure: undefined, checking: false },
      { failure: failed(todayAt(8, 15), new DataError({ kind: 'throttled', status: 503 }), retries[1]) as ISavedCopyState['failure'], checking: false }
    ]);
    expect(combined.failure?.savedAt).toEqual(todayAt(8, 15));
    combined.failure?.retry();
    expect(retries.map((retry) => retry.mock.calls.length)).toEqual([1, 1]);
    expect(combineSavedCopyStates([{ failure: undefined, checking: false }]).failure).toBeUndefined();
  });
});

import * as React from 'react';
import { act, render } from '@testing-library/react';
import { memoryUrlStateStore } from '../../../src/ui/urlStateStore';
import { emptyOfficerDirectoryUrlState, IOfficerDirectoryUrlState } from '../../../src/webparts/officerDirectory/components/officerDirectoryUrlState';
import { TYPING_SETTLE_MS, useUrlStateWriter } from '../../../src/webparts/officerDirectory/components/useUrlStateWriter';
import type { IUrlStateStore } from '../../../src/ui/urlStateStore';

function Writer(props: { state: IOfficerDirectoryUrlState; store: IUrlStateStore }): null {
  useUrlStateWriter(props.state, props.store);
  return null;
}

/** Counts the writes (each is a history.replaceState in the browser). */
function countingStore(initial: string): ReturnType<typeof memoryUrlStateStore> & { writes: string[] } {
  const store = memoryUrlStateStore(initial);
  const writes: string[] = [];
  return {
    get current() {
      return store.current;
    },
    read: store.read,
    write: (search: string) => {
      writes.push(search);
      store.write(search);
    },
    writes
  };
}

const typed = (query: string): IOfficerDirectoryUrlState => ({ ...emptyOfficerDirectoryUrlState, query });

describe('useUrlStateWriter', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test('writes a search once typing pauses, not once per keystroke, keeping the page’s own parameters', () => {
    const store = countingStore('?page=7');
    const view = render(<Writer state={typed('')} store={store} />);
    expect(store.writes).toEqual(['?page=7']);
    for (const query of ['h', 'hi', 'hil', 'hill']) {
      view.rerender(<Writer state={typed(query)} store={store} />);
      act(() => void jest.advanceTimersByTime(TYPING_SETTLE_MS - 100));
    }
    expect(store.writes).toHaveLength(1);
    act(() => void jest.advanceTimersByTime(100));
    expect(store.writes).toHaveLength(2);
    expect(new URLSearchParams(store.current).get('oq')).toBe('hill');
    expect(new URLSearchParams(store.current).get('page')).toBe('7');
  });

  test('writes a profile, tab or filter at once, with any search still waiting', () => {
    const store = countingStore('');
    const view = render(<Writer state={typed('')} store={store} />);
    view.rerender(<Writer state={typed('okoro')} store={store} />);
    view.rerender(<Writer state={{ ...typed('okoro'), officerId: 103 }} store={store} />);
    expect(store.writes).toHaveLength(2);
    const written = new URLSearchParams(store.current);
    expect([written.get('oq'), written.get('officer')]).toEqual(['okoro', '103']);
    // Nothing left waiting: the pending search went with the profile.
    act(() => void jest.advanceTimersByTime(TYPING_SETTLE_MS * 2));
    expect(store.writes).toHaveLength(2);
  });

  test('writes a question being typed when the view closes before the pause', () => {
    const store = countingStore('');
    const view = render(<Writer state={{ ...emptyOfficerDirectoryUrlState, tab: 'ask' }} store={store} />);
    view.rerender(<Writer state={{ ...emptyOfficerDirectoryUrlState, tab: 'ask', ask: 'potholes' }} store={store} />);
    expect(new URLSearchParams(store.current).get('ask')).toBeNull();
    view.unmount();
    expect(new URLSearchParams(store.current).get('ask')).toBe('potholes');
  });
});

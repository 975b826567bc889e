import * as React from 'react';
import type { IUrlStateStore } from '../../../ui/urlStateStore';
import {
  emptyDirectoryUrlState,
  IDirectoryUrlState,
  parseDirectoryUrlState,
  serialiseDirectoryUrlState,
  ShownFilters,
  withoutHiddenFilters
} from './directoryUrlState';

export interface IDirectoryUrlStateControls {
  readonly state: IDirectoryUrlState;
  readonly change: (next: Partial<IDirectoryUrlState>) => void;
  readonly openProfile: (memberId: number) => void;
  readonly closeProfile: () => void;
  /** A shareable address of a member's profile (the page's own parameters and the member; not the search). */
  readonly profileHref: (memberId: number) => string;
}

/** How long typing must pause before the search is written to the page address. */
export const TYPING_SETTLE_MS = 400;

/** True when the search text is all that changed: it is written once typing pauses. */
function onlyQueryChanged(before: IDirectoryUrlState, after: IDirectoryUrlState): boolean {
  return before.query !== after.query && serialiseDirectoryUrlState({ ...before, query: after.query }, '') === serialiseDirectoryUrlState(after, '');
}

/**
 * The directory's state, restored from and kept in the page address. Opening a profile adds a
 * history entry, so the browser's Back closes it; every other change replaces the entry; Back and
 * Forward restore the view. Filters the editor hid are never applied, and drop out of the address.
 * The search is written once typing pauses (and before a profile opens, and when the view closes):
 * history.replaceState costs several milliseconds a call, too much to spend on every keystroke.
 */
export function useDirectoryUrlState(store: IUrlStateStore, shownFilters: ShownFilters, prefix = ''): IDirectoryUrlStateControls {
  const [storedState, setState] = React.useState<IDirectoryUrlState>(() => parseDirectoryUrlState(store.read(), prefix));
  const state = React.useMemo(() => withoutHiddenFilters(storedState, shownFilters), [storedState, shownFilters]);
  const shownMemberId = React.useRef(state.memberId);
  const pushedForMemberId = React.useRef<number | undefined>(undefined);
  const changedByHistory = React.useRef(false);
  const written = React.useRef<IDirectoryUrlState | undefined>(undefined);
  const latest = React.useRef(state);
  latest.current = state;
  const pendingWrite = React.useRef<number | undefined>(undefined);

  const writeNow = React.useCallback(
    (next: IDirectoryUrlState): void => {
      window.clearTimeout(pendingWrite.current);
      pendingWrite.current = undefined;
      written.current = next;
      store.write(serialiseDirectoryUrlState(next, store.read(), prefix));
    },
    [store, prefix]
  );

  React.useEffect(() => {
    const before = written.current;
    const opening = state.memberId !== undefined && shownMemberId.current === undefined;
    shownMemberId.current = state.memberId;
    if (opening && !changedByHistory.current && store.push) {
      // The search typed so far goes into the entry Back returns to.
      if (pendingWrite.current !== undefined) writeNow({ ...state, memberId: undefined });
      written.current = state;
      store.push(serialiseDirectoryUrlState(state, store.read(), prefix));
      pushedForMemberId.current = state.memberId;
    } else if (!changedByHistory.current && before !== undefined && onlyQueryChanged(before, state)) {
      window.clearTimeout(pendingWrite.current);
      pendingWrite.current = window.setTimeout(() => writeNow(latest.current), TYPING_SETTLE_MS);
    } else {
      writeNow(state);
    }
    changedByHistory.current = false;
  }, [state, store, prefix, writeNow]);

  React.useEffect(
    () => (): void => {
      if (pendingWrite.current !== undefined) writeNow(latest.current);
    },
    [writeNow]
  );

  React.useEffect(
    () =>
      store.subscribe?.(() => {
        changedByHistory.current = true;
        pushedForMemberId.current = undefined;
        setState(parseDirectoryUrlState(store.read(), prefix));
      }),
    [store, prefix]
  );

  const change = React.useCallback((next: Partial<IDirectoryUrlState>): void => setState((current) => ({ ...current, ...next })), []);
  const openProfile = React.useCallback((memberId: number): void => change({ memberId }), [change]);
  const closeProfile = React.useCallback((): void => {
    if (store.back && pushedForMemberId.current !== undefined && pushedForMemberId.current === state.memberId) {
      // Undo our own entry, so a later Back leaves the page rather than reopening the profile.
      store.back();
    } else {
      change({ memberId: undefined });
    }
  }, [store, state.memberId, change]);
  // A profile's own address: the page's parameters and the member, not the search that found them,
  // so each card's link stays the same while someone types (and the card need not be drawn again).
  const profileHref = React.useCallback(
    (memberId: number): string => serialiseDirectoryUrlState({ ...emptyDirectoryUrlState, memberId }, store.read(), prefix),
    [store, prefix]
  );

  return { state, change, openProfile, closeProfile, profileHref };
}

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

/**
 * The directory's state, restored from and kept in the page address. Opening a profile adds a
 * history entry, so the browser's Back closes it; every other change replaces the entry; Back and
 * Forward restore the view. Filters the editor hid are never applied, and drop out of the address.
 */
export function useDirectoryUrlState(store: IUrlStateStore, shownFilters: ShownFilters, prefix = ''): IDirectoryUrlStateControls {
  const [storedState, setState] = React.useState<IDirectoryUrlState>(() => parseDirectoryUrlState(store.read(), prefix));
  const state = React.useMemo(() => withoutHiddenFilters(storedState, shownFilters), [storedState, shownFilters]);
  const shownMemberId = React.useRef(state.memberId);
  const pushedForMemberId = React.useRef<number | undefined>(undefined);
  const changedByHistory = React.useRef(false);

  React.useEffect(() => {
    const search = serialiseDirectoryUrlState(state, store.read(), prefix);
    const opening = state.memberId !== undefined && shownMemberId.current === undefined;
    shownMemberId.current = state.memberId;
    if (opening && !changedByHistory.current && store.push) {
      store.push(search);
      pushedForMemberId.current = state.memberId;
    } else {
      store.write(search);
    }
    changedByHistory.current = false;
  }, [state, store, prefix]);

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

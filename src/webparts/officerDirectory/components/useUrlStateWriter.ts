import * as React from 'react';
import type { IUrlStateStore } from '../../../ui/urlStateStore';
import { IOfficerDirectoryUrlState, serialiseOfficerDirectoryUrlState } from './officerDirectoryUrlState';

/** How long typing must pause before a search or question is written to the address. */
export const TYPING_SETTLE_MS = 400;

/** The fields people type into, one keystroke at a time. */
const TYPED: ReadonlySet<keyof IOfficerDirectoryUrlState> = new Set<keyof IOfficerDirectoryUrlState>(['query', 'ask']);

function onlyTypingChanged(before: IOfficerDirectoryUrlState, after: IOfficerDirectoryUrlState): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as (keyof IOfficerDirectoryUrlState)[]);
  let typed = false;
  for (const key of keys) {
    if (before[key] === after[key]) continue;
    if (!TYPED.has(key)) return false;
    typed = true;
  }
  return typed;
}

/**
 * Keeps the page's address in step with the directory's state. A tab, filter or profile is written
 * at once; a search or question only once typing pauses (and when the view closes): the browser's
 * history.replaceState costs several milliseconds a call, too much to spend on every keystroke
 * when a keystroke has one frame, and browsers throttle pages that call it a hundred times a minute.
 */
export function useUrlStateWriter(state: IOfficerDirectoryUrlState, store: IUrlStateStore): void {
  const written = React.useRef<IOfficerDirectoryUrlState | undefined>(undefined);
  const latest = React.useRef(state);
  const timer = React.useRef<number | undefined>(undefined);
  latest.current = state;

  const write = React.useCallback((): void => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    written.current = latest.current;
    store.write(serialiseOfficerDirectoryUrlState(latest.current, store.read()));
  }, [store]);

  React.useEffect(() => {
    const before = written.current;
    if (before === state) return;
    if (before !== undefined && onlyTypingChanged(before, state)) {
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(write, TYPING_SETTLE_MS);
    } else {
      write();
    }
  }, [state, write]);

  React.useEffect(
    () => (): void => {
      if (timer.current !== undefined) write();
    },
    [write]
  );
}

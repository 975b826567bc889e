import * as React from 'react';
import type { RevalidationStatus, RevalidationStatusListener } from '../../data/cache/backgroundRevalidation';

type RevalidationFailure = Extract<RevalidationStatus, { state: 'failed' }>;

/** What SavedCopyNotice shows: the last failed check of the drawn copy, and whether a new check is under way. */
export interface ISavedCopyState {
  readonly failure: RevalidationFailure | undefined;
  readonly checking: boolean;
}

const NOTHING_TO_SAY: ISavedCopyState = { failure: undefined, checking: false };

/**
 * Follows the background check of a view's browser copy (the data side's `onRevalidation` listener):
 * a failure is kept until a check answers; a new check started from it is "checking". Answers that
 * arrive after the view has gone are dropped. The listener is the same for the life of the view.
 */
export function useRevalidationStatus(): [ISavedCopyState, RevalidationStatusListener] {
  const [state, setState] = React.useState<ISavedCopyState>(NOTHING_TO_SAY);
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const listener = React.useCallback((status: RevalidationStatus): void => {
    if (!mounted.current) return;
    if (status.state === 'failed') setState({ failure: status, checking: false });
    else if (status.state === 'checking') setState((current) => (current.failure ? { ...current, checking: true } : current));
    else setState(NOTHING_TO_SAY);
  }, []);
  return [state, listener];
}

/**
 * One notice for a view drawn from several copies (the ward sheet: members, officers, this week's
 * briefing): the earliest saved of those whose check failed, and Try again checks each of them again.
 */
export function combineSavedCopyStates(states: readonly ISavedCopyState[]): ISavedCopyState {
  const failures = states.flatMap((state) => (state.failure ? [state.failure] : []));
  if (failures.length === 0) return NOTHING_TO_SAY;
  const savedTimes = failures.map((failure) => failure.savedAt?.getTime());
  const known = savedTimes.filter((time): time is number => time !== undefined);
  // A copy of unknown age among them makes the notice say no time rather than a misleading one.
  const savedAt = known.length === savedTimes.length ? new Date(Math.min(...known)) : undefined;
  const failure: RevalidationFailure = {
    state: 'failed',
    savedAt,
    error: failures[0].error,
    retry: () => failures.forEach((each) => each.retry())
  };
  return { failure, checking: states.some((state) => state.checking) };
}

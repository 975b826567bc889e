import * as React from 'react';
import type { IHealthRepository, IHealthSnapshot } from '../../../data/IHealthRepository';

/** How the last check after the first load went. */
export type CheckOutcome = 'unchanged' | 'updated';

export type HealthSnapshotState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | {
      readonly status: 'ready';
      readonly snapshot: IHealthSnapshot;
      /** When the lists were last looked at (a load, or a change check that found nothing new). */
      readonly checkedAt: Date;
      readonly checking: boolean;
      readonly lastCheck?: CheckOutcome;
      /** A check that failed; the report shown is from before it. */
      readonly checkError?: unknown;
    };

export interface IHealthSnapshotControls {
  readonly state: HealthSnapshotState;
  /** Loads from scratch (after a failed first load). */
  readonly retry: () => void;
  /** Checks for changes (one small request) and reloads only when there are some. */
  readonly checkAgain: () => void;
}

/**
 * The lists as the health rules see them, kept current cheaply: whenever the page is shown or
 * focused again (say, after an admin saved an edit form in another tab) and on "Check again",
 * one small request asks whether any of the lists changed, and only then are they read again.
 */
export function useHealthSnapshot(repository: IHealthRepository, now: () => Date = () => new Date()): IHealthSnapshotControls {
  const [state, setState] = React.useState<HealthSnapshotState>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const stateRef = React.useRef(state);
  stateRef.current = state;
  // Set at once (state updates later), so focus and visibility events of one return make one check.
  const checking = React.useRef(false);
  const mounted = React.useRef(true);
  const nowRef = React.useRef(now);
  nowRef.current = now;

  React.useEffect(() => {
    mounted.current = true;
    let current = true;
    setState({ status: 'loading' });
    repository.load().then(
      (snapshot) => current && setState({ status: 'ready', snapshot, checkedAt: nowRef.current(), checking: false }),
      (error: unknown) => current && setState({ status: 'error', error })
    );
    return () => {
      current = false;
      mounted.current = false;
    };
  }, [repository, attempt]);

  const check = React.useCallback(async (): Promise<void> => {
    const before = stateRef.current;
    if (before.status !== 'ready' || checking.current) return;
    checking.current = true;
    setState({ ...before, checking: true });
    try {
      const token = await repository.changeToken();
      const snapshot = token === before.snapshot.changeToken ? before.snapshot : await repository.load();
      if (!mounted.current) return;
      const lastCheck: CheckOutcome = snapshot === before.snapshot ? 'unchanged' : 'updated';
      setState({ status: 'ready', snapshot, checkedAt: nowRef.current(), checking: false, lastCheck });
    } catch (error) {
      if (mounted.current) setState({ ...before, checking: false, checkError: error });
    } finally {
      checking.current = false;
    }
  }, [repository]);

  React.useEffect(() => {
    const onShown = (): void => {
      if (document.visibilityState !== 'visible') return;
      check().catch(() => undefined);
    };
    document.addEventListener('visibilitychange', onShown);
    window.addEventListener('focus', onShown);
    return () => {
      document.removeEventListener('visibilitychange', onShown);
      window.removeEventListener('focus', onShown);
    };
  }, [check]);

  const retry = React.useCallback(() => setAttempt((n) => n + 1), []);
  const checkAgain = React.useCallback(() => {
    check().catch(() => undefined);
  }, [check]);
  return { state, retry, checkAgain };
}

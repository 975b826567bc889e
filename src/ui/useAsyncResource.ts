import * as React from 'react';

export type AsyncResource<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly value: T };

/**
 * Runs `load` on mount (and whenever `retry` is called), ignoring answers that arrive after
 * unmount or after a newer attempt started. `load` may call `update` later with a newer value
 * (a browser copy drawn first, then what revalidation read): the view shows it without a spinner.
 * When `refreshKey` changes, `load` runs again while the current value stays on screen.
 */
export function useAsyncResource<T>(
  load: (update: (value: T) => void) => Promise<T>,
  refreshKey?: unknown
): [AsyncResource<T>, () => void] {
  const [attempt, setAttempt] = React.useState(0);
  const [resource, setResource] = React.useState<AsyncResource<T>>({ status: 'loading' });
  const loadRef = React.useRef(load);
  loadRef.current = load;
  const shownAttempt = React.useRef(attempt);

  // A layout effect: the load starts as soon as the view has committed, not after the browser has painted
  // the spinner and the scheduler has come round to passive effects (a frame or more on a busy machine).
  // A browser copy read early (BrowserCopy.prefetch) is then drawn in the next task rather than the next frame.
  React.useLayoutEffect(() => {
    let current = true;
    // A retry starts again from a spinner; a refresh keeps what is shown until the new value arrives.
    if (shownAttempt.current !== attempt) setResource({ status: 'loading' });
    shownAttempt.current = attempt;
    const ready = (value: T): void => {
      if (current) setResource({ status: 'ready', value });
    };
    loadRef.current(ready).then(ready, (error: unknown) => {
      if (current) setResource({ status: 'error', error });
    });
    return (): void => {
      current = false;
    };
  }, [attempt, refreshKey]);

  const retry = React.useCallback((): void => setAttempt((n) => n + 1), []);
  return [resource, retry];
}

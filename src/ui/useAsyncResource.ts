import * as React from 'react';

export type AsyncResource<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly value: T };

/**
 * Runs `load` on mount (and whenever `retry` is called), ignoring answers that arrive after
 * unmount or after a newer attempt started.
 */
export function useAsyncResource<T>(load: () => Promise<T>): [AsyncResource<T>, () => void] {
  const [attempt, setAttempt] = React.useState(0);
  const [resource, setResource] = React.useState<AsyncResource<T>>({ status: 'loading' });
  const loadRef = React.useRef(load);
  loadRef.current = load;

  React.useEffect(() => {
    let current = true;
    setResource({ status: 'loading' });
    loadRef.current().then(
      (value) => {
        if (current) setResource({ status: 'ready', value });
      },
      (error: unknown) => {
        if (current) setResource({ status: 'error', error });
      }
    );
    return (): void => {
      current = false;
    };
  }, [attempt]);

  const retry = React.useCallback((): void => setAttempt((n) => n + 1), []);
  return [resource, retry];
}

import { isLastingFailure } from './browserCopy';

/**
 * How the background check of a drawn browser copy went, for a view to tell the user (SavedCopyNotice):
 * - `checking`: a check started again (Try again) and has not answered yet;
 * - `current`: the lists answered; the copy was current, or what changed has been handed to the view;
 * - `failed`: no answer after the retries (throttled, offline, a server error, no permission): the copy
 *   stays drawn, saved at `savedAt` (undefined for a copy kept before times were recorded); `retry` checks again.
 */
export type RevalidationStatus =
  | { readonly state: 'checking' }
  | { readonly state: 'current' }
  | { readonly state: 'failed'; readonly savedAt: Date | undefined; readonly error: unknown; readonly retry: () => void };

export type RevalidationStatusListener = (status: RevalidationStatus) => void;

export interface IBackgroundRevalidation<T> {
  /** Asks the lists; undefined when nothing changed since the copy was read. */
  readonly check: () => Promise<T | undefined>;
  /** Gets what the lists hold now, when it differs from the copy. */
  readonly onChanged: (fresh: T) => void;
  readonly onStatus?: RevalidationStatusListener;
  /** When the drawn copy was saved. */
  readonly savedAt: Date | undefined;
  /** Forgets the kept copy: called on a failure the next visit would meet too (isLastingFailure). */
  readonly forget: () => Promise<void>;
}

/**
 * Checks a drawn copy in the background and never rejects: a change goes to `onChanged`, and every
 * answer (or failure) to `onStatus`, whose `failed` status can start the same check again.
 */
export function revalidateInBackground<T>(revalidation: IBackgroundRevalidation<T>): void {
  const { check, onChanged, onStatus, savedAt, forget } = revalidation;
  const run = (): void => {
    check().then(
      (fresh) => {
        if (fresh !== undefined) onChanged(fresh);
        onStatus?.({ state: 'current' });
      },
      (error: unknown) => {
        // No permission any more, or a list gone: the next visit shows why rather than old data.
        if (isLastingFailure(error)) void forget();
        onStatus?.({ state: 'failed', savedAt, error, retry });
      }
    );
  };
  const retry = (): void => {
    onStatus?.({ state: 'checking' });
    run();
  };
  run();
}

import type { IRequestEvents, IRetryNotice } from '../contracts/requestEvents';
import { IRetryThrottledOptions, RetryThrottled } from './behaviours/RetryThrottled';
import type { Queryable, TimelinePipe } from './pnp';

export interface IRequestEventsWiring {
  /** Hand to views (through props or a hook) so they can show "retrying". */
  readonly events: IRequestEvents;
  /** Apply to the SPFI root after SPFx()/SPBrowser(): it replaces their retrying fetch. */
  readonly behaviour: TimelinePipe<Queryable<unknown>>;
}

/**
 * For composition roots: one retry behaviour and the events it raises, wired together.
 * `const { events, behaviour } = createRequestEvents(); const sp = spfi().using(SPFx(context), behaviour);`
 */
export function createRequestEvents(options: Omit<IRetryThrottledOptions, 'onRetry'> = {}): IRequestEventsWiring {
  const listeners = new Set<(notice: IRetryNotice) => void>();
  const events: IRequestEvents = {
    onRetry(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    }
  };
  const behaviour = RetryThrottled({
    ...options,
    onRetry: (notice) => {
      for (const listener of Array.from(listeners)) {
        try {
          listener(notice);
        } catch {
          // One broken view must not stop the others hearing about the retry.
        }
      }
    }
  });
  return { events, behaviour };
}

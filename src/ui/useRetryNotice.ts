import * as React from 'react';
import type { IRequestEvents, IRetryNotice } from '../contracts/requestEvents';

/**
 * The latest retry notice from the data layer while `active` (e.g. while loading); cleared when
 * the view stops waiting, so an old notice never lingers over fresh data.
 */
export function useRetryNotice(events: IRequestEvents | undefined, active: boolean): IRetryNotice | undefined {
  const [notice, setNotice] = React.useState<IRetryNotice | undefined>(undefined);
  React.useEffect(() => {
    if (!events || !active) {
      setNotice(undefined);
      return undefined;
    }
    return events.onRetry(setNotice);
  }, [events, active]);
  return active ? notice : undefined;
}

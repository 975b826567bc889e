import * as React from 'react';

export interface IShowMore {
  /** How many items to draw now. */
  readonly shown: number;
  /** Items not drawn yet. */
  readonly remaining: number;
  /** Draws the next page and, once drawn, moves focus to its first item's link (or `focusSelector`). */
  readonly showMore: () => void;
  /** Put on the list element whose children are the items (one child per item). */
  readonly listRef: React.RefObject<HTMLUListElement>;
}

/**
 * A long list drawn a page at a time with "Show more". A new `resetKey` (another search, filter or
 * sort) starts again at the first page, decided while rendering so no stale page is ever drawn.
 * Keyboard users continue from the first newly shown item rather than back at the button. `initialShown`: more
 * than a page at first (back from an item further down, so it is drawn to take focus).
 */
export function useShowMore(total: number, pageSize: number, resetKey: string, focusSelector = 'a', initialShown = pageSize): IShowMore {
  const [paging, setPaging] = React.useState({ shown: initialShown, resetKey });
  const shown = paging.resetKey === resetKey ? paging.shown : pageSize;
  if (paging.resetKey !== resetKey) setPaging({ shown: pageSize, resetKey });
  const listRef = React.useRef<HTMLUListElement>(null);
  const focusFrom = React.useRef<number | undefined>(undefined);

  React.useEffect(() => {
    if (focusFrom.current === undefined) return;
    const link = listRef.current?.children[focusFrom.current]?.querySelector<HTMLElement>(focusSelector);
    focusFrom.current = undefined;
    link?.focus();
  }, [shown, focusSelector]);

  const showMore = React.useCallback((): void => {
    focusFrom.current = shown;
    setPaging({ shown: shown + pageSize, resetKey });
  }, [shown, pageSize, resetKey]);

  return { shown: Math.min(shown, total), remaining: Math.max(0, total - shown), showMore, listRef };
}

/**
 * The bench's clock for a view: first content and interactive are measured from the moment the web part
 * starts (the bench page's mark, set once the page's and the view's code have loaded and immediately before
 * the view is rendered: SPFx's onInit/render), not from navigation. What happens before it is the page and
 * its scripts, which on SharePoint are the page and the SPFx runtime; the bundle is budgeted by its size.
 * Everything the view does itself (finding the lists' site, reading the browser copy, every request,
 * rendering) falls after the mark.
 */
import type { ITimedRequest } from './roundTrips';

/** The mark the bench page sets immediately before it renders the view (tools/bench/client/benchMain.tsx). */
export const WEB_PART_START_MARK = 'bench:web-part-start';

export interface INavigationTimes {
  /** ms since navigation start, as the page saw them; undefined until seen. */
  readonly firstContent?: number;
  readonly interactive?: number;
  /** The web part start mark, ms since navigation start; undefined if the page never set it. */
  readonly webPartStart?: number;
}

export interface IWebPartTimes {
  /** First content, ms after the web part started (the budgeted figure). */
  readonly firstContentMs: number | null;
  readonly interactiveMs: number | null;
  /** When the web part started, ms after navigation (the page's own start-up: information). */
  readonly webPartStartMs: number | null;
  /** First content, ms after navigation (information: start-up plus the web part's own time). */
  readonly firstContentFromNavigationMs: number | null;
  /** The requests with their start and end in ms after the web part started (negative: before it). */
  readonly apiTimeline: readonly ITimedRequest[];
}

/**
 * Re-bases the navigation-relative times on the web part's start. Without the mark nothing is
 * web-part-relative (null), so a page that lost its mark fails its budgets instead of passing them.
 */
export function fromWebPartStart(times: INavigationTimes, navigationTimeline: readonly ITimedRequest[]): IWebPartTimes {
  const start = times.webPartStart;
  const since = (value: number | undefined): number | null => (value === undefined || start === undefined ? null : value - start);
  return {
    firstContentMs: since(times.firstContent),
    interactiveMs: since(times.interactive),
    webPartStartMs: start ?? null,
    firstContentFromNavigationMs: times.firstContent ?? null,
    apiTimeline:
      start === undefined
        ? navigationTimeline
        : navigationTimeline.map((request) => ({
            ...request,
            startMs: request.startMs - start,
            ...(request.endMs !== undefined ? { endMs: request.endMs - start } : {})
          }))
  };
}

import { isCalendarDate, isMonday, type CalendarDate } from '../../../schema/ukDates';

/** Where in the briefings a link points: a week, and perhaps one item in it. */
export interface IBriefingLocation {
  /** A Monday; absent means "this week". */
  readonly week?: CalendarDate;
  readonly itemId?: number;
}

/** URL parameters on a SharePoint page (the page may carry its own parameters too). */
const KEYS = { item: 'briefingItem', week: 'briefingWeek' } as const;

/** Teams sub-page id: `item-123`, or `item-123-2026-11-23` with the item's week, which a link needs to find it. */
const SUB_PAGE_PATTERN = /^item-(\d+)(?:-(\d{4}-\d{2}-\d{2}))?$/;

function positiveId(value: string | null | undefined): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  const id = Number(value);
  return id > 0 ? id : undefined;
}

function monday(value: string | null | undefined): CalendarDate | undefined {
  return value && isCalendarDate(value) && isMonday(value) ? value : undefined;
}

/** Reads a location from a query string; anything unrecognised is ignored, never fatal. */
export function parseBriefingQuery(search: string): IBriefingLocation {
  const params = new URLSearchParams(search);
  return { week: monday(params.get(KEYS.week)), itemId: positiveId(params.get(KEYS.item)) };
}

/** Writes the location into a query string, keeping the page's own parameters. */
export function serialiseBriefingQuery(location: IBriefingLocation, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  const set = (key: string, value: string | undefined): void => {
    if (value) params.set(key, value);
    else params.delete(key);
  };
  set(KEYS.week, location.week);
  set(KEYS.item, location.itemId?.toString());
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function itemSubPageId(itemId: number, week: CalendarDate): string {
  return `item-${itemId}-${week}`;
}

/** Reads a Teams sub-page id written by `itemSubPageId` (or the bare `item-123` form). */
export function parseSubPageId(subPageId: string | undefined): IBriefingLocation {
  const match = subPageId ? SUB_PAGE_PATTERN.exec(subPageId.trim()) : null;
  if (!match) return {};
  return { itemId: positiveId(match[1]), week: monday(match[2]) };
}

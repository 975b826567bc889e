import type { CalendarDate } from '../../../schema/ukDates';

/** How a view links to one item: the address to copy, and Teams' own share dialog where there is one. */
export interface IItemLinking {
  /** A Teams deep link in Teams, the page address with the item's URL parameters elsewhere. */
  linkTo(itemId: number, week: CalendarDate): string;
  /** Teams can show its share dialog here. */
  readonly canShare: boolean;
  share(itemId: number, week: CalendarDate, label: string): boolean;
}

/** The element id of an item's article, unique per web part on the page (`prefix` from getId). */
export function itemElementId(prefix: string, itemId: number): string {
  return `${prefix}-item-${itemId}`;
}

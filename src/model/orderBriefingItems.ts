import { BRIEFING_CATEGORIES } from '../schema';
import type { IBriefingItem } from './Briefing';
import { compareNames } from './uiLocale';

/** One item as a briefing shows it. */
export interface IPlacedBriefingItem {
  readonly item: IBriefingItem;
  /** Tagged with no ward: shown with an "All wards" label. */
  readonly affectsAllWards: boolean;
  /** Tagged with the reader's own ward. */
  readonly affectsReaderWard: boolean;
}

export type BriefingSection =
  /** "Affecting your ward": items tagged with the reader's ward, whatever their category. */
  | { readonly kind: 'readerWard'; readonly wardId: number; readonly items: readonly IPlacedBriefingItem[] }
  /** One category's remaining items, "All wards" items included. */
  | { readonly kind: 'category'; readonly category: string; readonly items: readonly IPlacedBriefingItem[] };

const CATEGORY_RANK = new Map<string, number>(BRIEFING_CATEGORIES.map((category, index) => [category, index]));

/** Fixed category order from src/schema; a category the schema does not know comes after them all, A to Z. */
function compareCategories(a: string, b: string): number {
  const rankA = CATEGORY_RANK.get(a) ?? BRIEFING_CATEGORIES.length;
  const rankB = CATEGORY_RANK.get(b) ?? BRIEFING_CATEGORIES.length;
  return rankA - rankB || compareNames(a, b);
}

/** SortOrder (items without one last), then headline, then id so the order is total. */
function compareWithinGroup(a: IBriefingItem, b: IBriefingItem): number {
  const orderA = a.sortOrder ?? Number.POSITIVE_INFINITY;
  const orderB = b.sortOrder ?? Number.POSITIVE_INFINITY;
  if (orderA !== orderB) return orderA < orderB ? -1 : 1;
  return compareNames(a.title, b.title) || a.id - b.id;
}

/**
 * The sections of a weekly briefing for one reader: first "Affecting your ward" (when the reader
 * has a ward and any item is tagged with it), then every category in the fixed order with its
 * other items. Empty sections are left out. Items in the ward section keep category order.
 */
export function orderBriefingItems(items: readonly IBriefingItem[], readerWardId?: number): BriefingSection[] {
  const placed = items.map(
    (item): IPlacedBriefingItem => ({
      item,
      affectsAllWards: item.wards.length === 0,
      affectsReaderWard: readerWardId !== undefined && item.wards.some((ward) => ward.id === readerWardId)
    })
  );
  const byCategoryThenOrder = (a: IPlacedBriefingItem, b: IPlacedBriefingItem): number =>
    compareCategories(a.item.category, b.item.category) || compareWithinGroup(a.item, b.item);

  const sections: BriefingSection[] = [];
  const ownWard = placed.filter((entry) => entry.affectsReaderWard).sort(byCategoryThenOrder);
  if (readerWardId !== undefined && ownWard.length > 0) {
    sections.push({ kind: 'readerWard', wardId: readerWardId, items: ownWard });
  }
  const groups = new Map<string, IPlacedBriefingItem[]>();
  for (const entry of placed) {
    if (entry.affectsReaderWard) continue;
    const group = groups.get(entry.item.category) ?? [];
    group.push(entry);
    groups.set(entry.item.category, group);
  }
  for (const category of [...groups.keys()].sort(compareCategories)) {
    const group = groups.get(category) ?? [];
    sections.push({ kind: 'category', category, items: group.sort((a, b) => compareWithinGroup(a.item, b.item)) });
  }
  return sections;
}

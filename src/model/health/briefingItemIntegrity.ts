import type { IHealthData, IItemRef } from './healthData';

/** Briefing items with no category (blank, or a value that is not one of the list's categories), oldest item first. */
export function briefingItemsWithoutCategory(data: Pick<IHealthData, 'briefingItems'>): IItemRef[] {
  return data.briefingItems
    .filter((item) => item.category === undefined)
    .map((item): IItemRef => ({ list: 'BriefingItems', id: item.id, name: item.title }))
    .sort((a, b) => a.id - b.id);
}

/**
 * The three views on the preview's SharePoint page (each web part in its own labelled section),
 * what shows each has loaded, and what the sample data says they should show.
 */
import type { Locator, Page } from 'playwright-core';
import type { ISiteData, IStoredItem } from '../../../tools/emulator/siteData';

export type ViewKey = 'memberProfiles' | 'officerDirectory' | 'memberBriefings';

export const VIEW_TITLES: Readonly<Record<ViewKey, string>> = {
  memberProfiles: 'Member profiles',
  officerDirectory: 'Officer directory',
  memberBriefings: 'Member briefings'
};

export const VIEW_KEYS = Object.keys(VIEW_TITLES) as ViewKey[];

export function webPart(page: Page, view: ViewKey): Locator {
  return page.getByRole('region', { name: `${VIEW_TITLES[view]} web part` });
}

/** What each view shows once its data is in. */
export function loadedMarker(page: Page, view: ViewKey): Locator {
  const part = webPart(page, view);
  switch (view) {
    case 'memberProfiles':
      return part.getByRole('heading', { name: /councillors shown/ });
    case 'officerDirectory':
      return part.getByText(/^[\d,]+ officers, updated /);
    case 'memberBriefings':
      return part.getByRole('heading', { level: 3, name: /^Week commencing/ });
  }
}

/** The first number in a text, commas allowed ("1,234 officers…" → 1234). */
export function leadingCount(text: string): number {
  const match = /([\d,]+)/.exec(text);
  return match ? Number(match[1].replace(/,/g, '')) : NaN;
}

export function currentMembers(data: ISiteData): IStoredItem[] {
  return data.lists.Members.filter((item) => item.fields.IsCurrent === true);
}

/** The week's published briefing (WeekCommencing is stored as the instant UK midnight of the Monday). */
export function briefingOfWeek(data: ISiteData, monday: string): IStoredItem | undefined {
  const start = Date.parse(`${monday}T00:00:00Z`) - 12 * 3600_000;
  const end = start + 24 * 3600_000;
  return data.lists.Briefings.find((item) => {
    const at = Date.parse(String(item.fields.WeekCommencing));
    return at >= start && at < end && item.moderationStatus === 0;
  });
}

/** Every item of a briefing: the preview's default user owns the site, so sees pending items too (labelled). */
export function itemsOfBriefing(data: ISiteData, briefingId: number): IStoredItem[] {
  return data.lists.BriefingItems.filter((item) => item.fields.Briefing === briefingId);
}

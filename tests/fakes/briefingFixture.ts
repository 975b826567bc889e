import type { IBriefing, IBriefingItem } from '../../src/model/Briefing';
import type { IWard } from '../../src/model/Member';

/** A small council's wards and two weekly briefings either side of the clocks going back (25 October 2026). */
export const abbey: IWard = { id: 1, name: 'Abbey' };
export const castle: IWard = { id: 2, name: 'Castle' };
export const riverside: IWard = { id: 3, name: 'Riverside' };
export const fixtureWards: readonly IWard[] = [abbey, castle, riverside];

/** Monday 19 October 2026 (BST) and Monday 26 October 2026 (GMT). */
export const WEEK_BST = '2026-10-19';
export const WEEK_GMT = '2026-10-26';

export function briefingFor(id: number, weekCommencing: string, title = `Member briefing ${weekCommencing}`): IBriefing {
  return { id, title, weekCommencing, summary: `Summary of briefing ${id}.`, approval: 'approved' };
}

export function item(partial: Partial<IBriefingItem> & Pick<IBriefingItem, 'id' | 'title'>): IBriefingItem {
  return {
    briefingId: 1,
    category: 'General',
    wards: [],
    isConfidential: false,
    approval: 'approved',
    ...partial
  };
}

export const gmtWeekItems: readonly IBriefingItem[] = [
  item({ id: 101, briefingId: 2, title: 'Library opening hours change', category: 'Service disruption', wards: [castle] }),
  item({
    id: 102,
    briefingId: 2,
    title: 'Abbey Road resurfacing',
    category: 'Service disruption',
    wards: [abbey],
    bodyHtml: '<p>Works start on <strong>Monday</strong>.</p><script>window.hacked = true</script><img src="x" onerror="window.hacked = true">',
    service: { id: 7, name: 'Highways' },
    contactOfficer: { id: 9, name: 'Sam Patel', email: 'sam.patel@council.gov.uk' }
  }),
  item({ id: 103, briefingId: 2, title: 'Budget consultation opens', category: 'Consultation', wards: [] }),
  item({ id: 104, briefingId: 2, title: 'Media enquiry about Abbey car park', category: 'Media interest', wards: [abbey, riverside], isConfidential: true }),
  item({ id: 105, briefingId: 2, title: 'Cabinet decision on waste collection', category: 'Decision', wards: [] })
];

export const bstWeekItems: readonly IBriefingItem[] = [item({ id: 201, briefingId: 1, title: 'Autumn events programme', category: 'Event', wards: [] })];

import type { IBriefingItem } from '../../src/model/Briefing';
import { BriefingSection, orderBriefingItems } from '../../src/model/orderBriefingItems';
import { BRIEFING_CATEGORIES } from '../../src/schema';

const NORTH = { id: 1, name: 'Northgate' };
const SOUTH = { id: 2, name: 'Southmead' };
const EAST = { id: 3, name: 'Eastfield' };

let nextId = 1;
function item(title: string, category: string, wards: IBriefingItem['wards'], sortOrder?: number): IBriefingItem {
  return { id: nextId++, briefingId: 9, title, category, wards, isConfidential: false, sortOrder };
}

/** Each section as "heading: titles", so one expectation shows the whole order. */
function outline(sections: readonly BriefingSection[]): string[] {
  return sections.map(
    (section) =>
      `${section.kind === 'readerWard' ? 'Your ward' : section.category}: ${section.items
        .map((entry) => `${entry.item.title}${entry.affectsAllWards ? ' (all wards)' : ''}`)
        .join(', ')}`
  );
}

const items: IBriefingItem[] = [
  item('Press enquiry about potholes', 'Media interest', [SOUTH], 10),
  item('Library closure', 'Service disruption', [NORTH], 20),
  item('Budget consultation', 'Consultation', [], 10),
  item('Bridge repairs', 'Service disruption', [SOUTH, EAST], 10),
  item('Member seminar', 'Event', [], undefined),
  item('Cabinet decision on parking', 'Decision', [NORTH, SOUTH], 5),
  item('Bin collection changes', 'Service disruption', [], 20),
  item('Allotments review', 'Service disruption', [EAST], 20),
  item('Thank you volunteers', 'General', [NORTH], 10),
  item('Gritting routes', 'Service disruption', [], 10)
];

describe('orderBriefingItems', () => {
  test.each([
    [
      'Northgate',
      NORTH.id,
      [
        'Your ward: Library closure, Cabinet decision on parking, Thank you volunteers',
        'Service disruption: Bridge repairs, Gritting routes (all wards), Allotments review, Bin collection changes (all wards)',
        'Consultation: Budget consultation (all wards)',
        'Media interest: Press enquiry about potholes',
        'Event: Member seminar (all wards)'
      ]
    ],
    [
      'Southmead',
      SOUTH.id,
      [
        'Your ward: Bridge repairs, Press enquiry about potholes, Cabinet decision on parking',
        'Service disruption: Gritting routes (all wards), Allotments review, Bin collection changes (all wards), Library closure',
        'Consultation: Budget consultation (all wards)',
        'Event: Member seminar (all wards)',
        'General: Thank you volunteers'
      ]
    ]
  ])('lists items for a reader in %s under their own ward first, then by category', (_ward, wardId, expected) => {
    expect(outline(orderBriefingItems(items, wardId))).toEqual(expected);
  });

  it('has no ward section for a reader without a ward, and keeps every item once', () => {
    const sections = orderBriefingItems(items);
    expect(sections.every((section) => section.kind === 'category')).toBe(true);
    expect(sections.map((section) => (section.kind === 'category' ? section.category : ''))).toEqual([
      'Service disruption',
      'Consultation',
      'Media interest',
      'Event',
      'Decision',
      'General'
    ]);
    expect(sections.flatMap((section) => section.items.map((entry) => entry.item.id)).sort((a, b) => a - b)).toEqual(
      items.map((entry) => entry.id).sort((a, b) => a - b)
    );
  });

  it('has no ward section when nothing is tagged with the reader’s ward', () => {
    const sections = orderBriefingItems(items.filter((entry) => !entry.wards.some((ward) => ward.id === EAST.id)), EAST.id);
    expect(sections[0].kind).toBe('category');
  });

  it('labels items with no wards as all wards, never as the reader’s ward', () => {
    const placed = orderBriefingItems(items, NORTH.id).flatMap((section) => section.items);
    const gritting = placed.find((entry) => entry.item.title === 'Gritting routes');
    expect(gritting).toMatchObject({ affectsAllWards: true, affectsReaderWard: false });
    expect(placed.find((entry) => entry.item.title === 'Library closure')).toMatchObject({ affectsAllWards: false, affectsReaderWard: true });
  });

  test.each(BRIEFING_CATEGORIES.map((category, index) => [category, index]))('puts %s at position %d of the categories', (category, index) => {
    const oneEach = [...BRIEFING_CATEGORIES].reverse().map((name) => item(`About ${name}`, name, []));
    const categories = orderBriefingItems(oneEach).map((section) => (section.kind === 'category' ? section.category : ''));
    expect(categories[index]).toBe(category);
  });

  it('puts a category the schema does not know after all the others', () => {
    const sections = orderBriefingItems([item('Odd one', 'Zoning', []), item('Plain', 'General', []), item('Also odd', 'Awards', [])]);
    expect(sections.map((section) => (section.kind === 'category' ? section.category : ''))).toEqual(['General', 'Awards', 'Zoning']);
  });

  it('orders ties in SortOrder by headline, ignoring case', () => {
    const sections = orderBriefingItems([item('beta', 'General', [], 1), item('Alpha', 'General', [], 1), item('Gamma', 'General', [], 0)]);
    expect(sections[0].items.map((entry) => entry.item.title)).toEqual(['Gamma', 'Alpha', 'beta']);
  });

  it('returns no sections for no items', () => {
    expect(orderBriefingItems([], NORTH.id)).toEqual([]);
  });
});

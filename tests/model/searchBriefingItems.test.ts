import type { IBriefing, IBriefingItem } from '../../src/model/Briefing';
import { buildBriefingSearchIndex, searchBriefingItems, textOfHtml } from '../../src/model/searchBriefingItems';

const briefings: IBriefing[] = [
  { id: 1, title: 'Week of 9 November', weekCommencing: '2026-11-09' },
  { id: 2, title: 'Week of 16 November', weekCommencing: '2026-11-16' }
];

const items: IBriefingItem[] = [
  {
    id: 10, briefingId: 1, title: 'Roadworks on the High Street', category: 'Service disruption', isConfidential: false, sortOrder: 10,
    service: { id: 5, name: 'Highways & Transport' }, wards: [{ id: 1, name: 'Northgate' }],
    bodyHtml: '<div><p>Resurfacing of Café&nbsp;Corner starts Monday.</p><script>alert("x")</script></div>'
  },
  {
    id: 11, briefingId: 2, title: 'Consultation opens on parking', category: 'Consultation', isConfidential: false, sortOrder: 20,
    wards: [], contactOfficer: { id: 7, name: 'Siobhán O’Neill' }, bodyHtml: '<p>Residents&#39; views on permits &amp; charges.</p>'
  },
  {
    id: 12, briefingId: 2, title: 'Roadworks in Southmead', category: 'Service disruption', isConfidential: false, sortOrder: 10, wards: [{ id: 2, name: 'Southmead' }],
    titleWelsh: 'Gwaith ffordd yn Southmead', bodyHtmlWelsh: '<p>Bydd y gwaith yn dechrau ddydd Llun.</p>'
  },
  { id: 14, briefingId: 2, title: 'Roadworks complaint: legal advice', category: 'General', isConfidential: true, wards: [], bodyHtml: '<p>Privileged advice on the Southmead claim.</p>' },
  // The reader cannot see briefing 3 (a draft): its item must never be found.
  { id: 13, briefingId: 3, title: 'Roadworks next week (draft)', category: 'General', isConfidential: false, wards: [] }
];

const index = buildBriefingSearchIndex(briefings, items);

describe('searchBriefingItems', () => {
  test.each([
    ['a headline word', 'roadworks', [12, 10]],
    ['words in any order, any case', 'STREET high', [10]],
    ['the body, with entities decoded and accents folded', 'cafe corner', [10]],
    ['numeric entities in the body', "residents' permits & charges", [11]],
    ['the category', 'consultation', [11]],
    ['the service', 'highways transport', [10]],
    ['a ward name', 'southmead', [12]],
    ['the contact officer, apostrophes ignored', 'oneill', [11]],
    ['nothing for a word that is nowhere', 'roadworks zebra', []],
    ['nothing for script content', 'alert', []],
    ['nothing for an empty query', '   ', []]
  ])('finds by %s ("%s")', (_case, query, ids) => {
    expect(searchBriefingItems(index, query).map((hit) => hit.item.id)).toEqual(ids);
  });

  it('pairs each hit with its briefing, newest week first', () => {
    const hits = searchBriefingItems(index, 'roadworks');
    expect(hits.map((hit) => hit.briefing.weekCommencing)).toEqual(['2026-11-16', '2026-11-09']);
  });

  it('never finds a confidential item, by headline, body or category', () => {
    for (const query of ['roadworks', 'legal advice', 'privileged', 'southmead claim', 'general']) {
      expect(searchBriefingItems(index, query).map((hit) => hit.item.id)).not.toContain(14);
    }
    expect(index.entries.map((entry) => entry.item.id)).not.toContain(14);
  });

  it('never finds a confidential item even in an index built elsewhere that holds one', () => {
    const confidential = items.find((candidate) => candidate.isConfidential) as IBriefingItem;
    const handBuilt = { entries: [{ briefing: briefings[1], item: confidential, text: 'roadworks complaint legal advice' }] };
    expect(searchBriefingItems(handBuilt, 'roadworks')).toEqual([]);
  });

  it('leaves out items whose briefing the reader cannot see', () => {
    expect(index.entries.map((entry) => entry.item.id)).not.toContain(13);
  });
});

describe('textOfHtml', () => {
  test.each([
    ['<p>One</p><p>Two</p>', ' One  Two '],
    ['Fish &amp; chips &lt;3', 'Fish & chips <3'],
    ['&#x41;&#66;', 'AB'],
    ['&unknown;', '&unknown;']
  ])('%p → %p', (html, text) => {
    expect(textOfHtml(html)).toBe(text);
  });
});

describe('searchBriefingItems: bilingual items', () => {
  it('finds an item by its Welsh headline or Welsh text', () => {
    expect(searchBriefingItems(index, 'gwaith ffordd').map((hit) => hit.item.id)).toEqual([12]);
    expect(searchBriefingItems(index, 'dechrau ddydd Llun').map((hit) => hit.item.id)).toEqual([12]);
  });

  it('still finds the same item by its English headline', () => {
    expect(searchBriefingItems(index, 'roadworks southmead').map((hit) => hit.item.id)).toContain(12);
  });
});

import { mapBriefingItem } from '../../src/data/mapBriefing';

describe('mapBriefingItem: the contact officer\'s email', () => {
  const item = (email: string): Record<string, unknown> => ({ Id: 7, Title: 'Roadworks', Briefing: { Id: 3 }, BriefingId: 3, ContactOfficer: { Id: 9, Title: 'Priya Hillier', Email: email }, ContactOfficerId: 9 });

  it('keeps one plain address, trimmed', () => {
    expect(mapBriefingItem(item(' priya.hillier@council.example '))?.contactOfficer?.email).toBe('priya.hillier@council.example');
  });

  test.each([
    ['two addresses', 'priya.hillier@council.example;AllStaff'],
    ['a new line', 'priya.hillier@council.example\nBcc: leak@evil.example'],
    ['a mailto query', 'priya.hillier@council.example?cc=AllStaff']
  ])('drops an email that is not exactly one plain address: %s', (_case, email) => {
    const mapped = mapBriefingItem(item(email));
    expect(mapped?.contactOfficer?.name).toBe('Priya Hillier');
    expect(mapped?.contactOfficer?.email).toBeUndefined();
  });
});

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

describe('mapBriefingItem: the Welsh version', () => {
  const base = { Id: 7, Title: 'Roadworks', BriefingId: 3, Body: '<p>Monday.</p>' };

  it('maps the optional Welsh headline and body', () => {
    const mapped = mapBriefingItem({ ...base, HeadlineWelsh: 'Gwaith ffordd', BodyWelsh: '<p>Dydd Llun.</p>' });
    expect(mapped).toMatchObject({ title: 'Roadworks', bodyHtml: '<p>Monday.</p>', titleWelsh: 'Gwaith ffordd', bodyHtmlWelsh: '<p>Dydd Llun.</p>' });
  });

  it('leaves them undefined when the columns are empty', () => {
    const mapped = mapBriefingItem({ ...base, HeadlineWelsh: null, BodyWelsh: null });
    expect(mapped?.titleWelsh).toBeUndefined();
    expect(mapped?.bodyHtmlWelsh).toBeUndefined();
  });
});


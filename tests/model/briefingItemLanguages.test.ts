import type { IBriefingItem } from '../../src/model/Briefing';
import { briefingItemLanguages } from '../../src/model/briefingItemLanguages';

const english: IBriefingItem = {
  id: 1, briefingId: 1, title: 'Library opening hours change', bodyHtml: '<p>From Monday.</p>', category: 'General', wards: [], isConfidential: false
};
const bilingual: IBriefingItem = { ...english, titleWelsh: 'Newid i oriau agor y llyfrgell', bodyHtmlWelsh: '<p>O ddydd Llun.</p>' };

describe('briefingItemLanguages', () => {
  it('shows a Welsh reader the Welsh version first, with the English one offered', () => {
    expect(briefingItemLanguages(bilingual, 'cy-GB')).toEqual({
      first: { lang: 'cy', title: 'Newid i oriau agor y llyfrgell', bodyHtml: '<p>O ddydd Llun.</p>' },
      other: { lang: 'en', title: 'Library opening hours change', bodyHtml: '<p>From Monday.</p>' }
    });
  });

  it('shows an English reader the English version first, with the Welsh one offered', () => {
    const languages = briefingItemLanguages(bilingual, 'en-GB');
    expect(languages.first.lang).toBe('en');
    expect(languages.other).toEqual({ lang: 'cy', title: 'Newid i oriau agor y llyfrgell', bodyHtml: '<p>O ddydd Llun.</p>' });
  });

  it('shows an English-only item in English, marked as English, to a Welsh reader', () => {
    expect(briefingItemLanguages(english, 'cy-GB')).toEqual({ first: { lang: 'en', title: english.title, bodyHtml: english.bodyHtml } });
  });

  it('needs the Welsh headline: a Welsh body alone or a blank headline is no Welsh version', () => {
    expect(briefingItemLanguages({ ...english, bodyHtmlWelsh: '<p>O ddydd Llun.</p>' }, 'cy-GB').other).toBeUndefined();
    expect(briefingItemLanguages({ ...english, titleWelsh: '  ' }, 'cy-GB').first.lang).toBe('en');
  });
});

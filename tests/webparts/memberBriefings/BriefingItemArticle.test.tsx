import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import type { IBriefingItem } from '../../../src/model/Briefing';
import { setUiLocale } from '../../../src/model/uiLocale';
import { BriefingItemArticle } from '../../../src/webparts/memberBriefings/components/BriefingItemArticle';

const bilingual: IBriefingItem = {
  id: 5,
  briefingId: 1,
  title: 'Library opening hours change',
  bodyHtml: '<p>The library opens later from Monday.</p>',
  titleWelsh: 'Newid i oriau agor y llyfrgell',
  bodyHtmlWelsh: '<p>Bydd y llyfrgell yn agor yn hwyrach o ddydd Llun.</p>',
  category: 'General',
  wards: [],
  isConfidential: false
};

const terms = { affectingYours: 'Affecting your ward', all: 'All wards', plural: 'Wards', pickerLabel: 'Ward', pickerNone: 'None' };
const linking = { linkTo: () => 'https://example.test/item', canShare: false, share: () => false };

function renderArticle(item: IBriefingItem): void {
  render(
    <BriefingItemArticle
      entry={{ item, affectsAllWards: true, affectsReaderWard: false }}
      week="2026-11-23"
      elementId="item-5"
      terms={terms}
      linking={linking}
    />
  );
}

afterEach(() => setUiLocale('en-GB'));

describe('BriefingItemArticle: bilingual items', () => {
  it('shows a Welsh reader the Welsh version, marked lang="cy", with the English one click away', async () => {
    setUiLocale('cy-GB');
    renderArticle(bilingual);
    const heading = screen.getByRole('heading', { name: 'Newid i oriau agor y llyfrgell' });
    expect(heading.getAttribute('lang')).toBe('cy');
    // The rich text draws once the sanitiser's chunk has loaded (src/ui/LazySanitisedHtml.ts).
    const body = (await screen.findByText('Bydd y llyfrgell yn agor yn hwyrach o ddydd Llun.')).closest('[lang]');
    expect(body?.getAttribute('lang')).toBe('cy');
    expect(screen.queryByText('The library opens later from Monday.')).toBeNull();

    const toEnglish = screen.getByRole('button', { name: 'Read in English' });
    expect(toEnglish.getAttribute('lang')).toBe('en');
    fireEvent.click(toEnglish);
    expect(screen.getByRole('heading', { name: 'Library opening hours change' }).getAttribute('lang')).toBe('en');
    expect(screen.getByText('The library opens later from Monday.').closest('[lang]')?.getAttribute('lang')).toBe('en');
    expect(screen.getByRole('button', { name: 'Darllen yn Gymraeg' }).getAttribute('lang')).toBe('cy');
  });

  it('shows an English reader the English version, with the Welsh one click away', () => {
    renderArticle(bilingual);
    expect(screen.getByRole('heading', { name: 'Library opening hours change' }).getAttribute('lang')).toBe('en');
    fireEvent.click(screen.getByRole('button', { name: 'Darllen yn Gymraeg' }));
    expect(screen.getByRole('heading', { name: 'Newid i oriau agor y llyfrgell' }).getAttribute('lang')).toBe('cy');
  });

  it('offers no other language for an item written in English only, and marks it as English', () => {
    setUiLocale('cy-GB');
    renderArticle({ ...bilingual, titleWelsh: undefined, bodyHtmlWelsh: undefined });
    expect(screen.getByRole('heading', { name: 'Library opening hours change' }).getAttribute('lang')).toBe('en');
    expect(screen.queryByRole('button', { name: 'Read in English' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Darllen yn Gymraeg' })).toBeNull();
  });
});

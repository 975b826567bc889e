import * as fs from 'fs';
import * as path from 'path';
import { WEB_PARTS, loadStrings, localesOf, placeholders, srcWebParts } from './support/locFiles';

/**
 * Welsh strings that are rightly the same as the English, each with its reason. Anything else the
 * same as the English is an untranslated string.
 */
const SAME_IN_WELSH: Readonly<Record<string, string>> = {
  Ward: 'Welsh local government uses "ward" (plural "wardiau")',
  '{0} ward': 'Welsh counts with the singular noun after a numeral: "5 ward"',
  Teams: 'product name (Microsoft Teams)',
  Cabinet: 'Welsh councils use "Cabinet"',
  'Member–Officer Hub': 'product name',
  'Darllen yn Gymraeg': 'offers the Welsh version in Welsh, whatever the UI language (lang="cy")',
  'Read in English': 'offers the English version in English, whatever the UI language (lang="en")'
};

/** A value with no letters ("{0} ({1})", "{0}%") has nothing to translate. */
const hasWords = (text: string): boolean => /\p{L}/u.test(text.replace(/\{\d+\}/g, ''));

/** Welsh may add the plural categories English does not use, next to an existing One/Other pair. */
const WELSH_PLURAL_EXTRA = /^(.+)(Zero|Two|Few|Many)$/;

describe.each(WEB_PARTS)('cy-gb strings of %s', (webPart) => {
  const english = loadStrings(webPart, 'en-us');
  const welsh = loadStrings(webPart, 'cy-gb');

  it('has a cy-gb loc file next to en-us', () => {
    expect(localesOf(webPart)).toEqual(['cy-gb', 'en-us']);
  });

  it('has every English key', () => {
    expect(Object.keys(english).filter((key) => !(key in welsh))).toEqual([]);
  });

  it('has no key English lacks, except extra Welsh plural forms of an English plural', () => {
    const extra = Object.keys(welsh).filter((key) => {
      if (key in english) return false;
      const plural = WELSH_PLURAL_EXTRA.exec(key);
      return !(plural && `${plural[1]}Other` in english);
    });
    expect(extra).toEqual([]);
  });

  it('has no empty value', () => {
    expect(Object.entries(welsh).filter(([, text]) => typeof text !== 'string' || text.trim() === '')).toEqual([]);
  });

  it('translates every value, apart from the allowed ones', () => {
    const untranslated = Object.keys(english).filter(
      (key) => welsh[key] === english[key] && hasWords(english[key]) && !(english[key] in SAME_IN_WELSH)
    );
    expect(untranslated).toEqual([]);
  });

  it('keeps every placeholder of the English', () => {
    const differing = Object.keys(english)
      .filter((key) => key in welsh)
      .filter((key) => placeholders(welsh[key]).join() !== placeholders(english[key]).join());
    expect(differing).toEqual([]);
  });
});

interface ILocalizedString {
  readonly default: string;
  readonly [locale: string]: string;
}
interface IWebPartManifest {
  readonly preconfiguredEntries: ReadonlyArray<{ group: ILocalizedString; title: ILocalizedString; description: ILocalizedString }>;
}

describe.each(WEB_PARTS)('web part manifest of %s', (webPart) => {
  const file = path.join(srcWebParts, webPart, `${webPart[0].toUpperCase()}${webPart.slice(1)}WebPart.manifest.json`);
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as IWebPartManifest;

  it.each(['group', 'title', 'description'] as const)('gives the %s in cy-GB', (field) => {
    for (const entry of manifest.preconfiguredEntries) {
      const text = entry[field];
      expect(text['cy-GB']?.trim()).toBeTruthy();
      if (text['cy-GB'] === text.default) expect(SAME_IN_WELSH).toHaveProperty([text.default]);
    }
  });
});

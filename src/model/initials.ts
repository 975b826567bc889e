import type { IMember } from './Member';

/** Forms of address and post-nominals that are not part of a person's name. */
const NOT_NAMES = new Set([
  'cllr', 'councillor', 'county', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord',
  'lady', 'rev', 'revd', 'reverend', 'hon', 'the', 'rt', 'mbe', 'obe', 'cbe', 'kbe', 'dbe', 'bem', 'jp', 'dl', 'mp', 'kc', 'qc'
]);

/** A letter of any script, with whatever marks, joiners or variation selectors it carries. */
const STARTS_WITH_LETTER = /^\p{L}/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/**
 * Scripts whose names get no initials, so the coin shows a neutral person icon (PersonCoin draws
 * one for empty initials). Arabic-script names (Arabic, Persian, Urdu; also Syriac, Thaana, N'Ko):
 * initials are not a convention, most surnames begin with the article "ال" (so every one would give
 * alef), many given names with "عبد" or "أبو", and two letters side by side join into a shape that
 * reads as a word. Thai and Lao: vowels written before their consonant make the first character a
 * bare vowel sign. A generic icon says nothing wrong; the name is always written beside the coin.
 */
const NO_INITIALS_SCRIPT = /^[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Thai}\p{Script=Lao}]/u;

/**
 * Scripts written without letters to abbreviate: Chinese and Japanese characters and kana, Korean
 * Hangul syllables. The coin shows the name's first character alone (for Chinese and Korean names,
 * written family name first, that is the family name), never two characters from two words.
 */
const ONE_CHARACTER_SCRIPT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;

interface IGraphemeSegmenter {
  segment(text: string): Iterable<{ readonly segment: string }>;
}
type SegmenterConstructor = new (locale: string, options: { granularity: 'grapheme' }) => IGraphemeSegmenter;

/** Intl.Segmenter (ES2022; not in the SPFx toolchain's lib, and not in browsers before 2024's Firefox 125). */
const Segmenter = (Intl as unknown as { Segmenter?: SegmenterConstructor }).Segmenter;
const segmenter: IGraphemeSegmenter | undefined = Segmenter ? new Segmenter('und', { granularity: 'grapheme' }) : undefined;

/**
 * Text in which every UTF-16 unit is a grapheme of its own (Basic Latin to Spacing Modifier Letters:
 * no combining marks, joiners, surrogates or variation selectors, which all come later), as most
 * names in a UK council's lists are. Splitting it needs no segmenter: a card's initials are then
 * cheap the first time as well (Intl.Segmenter costs far more per call, and more still on its first).
 * CR LF, the one pair in this range that joins, goes the long way.
 */
function oneUnitEach(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) > 0x2ff) return false;
  }
  return !text.includes('\r\n');
}

/**
 * User-perceived characters (extended grapheme clusters): "é" written as e + U+0301, "प्रि", a family
 * emoji joined with ZWJ and 🇬🇧 are one each. Without Intl.Segmenter: a character with the marks and
 * joined characters after it, which covers combining marks and most emoji sequences.
 */
export function graphemes(text: string): string[] {
  if (oneUnitEach(text)) return text.split('');
  if (segmenter) return Array.from(segmenter.segment(text), (part) => part.segment);
  return text.match(/\P{M}(?:\p{M}|\uFE0F|\p{Emoji_Modifier})*(?:\u200D\P{M}(?:\p{M}|\uFE0F|\p{Emoji_Modifier})*)*/gu) ?? [];
}

/**
 * The first letter of a name part, as the reader sees it (leading quotes or brackets skipped).
 *
 * Welsh digraphs (Ch, Dd, Ff, Ng, Ll, Ph, Rh, Th) are single letters of the Welsh alphabet, yet
 * "Llinos Jones" gives "LJ", not "LlJ": the same pairs begin English names (Thomas, Christopher,
 * Philip) and nothing in a name says which language it is in, so digraph initials would be wrong
 * for many more people than they would suit; a third character also crowds a 40 px coin. The coin
 * is decorative (the full name is beside it), so nothing is lost to anyone.
 */
function firstLetter(word: string): string {
  return graphemes(word).find((grapheme) => STARTS_WITH_LETTER.test(grapheme)) ?? '';
}

function nameWords(text: string): string[] {
  return text
    .split(/\s+/)
    .filter((word) => firstLetter(word) !== '')
    .filter((word) => !NOT_NAMES.has(word.replace(/[.,]/g, '').toLowerCase()));
}

function upper(grapheme: string): string {
  return grapheme.toLocaleUpperCase('en-GB');
}

/** For a name with no letters at all, such as a single emoji: its first picture, whole. */
function firstPicture(text: string): string {
  return graphemes(text).find((grapheme) => PICTOGRAPHIC.test(grapheme)) ?? '';
}

function initialsOfWords(words: readonly string[], wholeName: string): string {
  if (words.length === 0) return firstPicture(wholeName);
  const first = firstLetter(words[0]);
  if (NO_INITIALS_SCRIPT.test(first)) return '';
  if (ONE_CHARACTER_SCRIPT.test(first)) return first;
  const last = words.length > 1 ? firstLetter(words[words.length - 1]) : '';
  // A surname in one of the scripts above (a mixed-script name) adds nothing a reader would expect.
  const keepLast = last !== '' && !NO_INITIALS_SCRIPT.test(last) && !ONE_CHARACTER_SCRIPT.test(last);
  return upper(first) + (keepLast ? upper(last) : '');
}

/** Names whose initials are kept: more than a page of results, fewer than a county's officers. */
const REMEMBERED_NAMES = 5000;
const remembered = new Map<string, string>();

/**
 * Initials are worked out once per name: grapheme segmentation and the script tests cost tens of
 * microseconds a name, so a page of 36 cards redrawn on each keystroke spent more on initials than on
 * the search itself (tools/bench/memberKeystrokes.ts). Past REMEMBERED_NAMES the oldest is forgotten.
 */
function rememberedInitials(key: string, work: () => string): string {
  const known = remembered.get(key);
  if (known !== undefined) return known;
  const value = work();
  if (remembered.size >= REMEMBERED_NAMES) remembered.delete(remembered.keys().next().value as string);
  remembered.set(key, value);
  return value;
}

/**
 * Up to two initials for a photo placeholder, skipping "Cllr" and other titles: "Cllr Dr Siân
 * O’Rourke MBE" → "SO"; in any script, each initial one user-perceived character ("Ébha" written
 * with a combining accent keeps it). One character for Chinese, Japanese and Korean names; '' (the
 * coin then shows a person icon) for scripts without initials, and for a name with no letters
 * (unless it is a picture, such as an emoji). Accepts a name or a member (first name and surname
 * are used when the list has both).
 */
export function initials(nameOrMember: string | Pick<IMember, 'displayName' | 'givenName' | 'surname'>): string {
  if (typeof nameOrMember === 'string') return rememberedInitials(`\u0000${nameOrMember}`, () => initialsOfName(nameOrMember));
  const { displayName, givenName, surname } = nameOrMember;
  return rememberedInitials(`${displayName}\u0000${givenName ?? ''}\u0000${surname}`, () => initialsOfMember(displayName, givenName, surname));
}

function initialsOfName(name: string): string {
  return initialsOfWords(nameWords(name), name);
}

function initialsOfMember(displayName: string, givenName: string | undefined, surname: string): string {
  const shown = nameWords(displayName);
  const lead = firstLetter(shown[0] ?? '');
  // Chinese and Korean names are shown family name first: the displayed name knows the order.
  if (NO_INITIALS_SCRIPT.test(lead) || ONE_CHARACTER_SCRIPT.test(lead)) return initialsOfWords(shown, displayName);
  const given = nameWords(givenName ?? '');
  const surnameWords = nameWords(surname);
  const words = given.length > 0 && surnameWords.length > 0 ? [given[0], surnameWords[surnameWords.length - 1]] : shown;
  return initialsOfWords(words, displayName);
}

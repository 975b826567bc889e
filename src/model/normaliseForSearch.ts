/**
 * Letters that compatibility decomposition leaves whole but people type without the mark
 * (NFKD does not split ł, ø, đ…), and Greek final sigma, so "Σ" typed mid-word still matches.
 */
const FOLDED: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ς: 'σ'
};

/**
 * The one normalisation every search uses: case, accents and punctuation do not matter, in
 * any script. Compatibility decomposition (NFKD) splits accented letters and full-width forms;
 * combining marks (Latin accents, Arabic harakat, Cyrillic breve) are dropped; letters and
 * digits of every script are kept. Apostrophes and the Arabic tatweel vanish ("O’Rourke",
 * "o'rourke" and "ORourke" all become "orourke"); other punctuation separates words
 * ("Smith-Jones" → "smith jones").
 */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþıς]/g, (letter) => FOLDED[letter] ?? letter)
    .replace(/['’‘`´ʼ\u0640]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a query, normalised; empty when there is nothing to search for. */
export function searchWords(query: string): string[] {
  const normalised = normaliseForSearch(query);
  return normalised === '' ? [] : normalised.split(' ');
}

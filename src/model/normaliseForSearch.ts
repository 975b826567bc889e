/** Letters that Unicode decomposition leaves alone but people type without the mark. */
const FOLDED: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * The one normalisation every search uses: case, accents and punctuation do not matter.
 * Apostrophes vanish ("O’Rourke", "o'rourke" and "ORourke" all become "orourke"); other
 * punctuation separates words ("Smith-Jones" → "smith jones").
 */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => FOLDED[letter] ?? letter)
    .replace(/['’‘`´ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words of a query, normalised; empty when there is nothing to search for. */
export function searchWords(query: string): string[] {
  const normalised = normaliseForSearch(query);
  return normalised === '' ? [] : normalised.split(' ');
}

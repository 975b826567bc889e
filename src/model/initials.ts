import type { IMember } from './Member';

/** Forms of address and post-nominals that are not part of a person's name. */
const NOT_NAMES = new Set([
  'cllr', 'councillor', 'county', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord',
  'lady', 'rev', 'revd', 'reverend', 'hon', 'the', 'rt', 'mbe', 'obe', 'cbe', 'kbe', 'dbe', 'bem', 'jp', 'dl', 'mp', 'kc', 'qc'
]);

function firstLetter(word: string): string {
  return Array.from(word).find((char) => char.toLowerCase() !== char.toUpperCase()) ?? '';
}

function nameWords(text: string): string[] {
  return text
    .split(/\s+/)
    .filter((word) => firstLetter(word) !== '')
    .filter((word) => !NOT_NAMES.has(word.replace(/[.,]/g, '').toLowerCase()));
}

/**
 * Up to two initials for a photo placeholder, skipping "Cllr" and other titles:
 * "Cllr Dr Siân O’Rourke MBE" → "SO". Accepts a name or a member (first name and surname
 * are used when the list has both).
 */
export function initials(nameOrMember: string | Pick<IMember, 'displayName' | 'givenName' | 'surname'>): string {
  let words: string[];
  if (typeof nameOrMember === 'string') {
    words = nameWords(nameOrMember);
  } else {
    const given = nameWords(nameOrMember.givenName ?? '');
    const surname = nameWords(nameOrMember.surname);
    words = given.length > 0 && surname.length > 0 ? [given[0], surname[surname.length - 1]] : nameWords(nameOrMember.displayName);
  }
  if (words.length === 0) return '';
  const first = firstLetter(words[0]);
  const last = words.length > 1 ? firstLetter(words[words.length - 1]) : '';
  return `${first}${last}`.toLocaleUpperCase('en-GB');
}

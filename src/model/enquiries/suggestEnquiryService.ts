/**
 * Which service an enquiry is probably for, from the words of its subject and details and each
 * service's keywords (the ones the officer directory already matches: "pothole", "bins"). Simple
 * and transparent: the form says which words matched, and the member chooses.
 */
import { searchWords } from '../normaliseForSearch';

export interface ISuggestableService {
  readonly id: number;
  readonly name: string;
  readonly keywords: readonly string[];
}

export interface IServiceSuggestion {
  readonly serviceId: number;
  /** The service's keyword (or name) as it wrote it, for "because your enquiry mentions …". */
  readonly matched: string;
}

/** A keyword word matches a text word it begins ("pothole" → "potholes") when it has 4 letters or more. */
const wordMatches = (keywordWord: string, textWord: string): boolean =>
  textWord === keywordWord || (keywordWord.length >= 4 && textWord.startsWith(keywordWord));

/** Whether every word of the phrase is in the text, in order and next to each other. */
function containsPhrase(textWords: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let start = 0; start + phrase.length <= textWords.length; start += 1) {
    if (phrase.every((word, offset) => wordMatches(word, textWords[start + offset]))) return true;
  }
  return false;
}

/**
 * The best service for the text: the one whose longest matching keyword (or name) has the most words,
 * then the most letters; more matching keywords break a tie. Undefined when nothing matches.
 */
export function suggestEnquiryService(text: string, services: readonly ISuggestableService[]): IServiceSuggestion | undefined {
  const textWords = searchWords(text);
  if (textWords.length === 0) return undefined;
  let best: { suggestion: IServiceSuggestion; score: readonly number[] } | undefined;
  for (const service of services) {
    const matches = [...service.keywords, service.name]
      .map((phrase) => ({ phrase, words: searchWords(phrase) }))
      .filter(({ words }) => containsPhrase(textWords, words));
    if (matches.length === 0) continue;
    const longest = matches.reduce((a, b) => (b.words.length > a.words.length || (b.words.length === a.words.length && b.phrase.length > a.phrase.length) ? b : a));
    const score = [longest.words.length, longest.phrase.length, matches.length];
    if (!best || compareScores(score, best.score) > 0) best = { suggestion: { serviceId: service.id, matched: longest.phrase.trim() }, score };
  }
  return best?.suggestion;
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < a.length; index += 1) {
    if (a[index] !== b[index]) return a[index] - b[index];
  }
  return 0;
}

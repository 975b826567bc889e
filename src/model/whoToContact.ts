import { searchWords } from './normaliseForSearch';
import type { IOfficer, IOfficerDirectory, IService } from './Officer';
import { IIndexedService, officerDirectoryIndex } from './officerDirectoryIndex';
import { telHref } from './orderContactActions';
import { compareNames } from './uiLocale';

/** Why a service answers the question, best first. */
export type ServiceMatch = 'keyword' | 'keywordPrefix' | 'name' | 'directorate';

export interface IServiceAnswer {
  readonly service: IService;
  /** The service's Councillor Liaison Officers, surname A to Z: whom members contact first. */
  readonly liaisonOfficers: readonly IOfficer[];
  /** tel: link for the service's own number. */
  readonly phoneHref?: string;
  /** Absent when the service was chosen rather than found. */
  readonly matchedBy?: ServiceMatch;
  /** The keyword as the service wrote it, for 'keyword' and 'keywordPrefix'. */
  readonly matchedKeyword?: string;
}

interface IRankedMatch {
  /** Lower is better. */
  readonly rank: number;
  readonly matchedBy: ServiceMatch;
  readonly keyword?: string;
}

const containsWords = (text: string, words: readonly string[]): boolean => words.every((word) => text.includes(word));
const startsWords = (text: string, words: readonly string[]): boolean => {
  const textWords = text.split(' ');
  return words.every((word) => textWords.some((textWord) => textWord.startsWith(word)));
};

/**
 * The best reason a service answers the question: a keyword said exactly (0), a keyword the
 * question contains as whole words — "potholes on my road" (1), a keyword the question begins
 * ("pothole", "school trans": 2), the service's name (3), its directorate (4).
 */
function matchService(service: IIndexedService, question: string, words: readonly string[]): IRankedMatch | undefined {
  let best: IRankedMatch | undefined;
  const consider = (match: IRankedMatch): void => {
    if (!best || match.rank < best.rank) best = match;
  };
  const padded = ` ${question} `;
  for (const keyword of service.keywords) {
    if (keyword.normalised === question) consider({ rank: 0, matchedBy: 'keyword', keyword: keyword.written });
    else if (padded.includes(` ${keyword.normalised} `)) consider({ rank: 1, matchedBy: 'keyword', keyword: keyword.written });
    else if (startsWords(keyword.normalised, words)) consider({ rank: 2, matchedBy: 'keywordPrefix', keyword: keyword.written });
  }
  if (!best && containsWords(service.name, words)) consider({ rank: 3, matchedBy: 'name' });
  if (!best && containsWords(service.directorate, words)) consider({ rank: 4, matchedBy: 'directorate' });
  return best;
}

/** A service with its contacts: CLOs first, its own phone number. */
export function serviceAnswer(directory: IOfficerDirectory, service: IService): IServiceAnswer {
  const index = officerDirectoryIndex(directory);
  return {
    service,
    liaisonOfficers: index.liaisonOfficersByService.get(service.id) ?? [],
    phoneHref: telHref(service.phone)
  };
}

/**
 * "Who do I contact about…?": the services that deal with the question, ranked by
 * keyword exact > keyword in the question > keyword prefix > service name > directorate, then
 * services with Councillor Liaison Officers before those without, then A to Z; each with its CLOs.
 */
export function whoToContact(directory: IOfficerDirectory, question: string): IServiceAnswer[] {
  const words = searchWords(question);
  if (words.length === 0) return [];
  const normalisedQuestion = words.join(' ');
  const index = officerDirectoryIndex(directory);
  const matches: { answer: IServiceAnswer; rank: number }[] = [];
  for (const service of index.services) {
    const match = matchService(service, normalisedQuestion, words);
    if (!match) continue;
    matches.push({
      rank: match.rank,
      answer: { ...serviceAnswer(directory, service.service), matchedBy: match.matchedBy, matchedKeyword: match.keyword }
    });
  }
  return matches
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        Number(b.answer.liaisonOfficers.length > 0) - Number(a.answer.liaisonOfficers.length > 0) ||
        compareNames(a.answer.service.name, b.answer.service.name)
    )
    .map((match) => match.answer);
}

import { HEALTH_LISTS, type IHealthRepositoryOptions } from '../../data/HealthRepository';
import { DEFAULT_REVIEW_MONTHS } from '../../model/health/officerFreshness';
import type { IListsCompositionInput, IWebPartComposition } from '../shared/composition';
import { shownTitle } from '../shared/shownTitle';
import { listTitlesFrom } from '../shared/listTitles';
import type { IDirectoryHealthProps } from './components/DirectoryHealth';
import type { IDirectoryHealthWebPartProps } from './IDirectoryHealthWebPartProps';

export const MIN_REVIEW_MONTHS = 1;
export const MAX_REVIEW_MONTHS = 60;

/** The review window from the stored property: a whole number of months in range, else the default (12). */
export function reviewMonthsFrom(value: unknown): number {
  const months = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isInteger(months) || months < MIN_REVIEW_MONTHS || months > MAX_REVIEW_MONTHS) return DEFAULT_REVIEW_MONTHS;
  return months;
}

export type DirectoryHealthRootProps = Omit<IDirectoryHealthProps, 'repository' | 'coverage' | 'theme' | 'returnUrl' | 'now'>;

/** Directory health, composed from the page's stored properties: the one place the shell and the preview build it. */
export function composeDirectoryHealth(
  input: IListsCompositionInput<IDirectoryHealthWebPartProps>
): IWebPartComposition<IHealthRepositoryOptions, DirectoryHealthRootProps> {
  const { properties, lists } = input;
  return {
    repositoryOptions: { listTitles: listTitlesFrom(properties, HEALTH_LISTS) },
    rootProps: {
      requestEvents: lists.requestEvents,
      title: shownTitle(properties.title, 'directoryHealth'),
      listsSite: lists.listsSite,
      reviewMonths: reviewMonthsFrom(properties.reviewMonths)
    }
  };
}

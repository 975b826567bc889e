import type { IMemberRepositoryOptions } from '../../data/MemberRepository';
import type { ListKey } from '../../schema';
import type { IListsCompositionInput, IWebPartComposition } from '../shared/composition';
import { shownTitle } from '../shared/shownTitle';
import { ListTitleProperties, listTitlesFrom } from '../shared/listTitles';
import { wardSheetPageUrlFrom } from '../shared/wardSheetLink';
import { DIRECTORY_FILTERS, DirectoryFilter, isUrlStatePrefix, ShownFilters } from './components/directoryUrlState';
import type { IMemberProfilesProps } from './components/MemberProfiles';
import type { IMemberProfilesWebPartProps } from './IMemberProfilesWebPartProps';

/** The lists the member directory reads, in the order the property pane offers them. */
export const MEMBER_PROFILES_LISTS = ['Members', 'Parties', 'Wards', 'Committees', 'CommitteeMemberships'] as const satisfies readonly ListKey[];
export type MemberProfilesListKey = (typeof MEMBER_PROFILES_LISTS)[number];
export type MemberProfilesListTitleProperties = ListTitleProperties<MemberProfilesListKey>;

/** The web part property that shows or hides each filter. */
export const FILTER_VISIBILITY_PROPERTIES = {
  party: 'showPartyFilter',
  ward: 'showWardFilter',
  committee: 'showCommitteeFilter',
  cabinet: 'showCabinetFilter',
  responsibility: 'showResponsibilityFilter'
} as const satisfies Readonly<Record<DirectoryFilter, string>>;
export type FilterVisibilityProperties = { [F in DirectoryFilter as (typeof FILTER_VISIBILITY_PROPERTIES)[F]]?: boolean };

/** Which filters readers see; a page saved before these settings existed has none set and shows them all. */
export function shownFiltersFrom(properties: FilterVisibilityProperties): ShownFilters {
  const shown = (filter: DirectoryFilter): boolean => properties[FILTER_VISIBILITY_PROPERTIES[filter]] !== false;
  return { party: shown('party'), ward: shown('ward'), committee: shown('committee'), cabinet: shown('cabinet'), responsibility: shown('responsibility') };
}

/** Sets unset visibility properties to shown, so the property pane's checkboxes say what readers see. */
export function showUnsetFilters(properties: FilterVisibilityProperties): void {
  for (const filter of DIRECTORY_FILTERS) {
    const property = FILTER_VISIBILITY_PROPERTIES[filter];
    if (typeof properties[property] !== 'boolean') properties[property] = true;
  }
}

/** The editor's address prefix, trimmed; one that is not letters and digits (up to 8) is not used. */
export function urlStatePrefixFrom(value: string | undefined): string {
  const prefix = value?.trim() ?? '';
  return isUrlStatePrefix(prefix) ? prefix : '';
}

export type MemberProfilesRootProps = Omit<IMemberProfilesProps, 'repository' | 'theme' | 'urlStateStore'>;

/** Member profiles, composed from the page's stored properties: the one place the shell and the preview build it. */
export function composeMemberProfiles(
  input: IListsCompositionInput<IMemberProfilesWebPartProps>
): IWebPartComposition<IMemberRepositoryOptions, MemberProfilesRootProps> {
  const { properties, lists, user } = input;
  return {
    // One copy of the directory per user, site and lists in the browser, revalidated with one small request.
    repositoryOptions: { listTitles: listTitlesFrom(properties, MEMBER_PROFILES_LISTS), cache: { user: user.loginName } },
    rootProps: {
      requestEvents: lists.requestEvents,
      title: shownTitle(properties.title, 'memberProfiles'),
      listsSite: lists.listsSite,
      defaultLayout: properties.defaultView === 'list' ? 'list' : 'cards',
      shownFilters: shownFiltersFrom(properties),
      urlStatePrefix: urlStatePrefixFrom(properties.urlStatePrefix),
      wardSheetPageUrl: wardSheetPageUrlFrom(properties.wardSheetPageUrl)
    }
  };
}

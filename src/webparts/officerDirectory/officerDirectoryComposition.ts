import type { IOfficerRepositoryOptions } from '../../data/OfficerRepository';
import type { ListKey } from '../../schema';
import type { IListsCompositionInput, IWebPartComposition } from '../shared/composition';
import { shownTitle } from '../shared/shownTitle';
import { ListTitleProperties, listTitlesFrom } from '../shared/listTitles';
import { enquiriesPageUrlFrom } from '../shared/enquiriesPageLink';
import { wardSheetPageUrlFrom } from '../shared/wardSheetLink';
import { protocolUrlOnTenant } from './protocolUrl';
import type { IOfficerDirectoryProps } from './components/OfficerDirectory';
import type { OfficerDirectoryTab } from './components/officerDirectoryUrlState';
import type { IOfficerDirectoryWebPartProps } from './IOfficerDirectoryWebPartProps';

/** The lists the officer directory reads, in the order the property pane offers them. */
export const OFFICER_DIRECTORY_LISTS = ['Officers', 'Services'] as const satisfies readonly ListKey[];
export type OfficerDirectoryListKey = (typeof OFFICER_DIRECTORY_LISTS)[number];
export type OfficerDirectoryListTitleProperties = ListTitleProperties<OfficerDirectoryListKey>;

const START_TABS: readonly OfficerDirectoryTab[] = ['find', 'ask', 'browse'];

export type OfficerDirectoryRootProps = Omit<IOfficerDirectoryProps, 'repository' | 'theme' | 'urlStateStore'>;

/** The officer directory, composed from the page's stored properties: the one place the shell and the preview build it. */
export function composeOfficerDirectory(
  input: IListsCompositionInput<IOfficerDirectoryWebPartProps>
): IWebPartComposition<IOfficerRepositoryOptions, OfficerDirectoryRootProps> {
  const { properties, lists, user } = input;
  return {
    // One copy of the directory per user, site and lists in the browser, revalidated with one small request.
    repositoryOptions: { listTitles: listTitlesFrom(properties, OFFICER_DIRECTORY_LISTS), cache: { user: user.loginName } },
    rootProps: {
      requestEvents: lists.requestEvents,
      title: shownTitle(properties.title, 'officerDirectory'),
      listsSite: lists.listsSite,
      // A value stored with an old page, or typed by hand, opens the first tab.
      startTab: START_TABS.find((tab) => tab === properties.startTab) ?? 'find',
      wardSheetPageUrl: wardSheetPageUrlFrom(properties.wardSheetPageUrl),
      enquiriesPageUrl: enquiriesPageUrlFrom(properties.enquiriesPageUrl),
      // On the tenant only; the lists' site is on the page's origin (listsSiteOrigin), so it stands for the tenant here.
      protocolUrl: protocolUrlOnTenant(properties.protocolUrl, lists.listsSite.url)
    }
  };
}

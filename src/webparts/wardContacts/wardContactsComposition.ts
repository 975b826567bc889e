import type { IListsCompositionInput, IWebPartComposition } from '../shared/composition';
import { shownTitle } from '../shared/shownTitle';
import { enquiriesPageUrlFrom } from '../shared/enquiriesPageLink';
import type { IWardContactsProps } from './components/WardContacts';
import type { IWardContactsWebPartProps } from './IWardContactsWebPartProps';

/** What the sheet's three repositories are built with: the directories' per-user browser copies. */
export interface IWardContactsRepositoryOptions {
  readonly cache: { readonly user: string };
}

export type WardContactsRootProps = Omit<IWardContactsProps, 'repository' | 'theme' | 'teams' | 'urlStateStore' | 'pageUrl' | 'now'>;

/** The ward contact sheet, composed from the page's stored properties: the one place the shell and the preview build it. */
export function composeWardContacts(
  input: IListsCompositionInput<IWardContactsWebPartProps>
): IWebPartComposition<IWardContactsRepositoryOptions, WardContactsRootProps> {
  const { properties, lists, user } = input;
  return {
    repositoryOptions: { cache: { user: user.loginName } },
    rootProps: {
      requestEvents: lists.requestEvents,
      title: shownTitle(properties.title, 'wardContacts'),
      listsSite: lists.listsSite,
      councilName: properties.councilName?.trim() || undefined,
      enquiriesPageUrl: enquiriesPageUrlFrom(properties.enquiriesPageUrl),
      // Outside Teams the member is found by the signed-in account (in Teams, Teams says who it is).
      account: user.email || user.loginName || undefined
    }
  };
}

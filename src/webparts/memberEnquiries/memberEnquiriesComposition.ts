import { isUkNation } from '../../model/enquiries/ukNation';
import type { IListsCompositionInput, IWebPartComposition } from '../shared/composition';
import { shownTitle } from '../shared/shownTitle';
import type { IMemberEnquiriesProps } from './components/MemberEnquiries';
import type { IMemberEnquiriesWebPartProps } from './IMemberEnquiriesWebPartProps';

/**
 * What the repositories are built with. No browser copy of enquiries (they are personal data: design.md § Privacy);
 * the draft store is keyed by the lists' site and the signed-in user.
 */
export interface IMemberEnquiriesRepositoryOptions {
  /** Server-relative URL of the lists' site (/sites/members): where the enquiry folders are. */
  readonly listsWebServerRelativeUrl: string;
  /**
   * The signed-in user's id on the lists' site when the page is on that site (SPFx: legacyPageContext.userId),
   * so a first visit to My enquiries is one $batch; the $batch confirms it.
   */
  readonly knownUserId?: number;
}

function serverRelativeUrl(absoluteUrl: string): string {
  try {
    return new URL(absoluteUrl).pathname.replace(/\/+$/, '') || '/';
  } catch {
    return '/';
  }
}

export type MemberEnquiriesRootProps = Omit<IMemberEnquiriesProps, 'repository' | 'theme' | 'teams' | 'urlStateStore' | 'now' | 'draftStore'>;

/** Member enquiries, composed from the page's stored properties: the one place the shell and the preview build it. */
export function composeMemberEnquiries(
  input: IListsCompositionInput<IMemberEnquiriesWebPartProps>
): IWebPartComposition<IMemberEnquiriesRepositoryOptions, MemberEnquiriesRootProps> {
  const { properties, lists, user } = input;
  return {
    repositoryOptions: { listsWebServerRelativeUrl: serverRelativeUrl(lists.listsSite.url) },
    rootProps: {
      requestEvents: lists.requestEvents,
      title: shownTitle(properties.title, 'memberEnquiries'),
      listsSite: lists.listsSite,
      nation: isUkNation(properties.nation) ? properties.nation : 'england-and-wales',
      user: user.loginName || user.email || ''
    }
  };
}

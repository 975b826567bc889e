import type { IListsCompositionInput, IWebPartComposition } from '../shared/composition';
import { shownTitle } from '../shared/shownTitle';
import type { IServiceEnquiriesProps } from './components/ServiceEnquiries';
import type { IServiceEnquiriesWebPartProps } from './IServiceEnquiriesWebPartProps';

/** What the repository is built with: the lists' site path, where the enquiry folders are. */
export interface IServiceEnquiriesRepositoryOptions {
  readonly webServerRelativeUrl: string;
}

export type ServiceEnquiriesRootProps = Omit<IServiceEnquiriesProps, 'repository' | 'theme' | 'urlStateStore' | 'calendar' | 'now'>;

/** "Service enquiries", composed from the page's stored properties: the one place the shell and the preview build it. */
export function composeServiceEnquiries(
  input: IListsCompositionInput<IServiceEnquiriesWebPartProps>
): IWebPartComposition<IServiceEnquiriesRepositoryOptions, ServiceEnquiriesRootProps> {
  const { properties, lists } = input;
  return {
    repositoryOptions: { webServerRelativeUrl: serverRelativePath(lists.listsSite.url) },
    rootProps: {
      requestEvents: lists.requestEvents,
      title: shownTitle(properties.title, 'serviceEnquiries'),
      listsSite: lists.listsSite
    }
  };
}

function serverRelativePath(siteUrl: string): string {
  try {
    return new URL(siteUrl).pathname.replace(/\/+$/, '');
  } catch {
    return siteUrl.replace(/\/+$/, '');
  }
}

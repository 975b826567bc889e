import { isUkNation, UkNation } from '../../model/enquiries/ukNation';
import type { IListsCompositionInput, IWebPartComposition } from '../shared/composition';
import { shownTitle } from '../shared/shownTitle';
import type { IEnquiryReportProps } from './components/EnquiryReport';
import type { IEnquiryReportWebPartProps } from './IEnquiryReportWebPartProps';

/** The repository needs nothing but the lists' site: the Enquiries list's title comes from the runtime schema. */
export type EnquiryReportRepositoryOptions = Record<string, never>;

export type EnquiryReportRootProps = Omit<IEnquiryReportProps, 'repository' | 'theme' | 'now'>;

/** The stored nation, or England and Wales when it is missing or not one of the three. */
export function nationFrom(value: unknown): UkNation {
  return typeof value === 'string' && isUkNation(value) ? value : 'england-and-wales';
}

/** The enquiries report, composed from the page's stored properties: the one place the shell and the preview build it. */
export function composeEnquiryReport(
  input: IListsCompositionInput<IEnquiryReportWebPartProps>
): IWebPartComposition<EnquiryReportRepositoryOptions, EnquiryReportRootProps> {
  const { properties, lists } = input;
  return {
    repositoryOptions: {},
    rootProps: {
      title: shownTitle(properties.title, 'enquiryReport'),
      listsSite: lists.listsSite,
      requestEvents: lists.requestEvents,
      // The council's settings (HubSettings) decide; the page's nation counts only where they name none.
      fallbackNation: nationFrom(properties.nation)
    }
  };
}

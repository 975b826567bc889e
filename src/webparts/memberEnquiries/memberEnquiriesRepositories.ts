import { EnquiryFormRepository } from '../../data/EnquiryFormRepository';
import { EnquiryRepository } from '../../data/EnquiryRepository';
import type { SPFI } from '../../data/pnp';
import type { IMemberEnquiriesRepositories } from './components/MemberEnquiries';
import type { IMemberEnquiriesRepositoryOptions } from './memberEnquiriesComposition';

/** The enquiries and the form's data, over one connection to the lists' site. */
export function createMemberEnquiriesRepositories(sp: SPFI, options: IMemberEnquiriesRepositoryOptions): IMemberEnquiriesRepositories {
  return {
    enquiries: new EnquiryRepository(sp, options.listsWebServerRelativeUrl),
    form: new EnquiryFormRepository(sp)
  };
}

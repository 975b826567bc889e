import { EnquiryFormRepository } from '../../data/EnquiryFormRepository';
import { EnquiryRepository } from '../../data/EnquiryRepository';
import { localStorageOrMemory } from '../../data/enquiryDraftStore';
import type { SPFI } from '../../data/pnp';
import type { IMemberEnquiriesRepositories } from './components/MemberEnquiries';
import type { IMemberEnquiriesRepositoryOptions } from './memberEnquiriesComposition';

/**
 * The enquiries and the form's data, over one connection to the lists' site. The member's user id on that site
 * is kept in localStorage (docs/privacy.md § Browser storage), so "My enquiries" is one round trip on a later visit.
 * Its list is read as soon as the repositories exist.
 */
export function createMemberEnquiriesRepositories(sp: SPFI, options: IMemberEnquiriesRepositoryOptions): IMemberEnquiriesRepositories {
  const enquiries = new EnquiryRepository(sp, options.listsWebServerRelativeUrl, localStorageOrMemory(), options.knownUserId);
  // The view's first read, sent before the view is drawn rather than after (its first render is tens of milliseconds).
  enquiries.prefetchMine();
  return { enquiries, form: new EnquiryFormRepository(sp) };
}

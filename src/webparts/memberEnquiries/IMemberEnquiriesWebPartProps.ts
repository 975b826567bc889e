import type { UkNation } from '../../model/enquiries/ukNation';

/** Properties an editor sets in the property pane; stored with the page. */
export interface IMemberEnquiriesWebPartProps {
  title: string;
  /** Absolute URL of the site holding the lists; empty means this site. */
  listsSiteUrl: string;
  /** Whose bank holidays the due dates shown before sending leave out. */
  nation: UkNation;
}

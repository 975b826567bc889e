import type { OfficerDirectoryTab } from './components/officerDirectoryUrlState';
import type { OfficerDirectoryListTitleProperties } from './officerDirectoryComposition';

/**
 * Properties an editor sets in the property pane; stored with the page. `listTitleOfficers` and
 * `listTitleServices` name the lists where a site titles them differently (blank: the provisioned list).
 */
export interface IOfficerDirectoryWebPartProps extends OfficerDirectoryListTitleProperties {
  title: string;
  /** Absolute URL of the site holding the lists; empty means this site. */
  listsSiteUrl: string;
  /** Which view opens first, e.g. "ask" for a members' Teams tab. */
  startTab: OfficerDirectoryTab;
  /** Address of the page with the ward contact sheet, linked from the directory; empty for no link. */
  wardSheetPageUrl?: string;
  /**
   * Address of the page with Member enquiries: a service that takes enquiries offers "Raise an enquiry with <service>"
   * there, with the service chosen. Set it where members (and Democratic Services) use the directory; empty for no link.
   */
  enquiriesPageUrl?: string;
  /** The council's member/officer protocol on the tenant; blank: no link. */
  protocolUrl?: string;
}

import type { OfficerDirectoryTab } from './components/officerDirectoryUrlState';

/** Properties an editor sets in the property pane; stored with the page. */
export interface IOfficerDirectoryWebPartProps {
  title: string;
  /** Absolute URL of the site holding the lists; empty means this site. */
  listsSiteUrl: string;
  /** Which view opens first, e.g. "ask" for a members' Teams tab. */
  startTab: OfficerDirectoryTab;
}

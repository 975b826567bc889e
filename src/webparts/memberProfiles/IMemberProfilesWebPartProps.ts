import type { DirectoryLayout } from './components/directoryUrlState';
import type { FilterVisibilityProperties, MemberProfilesListTitleProperties } from './memberProfilesComposition';

/** Properties an editor sets in the property pane; stored with the page. */
export interface IMemberProfilesWebPartProps extends MemberProfilesListTitleProperties, FilterVisibilityProperties {
  title: string;
  /** Absolute URL of the site holding the lists; empty means "resolve it for me". */
  listsSiteUrl: string;
  defaultView: DirectoryLayout;
  /** Put before the directory's address parameters when two copies share a page; empty for none. */
  urlStatePrefix?: string;
  /** Address of the page with the ward contact sheet, linked from each member's ward; empty for no link. */
  wardSheetPageUrl?: string;
}

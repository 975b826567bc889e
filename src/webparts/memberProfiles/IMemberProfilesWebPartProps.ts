import type { DirectoryLayout } from './components/directoryUrlState';

/** Properties an editor sets in the property pane; stored with the page. */
export interface IMemberProfilesWebPartProps {
  title: string;
  /** Absolute URL of the site holding the lists; empty means "resolve it for me". */
  listsSiteUrl: string;
  defaultView: DirectoryLayout;
}

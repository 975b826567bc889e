/** Properties an editor sets in the property pane; stored with the page. */
export interface IServiceEnquiriesWebPartProps {
  title: string;
  /** Absolute URL of the site holding the lists; empty means this site. */
  listsSiteUrl: string;
}

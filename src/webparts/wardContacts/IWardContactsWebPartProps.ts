/** Properties an editor sets in the property pane; stored with the page. */
export interface IWardContactsWebPartProps {
  title: string;
  /** Absolute URL of the site holding the lists; empty means this site. */
  listsSiteUrl: string;
  /** The council's name, written into the contact cards (ORG); empty leaves it out. */
  councilName: string;
  /** Address of the page with the Member enquiries web part: the sheet links to it with ?ward=; empty: no link. */
  enquiriesPageUrl?: string;
}

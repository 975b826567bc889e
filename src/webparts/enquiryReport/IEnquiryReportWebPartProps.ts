/** Properties an editor sets in the property pane; stored with the page. */
export interface IEnquiryReportWebPartProps {
  title: string;
  /** Absolute URL of the site holding the lists; empty means "resolve it for me". */
  listsSiteUrl: string;
  /**
   * Whose bank holidays are not working days (england-and-wales, scotland or northern-ireland) when the
   * council's settings (HubSettings) name no nation: a site not yet upgraded, or the column left empty.
   */
  nation: string;
}

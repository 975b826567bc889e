/** What every web part says alike: settings it shares, loading and retrying, and why data could not be read. */
declare interface ICommonStrings {
  BasicGroupName: string;
  TitleFieldLabel: string;
  ListsSiteUrlFieldLabel: string;
  ListsSiteUrlFieldDescription: string;
  ListNamesGroupName: string;
  /** {0}: the provisioned list's title. */
  ListNameFieldDescription: string;
  /** {0}: the attempt number. */
  RetryingMessage: string;
  /** {0} list, {1} site */
  ErrorListNotFound: string;
  /** {0} site */
  ErrorSiteNotFound: string;
  /** {0} list, {1} site, {2} column */
  ErrorColumnNotFound: string;
  /** {0} list, {1} site */
  ErrorAccessDenied: string;
  ErrorThrottled: string;
  /** {0} list */
  ErrorOverThreshold: string;
  ErrorConflict: string;
  ErrorNetwork: string;
  /** {0} the web part's lists site setting, {1} the origin it must be on */
  ErrorListsSiteRefusedWebPart: string;
  /** {0} the tenant property's value, {1} the origin it must be on */
  ErrorListsSiteRefusedTenant: string;
  /** {0} technical detail */
  ErrorUnknown: string;
  SomeList: string;
  RetryButton: string;
  ListsSiteFromWebPart: string;
  ListsSiteFromTenant: string;
  ListsSiteFromCurrentSite: string;
  /** {0} the setting's value */
  IgnoredWebPartSiteSetting: string;
  /** {0} the setting's value */
  IgnoredTenantSiteSetting: string;
  /** While a part of the view that loads on demand (a profile, a tab) arrives. */
  PartLoading: string;
  PartLoadFailedHeading: string;
  PartLoadFailedMessage: string;
  CloseButton: string;
  /** A view shows its browser copy and could not check it (SavedCopyNotice). {0} time saved today. */
  SavedCopyShownAt: string;
  /** {0} date, {1} time the copy was saved, another day. */
  SavedCopyShownOn: string;
  /** A copy kept before times were recorded. */
  SavedCopyShownUndated: string;
  /** {0} why the check failed (one of the Error… texts). */
  SavedCopyNotChecked: string;
  /** While Try again checks again. */
  SavedCopyChecking: string;
  /** The button in a search box that empties it. */
  ClearSearchButton: string;
  /** The heading a web part is added with (src/webparts/shared/shownTitle.ts), in the reader's language. */
  AddedTitleMemberProfiles: string;
  AddedTitleOfficerDirectory: string;
  AddedTitleMemberBriefings: string;
  AddedTitleWardContacts: string;
  AddedTitleMemberEnquiries: string;
  AddedTitleServiceEnquiries: string;
  AddedTitleEnquiryReport: string;
  AddedTitleDirectoryHealth: string;
}

declare module 'CommonStrings' {
  const strings: ICommonStrings;
  export = strings;
}

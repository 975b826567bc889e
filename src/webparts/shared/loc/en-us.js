define([], function () {
  return {
    BasicGroupName: 'Settings',
    TitleFieldLabel: 'Heading',
    ListsSiteUrlFieldLabel: 'Site that holds the lists',
    ListsSiteUrlFieldDescription: 'Leave empty to use the tenant setting MemberOfficerHubSiteUrl, or else this site.',
    ListNamesGroupName: 'List names',
    ListNameFieldDescription: "Leave empty to use the app's list, '{0}'.",
    RetryingMessage: 'SharePoint is busy, so this is taking longer than usual. Still trying (attempt {0})…',
    ErrorListNotFound: "The list '{0}' was not found on {1}.",
    ErrorSiteNotFound: 'There is no site at {0}.',
    ErrorColumnNotFound: "The list '{0}' on {1} has no column '{2}'. It may have been renamed or deleted: ask your SharePoint administrator to add the Member–Officer Hub app again to restore it.",
    ErrorAccessDenied: "You don't have permission to read the list '{0}' on {1}. Ask Democratic Services or your SharePoint administrator for read access.",
    ErrorThrottled: 'SharePoint is very busy and asked us to slow down, and it is still busy. Wait a minute, then try again.',
    ErrorOverThreshold: "The list '{0}' is too large to read this way. Ask your SharePoint administrator to check the app's indexed columns.",
    ErrorConflict: 'Someone else changed this at the same time. Try again to see the latest version.',
    ErrorNetwork: "We couldn't reach SharePoint. Check your connection, then try again.",
    ErrorListsSiteRefusedWebPart:
      "This web part's 'Site that holds the lists' setting is {0}, which is not a site of this organisation's SharePoint ({1}), so nothing is read from it. Ask an editor of this page to set it to a site on {1}, or to leave it empty.",
    ErrorListsSiteRefusedTenant:
      "The tenant setting MemberOfficerHubSiteUrl is {0}, which is not a site of this organisation's SharePoint ({1}), so nothing is read from it. Ask your SharePoint administrator to set it to the site on {1} that holds the Member–Officer Hub lists.",
    ErrorUnknown: 'Something unexpected went wrong. Try again; if it keeps happening, tell your SharePoint administrator: {0}',
    SomeList: 'one of the lists',
    RetryButton: 'Try again',
    ListsSiteFromWebPart: "This is the site set in the web part's 'Site that holds the lists' setting: ask an editor of this page to correct it.",
    ListsSiteFromTenant: 'This is the site set in the tenant property MemberOfficerHubSiteUrl: ask your SharePoint administrator to correct it, or to add the Member–Officer Hub app to that site.',
    ListsSiteFromCurrentSite: "Neither the web part's 'Site that holds the lists' setting nor the tenant property MemberOfficerHubSiteUrl is set, so this site was used. Ask an editor of this page to set the web part setting, or your SharePoint administrator to set MemberOfficerHubSiteUrl to the site that holds the lists.",
    IgnoredWebPartSiteSetting: "This web part's 'Site that holds the lists' setting ({0}) is not a site address, so it was ignored. Ask an editor of this page to correct it.",
    IgnoredTenantSiteSetting: 'The tenant setting MemberOfficerHubSiteUrl ({0}) is not a site address, so it was ignored. Ask your SharePoint administrator to correct it.',
    PartLoading: 'Loading…',
    PartLoadFailedHeading: "This part of the page couldn't be loaded",
    PartLoadFailedMessage: 'Check your connection, then try again. If it keeps happening, tell your SharePoint administrator.',
    CloseButton: 'Close',
    ClearSearchButton: 'Clear search'
  };
});

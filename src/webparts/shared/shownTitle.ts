import * as strings from 'CommonStrings';

/**
 * The heading each web part is added with: its manifest's preconfigured `title` property, which SharePoint stores
 * on the page (and Teams uses as is, having no property pane) in English. tests/webparts/shared/shownTitle.test.ts
 * keeps these equal to the manifests.
 */
export const ADDED_TITLES = {
  memberProfiles: 'Councillors',
  officerDirectory: 'Officer directory',
  memberBriefings: 'Member briefing',
  wardContacts: 'Ward contact sheet',
  memberEnquiries: 'My enquiries',
  serviceEnquiries: 'Service enquiries',
  enquiryReport: 'Enquiries report',
  directoryHealth: 'Directory health'
} as const;

export type TitledWebPart = keyof typeof ADDED_TITLES;

const IN_READERS_LANGUAGE: Readonly<Record<TitledWebPart, string>> = {
  memberProfiles: strings.AddedTitleMemberProfiles,
  officerDirectory: strings.AddedTitleOfficerDirectory,
  memberBriefings: strings.AddedTitleMemberBriefings,
  wardContacts: strings.AddedTitleWardContacts,
  memberEnquiries: strings.AddedTitleMemberEnquiries,
  serviceEnquiries: strings.AddedTitleServiceEnquiries,
  enquiryReport: strings.AddedTitleEnquiryReport,
  directoryHealth: strings.AddedTitleDirectoryHealth
};

/**
 * The heading a web part shows: an editor's own heading as they wrote it; the heading it was added with, or none,
 * in the reader's language (a Welsh reader in Teams would otherwise see the stored English).
 */
export function shownTitle(stored: string | undefined, webPart: TitledWebPart): string {
  const title = stored?.trim();
  return !title || title === ADDED_TITLES[webPart] ? IN_READERS_LANGUAGE[webPart] : title;
}

import { IListDefinition } from '../types';

/** What the council calls its electoral areas, as admins choose it in the settings list. */
export const WARD_WORDS = ['Ward', 'Division'] as const;

/** The council's nation as an admin picks it; Wales shares England's bank holidays (ukNation.ts). */
export const ENQUIRY_NATION_CHOICES = ['England', 'Wales', 'Scotland', 'Northern Ireland'] as const;

/** Range an admin may type for each enquiry target, in working days (blank: the default). */
export const ACKNOWLEDGE_TARGET_RANGE = { min: 1, max: 30 } as const;
export const RESPOND_TARGET_RANGE = { min: 1, max: 60 } as const;

/**
 * One item of council-wide settings that a Teams personal app (which has no property pane) and
 * every page read: the pre-election period, the word for a ward, the member/officer protocol and
 * the briefings contact, and the enquiry settings (nation and targets; closure days have their own
 * list, EnquiryClosureDays). Typed columns rather than key/value rows, so SharePoint's own form gives
 * date pickers, a choice and a link field, and column validation refuses a bad email. Readable by
 * everyone who reads the site, like every list: nothing private belongs here (docs/settings.md). Only the
 * site's owners edit it (tools/deploy/settingsLists.ts, docs/enquiries-permissions.md § Who can change the targets).
 */
export const hubSettings: IListDefinition = {
  key: 'HubSettings',
  title: 'HubSettings',
  description: 'Council-wide settings for the Member–Officer Hub (one item: the first is used). Everyone who can read this site can read them.',
  id: '2332d63a-2731-4abf-b237-ce700d97ff5c',
  titleDisplayName: 'Settings name',
  titleRequired: false,
  contentApproval: false,
  versioning: true,
  expectedItems: 1,
  queriedBy: [],
  fields: [
    { internalName: 'PreElectionStart', displayName: 'Pre-election period: first day', type: 'DateTime', dateOnly: true, id: '859d7185-bbd7-4186-b90a-0138ed054b60', description: 'The day the notice of election is published. Leave both dates empty when no election is coming.' },
    { internalName: 'PreElectionEnd', displayName: 'Pre-election period: polling day', type: 'DateTime', dateOnly: true, id: 'ce8d13c9-15cf-40de-a1ac-238e4cc7f88c', description: 'Polling day, the last day of the period.' },
    { internalName: 'WardWord', displayName: 'The council’s areas are called', type: 'Choice', choices: WARD_WORDS, defaultValue: 'Ward', id: 'a1d7a4b9-2f95-4893-93cb-59eb6e1411bc', description: 'Wards (districts, boroughs, unitaries) or divisions (counties).' },
    { internalName: 'ProtocolUrl', displayName: 'Member/officer protocol', type: 'URL', id: '20f96bbc-ba25-482e-91b4-e63f5db41e84', description: 'Link to the member/officer protocol on this SharePoint (https).' },
    { internalName: 'BriefingsContactName', displayName: 'Briefings contact: name', type: 'Text', maxLength: 255, id: '8dfa34a5-8876-43e9-8ec3-8347c9483354', personalData: true, description: 'Who members contact about the briefings: a team (best) or a named officer.' },
    { internalName: 'BriefingsContactEmail', displayName: 'Briefings contact: email', type: 'Text', maxLength: 255, id: '721611fb-127f-43bd-8089-e103129d7c8f', personalData: true, validation: 'email', description: 'A work address, ideally a team mailbox such as member.briefings@council.gov.uk.' },
    { internalName: 'EnquiryNation', displayName: 'Enquiries: bank holidays of', type: 'Choice', choices: ENQUIRY_NATION_CHOICES, id: '6182adf5-1d95-4a73-90a4-1089df4cf0ac', description: 'Whose bank holidays are not working days when enquiry due dates are worked out. Wales shares England\'s bank holidays.' },
    { internalName: 'EnquiryAcknowledgeDays', displayName: 'Enquiries: acknowledge within (working days)', type: 'Number', min: ACKNOWLEDGE_TARGET_RANGE.min, max: ACKNOWLEDGE_TARGET_RANGE.max, decimals: 0, id: '538b4684-8b97-4f38-b053-749327f0c996', description: 'Leave empty for the default: by the end of the next working day (1).' },
    { internalName: 'EnquiryRespondDays', displayName: 'Enquiries: respond within (working days)', type: 'Number', min: RESPOND_TARGET_RANGE.min, max: RESPOND_TARGET_RANGE.max, decimals: 0, id: '660d4413-3b3b-4ea8-a0c4-9c783fa5ae61', description: 'Leave empty for the default: 10 working days.' }
  ],
  validation: { kind: 'dateOrder', earlier: 'PreElectionStart', later: 'PreElectionEnd', sameDayAllowed: true }
};

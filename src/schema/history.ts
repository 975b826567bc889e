/**
 * The schema's history: what each version of the provisioning feature added to the lists of a
 * site that installed an earlier version. `src/schema/lists` says what the lists are now; this
 * file says only how to get there from a released version. The feature's upgrade actions are
 * generated from it (provisioning/upgradeActions.ts), and a test fails when the schema differs
 * from the last released snapshot (tools/provisioning/releases/) in anything the pending steps
 * do not record. How to add a step: docs/upgrades.md.
 */
import type { ListKey } from './types';

/** Columns, indexes or views of existing lists, by list. */
export type PerList = Readonly<Partial<Record<ListKey, readonly string[]>>>;

export interface ISchemaStep {
  /** Feature version that brings the step, four parts (`1.1.0.0`), above every earlier step. */
  readonly version: string;
  /** One line for admins and the release note. */
  readonly summary: string;
  /** New lists, created with all their columns, indexes and views. */
  readonly lists?: readonly ListKey[];
  /** New columns (internal names) on lists an earlier version created. */
  readonly fields?: PerList;
  /** Columns of earlier lists that become indexed (new columns that are indexed too). */
  readonly indexes?: PerList;
  /** New views (their page, e.g. `Former.aspx`) on lists an earlier version created. */
  readonly views?: PerList;
  /**
   * Columns of earlier lists whose definition changed: whether SharePoint requires a value, or the
   * validation rule. Element manifests cannot change an existing list's column, so `npm run deploy`
   * sets these columns' current definition on the site (docs/upgrades.md).
   */
  readonly changed?: PerList;
  /**
   * Columns the product no longer uses. Nothing is deleted: the column stays on sites that have
   * it until an admin empties and deletes it (docs/upgrades.md, "Retiring a column").
   */
  readonly retired?: PerList;
}

/** The version every council installed first: app 1.0.0.0, feature 1.0.0.0. */
export const BASELINE_VERSION = '1.0.0.0';

/** Oldest first. Each step is a small data entry; see docs/upgrades.md. */
export const SCHEMA_STEPS: readonly ISchemaStep[] = [
  {
    version: '1.1.0.0',
    summary:
      'Members: published phone and published contact or surgery address added; the private home address, personal phone and their consent flags retired (Directory health says how to empty and delete them).',
    fields: { Members: ['PublicPhone', 'PublicAddress'] },
    retired: { Members: ['PersonalPhone', 'ShowPersonalPhone', 'HomeAddress', 'ShowHomeAddress'] }
  },
  {
    version: '1.2.0.0',
    summary:
      'Briefing receipts: a new BriefingReceipts list (members mark a week read and acknowledge items; each sees only their own), and "Needs acknowledgement" on briefing items. Briefing items: optional Welsh headline and body, shown first to readers whose language is Welsh. HubSettings list added: council-wide settings (pre-election period, ward or division, member/officer protocol link, briefings contact) that the Teams personal app and every page read. Officers: statutory officer role (Head of Paid Service, Chief Finance Officer, Monitoring Officer). Members: member type (councillor, co-opted member, independent person). Wards: number of seats.',
    lists: ['BriefingReceipts', 'HubSettings'],
    fields: { BriefingItems: ['NeedsAcknowledgement', 'HeadlineWelsh', 'BodyWelsh'], Officers: ['StatutoryRole'], Members: ['MemberType'], Wards: ['Seats'] }
  },
  {
    version: '1.3.0.0',
    summary:
      'Member enquiries: new Enquiries and EnquiryUpdates lists (folders per member and service with unique permissions, docs/enquiries-permissions.md); Services: takes members\' enquiries, enquiry officers group.',
    lists: ['Enquiries', 'EnquiryUpdates'],
    fields: { Services: ['TakesEnquiries', 'EnquiryGroup'] }
  },
  {
    version: '1.4.0.0',
    summary:
      'Columns that changed after sites installed them are set to their current definition: Members\' Ward is no longer required (co-opted members and independent persons have none; changed in 1.2.0.0), and the email columns of Members, Officers and Services take the stricter one-address rule (changed after 1.0.0.0). Enquiries: the Closed date is indexed, so a service reads the enquiries it closed recently (and may reopen) within the list view threshold. Enquiry settings: HubSettings gains the council\'s nation and its acknowledgement and response targets; a new EnquiryClosureDays list holds the days the offices close besides bank holidays.',
    lists: ['EnquiryClosureDays'],
    fields: { HubSettings: ['EnquiryNation', 'EnquiryAcknowledgeDays', 'EnquiryRespondDays'] },
    indexes: { Enquiries: ['ClosedDate'] },
    changed: { Members: ['Ward', 'Email'], Officers: ['Email'], Services: ['ServiceEmail'] }
  }
];

/**
 * The vocabulary of the list schema. Every list the product provisions, queries,
 * emulates or seeds is described with these types, in this folder only.
 */

/** Keys of the lists the product provisions; also the list titles and URL segments. */
export type ListKey =
  | 'Wards'
  | 'Parties'
  | 'Members'
  | 'Committees'
  | 'CommitteeMemberships'
  | 'Services'
  | 'Officers'
  | 'Briefings'
  | 'BriefingItems'
  | 'BriefingReceipts'
  | 'HubSettings'
  | 'Enquiries'
  | 'EnquiryUpdates'
  | 'EnquiryClosureDays';

import type { DateRuleKind, ListRule, TextRuleKind } from './validation';
import type { IColumnFormatter } from './columnFormatting';

interface IFieldBase {
  /** SharePoint internal (static) name; never changes once deployed. */
  readonly internalName: string;
  /** Column name admins see, in UK English. */
  readonly displayName: string;
  /** Stable field id (GUID without braces); part of the deployed contract. */
  readonly id: string;
  readonly description?: string;
  readonly required?: boolean;
  /** Creates a column index so threshold-safe queries can filter on it. */
  readonly indexed?: boolean;
  /** Enforces unique values (SharePoint requires the column to be indexed too). */
  readonly unique?: boolean;
  /** Column formatting from ./columnFormatting, shown in every list view of the column. */
  readonly formatter?: IColumnFormatter;
  /**
   * Holds personal data (UK GDPR Art. 4(1)): anything about an identifiable person, such as a
   * name, contact detail, photograph, person column, role or free text about them. Every such
   * column is listed in docs/privacy.md (a test checks it).
   */
  readonly personalData?: boolean;
}

export interface ITextField extends IFieldBase {
  readonly type: 'Text';
  readonly maxLength?: number;
  /** Column validation from ./validation, enforced by SharePoint's forms and the importer. */
  readonly validation?: TextRuleKind;
}

export interface INoteField extends IFieldBase {
  readonly type: 'Note';
  /** Rich text is HTML and must pass the sanitiser before it is rendered. */
  readonly richText: boolean;
  readonly lines?: number;
}

export interface IChoiceField extends IFieldBase {
  readonly type: 'Choice' | 'MultiChoice';
  readonly choices: readonly string[];
  /** Lets admins type a value that is not in the list of choices. */
  readonly fillIn?: boolean;
  readonly defaultValue?: string;
}

export interface IBooleanField extends IFieldBase {
  readonly type: 'Boolean';
  readonly defaultValue: boolean;
}

export interface IDateField extends IFieldBase {
  readonly type: 'DateTime';
  /** Date only (no time of day); SharePoint still returns an ISO UTC instant. */
  readonly dateOnly: boolean;
  /** Column validation from ./validation, enforced by SharePoint's forms and the importer. */
  readonly validation?: DateRuleKind;
}

export interface INumberField extends IFieldBase {
  readonly type: 'Number';
  readonly min?: number;
  readonly max?: number;
  readonly decimals?: number;
}

export interface IUrlField extends IFieldBase {
  readonly type: 'URL';
}

/** The modern "Image" column (SharePoint field type Thumbnail). */
export interface IImageField extends IFieldBase {
  readonly type: 'Image';
}

export interface IUserField extends IFieldBase {
  readonly type: 'User';
}

export interface ILookupField extends IFieldBase {
  readonly type: 'Lookup' | 'LookupMulti';
  readonly target: ListKey;
  /** Field of the target list shown in the lookup; always Title here. */
  readonly showField: 'Title';
  /**
   * Further columns of the chosen item shown beside the lookup (SharePoint's dependent lookup
   * columns): read-only, kept up to date by SharePoint, for list views only. Queries read the
   * same values by projection (`Party/Colour`), so they are not in `fields`.
   */
  readonly projections?: readonly ILookupProjection[];
}

export interface ILookupProjection {
  readonly internalName: string;
  readonly displayName: string;
  readonly id: string;
  /** A single line of text, number or date column of the target list. */
  readonly showField: string;
  readonly formatter?: IColumnFormatter;
}

export type FieldDefinition =
  | ITextField
  | INoteField
  | IChoiceField
  | IBooleanField
  | IDateField
  | INumberField
  | IUrlField
  | IImageField
  | IUserField
  | ILookupField;

export type FieldType = FieldDefinition['type'];

export interface IListDefinition {
  readonly key: ListKey;
  /** List title; also its URL: Lists/<key>. */
  readonly title: string;
  readonly description: string;
  /** Stable list id used by the provisioning feature and content type. */
  readonly id: string;
  /** Display name of the built-in Title column for this list. */
  readonly titleDisplayName: string;
  /** False where the Title column is informational only. */
  readonly titleRequired: boolean;
  /** The built-in Title column holds personal data (a person's name, or free text about people). */
  readonly titlePersonalData?: boolean;
  /** Content approval: drafts and pending items are hidden from readers. */
  readonly contentApproval: boolean;
  readonly versioning: boolean;
  /** Size the product is designed for at a large county; over 5,000 means threshold-safe queries only. */
  readonly expectedItems: number;
  /** Columns the product's queries filter on; each must be indexed when the list is large. */
  readonly queriedBy: readonly string[];
  readonly fields: readonly FieldDefinition[];
  /** The list's validation formula across columns (SharePoint allows one per list). */
  readonly validation?: ListRule;
  /**
   * SharePoint's item-level permissions (the List element's ReadSecurity/WriteSecurity, SP.List
   * readSecurity/writeSecurity): 'own' is 2 — each item is read, or edited and deleted, only by
   * the person who created it and by people who may override list behaviours (site owners).
   * Absent means 1, no restriction.
   */
  readonly itemLevelSecurity?: { readonly read: ItemAccess; readonly write: ItemAccess };
  /**
   * People who can only read the site may add items here: the deployment breaks the list's
   * permission inheritance and gives the site's visitors Contribute on it (README, deployment).
   */
  readonly readersMayAdd?: boolean;
  /**
   * Items live in folders with unique permissions (the List element's FolderCreation TRUE); the
   * deployment creates the folders and their role assignments (docs/enquiries-permissions.md).
   */
  readonly permissionFolders?: boolean;
}

/** Whose items a person may read or write in a list with item-level permissions. */
export type ItemAccess = 'all' | 'own';

/** SharePoint's values for ReadSecurity/WriteSecurity: 1 all items, 2 only the person's own. */
export function itemSecurityValue(access: ItemAccess | undefined): 1 | 2 {
  return access === 'own' ? 2 : 1;
}

/** SharePoint Online's list view threshold. */
export const LIST_VIEW_THRESHOLD = 5000;

/** SharePoint Online's limit on lookup, person and workflow-status columns in one query. */
export const LOOKUP_COLUMN_LIMIT = 12;

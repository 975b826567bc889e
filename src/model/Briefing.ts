/** Domain types of weekly member briefings, as the views use them. */

/**
 * Where an item stands in SharePoint's content approval. Readers only ever receive 'approved'
 * items (SharePoint withholds the rest); editors and approvers also receive the others, so a
 * view can label them.
 */
export type ApprovalStatus = 'approved' | 'rejected' | 'pending' | 'draft';

export interface IBriefing {
  readonly id: number;
  readonly title: string;
  /** The Monday the briefing is for, as a UK calendar date (YYYY-MM-DD). */
  readonly weekCommencing: string;
  readonly summary?: string;
  /** Absent when SharePoint did not say (e.g. a list without content approval). */
  readonly approval?: ApprovalStatus;
}

export interface IBriefingItem {
  readonly id: number;
  readonly briefingId: number;
  readonly title: string;
  /** Raw HTML from the list: render only through the sanitiser. */
  readonly bodyHtml?: string;
  /** The optional Welsh headline; the item has a Welsh version when it is set. */
  readonly titleWelsh?: string;
  /** The Welsh version's raw HTML: render only through the sanitiser. */
  readonly bodyHtmlWelsh?: string;
  readonly category: string;
  readonly service?: { readonly id: number; readonly name: string };
  /** Empty means the item affects all wards. */
  readonly wards: readonly { readonly id: number; readonly name: string }[];
  readonly contactOfficer?: {
    readonly id: number;
    readonly name: string;
    readonly email?: string;
  };
  readonly isConfidential: boolean;
  /** Members are asked to acknowledge the item (BriefingReceipts). */
  readonly needsAcknowledgement?: boolean;
  readonly sortOrder?: number;
  /** Absent when SharePoint did not say (e.g. a list without content approval). */
  readonly approval?: ApprovalStatus;
}

export interface IWeeklyBriefing {
  /** Absent when no approved briefing exists for the week yet. */
  readonly briefing?: IBriefing;
  readonly items: readonly IBriefingItem[];
}

/** The member a signed-in account belongs to, for "Affecting your ward". */
export interface IBriefingReader {
  readonly memberId: number;
  readonly name: string;
  readonly ward?: { readonly id: number; readonly name: string };
}

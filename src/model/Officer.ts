/** Domain types of the officer directory, as the views use them (no SharePoint shapes here). */
import type { StatutoryRole } from '../schema';

export interface IService {
  readonly id: number;
  readonly name: string;
  /** Stable key used by imports. */
  readonly code?: string;
  readonly directorate: string;
  /** Raw HTML from the list: render only through the sanitiser. */
  readonly howToContactHtml?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly webPageUrl?: string;
  /** Words members might use for the service: "potholes", "bins". */
  readonly keywords: readonly string[];
  /**
   * Members can raise enquiries with it (Services.TakesEnquiries, schema 1.3.0.0). Absent means no: also on a site
   * still on an older schema, which has no such column.
   */
  readonly takesEnquiries?: true;
}

/**
 * The slim projection of an officer: what the directory reads for every officer (20,000 rows, so
 * every field costs bytes on the wire), searches in memory and shows in a result row. Name, job
 * title, service, team and location are searched; the work email lets a row, or a profile still
 * loading, offer email and Teams chat at once.
 */
export interface IOfficer {
  readonly id: number;
  readonly name: string;
  readonly jobTitle?: string;
  readonly serviceId?: number;
  readonly team?: string;
  readonly email?: string;
  readonly location?: string;
  /** Sign-in address of the officer's Microsoft 365 account, for Teams chat. */
  readonly accountEmail?: string;
  readonly isLiaisonOfficer: boolean;
  /** Head of Paid Service, Chief Finance Officer (s151) or Monitoring Officer; undefined for everyone else. */
  readonly statutoryRole?: StatutoryRole;
}

/**
 * An officer's full record, read one officer at a time when their profile opens: what the slim
 * projection leaves out. Calls, "copy details" and the vCard need the phone, so they use this.
 */
export interface IOfficerProfile extends IOfficer {
  readonly phone?: string;
  /** The list's Photo column; without one, the officer's initials are shown. */
  readonly photoUrl?: string;
  readonly lastReviewed?: Date;
  /** Raw HTML from the list: render only through the sanitiser. */
  readonly liaisonProfileHtml?: string;
}

/** What the officer directory searches: every officer (slim) and every service. */
export interface IOfficerDirectory {
  readonly officers: readonly IOfficer[];
  readonly services: readonly IService[];
  /** When this copy was read from SharePoint. */
  readonly loadedAt: Date;
  /** Whether this copy came from the browser cache (revalidated) or from SharePoint now. */
  readonly source: 'network' | 'cache';
}

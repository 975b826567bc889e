/** Domain types of the officer directory, as the views use them (no SharePoint shapes here). */

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
}

/** The slim projection of an officer that the directory searches in memory. */
export interface IOfficer {
  readonly id: number;
  readonly name: string;
  readonly jobTitle?: string;
  readonly serviceId?: number;
  readonly team?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly location?: string;
  readonly photoUrl?: string;
  /** Sign-in address of the officer's Microsoft 365 account, for Teams chat. */
  readonly accountEmail?: string;
  readonly isLiaisonOfficer: boolean;
  readonly lastReviewed?: Date;
}

/** An officer with the details only a profile shows. */
export interface IOfficerProfile extends IOfficer {
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

/** Domain types of member profiles, as the views use them (no SharePoint shapes here). */

export type PreferredContactMethod = 'Email' | 'Phone' | 'Teams' | 'In person';

/** Only a councillor represents a ward; co-opted members and independent persons sit on committees. */
export type MemberType = 'Councillor' | 'Co-opted member' | 'Independent person';

export type MembershipRole = 'Chair' | 'Vice-Chair' | 'Member' | 'Substitute';

export interface IWard {
  readonly id: number;
  readonly name: string;
  readonly code?: string;
  readonly district?: string;
  /** How many councillors the ward elects; undefined when the list does not say (no vacancy is worked out). */
  readonly seats?: number;
}

export interface IParty {
  readonly id: number;
  readonly name: string;
  readonly shortName?: string;
  /** #rrggbb, validated; absent when the list holds no usable colour. */
  readonly colour?: string;
  readonly kind: 'Political party' | 'Political group';
}

export interface ICommittee {
  readonly id: number;
  readonly name: string;
  readonly type: string;
  readonly description?: string;
  readonly webPageUrl?: string;
  readonly isActive: boolean;
}

export interface ICommitteeMembership {
  readonly id: number;
  readonly memberId: number;
  readonly committeeId: number;
  readonly role: MembershipRole;
  readonly startDate?: Date;
  readonly endDate?: Date;
}

export interface IMember {
  readonly id: number;
  readonly displayName: string;
  readonly givenName?: string;
  readonly surname: string;
  readonly memberType: MemberType;
  /** Sign-in address of the member's Microsoft 365 account, used for Teams chat and recognising them. */
  readonly accountEmail?: string;
  readonly email?: string;
  readonly workPhone?: string;
  readonly mobilePhone?: string;
  /** A number the member agreed to publish; everyone who can read the hub sees it. */
  readonly publicPhone?: string;
  /** A contact or surgery address the member agreed to publish; everyone who can read the hub sees it. */
  readonly publicAddress?: string;
  readonly photoUrl?: string;
  readonly partyId?: number;
  readonly politicalGroupId?: number;
  readonly wardId?: number;
  readonly cabinetRole?: string;
  readonly portfolio?: string;
  readonly additionalRoles: readonly string[];
  readonly outsideAppointments: readonly string[];
  readonly skills: readonly string[];
  readonly interests: readonly string[];
  /** Raw HTML from the list: render only through the sanitiser. */
  readonly biographyHtml?: string;
  readonly preferredContact: PreferredContactMethod;
  readonly contactNotes?: string;
  readonly registerOfInterestsUrl?: string;
  readonly termStart?: Date;
  readonly termEnd?: Date;
  readonly isCurrent: boolean;
}

/** Committees and memberships not yet in the directory: still being read, or they could not be. */
export type CommitteesPending = { readonly status: 'loading' } | { readonly status: 'failed'; readonly error: unknown };

/** Everything the member profiles view needs. */
export interface IMemberDirectory {
  readonly members: readonly IMember[];
  readonly parties: readonly IParty[];
  readonly wards: readonly IWard[];
  readonly committees: readonly ICommittee[];
  readonly memberships: readonly ICommitteeMembership[];
  /**
   * Set while committees and memberships are empty because they arrive after the members (a first
   * visit draws the cards without waiting for them); absent once they are in.
   */
  readonly committeesPending?: CommitteesPending;
}

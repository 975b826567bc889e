import type { ListKey, StatutoryRole } from '../../schema';
import type { MemberType } from '../Member';
import type { IPrivateColumnFinding } from './privateColumns';

/**
 * What the directory health rules read: a plain projection of the lists, as the data layer
 * found them. Blank values stay blank (no column defaults filled in), because "missing" is
 * exactly what the rules look for.
 */

export interface IHealthMember {
  readonly id: number;
  readonly name: string;
  readonly email?: string;
  readonly workPhone?: string;
  readonly mobilePhone?: string;
  readonly hasPhoto: boolean;
  readonly partyId?: number;
  readonly wardId?: number;
  readonly skills: readonly string[];
  readonly interests: readonly string[];
  /** Undefined when the column is blank (SharePoint's form default does not count as a choice made). */
  readonly preferredContact?: string;
  /** Blank is a councillor (the column's default). */
  readonly memberType?: MemberType;
  readonly isCurrent: boolean;
}

export interface IHealthWard {
  readonly id: number;
  readonly name: string;
  /** Undefined when the list does not say how many councillors the ward elects. */
  readonly seats?: number;
}

export interface IHealthCommittee {
  readonly id: number;
  readonly name: string;
  readonly isActive: boolean;
}

export interface IHealthMembership {
  readonly id: number;
  /** Undefined when the item names no member. */
  readonly memberId?: number;
  /** Undefined when the item names no committee. */
  readonly committeeId?: number;
  /** Not yet ended (and started) on the day the data was read. */
  readonly isCurrent: boolean;
}

export interface IHealthOfficer {
  readonly id: number;
  readonly name: string;
  readonly email?: string;
  readonly serviceId?: number;
  readonly isLiaisonOfficer: boolean;
  readonly lastReviewed?: Date;
  /** Raw rich text; only its emptiness matters here. */
  readonly liaisonProfileHtml?: string;
  readonly statutoryRole?: StatutoryRole;
}

export interface IHealthService {
  readonly id: number;
  readonly name: string;
}

export interface IHealthBriefingItem {
  readonly id: number;
  readonly title: string;
  /** Undefined when blank or not one of the list's categories. */
  readonly category?: string;
}

/** Everything the rules look at, read together. */
export interface IHealthData {
  /** Columns left on the lists that hold private details (absent when they were not looked for). */
  readonly privateColumns?: readonly IPrivateColumnFinding[];
  readonly members: readonly IHealthMember[];
  /** Absent when the wards were not read (then no vacancy is looked for). */
  readonly wards?: readonly IHealthWard[];
  readonly committees: readonly IHealthCommittee[];
  readonly memberships: readonly IHealthMembership[];
  readonly officers: readonly IHealthOfficer[];
  readonly services: readonly IHealthService[];
  readonly briefingItems: readonly IHealthBriefingItem[];
}

/** The list item a finding is about: enough to name it and to open its edit form. */
export interface IItemRef {
  readonly list: ListKey;
  readonly id: number;
  readonly name: string;
}

import { briefingItemsWithoutCategory } from './briefingItemIntegrity';
import { duplicateEmails, IDuplicateEmail } from './duplicateEmails';
import type { IHealthData, IItemRef } from './healthData';
import { IMemberCompletenessReport, memberCompleteness } from './memberCompleteness';
import { IMembershipFinding, membershipIntegrity } from './membershipIntegrity';
import { IOfficerFreshnessReport, officerFreshness } from './officerFreshness';
import type { IPrivateColumnFinding } from './privateColumns';

export interface IDataIntegrityReport {
  readonly memberships: readonly IMembershipFinding[];
  readonly briefingItemsWithoutCategory: readonly IItemRef[];
  readonly duplicateEmails: readonly IDuplicateEmail[];
}

export interface IDirectoryHealthReport {
  /** Columns holding private details that an earlier version (or an admin) left on the lists: fix these first. */
  readonly privateColumns: readonly IPrivateColumnFinding[];
  readonly members: IMemberCompletenessReport;
  readonly officers: IOfficerFreshnessReport;
  readonly integrity: IDataIntegrityReport;
  /** Findings in all three sections together; 0 means nothing to fix. */
  readonly findings: number;
}

export interface IDirectoryHealthOptions {
  readonly today: Date;
  /** Officers not reviewed for longer than this are listed. */
  readonly reviewMonths?: number;
}

/** Every health rule over one reading of the lists. */
export function directoryHealthReport(data: IHealthData, options: IDirectoryHealthOptions): IDirectoryHealthReport {
  const members = memberCompleteness(data);
  const officers = officerFreshness(data, options.today, options.reviewMonths);
  const integrity: IDataIntegrityReport = {
    memberships: membershipIntegrity(data),
    briefingItemsWithoutCategory: briefingItemsWithoutCategory(data),
    duplicateEmails: duplicateEmails(data)
  };
  const privateColumns = data.privateColumns ?? [];
  const findings =
    privateColumns.length +
    members.incomplete.length +
    members.wardVacancies.length +
    officers.notReviewed.length +
    officers.withoutService.length +
    officers.servicesWithoutLiaisonOfficer.length +
    officers.liaisonOfficersWithoutProfile.length +
    officers.statutoryRolesUnset.length +
    integrity.memberships.length +
    integrity.briefingItemsWithoutCategory.length +
    integrity.duplicateEmails.length;
  return { privateColumns, members, officers, integrity, findings };
}

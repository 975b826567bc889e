import * as React from 'react';
import * as strings from 'DirectoryHealthWebPartStrings';
import type { IOfficerFreshnessReport } from '../../../model/health/officerFreshness';
import type { StatutoryRole } from '../../../schema';
import { formatLongDate } from '../../../ui/formatDate';
import { formatNumber } from '../../../ui/formatNumber';
import { formatText } from '../../../ui/formatText';
import { EditFormLink } from './EditFormLink';
import { FindingGroup } from './FindingGroup';
import { useHealthClasses } from './healthStyles';

const STATUTORY_ROLE_NAMES: Readonly<Record<StatutoryRole, string>> = {
  'Head of Paid Service': strings.StatutoryRoleHeadOfPaidService,
  'Chief Finance Officer (s151)': strings.StatutoryRoleChiefFinanceOfficer,
  'Monitoring Officer': strings.StatutoryRoleMonitoringOfficer
};

export function officerFindingCount(report: IOfficerFreshnessReport): number {
  return (
    report.notReviewed.length +
    report.withoutService.length +
    report.servicesWithoutLiaisonOfficer.length +
    report.liaisonOfficersWithoutProfile.length +
    report.statutoryRolesUnset.length
  );
}

/** Statutory roles no one holds, reviews due, officers outside any service, services without a CLO, CLOs without a profile. */
export function OfficerFreshnessSection(props: { readonly report: IOfficerFreshnessReport; readonly headingId: string }): JSX.Element {
  const classes = useHealthClasses();
  const { report } = props;
  return (
    <section className={classes.section} aria-labelledby={props.headingId}>
      <h3 id={props.headingId} className={classes.sectionHeading}>
        {formatText(strings.HeadingWithCount, strings.OfficersHeading, formatNumber(officerFindingCount(report)))}
      </h3>
      <FindingGroup
        heading={strings.StatutoryRolesUnsetHeading}
        hint={strings.StatutoryRolesUnsetHint}
        findings={report.statutoryRolesUnset}
        keyOf={(role) => role}
        renderFinding={(role) => STATUTORY_ROLE_NAMES[role]}
      />
      <FindingGroup
        heading={formatText(strings.NotReviewedHeading, report.reviewMonths)}
        findings={report.notReviewed}
        keyOf={(finding) => finding.officer.id}
        renderFinding={(finding) => (
          <>
            <EditFormLink item={finding.officer} />{' '}
            <span className={classes.detail}>
              {finding.lastReviewed ? formatText(strings.LastReviewedOn, formatLongDate(finding.lastReviewed)) : strings.NeverReviewed}
            </span>
          </>
        )}
      />
      <FindingGroup
        heading={strings.NoServiceHeading}
        findings={report.withoutService}
        keyOf={(finding) => finding.officer.id}
        renderFinding={(finding) => (
          <>
            <EditFormLink item={finding.officer} />{' '}
            <span className={classes.detail}>{finding.reason === 'deleted' ? strings.NoServiceDeleted : strings.NoServiceBlank}</span>
          </>
        )}
      />
      <FindingGroup
        heading={strings.ServicesWithoutLiaisonHeading}
        hint={strings.ServicesWithoutLiaisonHint}
        findings={report.servicesWithoutLiaisonOfficer}
        keyOf={(service) => service.id}
        renderFinding={(service) => <EditFormLink item={service} />}
      />
      <FindingGroup
        heading={strings.LiaisonWithoutProfileHeading}
        findings={report.liaisonOfficersWithoutProfile}
        keyOf={(officer) => officer.id}
        renderFinding={(officer) => <EditFormLink item={officer} />}
      />
    </section>
  );
}

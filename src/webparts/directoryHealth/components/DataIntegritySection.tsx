import * as React from 'react';
import * as strings from 'DirectoryHealthWebPartStrings';
import type { IDataIntegrityReport } from '../../../model/health/directoryHealthReport';
import type { MembershipProblem } from '../../../model/health/membershipIntegrity';
import { formatNumber } from '../../../ui/formatNumber';
import { formatText } from '../../../ui/formatText';
import { EditFormLink } from './EditFormLink';
import { FindingGroup } from './FindingGroup';
import { useHealthClasses } from './healthStyles';

const PROBLEM_TEXT: Readonly<Record<MembershipProblem, string>> = {
  noMember: strings.ProblemNoMember,
  deletedMember: strings.ProblemDeletedMember,
  formerMember: strings.ProblemFormerMember,
  noCommittee: strings.ProblemNoCommittee,
  deletedCommittee: strings.ProblemDeletedCommittee,
  inactiveCommittee: strings.ProblemInactiveCommittee
};

export function integrityFindingCount(report: IDataIntegrityReport): number {
  return report.memberships.length + report.briefingItemsWithoutCategory.length + report.duplicateEmails.length;
}

/** Memberships pointing at the wrong (or no) member or committee, uncategorised briefing items, shared email addresses. */
export function DataIntegritySection(props: { readonly report: IDataIntegrityReport; readonly headingId: string }): JSX.Element {
  const classes = useHealthClasses();
  const { report } = props;
  return (
    <section className={classes.section} aria-labelledby={props.headingId}>
      <h3 id={props.headingId} className={classes.sectionHeading}>
        {formatText(strings.HeadingWithCount, strings.IntegrityHeading, formatNumber(integrityFindingCount(report)))}
      </h3>
      <FindingGroup
        heading={strings.MembershipsHeading}
        findings={report.memberships}
        keyOf={(finding) => finding.membership.id}
        renderFinding={(finding) => (
          <>
            <EditFormLink
              item={finding.membership}
              label={finding.membership.name ? `${formatText(strings.MembershipName, finding.membership.id)}: ${finding.membership.name}` : formatText(strings.MembershipName, finding.membership.id)}
            />{' '}
            <span className={classes.detail}>{finding.problems.map((problem) => PROBLEM_TEXT[problem]).join('; ')}</span>
          </>
        )}
      />
      <FindingGroup
        heading={strings.UncategorisedHeading}
        findings={report.briefingItemsWithoutCategory}
        keyOf={(item) => item.id}
        renderFinding={(item) => <EditFormLink item={item} />}
      />
      <FindingGroup
        heading={strings.DuplicateEmailsHeading}
        findings={report.duplicateEmails}
        keyOf={(duplicate) => duplicate.email}
        renderFinding={(duplicate) => (
          <>
            {duplicate.email}
            <ul className={classes.nestedList}>
              {duplicate.items.map((item) => (
                <li key={`${item.list}:${item.id}`}>
                  <EditFormLink item={item} />{' '}
                  <span className={classes.detail}>{item.list === 'Members' ? strings.DuplicateMember : strings.DuplicateOfficer}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      />
    </section>
  );
}

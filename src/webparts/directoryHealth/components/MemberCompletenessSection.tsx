import * as React from 'react';
import * as strings from 'DirectoryHealthWebPartStrings';
import type { IMemberCompletenessReport, ProfileField } from '../../../model/health/memberCompleteness';
import { formatNumber } from '../../../ui/formatNumber';
import { formatText } from '../../../ui/formatText';
import { useShowMore } from '../../../ui/useShowMore';
import { EditFormLink } from './EditFormLink';
import { FindingGroup, FINDINGS_PAGE_SIZE } from './FindingGroup';
import { useHealthClasses } from './healthStyles';
import { Button } from '../../../ui/controls/Button';

export const PROFILE_FIELD_LABELS: Readonly<Record<ProfileField, string>> = {
  photo: strings.FieldPhoto,
  email: strings.FieldEmail,
  phone: strings.FieldPhone,
  party: strings.FieldParty,
  ward: strings.FieldWard,
  committees: strings.FieldCommittees,
  skillsOrInterests: strings.FieldSkillsOrInterests,
  preferredContact: strings.FieldPreferredContact
};

/** Council-wide coverage per protocol field, then every incomplete profile, least complete first. */
export function MemberCompletenessSection(props: { readonly report: IMemberCompletenessReport; readonly headingId: string }): JSX.Element {
  const classes = useHealthClasses();
  const { report } = props;
  const { shown, remaining, showMore, listRef } = useShowMore(report.incomplete.length, FINDINGS_PAGE_SIZE, 'incomplete');
  const complete = report.currentMembers - report.incomplete.length;
  const more = Math.min(FINDINGS_PAGE_SIZE, remaining);
  return (
    <section className={classes.section} aria-labelledby={props.headingId}>
      <h3 id={props.headingId} className={classes.sectionHeading}>
        {formatText(strings.HeadingWithCount, strings.MembersHeading, formatNumber(report.incomplete.length + report.wardVacancies.length))}
      </h3>
      <p className={classes.paragraph}>{formatText(strings.MembersSummary, formatNumber(complete), formatNumber(report.currentMembers))}</p>

      <h4 className={classes.groupHeading}>{strings.CoverageHeading}</h4>
      <div className={classes.tableScroll} role="region" aria-label={strings.CoverageCaption} tabIndex={0}>
        <table className={classes.table}>
          <caption className={classes.hidden}>{strings.CoverageCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className={classes.headerCell}>
                {strings.ColumnField}
              </th>
              <th scope="col" className={classes.numberHeaderCell}>
                {strings.ColumnMembersWithIt}
              </th>
              <th scope="col" className={classes.numberHeaderCell}>
                {strings.ColumnShare}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.coverage.map((coverage) => (
              <tr key={coverage.field}>
                <th scope="row" className={classes.cell}>
                  {PROFILE_FIELD_LABELS[coverage.field]}
                </th>
                <td className={classes.numberCell}>{formatNumber(coverage.present)}</td>
                <td className={classes.numberCell}>{formatText(strings.Percent, coverage.percent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h4 className={classes.groupHeading}>{formatText(strings.HeadingWithCount, strings.IncompleteHeading, formatNumber(report.incomplete.length))}</h4>
      {report.incomplete.length === 0 ? (
        <p className={classes.paragraph}>{strings.NothingInGroup}</p>
      ) : (
        <>
          <div className={classes.tableScroll} role="region" aria-label={strings.IncompleteCaption} tabIndex={0}>
            <table className={classes.table}>
              <caption className={classes.hidden}>{strings.IncompleteCaption}</caption>
              <thead>
                <tr>
                  <th scope="col" className={classes.headerCell}>
                    {strings.ColumnMember}
                  </th>
                  <th scope="col" className={classes.numberHeaderCell}>
                    {strings.ColumnScore}
                  </th>
                  <th scope="col" className={classes.headerCell}>
                    {strings.ColumnMissing}
                  </th>
                </tr>
              </thead>
              {/* One row per member, as useShowMore expects of its list: focus moves to the first new row's link. */}
              <tbody ref={listRef as unknown as React.RefObject<HTMLTableSectionElement>}>
                {report.incomplete.slice(0, shown).map((row) => (
                  <tr key={row.member.id}>
                    <th scope="row" className={classes.cell}>
                      <EditFormLink item={row.member} />
                    </th>
                    <td className={classes.numberCell}>{formatText(strings.Percent, row.score)}</td>
                    <td className={classes.cell}>{row.missing.map((field) => PROFILE_FIELD_LABELS[field]).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {more > 0 ? (
            <Button className={classes.showMore} text={formatText(strings.ShowMore, formatNumber(more))} onClick={showMore} />
          ) : null}
        </>
      )}
      <FindingGroup
        heading={strings.WardVacanciesHeading}
        hint={strings.WardVacanciesHint}
        findings={report.wardVacancies}
        keyOf={(finding) => finding.ward.id}
        renderFinding={(finding) => (
          <>
            <EditFormLink item={finding.ward} />{' '}
            <span className={classes.detail}>{formatText(strings.WardVacancyDetail, formatNumber(finding.filled), formatNumber(finding.seats))}</span>
          </>
        )}
      />
    </section>
  );
}

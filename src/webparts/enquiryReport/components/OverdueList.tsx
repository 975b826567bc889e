import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'EnquiryReportWebPartStrings';
import type { OpenEnquiryDetails } from '../../../data/EnquiryReportRepository';
import type { IOverdueEnquiry } from '../../../model/enquiries/enquiryReportOverdue';
import { receivedOn } from '../../../model/enquiries/enquiryDueDates';
import { formatCalendarDate } from '../../../ui/formatCalendarDate';
import { formatNumber } from '../../../ui/formatNumber';
import { formatText } from '../../../ui/formatText';
import { groupName } from './groupLabels';

export interface IOverdueListProps {
  readonly overdue: readonly IOverdueEnquiry[];
  readonly details: OpenEnquiryDetails;
  /** With {0} and {1} filled in: the period. */
  readonly caption: string;
}

/**
 * The open and overdue enquiries, longest overdue first, for Democratic Services: reference, subject, service, ward,
 * received, due, working days overdue and with whom. Anyone else is told the list is Democratic Services' only (the
 * subjects and officers were not read for them); the figures above count the same enquiries either way.
 */
export function OverdueList(props: IOverdueListProps): JSX.Element {
  const theme = useTheme();
  const headingId = React.useMemo(() => getId('enquiry-report-overdue'), []);
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        section: { display: 'grid', gap: 8 },
        heading: { margin: 0, fontSize: 18, fontWeight: 600 },
        paragraph: { margin: 0 },
        wrapper: { overflowX: 'auto', maxWidth: '100%' },
        // Whole words in headers and names (the page may wrap long words anywhere); the region scrolls instead.
        table: { borderCollapse: 'collapse', minWidth: '100%', overflowWrap: 'normal', wordBreak: 'normal' },
        caption: { textAlign: 'start', fontWeight: 600, padding: '4px 0 8px' },
        header: { padding: '6px 10px', borderBottom: `2px solid ${theme.palette.neutralPrimary}`, textAlign: 'start', verticalAlign: 'bottom' },
        cell: { padding: '6px 10px', borderBottom: `1px solid ${theme.palette.neutralTertiary}`, textAlign: 'start', verticalAlign: 'top' },
        number: { textAlign: 'end' },
        rowHeader: { padding: '6px 10px', borderBottom: `1px solid ${theme.palette.neutralTertiary}`, textAlign: 'start', fontWeight: 600, verticalAlign: 'top' }
      }),
    [theme]
  );
  const { details, overdue } = props;

  let content: JSX.Element;
  if (details.kind === 'notDemocraticServices') content = <p className={classes.paragraph}>{strings.OverdueDemocraticServicesOnly}</p>;
  else if (details.kind === 'unknown') content = <p className={classes.paragraph}>{strings.OverdueAccessUnknown}</p>;
  else if (overdue.length === 0) content = <p className={classes.paragraph}>{strings.OverdueNone}</p>;
  else {
    const columns = [
      strings.OverdueColumnReference,
      strings.OverdueColumnSubject,
      strings.GroupService,
      strings.GroupWard,
      strings.OverdueColumnReceived,
      strings.OverdueColumnDue,
      strings.OverdueColumnDays,
      strings.OverdueColumnWithWhom
    ];
    content = (
      <>
        <p className={classes.paragraph}>{strings.OverdueIntro}</p>
        <div className={classes.wrapper} tabIndex={0} role="region" aria-label={props.caption}>
          <table className={classes.table}>
            <caption className={classes.caption}>{props.caption}</caption>
            <thead>
              <tr>
                {columns.map((column, index) => (
                  <th key={column} scope="col" className={index === 6 ? `${classes.header} ${classes.number}` : classes.header}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {overdue.map((entry) => {
                const { enquiry } = entry.outcome;
                const detail = details.byId.get(enquiry.id);
                const due = formatCalendarDate(entry.due);
                return (
                  <tr key={enquiry.id}>
                    <th scope="row" className={classes.rowHeader}>
                      {enquiry.id}
                    </th>
                    <td className={classes.cell}>{detail ? detail.subject : strings.SubjectUnavailable}</td>
                    <td className={classes.cell}>{groupName('service', enquiry.service)}</td>
                    <td className={classes.cell}>{groupName('ward', enquiry.ward)}</td>
                    <td className={classes.cell}>{formatCalendarDate(receivedOn(enquiry.received))}</td>
                    <td className={classes.cell}>{formatText(entry.missed === 'acknowledgement' ? strings.OverdueDueAcknowledge : strings.OverdueDueRespond, due)}</td>
                    <td className={`${classes.cell} ${classes.number}`}>{formatNumber(entry.workingDaysOverdue)}</td>
                    <td className={classes.cell}>{detail ? (detail.withWhom ?? strings.NotAssigned) : strings.SubjectUnavailable}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </>
    );
  }
  return (
    <section className={classes.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={classes.heading}>
        {strings.OverdueHeading}
      </h3>
      {content}
    </section>
  );
}

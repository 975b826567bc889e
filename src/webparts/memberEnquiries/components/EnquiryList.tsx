import * as React from 'react';
import * as strings from 'MemberEnquiriesWebPartStrings';
import type { IEnquiry } from '../../../data/IEnquiryRepository';
import { EnquiryDueText } from '../../../ui/enquiries/EnquiryStatusLabel';
import { enquiryStatusText } from '../../../ui/enquiries/enquiryStatusText';
import { formatEnquiryDate } from '../../../ui/enquiries/formatEnquiryInstant';
import { formatText } from '../../../ui/formatText';
import type { EnquiryClasses } from './enquiryStyles';

export interface IEnquiryListProps {
  /** Newest first, as the repository gives them. */
  readonly enquiries: readonly IEnquiry[];
  readonly now: Date;
  readonly classes: EnquiryClasses;
  readonly onOpen: (enquiry: IEnquiry) => void;
}

/** The member's enquiries: subject (opens it), status, service, ward, received and due, overdue in words. */
export function EnquiryList(props: IEnquiryListProps): JSX.Element {
  const { classes } = props;
  return (
    <ul className={classes.list} aria-label={strings.ListLabel}>
      {props.enquiries.map((enquiry) => (
        <li key={enquiry.id} className={classes.card}>
          <h3 className={classes.cardHeading}>
            <button type="button" className={classes.subjectButton} onClick={() => props.onOpen(enquiry)} data-enquiry-id={enquiry.id}>
              {enquiry.subject}
            </button>
          </h3>
          <p className={classes.line}>{formatText(strings.StatusLine, enquiryStatusText(enquiry.status, strings))}</p>
          <p className={classes.line}>
            <EnquiryDueText enquiry={enquiry} now={props.now} strings={strings} overdueClassName={classes.overdue} />
          </p>
          <p className={classes.line}>{formatText(strings.ServiceLine, enquiry.serviceTitle ?? strings.NoServiceName)}</p>
          {enquiry.wardTitle ? <p className={classes.line}>{formatText(strings.WardLine, enquiry.wardTitle)}</p> : null}
          <p className={classes.line}>{formatText(strings.ReceivedLine, formatEnquiryDate(enquiry.received))}</p>
          {enquiry.loggedOnBehalf ? <p className={classes.line}>{strings.LoggedOnBehalfNote}</p> : null}
        </li>
      ))}
    </ul>
  );
}

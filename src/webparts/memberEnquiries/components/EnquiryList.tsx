import * as React from 'react';
import * as strings from 'MemberEnquiriesWebPartStrings';
import type { IEnquirySummary } from '../../../data/IEnquiryRepository';
import { EnquiryDueText } from '../../../ui/enquiries/EnquiryStatusLabel';
import { enquiryStatusText } from '../../../ui/enquiries/enquiryStatusText';
import { formatEnquiryDate } from '../../../ui/enquiries/formatEnquiryInstant';
import { formatNumber } from '../../../ui/formatNumber';
import { formatText } from '../../../ui/formatText';
import { useShowMore } from '../../../ui/useShowMore';
import type { EnquiryClasses } from './enquiryStyles';

export interface IEnquiryListProps {
  /** Newest first, as the repository gives them. */
  readonly enquiries: readonly IEnquirySummary[];
  readonly now: Date;
  readonly classes: EnquiryClasses;
  readonly onOpen: (enquiry: IEnquirySummary) => void;
  /** How many are drawn at first and per "Show more"; ENQUIRIES_PAGE unless told otherwise. */
  readonly pageSize?: number;
  /** An enquiry that must be drawn (back from it, focus returns to it), however far down. */
  readonly reveal?: number;
}

/** The newest enquiries drawn at first: a screenful or two, so first content does not wait for years of cards. */
export const ENQUIRIES_PAGE = 20;

/** The member's enquiries: subject (opens it), status, service, ward, received and due, overdue in words. */
export function EnquiryList(props: IEnquiryListProps): JSX.Element {
  const { classes } = props;
  // A member may have hundreds over the years: the newest page is drawn first, the rest on request.
  const pageSize = props.pageSize ?? ENQUIRIES_PAGE;
  const revealAt = props.reveal === undefined ? -1 : props.enquiries.findIndex((enquiry) => enquiry.id === props.reveal);
  const { shown, remaining, showMore, listRef } = useShowMore(props.enquiries.length, pageSize, '', 'button', Math.max(1, Math.ceil((revealAt + 1) / pageSize)) * pageSize);
  return (
    <>
      <ul className={classes.list} aria-label={strings.ListLabel} ref={listRef}>
        {props.enquiries.slice(0, shown).map((enquiry) => (
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
      {props.enquiries.length > pageSize ? (
        <div className={classes.more}>
          {/* A status region: the new count is announced when "Show more" draws the next page. */}
          <p className={classes.note} role="status">
            {formatText(strings.ListShowing, formatNumber(shown), formatNumber(props.enquiries.length))}
          </p>
          {remaining > 0 ? (
            <button type="button" className={classes.showMoreButton} onClick={showMore}>
              {formatText(strings.ShowMore, formatNumber(Math.min(pageSize, remaining)))}
            </button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

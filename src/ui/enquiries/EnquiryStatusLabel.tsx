import * as React from 'react';
import type { IEnquiry } from '../../data/IEnquiryRepository';
import { enquiryDue, enquiryDueText } from './enquiryDue';
import type { IEnquiryDisplayStrings } from './enquiryDisplayStrings';
import { enquiryStatusText } from './enquiryStatusText';

export interface IEnquiryStatusLabelProps {
  readonly status: IEnquiry['status'];
  readonly strings: IEnquiryDisplayStrings;
  readonly className?: string;
}

/** The status in words. */
export function EnquiryStatusLabel(props: IEnquiryStatusLabelProps): JSX.Element {
  return <span className={props.className}>{enquiryStatusText(props.status, props.strings)}</span>;
}

export interface IEnquiryDueTextProps {
  readonly enquiry: Pick<IEnquiry, 'due' | 'status'>;
  readonly now: Date;
  readonly strings: IEnquiryDisplayStrings;
  /** Added when overdue, e.g. a bold or error-coloured style: the words already say it. */
  readonly overdueClassName?: string;
  readonly className?: string;
}

/** "Due by 20 March 2026" or "Overdue: was due by 20 March 2026". */
export function EnquiryDueText(props: IEnquiryDueTextProps): JSX.Element {
  const due = enquiryDue(props.enquiry, props.now);
  const className = [props.className, due.state === 'overdue' ? props.overdueClassName : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <span className={className} data-due-state={due.state}>
      {enquiryDueText(due, props.strings)}
    </span>
  );
}

import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'MemberEnquiriesWebPartStrings';
import type { IEnquiry, IEnquiryRepository, IEnquiryUpdate } from '../../../data/IEnquiryRepository';
import type { IListsSite } from '../../../data/resolveListsSite';
import { describeListsError } from '../../../ui/describeListsError';
import { EnquiryDueText } from '../../../ui/enquiries/EnquiryStatusLabel';
import { enquiryStatusText } from '../../../ui/enquiries/enquiryStatusText';
import { EnquiryTimeline } from '../../../ui/enquiries/EnquiryTimeline';
import { formatEnquiryInstant } from '../../../ui/enquiries/formatEnquiryInstant';
import { formatText } from '../../../ui/formatText';
import type { EnquiryClasses } from './enquiryStyles';

export interface IEnquiryDetailProps {
  readonly enquiry: IEnquiry;
  readonly updates: readonly IEnquiryUpdate[];
  readonly repository: IEnquiryRepository;
  readonly listsSite: IListsSite;
  readonly now: Date;
  readonly classes: EnquiryClasses;
  readonly idPrefix: string;
  readonly onBack: () => void;
  /** A reply was saved: the list reads again so the timeline shows it. */
  readonly onReplied: (update: IEnquiryUpdate) => void;
}

type ReplyState = { readonly kind: 'idle' | 'sending' | 'sent' } | { readonly kind: 'failed'; readonly message: string };

/** One enquiry: where it stands, its details, the timeline of updates, and the member's reply. */
export function EnquiryDetail(props: IEnquiryDetailProps): JSX.Element {
  const { enquiry, classes, idPrefix } = props;
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const [reply, setReply] = React.useState('');
  const [replyError, setReplyError] = React.useState<string | undefined>();
  const [state, setState] = React.useState<ReplyState>({ kind: 'idle' });
  // Opening an enquiry moves focus to it, so keyboard and screen reader users start at its heading.
  React.useEffect(() => headingRef.current?.focus(), [enquiry.id]);

  const send = (): void => {
    if (reply.trim() === '') {
      setReplyError(strings.ReplyRequired);
      return;
    }
    setReplyError(undefined);
    setState({ kind: 'sending' });
    props.repository.addUpdate(enquiry, 'Member reply', reply.trim()).then(
      (update) => {
        setReply('');
        setState({ kind: 'sent' });
        props.onReplied(update);
      },
      (error: unknown) => setState({ kind: 'failed', message: formatText(strings.ReplyFailed, describeListsError(error, props.listsSite).message) })
    );
  };

  return (
    <article className={classes.detail} aria-labelledby={`${idPrefix}-detail`}>
      <div className={classes.actions}>
        <DefaultButton text={strings.BackToList} iconProps={{ iconName: 'Back' }} onClick={props.onBack} />
      </div>
      <h3 id={`${idPrefix}-detail`} ref={headingRef} tabIndex={-1} className={classes.detailHeading}>
        {enquiry.subject}
      </h3>
      <div>
        <p className={classes.line}>{formatText(strings.StatusLine, enquiryStatusText(enquiry.status, strings))}</p>
        <p className={classes.line}>
          <EnquiryDueText enquiry={enquiry} now={props.now} strings={strings} overdueClassName={classes.overdue} />
        </p>
        <p className={classes.line}>{formatText(strings.ServiceLine, enquiry.serviceTitle ?? strings.NoServiceName)}</p>
        {enquiry.wardTitle ? <p className={classes.line}>{formatText(strings.WardLine, enquiry.wardTitle)}</p> : null}
        <p className={classes.line}>{formatText(strings.ReceivedLine, formatEnquiryInstant(enquiry.received, strings))}</p>
        {enquiry.assignedOfficerName ? <p className={classes.line}>{formatText(strings.AssignedLine, enquiry.assignedOfficerName)}</p> : null}
        {enquiry.acknowledged ? <p className={classes.line}>{formatText(strings.AcknowledgedLine, formatEnquiryInstant(enquiry.acknowledged, strings))}</p> : null}
        {enquiry.responded ? <p className={classes.line}>{formatText(strings.RespondedLine, formatEnquiryInstant(enquiry.responded, strings))}</p> : null}
        {enquiry.closed ? <p className={classes.line}>{formatText(strings.ClosedLine, formatEnquiryInstant(enquiry.closed, strings))}</p> : null}
        {enquiry.location ? <p className={classes.line}>{formatText(strings.LocationLine, enquiry.location)}</p> : null}
        {enquiry.constituentReference ? <p className={classes.line}>{formatText(strings.ReferenceLine, enquiry.constituentReference)}</p> : null}
        {enquiry.loggedOnBehalf ? <p className={classes.line}>{strings.LoggedOnBehalfNote}</p> : null}
      </div>
      <h4 className={classes.sectionHeading}>{strings.DetailsHeading}</h4>
      <p className={classes.plainText}>{enquiry.details}</p>
      <h4 className={classes.sectionHeading}>{strings.TimelineHeading}</h4>
      <EnquiryTimeline updates={props.updates} strings={strings} unknownAuthor={strings.UnknownAuthor} headingLevel={5} />
      <form
        className={classes.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          send();
        }}
      >
        <TextField
          label={strings.ReplyLabel}
          description={strings.ReplyHint}
          multiline
          rows={4}
          value={reply}
          errorMessage={replyError}
          onChange={(_event, value) => setReply(value ?? '')}
        />
        <div className={classes.actions}>
          <PrimaryButton type="submit" text={strings.ReplyButton} disabled={state.kind === 'sending'} />
        </div>
        <p className={classes.status} role="status">
          {state.kind === 'sending' ? strings.ReplySending : state.kind === 'sent' ? strings.ReplySent : ''}
        </p>
        {state.kind === 'failed' ? (
          <p className={classes.status} role="alert">
            {state.message}
          </p>
        ) : null}
      </form>
    </article>
  );
}

import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'MemberEnquiriesWebPartStrings';
import type { IEnquiry, IEnquiryRepository, IEnquirySummary, IEnquiryUpdate } from '../../../data/IEnquiryRepository';
import type { IListsSite } from '../../../data/resolveListsSite';
import { DataErrorState } from '../../../ui/states/DataErrorState';
import { LoadingState } from '../../../ui/states/LoadingState';
import { describeListsError } from '../../../ui/describeListsError';
import { EnquiryDueText } from '../../../ui/enquiries/EnquiryStatusLabel';
import { enquiryStatusText } from '../../../ui/enquiries/enquiryStatusText';
import { EnquiryTimeline } from '../../../ui/enquiries/EnquiryTimeline';
import { formatEnquiryInstant } from '../../../ui/enquiries/formatEnquiryInstant';
import { formatText } from '../../../ui/formatText';
import type { EnquiryClasses } from './enquiryStyles';

/** The rest of the enquiry (Details, officer, each step's date) and its timeline: read after the list, so perhaps not here yet. */
export type EnquiryInFull =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly enquiry: IEnquiry; readonly updates: readonly IEnquiryUpdate[] };

export interface IEnquiryDetailProps {
  /** What the list knew of it: shown at once. */
  readonly summary: IEnquirySummary;
  readonly inFull: EnquiryInFull;
  /** Reads the rest again after it failed. */
  readonly onRetry: () => void;
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

/**
 * One enquiry: where it stands, its details, the timeline of updates, and the member's reply. What the list knew is
 * drawn at once; the rest says it is loading (or why it could not be read, with Try again) until it arrives, never an
 * empty timeline it has not read.
 */
export function EnquiryDetail(props: IEnquiryDetailProps): JSX.Element {
  const { summary, inFull, classes, idPrefix } = props;
  const full = inFull.status === 'ready' ? inFull.enquiry : undefined;
  const enquiry: IEnquirySummary = full ?? summary;
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const [reply, setReply] = React.useState('');
  const [replyError, setReplyError] = React.useState<string | undefined>();
  const [state, setState] = React.useState<ReplyState>({ kind: 'idle' });
  // Opening an enquiry moves focus to it, so keyboard and screen reader users start at its heading.
  React.useEffect(() => headingRef.current?.focus(), [enquiry.id]);

  const send = (): void => {
    if (!full) return;
    if (reply.trim() === '') {
      setReplyError(strings.ReplyRequired);
      return;
    }
    setReplyError(undefined);
    setState({ kind: 'sending' });
    props.repository.addUpdate(full, 'Member reply', reply.trim()).then(
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
        {full?.assignedOfficerName ? <p className={classes.line}>{formatText(strings.AssignedLine, full.assignedOfficerName)}</p> : null}
        {full?.acknowledged ? <p className={classes.line}>{formatText(strings.AcknowledgedLine, formatEnquiryInstant(full.acknowledged, strings))}</p> : null}
        {full?.responded ? <p className={classes.line}>{formatText(strings.RespondedLine, formatEnquiryInstant(full.responded, strings))}</p> : null}
        {full?.closed ? <p className={classes.line}>{formatText(strings.ClosedLine, formatEnquiryInstant(full.closed, strings))}</p> : null}
        {full?.location ? <p className={classes.line}>{formatText(strings.LocationLine, full.location)}</p> : null}
        {full?.constituentReference ? <p className={classes.line}>{formatText(strings.ReferenceLine, full.constituentReference)}</p> : null}
        {enquiry.loggedOnBehalf ? <p className={classes.line}>{strings.LoggedOnBehalfNote}</p> : null}
      </div>
      {inFull.status === 'loading' ? <LoadingState label={strings.EnquiryLoadingLabel} rows={3} /> : null}
      {inFull.status === 'error' ? (
        <DataErrorState error={inFull.error} heading={strings.EnquiryErrorHeading} listsSite={props.listsSite} onRetry={props.onRetry} />
      ) : null}
      {inFull.status === 'ready' ? (
        <>
          <h4 className={classes.sectionHeading}>{strings.DetailsHeading}</h4>
          <p className={classes.plainText}>{inFull.enquiry.details}</p>
          <h4 className={classes.sectionHeading}>{strings.TimelineHeading}</h4>
          <EnquiryTimeline updates={inFull.updates} strings={strings} unknownAuthor={strings.UnknownAuthor} headingLevel={5} />
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
        </>
      ) : null}
    </article>
  );
}

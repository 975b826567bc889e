import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'MemberEnquiriesWebPartStrings';
import { isDataError } from '../../../contracts/dataError';
import type { IEnquiryFormData } from '../../../data/EnquiryFormRepository';
import { isEmptyDraft, type IEnquiryDraft, type IEnquiryDraftStore } from '../../../data/enquiryDraftStore';
import type { IEnquiry, IEnquiryRepository } from '../../../data/IEnquiryRepository';
import type { IListsSite } from '../../../data/resolveListsSite';
import { suggestEnquiryService } from '../../../model/enquiries/suggestEnquiryService';
import type { IEnquiryCalendarSettings } from '../../../model/enquiries/enquiryCalendarSettings';
import { isCalendarDate, ukDateOf } from '../../../schema/ukDates';
import { describeListsError } from '../../../ui/describeListsError';
import { formatCalendarDate } from '../../../ui/formatCalendarDate';
import { formatText } from '../../../ui/formatText';
import { readableDropdownPlaceholder } from '../../../ui/styles';
import type { EnquiryClasses } from './enquiryStyles';
import { dueDatesFor, RAISE_FIELDS, raiseEnquiryProblems, receivedAt, type RaiseField } from './raiseEnquiryRules';

export const EMPTY_DRAFT: IEnquiryDraft = { subject: '', details: '', location: '', constituentReference: '' };

export interface IRaiseEnquiryFormProps {
  readonly formData: IEnquiryFormData;
  /** The draft kept from an earlier visit, a failed send or the tab left a moment ago, if any. */
  readonly restoredDraft?: IEnquiryDraft;
  /** True when it came back from the browser's storage (a reload or another visit): the form says so. */
  readonly restoredFromStore?: boolean;
  /** Told of every change, so leaving the tab and coming back keeps it. */
  readonly onDraftChange?: (draft: IEnquiryDraft) => void;
  readonly enquiries: IEnquiryRepository;
  readonly draftStore: IEnquiryDraftStore;
  /** The council's nation, targets and closure days: the due dates shown before sending. */
  readonly calendarSettings: IEnquiryCalendarSettings;
  readonly listsSite: IListsSite;
  readonly now: () => Date;
  readonly classes: EnquiryClasses;
  readonly idPrefix: string;
  /** From a link into the page (?service=, ?ward=): chosen for the member, who can change them. */
  readonly initialServiceId?: number;
  readonly initialWardId?: number;
  readonly onSent: (enquiry: IEnquiry, serviceName: string) => void;
}

type SendState = { readonly kind: 'idle' | 'sending' } | { readonly kind: 'failed'; readonly message: string };

/** How long typing settles before the draft is kept: often enough that a closed tab loses at most a word or two. */
const DRAFT_SETTLE_MS = 300;

function startingDraft(props: IRaiseEnquiryFormProps): IEnquiryDraft {
  const { formData } = props;
  const base = props.restoredDraft ?? EMPTY_DRAFT;
  const knownService = formData.services.some((service) => service.id === props.initialServiceId) ? props.initialServiceId : undefined;
  const knownWard = formData.wards.some((ward) => ward.id === props.initialWardId) ? props.initialWardId : undefined;
  return {
    ...base,
    serviceId: knownService ?? base.serviceId,
    wardId: knownWard ?? base.wardId ?? (formData.canLogOnBehalf ? undefined : formData.me?.wardId),
    receivedOn: formData.canLogOnBehalf ? (base.receivedOn ?? ukDateOf(props.now())) : undefined
  };
}

/**
 * "Raise an enquiry": the member's own, or (Democratic Services) one that came by phone or email, for a member.
 * What is typed is kept in the browser as it is typed, so a closed tab or a failed send loses nothing; it is
 * forgotten once the enquiry is sent.
 */
export function RaiseEnquiryForm(props: IRaiseEnquiryFormProps): JSX.Element {
  const { formData, classes, idPrefix } = props;
  const onBehalf = formData.canLogOnBehalf;
  const [draft, setDraft] = React.useState<IEnquiryDraft>(() => startingDraft(props));
  const [submitted, setSubmitted] = React.useState(false);
  const [send, setSend] = React.useState<SendState>({ kind: 'idle' });
  const summaryRef = React.useRef<HTMLDivElement>(null);
  const [focusSummary, setFocusSummary] = React.useState(0);
  const [restored] = React.useState(() => props.restoredFromStore === true && props.restoredDraft !== undefined && !isEmptyDraft(props.restoredDraft));

  const { draftStore, onDraftChange } = props;
  React.useEffect(() => onDraftChange?.(draft), [draft, onDraftChange]);
  React.useEffect(() => {
    const timer = window.setTimeout(() => {
      if (isEmptyDraft(draft)) draftStore.clear().catch(() => undefined);
      else draftStore.write(draft).catch(() => undefined);
    }, DRAFT_SETTLE_MS);
    return (): void => window.clearTimeout(timer);
  }, [draft, draftStore]);
  React.useEffect(() => {
    if (focusSummary > 0) summaryRef.current?.focus();
  }, [focusSummary]);

  const today = ukDateOf(props.now());
  const problems = submitted ? raiseEnquiryProblems(draft, onBehalf, today) : {};
  const problemFields = RAISE_FIELDS.filter((field) => problems[field] !== undefined);
  const fieldId = (field: RaiseField | 'wardId'): string => `${idPrefix}-${field}`;
  const change = (next: Partial<IEnquiryDraft>): void => setDraft((current) => ({ ...current, ...next }));

  const member = onBehalf ? formData.members.find((candidate) => candidate.id === draft.memberId) : formData.me;
  const received = receivedAt(onBehalf ? draft.receivedOn : undefined, props.now());
  // Democratic Services' date must be a real day, not in the future, before a due date is worked out from it.
  const receivedOnUsable = !onBehalf || (draft.receivedOn !== undefined && isCalendarDate(draft.receivedOn) && draft.receivedOn <= today);
  const due = receivedOnUsable ? dueDatesFor(received, props.calendarSettings) : undefined;
  const suggestion = suggestEnquiryService(`${draft.subject} ${draft.details}`, formData.services);
  const suggested = suggestion && suggestion.serviceId !== draft.serviceId ? formData.services.find((service) => service.id === suggestion.serviceId) : undefined;

  const submit = (): void => {
    setSubmitted(true);
    const found = raiseEnquiryProblems(draft, onBehalf, today);
    if (Object.keys(found).length > 0 || !member || draft.serviceId === undefined) {
      setFocusSummary((count) => count + 1);
      return;
    }
    const service = formData.services.find((candidate) => candidate.id === draft.serviceId);
    setSend({ kind: 'sending' });
    // Kept now, not after the typing settles: a send that fails or a tab closed mid-send loses nothing.
    draftStore.write(draft).catch(() => undefined);
    props.enquiries
      .raise({
        memberItemId: member.id,
        memberLoginName: member.account,
        serviceId: draft.serviceId,
        subject: draft.subject.trim(),
        details: draft.details.trim(),
        wardId: draft.wardId,
        location: draft.location.trim() || undefined,
        constituentReference: draft.constituentReference.trim() || undefined,
        dueDate: due?.respondBy,
        receivedOnBehalf: onBehalf ? received : undefined
      })
      .then(
        (enquiry) => {
          draftStore.clear().catch(() => undefined);
          setDraft({ ...EMPTY_DRAFT, wardId: onBehalf ? undefined : formData.me?.wardId, receivedOn: onBehalf ? today : undefined });
          setSubmitted(false);
          setSend({ kind: 'idle' });
          props.onSent(enquiry, service?.name ?? '');
        },
        (error: unknown) => {
          const described = describeListsError(error, props.listsSite).message;
          // No answer (offline, timed out) may still have saved it: say so rather than invite a duplicate.
          const uncertain = isDataError(error) && (error.kind === 'network' || error.kind === 'unknown');
          setSend({ kind: 'failed', message: formatText(uncertain ? strings.SendUncertain : strings.SendFailed, described) });
        }
      );
  };

  const serviceOptions: IDropdownOption[] = formData.services.map((service) => ({ key: service.id, text: service.name }));
  const wardOptions: IDropdownOption[] = formData.wards.map((ward) => ({ key: ward.id, text: ward.name }));
  const memberOptions: IDropdownOption[] = formData.members.map((candidate) => ({ key: candidate.id, text: candidate.name }));
  const sending = send.kind === 'sending';

  return (
    <form
      className={classes.form}
      noValidate
      aria-labelledby={`${idPrefix}-form-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!sending) submit();
      }}
    >
      <h3 id={`${idPrefix}-form-heading`} className={classes.sectionHeading}>
        {strings.FormHeading}
      </h3>
      {restored ? <p className={classes.note}>{strings.DraftRestored}</p> : null}
      {problemFields.length > 0 ? (
        <div ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby={`${idPrefix}-summary`} className={classes.errorSummary}>
          <h4 id={`${idPrefix}-summary`} className={classes.errorSummaryHeading}>
            {strings.ErrorSummaryHeading}
          </h4>
          <ul>
            {problemFields.map((field) => (
              <li key={field}>
                <a
                  className={classes.errorLink}
                  href={`#${fieldId(field)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(fieldId(field))?.focus();
                  }}
                >
                  {problems[field]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className={classes.note}>{strings.RequiredNote}</p>
      {onBehalf ? (
        <>
          <p className={classes.note}>{strings.OnBehalfNote}</p>
          <Dropdown
            id={fieldId('memberId')}
            label={strings.MemberLabel}
            required
            placeholder={strings.MemberPlaceholder}
            options={memberOptions}
            selectedKey={draft.memberId ?? null}
            errorMessage={problems.memberId}
            styles={readableDropdownPlaceholder}
            onChange={(_event, option) => {
              if (!option) return;
              const chosen = formData.members.find((candidate) => candidate.id === option.key);
              // The member's own ward, unless a ward was already chosen.
              change({ memberId: Number(option.key), wardId: draft.wardId ?? chosen?.wardId });
            }}
          />
          <TextField
            id={fieldId('receivedOn')}
            label={strings.ReceivedOnLabel}
            description={strings.ReceivedOnHint}
            required
            type="date"
            max={today}
            value={draft.receivedOn ?? ''}
            errorMessage={problems.receivedOn}
            onChange={(_event, value) => change({ receivedOn: value || undefined })}
          />
        </>
      ) : null}
      <TextField
        id={fieldId('subject')}
        label={strings.SubjectLabel}
        required
        value={draft.subject}
        errorMessage={problems.subject}
        onChange={(_event, value) => change({ subject: value ?? '' })}
      />
      <TextField
        id={fieldId('details')}
        label={strings.DetailsLabel}
        description={strings.LeastDataNote}
        required
        multiline
        rows={6}
        value={draft.details}
        errorMessage={problems.details}
        onChange={(_event, value) => change({ details: value ?? '' })}
      />
      <Dropdown
        id={fieldId('serviceId')}
        label={strings.ServiceLabel}
        required
        placeholder={strings.ServicePlaceholder}
        options={serviceOptions}
        selectedKey={draft.serviceId ?? null}
        errorMessage={problems.serviceId}
        styles={readableDropdownPlaceholder}
        onChange={(_event, option) => {
          if (option) change({ serviceId: Number(option.key) });
        }}
      />
      {suggested && suggestion ? (
        <div className={classes.suggestion}>
          <p className={classes.line}>{formatText(strings.SuggestionText, suggested.name, suggestion.matched)}</p>
          <DefaultButton text={formatText(strings.UseSuggestion, suggested.name)} onClick={() => change({ serviceId: suggested.id })} />
        </div>
      ) : null}
      <Dropdown
        id={fieldId('wardId')}
        label={strings.WardLabel}
        placeholder={strings.WardPlaceholder}
        options={wardOptions}
        selectedKey={draft.wardId ?? null}
        styles={readableDropdownPlaceholder}
        onChange={(_event, option) => {
          if (option) change({ wardId: Number(option.key) });
        }}
      />
      <TextField
        id={fieldId('location')}
        label={strings.LocationLabel}
        description={strings.LocationHint}
        value={draft.location}
        errorMessage={problems.location}
        onChange={(_event, value) => change({ location: value ?? '' })}
      />
      <TextField
        id={fieldId('constituentReference')}
        label={strings.ReferenceLabel}
        description={strings.ReferenceHint}
        value={draft.constituentReference}
        errorMessage={problems.constituentReference}
        onChange={(_event, value) => change({ constituentReference: value ?? '' })}
      />
      <section aria-labelledby={`${idPrefix}-due`}>
        <h4 id={`${idPrefix}-due`} className={classes.sectionHeading}>
          {strings.DueHeading}
        </h4>
        <p className={classes.line}>
          {due ? formatText(strings.DueSummary, formatCalendarDate(due.acknowledgeBy, 'weekdayLong'), formatCalendarDate(due.respondBy, 'weekdayLong')) : strings.DueUnknown}
        </p>
        <p className={classes.note}>{strings.DueWorkingDaysNote}</p>
      </section>
      <div className={classes.actions}>
        <PrimaryButton type="submit" text={strings.SendButton} disabled={sending} />
        <DefaultButton
          text={strings.ClearButton}
          disabled={sending}
          onClick={() => {
            setDraft({ ...EMPTY_DRAFT, wardId: onBehalf ? undefined : formData.me?.wardId, receivedOn: onBehalf ? today : undefined });
            setSubmitted(false);
            setSend({ kind: 'idle' });
          }}
        />
      </div>
      <p className={classes.status} role="status">
        {sending ? strings.Sending : ''}
      </p>
      {send.kind === 'failed' ? (
        <p className={classes.status} role="alert">
          {send.message}
        </p>
      ) : null}
    </form>
  );
}

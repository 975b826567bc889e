import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup, IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { TextField } from '@fluentui/react/lib/TextField';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'ServiceEnquiriesWebPartStrings';
import { toDataError } from '../../../data/DataError';
import type { EnquiryWriteResult, IEnquiry, IEnquiryChange, IEnquiryUpdate } from '../../../data/IEnquiryRepository';
import type { IEnquiryService, IServiceEnquiriesRepository, IServiceOfficer } from '../../../data/IServiceEnquiriesRepository';
import type { IListsSite } from '../../../data/resolveListsSite';
import { canReopen, reopenWindowEnd } from '../../../model/enquiries/enquiryReopenWindow';
import { reopenedRespondBy } from '../../../model/enquiries/enquiryDueDates';
import type { IEnquiryTargets } from '../../../model/enquiries/enquiryTargets';
import { formatCalendarDate } from '../../../ui/formatCalendarDate';
import { isServiceNotesFolder } from '../../../schema/enquiryAccess';
import { ukDateAt } from '../../../model/enquiries/ukDayBoundary';
import type { IWorkingCalendar } from '../../../model/enquiries/workingCalendar';
import { describeListsError } from '../../../ui/describeListsError';
import { formatText } from '../../../ui/formatText';
import { focusRing, readableDropdownPlaceholder, wrappingDropdown, wrapsLongWords } from '../../../ui/styles';
import { DataErrorState } from '../../../ui/states/DataErrorState';
import { LoadingState } from '../../../ui/states/LoadingState';
import { useAsyncResource } from '../../../ui/useAsyncResource';
import { enquiryDueState } from './enquiryDueState';
import { EnquiryConflict } from './EnquiryConflict';
import { dayAndTimeText, dayText, dueText, statusLabel, updateKindLabel } from './enquiryText';

export interface IEnquiryDetailsProps {
  readonly enquiry: IEnquiry;
  readonly service: IEnquiryService;
  /** The signed-in officer's user id: who "acknowledge" assigns it to when no one has it. */
  readonly userId: number;
  readonly repository: IServiceEnquiriesRepository;
  readonly listsSite: IListsSite;
  readonly calendar: IWorkingCalendar;
  /** The council's targets: a reopened enquiry's new due date counts its respond target from the reopening. */
  readonly targets: IEnquiryTargets;
  readonly now: () => Date;
  readonly onBack: () => void;
  /** A change was saved: the queue reads again. */
  readonly onChanged: () => void;
}

type Action = 'acknowledge' | 'assign' | 'update' | 'respond' | 'close' | 'reopen' | 'apply';

interface IConflict {
  readonly before: IEnquiry;
  readonly mine: IEnquiryChange;
  readonly theirs: IEnquiry;
  readonly responseKept: boolean;
}

type Notice = { readonly kind: 'saved' | 'failed'; readonly text: string };

function useClasses() {
  const theme = useTheme();
  return React.useMemo(
    () =>
      mergeStyleSets({
        root: { display: 'grid', gap: 12, gridTemplateColumns: 'minmax(0, 1fr)' },
        heading: { margin: '8px 0 0', fontSize: 20, fontWeight: 600, ...wrapsLongWords, ...focusRing(theme) },
        sub: { margin: '8px 0 0', fontSize: 16, fontWeight: 600 },
        facts: { display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', gap: '4px 12px', margin: 0, selectors: { dt: { fontWeight: 600 }, dd: { margin: 0, ...wrapsLongWords } } },
        overdue: { fontWeight: 600, color: theme.semanticColors.errorText },
        text: { margin: 0, whiteSpace: 'pre-wrap', ...wrapsLongWords },
        timeline: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 },
        entry: { borderInlineStart: `3px solid ${theme.palette.themePrimary}`, paddingInlineStart: 8 },
        byline: { margin: 0, fontWeight: 600 },
        action: { display: 'grid', gap: 6, alignItems: 'start', justifyItems: 'start', selectors: { '> .ms-TextField, > .ms-Dropdown-container': { width: '100%' } } },
        buttons: { display: 'flex', flexWrap: 'wrap', gap: 8 },
        notice: { ...focusRing(theme), selectors: { ...focusRing(theme).selectors, '&:empty': { display: 'none' } } }
      }),
    [theme]
  );
}

const audienceOptions: IChoiceGroupOption[] = [
  { key: 'member', text: strings.UpdateAudienceMember },
  { key: 'internal', text: strings.UpdateAudienceInternal }
];

/** One enquiry: what was asked, where it stands, every update, and the officer's actions with their outcomes. */
export function EnquiryDetails(props: IEnquiryDetailsProps): JSX.Element {
  const classes = useClasses();
  const { repository, calendar, listsSite } = props;
  const [current, setCurrent] = React.useState(props.enquiry);
  const [updatesVersion, setUpdatesVersion] = React.useState(0);
  const [updates, retryUpdates] = useAsyncResource<readonly IEnquiryUpdate[]>(() => repository.updatesOf(current.id), updatesVersion);
  const [officers] = useAsyncResource<readonly IServiceOfficer[]>(() => repository.officersOf(props.service.id));
  const officerList = React.useMemo<readonly IServiceOfficer[]>(() => (officers.status === 'ready' ? officers.value : []), [officers]);
  const [assignTo, setAssignTo] = React.useState<number | undefined>(undefined);
  const [updateText, setUpdateText] = React.useState('');
  const [internal, setInternal] = React.useState(false);
  const [responseText, setResponseText] = React.useState('');
  const [busy, setBusy] = React.useState<Action | undefined>(undefined);
  const [notice, setNotice] = React.useState<Notice | undefined>(undefined);
  const [conflict, setConflict] = React.useState<IConflict | undefined>(undefined);
  const [missingText, setMissingText] = React.useState<'update' | 'respond' | undefined>(undefined);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => headingRef.current?.focus(), []);
  // The button pressed may be gone once saved (Acknowledge, Close): focus goes to what happened, not to the page's start.
  const noticeRef = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const defaultOfficer = current.assignedOfficerId ?? officerList.find((officer) => officer.liaison)?.userId ?? officerList[0]?.userId;
  const chosenOfficer = assignTo ?? defaultOfficer;
  const officerOptions = React.useMemo<IDropdownOption[]>(
    () => officerList.map((officer) => ({ key: officer.userId, text: officer.liaison ? formatText(strings.LiaisonOfficer, officer.name) : officer.name })),
    [officerList]
  );

  const failure = (status: 'refused' | 'unknown', error: unknown): Notice => {
    const reason = describeListsError(error, listsSite).message;
    return { kind: 'failed', text: formatText(status === 'refused' ? strings.RefusedMessage : strings.UnknownMessage, reason) };
  };

  /** Runs a write; a conflict keeps both versions, a refusal or no answer keeps whatever was typed. */
  const run = async (action: Action, write: () => Promise<EnquiryWriteResult>, saved: (enquiry: IEnquiry) => string, onSaved?: () => void): Promise<void> => {
    const before = current;
    setBusy(action);
    setNotice(undefined);
    let result: EnquiryWriteResult;
    try {
      result = await write();
    } catch (error) {
      result = { status: 'unknown', error: await toDataError(error) };
    }
    setBusy(undefined);
    if (result.status === 'saved') {
      setCurrent(result.enquiry);
      setConflict(undefined);
      setNotice({ kind: 'saved', text: saved(result.enquiry) });
      onSaved?.();
      props.onChanged();
    } else if (result.status === 'conflict') {
      setConflict({ before: conflict?.before ?? before, mine: result.mine, theirs: result.theirs, responseKept: action === 'respond' || (action === 'apply' && conflict?.responseKept === true) });
    } else {
      setNotice(failure(result.status, result.error));
    }
  };

  const addUpdate = async (): Promise<void> => {
    if (updateText.trim() === '') return setMissingText('update');
    setMissingText(undefined);
    setBusy('update');
    setNotice(undefined);
    try {
      if (internal) await repository.addInternalNote(current, updateText.trim());
      else await repository.addUpdate(current, updateText.trim());
      setUpdateText('');
      setNotice({ kind: 'saved', text: internal ? strings.SavedInternalNote : strings.SavedUpdate });
      setUpdatesVersion((version) => version + 1);
    } catch (error) {
      const failed = await toDataError(error);
      setNotice(failure(failed.kind === 'network' || failed.kind === 'unknown' ? 'unknown' : 'refused', failed));
    } finally {
      setBusy(undefined);
    }
  };

  const respond = (): void => {
    if (responseText.trim() === '') return setMissingText('respond');
    setMissingText(undefined);
    void run(
      'respond',
      () => repository.respond(current, responseText.trim()),
      () => strings.SavedResponded,
      () => {
        setResponseText('');
        setUpdatesVersion((version) => version + 1);
      }
    );
  };

  const reopen = (): void => {
    const respondBy = reopenedRespondBy(props.now(), props.targets, calendar);
    void run('reopen', () => repository.reopen(current, respondBy), () => formatText(strings.SavedReopened, formatCalendarDate(respondBy, 'long')));
  };

  const officerName = (id: number | undefined): string => officerList.find((officer) => officer.userId === id)?.name ?? strings.Unassigned;
  const open = current.status !== 'Closed';
  const answered = current.status === 'Responded' || current.status === 'Closed';
  const now = props.now();
  const reopenable = current.status === 'Closed' && current.closed !== undefined && canReopen(current.closed, now, calendar);
  const due = enquiryDueState(current, ukDateAt(now), calendar);
  const disabled = busy !== undefined || conflict !== undefined;

  return (
    <article className={classes.root} aria-labelledby={`enquiry-${current.id}-heading`}>
      <div>
        <DefaultButton text={strings.BackToQueue} iconProps={{ iconName: 'Back' }} onClick={props.onBack} />
      </div>
      <h3 className={classes.heading} id={`enquiry-${current.id}-heading`} ref={headingRef} tabIndex={-1}>
        {current.subject}
      </h3>
      <dl className={classes.facts}>
        <dt>{strings.DetailsStatus}</dt>
        <dd>{statusLabel(current.status)}</dd>
        <dt>{strings.DetailsDue}</dt>
        <dd className={due.kind === 'overdue' ? classes.overdue : undefined}>{dueText(due)}</dd>
        <dt>{strings.DetailsMember}</dt>
        <dd>{current.memberName ?? strings.NotRecorded}</dd>
        <dt>{strings.DetailsWard}</dt>
        <dd>{current.wardTitle ?? strings.NotRecorded}</dd>
        {current.location ? (
          <>
            <dt>{strings.DetailsLocation}</dt>
            <dd>{current.location}</dd>
          </>
        ) : null}
        {current.constituentReference ? (
          <>
            <dt>{strings.DetailsReference}</dt>
            <dd>{current.constituentReference}</dd>
          </>
        ) : null}
        <dt>{strings.DetailsReceived}</dt>
        <dd>{dayAndTimeText(current.received)}</dd>
        <dt>{strings.DetailsAcknowledged}</dt>
        <dd>{current.acknowledged ? dayAndTimeText(current.acknowledged) : strings.NotSet}</dd>
        {current.responded ? (
          <>
            <dt>{strings.DetailsResponded}</dt>
            <dd>{dayAndTimeText(current.responded)}</dd>
          </>
        ) : null}
        {current.closed ? (
          <>
            <dt>{strings.DetailsClosed}</dt>
            <dd>{dayAndTimeText(current.closed)}</dd>
          </>
        ) : null}
        <dt>{strings.DetailsAssigned}</dt>
        <dd>{current.assignedOfficerName ?? strings.Unassigned}</dd>
      </dl>
      {current.loggedOnBehalf ? <p className={classes.text}>{strings.LoggedOnBehalf}</p> : null}
      <h4 className={classes.sub}>{strings.DetailsRequest}</h4>
      <p className={classes.text}>{current.details}</p>

      <h4 className={classes.sub}>{strings.TimelineHeading}</h4>
      {updates.status === 'loading' ? <LoadingState label={strings.TimelineLoading} rows={2} /> : null}
      {updates.status === 'error' ? <DataErrorState error={updates.error} heading={strings.TimelineError} listsSite={listsSite} onRetry={retryUpdates} /> : null}
      {updates.status === 'ready' && updates.value.length === 0 ? <p className={classes.text}>{strings.TimelineEmpty}</p> : null}
      {updates.status === 'ready' && updates.value.length > 0 ? (
        <ol className={classes.timeline}>
          {[...updates.value]
            .sort((a, b) => a.created.getTime() - b.created.getTime() || a.id - b.id)
            .map((update) => (
              <li key={update.id} className={classes.entry}>
                <p className={classes.byline}>
                  {isServiceNotesFolder(update.folderUrl) ? strings.UpdateKindInternal : updateKindLabel(update.kind)}: {formatText(strings.TimelineByline, update.authorName ?? strings.SomeoneUnknown, dayAndTimeText(update.created))}
                </p>
                <p className={classes.text}>{update.body}</p>
              </li>
            ))}
        </ol>
      ) : null}

      <h4 className={classes.sub}>{strings.ActionsHeading}</h4>
      <div aria-live="polite">{busy !== undefined ? <p className={classes.text}>{strings.Saving}</p> : null}</div>
      <div ref={noticeRef} tabIndex={-1} className={classes.notice}>
        {notice ? (
          <MessageBar messageBarType={notice.kind === 'saved' ? MessageBarType.success : MessageBarType.error} isMultiline role={notice.kind === 'saved' ? 'status' : 'alert'}>
            {notice.text}
          </MessageBar>
        ) : null}
      </div>
      {conflict ? (
        <EnquiryConflict
          before={conflict.before}
          mine={conflict.mine}
          theirs={conflict.theirs}
          officers={officerList}
          responseKept={conflict.responseKept}
          busy={busy !== undefined}
          onApplyMine={() => void run('apply', () => repository.change(conflict.theirs, conflict.mine), () => strings.SavedChange)}
          onDiscardMine={() => {
            setCurrent(conflict.theirs);
            setConflict(undefined);
            setNotice({ kind: 'saved', text: strings.Discarded });
            props.onChanged();
          }}
        />
      ) : null}

      {open && current.acknowledged === undefined ? (
        <div className={classes.action}>
          <PrimaryButton
            text={strings.AcknowledgeButton}
            disabled={disabled}
            onClick={() => void run('acknowledge', () => repository.acknowledge(current, props.userId), () => strings.SavedAcknowledged)}
          />
          <p className={classes.text}>{strings.AcknowledgeHint}</p>
        </div>
      ) : null}

      {open ? (
        <div className={classes.action}>
          {officers.status === 'loading' ? <LoadingState label={strings.OfficersLoading} rows={1} /> : null}
          {officers.status === 'error' ? <MessageBar messageBarType={MessageBarType.error}>{strings.OfficersError}</MessageBar> : null}
          {officers.status === 'ready' && officerList.length === 0 ? <p className={classes.text}>{strings.NoOfficers}</p> : null}
          {officerList.length > 0 ? (
            <>
              <Dropdown
                label={formatText(strings.AssignLabel, props.service.title)}
                options={officerOptions}
                selectedKey={chosenOfficer ?? null}
                onChange={(_event, option) => option && setAssignTo(Number(option.key))}
                styles={(styleProps) => ({ ...wrappingDropdown(styleProps), ...readableDropdownPlaceholder(styleProps) })}
              />
              <DefaultButton
                text={strings.AssignButton}
                disabled={disabled || chosenOfficer === undefined || chosenOfficer === current.assignedOfficerId}
                onClick={() => {
                  if (chosenOfficer === undefined) return;
                  void run('assign', () => repository.assign(current, chosenOfficer), () => formatText(strings.SavedAssigned, officerName(chosenOfficer)));
                }}
              />
            </>
          ) : null}
        </div>
      ) : null}

      {open ? (
        <div className={classes.action}>
          <ChoiceGroup
            label={strings.UpdateAudienceLabel}
            options={audienceOptions}
            selectedKey={internal ? 'internal' : 'member'}
            onChange={(_event, option) => setInternal(option?.key === 'internal')}
          />
          <TextField
            label={internal ? strings.InternalNoteLabel : strings.UpdateLabel}
            description={internal ? strings.InternalNoteHint : strings.UpdateHint}
            multiline
            autoAdjustHeight
            value={updateText}
            onChange={(_event, value) => setUpdateText(value ?? '')}
            errorMessage={missingText === 'update' ? strings.TextRequired : undefined}
          />
          <DefaultButton text={internal ? strings.AddInternalNoteButton : strings.AddUpdateButton} disabled={busy !== undefined} onClick={() => void addUpdate()} />
        </div>
      ) : null}

      {open && !answered ? (
        <div className={classes.action}>
          <TextField
            label={strings.RespondLabel}
            description={strings.RespondHint}
            multiline
            autoAdjustHeight
            value={responseText}
            onChange={(_event, value) => setResponseText(value ?? '')}
            errorMessage={missingText === 'respond' ? strings.TextRequired : undefined}
          />
          <PrimaryButton text={strings.RespondButton} disabled={disabled} onClick={respond} />
        </div>
      ) : null}

      <div className={classes.buttons}>
        {open ? <DefaultButton text={strings.CloseEnquiryButton} disabled={disabled} onClick={() => void run('close', () => repository.close(current), () => strings.SavedClosed)} /> : null}
        {reopenable ? <DefaultButton text={strings.ReopenButton} disabled={disabled} onClick={reopen} /> : null}
      </div>
      {current.status === 'Closed' && current.closed !== undefined && !reopenable ? (
        <p className={classes.text}>{formatText(strings.ReopenWindowOver, dayText(new Date(reopenWindowEnd(current.closed, calendar).getTime() - 1)))}</p>
      ) : null}
    </article>
  );
}

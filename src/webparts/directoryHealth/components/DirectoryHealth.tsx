import * as React from 'react';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'DirectoryHealthWebPartStrings';
import type { ICoverageRepository } from '../../../data/CoverageRepository';
import type { IHealthRepository } from '../../../data/IHealthRepository';
import type { IRequestEvents } from '../../../contracts/requestEvents';
import type { IListsSite } from '../../../data/resolveListsSite';
import { directoryHealthReport } from '../../../model/health/directoryHealthReport';
import { editFormUrl } from '../../../model/health/editFormUrl';
import { describeListsError } from '../../../ui/describeListsError';
import { formatText } from '../../../ui/formatText';
import { formatTime } from '../../../ui/formatTime';
import { getId } from '@fluentui/react/lib/Utilities';
import { useAsyncResource } from '../../../ui/useAsyncResource';
import { CouncilSettingsSection } from './CouncilSettingsSection';
import { EditUrlContext, EditUrlOf } from './EditFormLink';
import { BriefingCoverageSection } from './BriefingCoverageSection';
import { HealthReportView } from './HealthReportView';
import { CheckOutcome, useHealthSnapshot } from './useHealthSnapshot';
import { WebPartFrame } from '../../shared/components/WebPartFrame';
import type { ViewBody } from '../../shared/components/ViewState';
import { Button } from '../../../ui/controls/Button';
import { Notice } from '../../../ui/controls/Notice';

export interface IDirectoryHealthProps {
  repository: IHealthRepository;
  /** Who has read and acknowledged the briefings (site owners see everyone's receipts). */
  coverage?: ICoverageRepository;
  /** Retry notices from the data layer, shown as a calm "still trying" message. */
  requestEvents?: IRequestEvents;
  title: string;
  /** Where the lists live and which setting chose them: errors say what to change, edit forms open there. */
  listsSite: IListsSite;
  /** Officers not reviewed for longer than this many months are listed. */
  reviewMonths: number;
  /** SharePoint theme; absent means Fluent's default. */
  theme?: PartialTheme;
  /** The page edit forms return to; this page unless told otherwise. */
  returnUrl?: () => string;
  /** The clock (tests). */
  now?: () => Date;
}

const classes = mergeStyleSets({
  root: { gap: 16 },
  intro: { margin: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12 },
  status: { margin: 0 }
});

const CHECK_MESSAGES: Readonly<Record<CheckOutcome, string>> = {
  unchanged: strings.CheckedNoChanges,
  updated: strings.CheckedUpdated
};

/** Root of the directory health web part: reads the lists, runs the rules, and keeps the counts current. */
export function DirectoryHealth(props: IDirectoryHealthProps): JSX.Element {
  const { state, retry, checkAgain } = useHealthSnapshot(props.repository, props.now);
  const settingsHeadingId = React.useMemo(() => getId('directory-health-settings'), []);
  const loadSettings = React.useCallback(() => props.repository.settings(), [props.repository]);
  const [settings] = useAsyncResource(loadSettings);
  const { listsSite, returnUrl } = props;
  const listsSiteUrl = listsSite.url;
  const editUrlOf = React.useCallback<EditUrlOf>(
    (item) => editFormUrl(listsSiteUrl, item.list, item.id, returnUrl ? returnUrl() : window.location.href),
    [listsSiteUrl, returnUrl]
  );
  const report = React.useMemo(
    () => (state.status === 'ready' ? directoryHealthReport(state.snapshot.data, { today: state.checkedAt, reviewMonths: props.reviewMonths }) : undefined),
    [state, props.reviewMonths]
  );

  let body: ViewBody;
  if (state.status === 'loading') {
    body = { kind: 'loading', label: strings.LoadingLabel };
  } else if (state.status === 'error') {
    body = { kind: 'error', heading: strings.ErrorHeading, error: state.error, onRetry: retry };
  } else {
    const checked = formatTime(state.checkedAt);
    body = {
      kind: 'ready',
      content: (
        <>
          <div className={classes.toolbar}>
            <Button text={strings.CheckAgainButton} iconName="Refresh" onClick={checkAgain} disabled={state.checking} />
            <p className={classes.status} role="status">
              {state.checking ? strings.Checking : formatText(state.lastCheck ? CHECK_MESSAGES[state.lastCheck] : strings.CheckedAt, checked)}
            </p>
          </div>
          {state.checkError !== undefined ? (
            <Notice type="warning">
              <strong>{strings.CheckFailedHeading}</strong> {describeListsError(state.checkError, listsSite).message}
            </Notice>
          ) : null}
          {report ? <HealthReportView report={report} /> : null}
          {settings.status === 'ready' ? <CouncilSettingsSection read={settings.value} headingId={settingsHeadingId} /> : null}
        </>
      )
    };
  }

  return (
    <EditUrlContext.Provider value={editUrlOf}>
      <WebPartFrame
        title={props.title}
        idPrefix="directory-health"
        theme={props.theme}
        listsSite={listsSite}
        requestEvents={props.requestEvents}
        busy={state.status === 'ready' && state.checking}
        rootStyle={classes.root}
        lead={<p className={classes.intro}>{strings.Intro}</p>}
        body={body}
        after={props.coverage ? <BriefingCoverageSection repository={props.coverage} listsSiteUrl={listsSiteUrl} /> : null}
      />
    </EditUrlContext.Provider>
  );
}

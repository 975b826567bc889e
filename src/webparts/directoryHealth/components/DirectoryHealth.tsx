import * as React from 'react';
import { ThemeProvider, PartialTheme } from '@fluentui/react/lib/Theme';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'DirectoryHealthWebPartStrings';
import * as common from 'CommonStrings';
import type { IHealthRepository } from '../../../data/IHealthRepository';
import type { IRequestEvents } from '../../../data/IRequestEvents';
import type { IListsSite } from '../../../data/resolveListsSite';
import { directoryHealthReport } from '../../../model/health/directoryHealthReport';
import { editFormUrl } from '../../../model/health/editFormUrl';
import { describeDataError } from '../../../ui/describeDataError';
import { formatText } from '../../../ui/formatText';
import { formatTime } from '../../../ui/formatTime';
import { DataErrorState } from '../../../ui/states/DataErrorState';
import { LoadingState } from '../../../ui/states/LoadingState';
import { RetryingNotice } from '../../../ui/states/RetryingNotice';
import { useRetryNotice } from '../../../ui/useRetryNotice';
import { webPartRoot } from '../../../ui/styles';
import { EditUrlContext, EditUrlOf } from './EditFormLink';
import { HealthReportView } from './HealthReportView';
import { CheckOutcome, useHealthSnapshot } from './useHealthSnapshot';

export interface IDirectoryHealthProps {
  repository: IHealthRepository;
  /** Retry notices from the data layer, shown as a calm "still trying" message. */
  requestEvents?: IRequestEvents;
  title: string;
  /** Where the lists live: error messages name it and edit forms open there. */
  listsSiteUrl: string;
  /** Site settings that were not usable addresses and so were skipped; shown so someone fixes them. */
  ignoredListsSiteSettings?: IListsSite['ignored'];
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
  root: { ...webPartRoot, gap: 16 },
  title: { margin: 0, fontSize: 24, fontWeight: 600 },
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
  const headingId = React.useMemo(() => getId('directory-health'), []);
  const notice = useRetryNotice(props.requestEvents, state.status === 'loading' || (state.status === 'ready' && state.checking));
  const { listsSiteUrl, returnUrl } = props;
  const editUrlOf = React.useCallback<EditUrlOf>(
    (item) => editFormUrl(listsSiteUrl, item.list, item.id, returnUrl ? returnUrl() : window.location.href),
    [listsSiteUrl, returnUrl]
  );
  const report = React.useMemo(
    () => (state.status === 'ready' ? directoryHealthReport(state.snapshot.data, { today: state.checkedAt, reviewMonths: props.reviewMonths }) : undefined),
    [state, props.reviewMonths]
  );

  let body: JSX.Element;
  if (state.status === 'loading') {
    body = <LoadingState label={strings.LoadingLabel} />;
  } else if (state.status === 'error') {
    body = <DataErrorState error={state.error} heading={strings.ErrorHeading} listsSiteUrl={listsSiteUrl} onRetry={retry} />;
  } else {
    const checked = formatTime(state.checkedAt);
    body = (
      <>
        <div className={classes.toolbar}>
          <DefaultButton text={strings.CheckAgainButton} iconProps={{ iconName: 'Refresh' }} onClick={checkAgain} disabled={state.checking} />
          <p className={classes.status} role="status">
            {state.checking ? strings.Checking : formatText(state.lastCheck ? CHECK_MESSAGES[state.lastCheck] : strings.CheckedAt, checked)}
          </p>
        </div>
        {state.checkError !== undefined ? (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            <strong>{strings.CheckFailedHeading}</strong> {describeDataError(state.checkError, listsSiteUrl, common).message}
          </MessageBar>
        ) : null}
        {report ? <HealthReportView report={report} /> : null}
      </>
    );
  }

  return (
    <ThemeProvider theme={props.theme}>
      <EditUrlContext.Provider value={editUrlOf}>
        <section className={classes.root} aria-labelledby={headingId}>
          <h2 id={headingId} className={classes.title}>
            {props.title}
          </h2>
          {(props.ignoredListsSiteSettings ?? []).map((setting) => (
            <MessageBar key={setting.source} messageBarType={MessageBarType.warning} isMultiline>
              {formatText(setting.source === 'webPartProperty' ? common.IgnoredWebPartSiteSetting : common.IgnoredTenantSiteSetting, setting.value)}
            </MessageBar>
          ))}
          <p className={classes.intro}>{strings.Intro}</p>
          {notice ? <RetryingNotice message={formatText(common.RetryingMessage, notice.attempt)} /> : null}
          {body}
        </section>
      </EditUrlContext.Provider>
    </ThemeProvider>
  );
}

import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { PartialTheme, ThemeProvider, useTheme } from '@fluentui/react/lib/Theme';
import { getId } from '@fluentui/react/lib/Utilities';
import * as common from 'CommonStrings';
import * as strings from 'WardContactsWebPartStrings';
import type { IListsSite } from '../../../data/resolveListsSite';
import type { IBriefingRepository } from '../../../data/IBriefingRepository';
import type { IMemberRepository } from '../../../data/IMemberRepository';
import type { IOfficerRepository } from '../../../data/IOfficerRepository';
import type { IRequestEvents } from '../../../contracts/requestEvents';
import type { IBriefingReader, IWeeklyBriefing } from '../../../model/Briefing';
import type { IMemberDirectory } from '../../../model/Member';
import { compareNames } from '../../../model/uiLocale';
import type { IOfficerDirectory } from '../../../model/Officer';
import { mondayOf, ukDateOf } from '../../../schema/ukDates';
import { formatCalendarDate } from '../../../ui/formatCalendarDate';
import { defaultServiceIds, wardContactSheet } from '../../../model/wardContactSheet';
import { buildItemDeepLink, ITeamsHost, teamsAccount } from '../../../teams/teamsHost';
import { copyText } from '../../../ui/copyText';
import { formatText } from '../../../ui/formatText';
import { DataErrorState } from '../../../ui/states/DataErrorState';
import { LazySanitisedHtml } from '../../../ui/LazySanitisedHtml';
import { EmptyState } from '../../../ui/states/EmptyState';
import { LoadingState } from '../../../ui/states/LoadingState';
import { RetryingNotice } from '../../../ui/states/RetryingNotice';
import { focusRing, minimumTarget, webPartRoot } from '../../../ui/styles';
import { useAsyncResource } from '../../../ui/useAsyncResource';
import { SavedCopyNotice } from '../../../ui/states/SavedCopyNotice';
import { combineSavedCopyStates, useRevalidationStatus } from '../../../ui/states/useRevalidationStatus';
import { useObjectUrl } from '../../../ui/useObjectUrl';
import { useRetryNotice } from '../../../ui/useRetryNotice';
import { browserUrlStateStore, IUrlStateStore } from '../../../ui/urlStateStore';
import { hiddenInPrint, printedBlackOnWhite } from '../../memberBriefings/components/printStyles';
import { enquiriesHref } from '../../shared/enquiriesPageLink';
import {
  IWardContactsUrlState,
  parseWardContactsQuery,
  parseWardContactsSubPageId,
  serialiseWardContactsQuery,
  wardContactsSubPageId
} from './wardContactsUrlState';
import { WardSheet } from './WardSheet';
import { wardSheetText, wardSheetVCardFileName, wardSheetVCards } from './wardSheetText';
import { Button, LinkButton } from '../../../ui/controls/Button';
import { MultiSelect } from '../../../ui/controls/MultiSelect';
import { ISelectOption, Select } from '../../../ui/controls/Select';

/** The three existing repositories the sheet reads through; no list is read that they do not already read. */
export interface IWardContactsRepositories {
  readonly members: IMemberRepository;
  readonly officers: IOfficerRepository;
  readonly briefings: IBriefingRepository;
}

export interface IWardContactsProps {
  repository: IWardContactsRepositories;
  /** Retry notices from the data layer, shown as a calm "still trying" message. */
  requestEvents?: IRequestEvents;
  title: string;
  /** Where the lists are and which setting chose them: errors say what to change. */
  listsSite: IListsSite;
  /** The council's name, for the contact cards' ORG. */
  councilName?: string;
  /** The Member enquiries page: the sheet offers "Raise an enquiry about <ward>" there. */
  enquiriesPageUrl?: string;
  theme?: PartialTheme;
  /** The signed-in account (email) outside Teams; in Teams, Teams says who is signed in. */
  account?: string;
  teams?: ITeamsHost;
  /** Where the ward and chosen services are kept; the address bar unless told otherwise. */
  urlStateStore?: IUrlStateStore;
  /** The page's address without a query, for the link to share; the current page by default. */
  pageUrl?: string;
  /** The clock, for tests. */
  now?: () => Date;
}

interface IDirectories {
  readonly directory: IMemberDirectory;
  readonly officers: IOfficerDirectory;
}

interface IThisWeek {
  readonly reader: IBriefingReader | undefined;
  readonly week: IWeeklyBriefing;
}

function currentPageUrl(): string {
  return typeof window === 'undefined' ? '' : `${window.location.origin}${window.location.pathname}`;
}

function useClasses() {
  const theme = useTheme();
  return React.useMemo(
    () =>
      mergeStyleSets({
        root: [
          { ...webPartRoot, gap: 12 },
          printedBlackOnWhite,
          { selectors: { '@media print': { fontSize: '10pt', lineHeight: 1.3, gap: 4 } } }
        ],
        title: { margin: 0, fontSize: 24, fontWeight: 600 },
        pickers: [
          { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end', selectors: { '> *': { flex: '1 1 14em', minWidth: 0 } } },
          hiddenInPrint
        ],
        sheet: { display: 'grid', gap: 12, gridTemplateColumns: 'minmax(0, 1fr)', selectors: { '@media print': { gap: 4 } } },
        sheetHeading: { margin: '8px 0 0', fontSize: 20, fontWeight: 600 },
        actions: [{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: 8 }, hiddenInPrint],
        action: { ...minimumTarget, ...focusRing(theme) },
        status: [{ margin: 0 }, hiddenInPrint],
        plain: { margin: 0 }
      }),
    [theme]
  );
}


/**
 * Root of the ward contact sheet (web part, Teams tab, personal app): "Councillors and officers for
 * Ward X, and who to call about what". The ward (a member's own by default) and any chosen services
 * live in the address, so the sheet is one shareable link; it prints on one or two A4 pages.
 */
export function WardContacts(props: IWardContactsProps): JSX.Element {
  return (
    <ThemeProvider theme={props.theme}>
      <WardContactsView {...props} />
    </ThemeProvider>
  );
}

function WardContactsView(props: IWardContactsProps): JSX.Element {
  const { repository: repositories, teams } = props;
  const classes = useClasses();
  const store = props.urlStateStore ?? browserUrlStateStore;
  const now = props.now ?? ((): Date => new Date());
  const thisWeek = mondayOf(ukDateOf(now()));
  const idPrefix = React.useMemo(() => getId('ward-contacts'), []);
  // A Teams deep link arrives as the sub-page id; a web link (also Teams' fallback) as URL parameters.
  const [location, setLocation] = React.useState<IWardContactsUrlState>(
    () => parseWardContactsSubPageId(teams?.context.subPageId) ?? parseWardContactsQuery(store.read())
  );
  const [status, setStatus] = React.useState('');
  // The services' how-to-contact rich text needs the sanitiser's chunk: fetch it while the directories are on the way.
  React.useEffect(() => LazySanitisedHtml.preload(), []);

  React.useEffect(() => {
    store.write(serialiseWardContactsQuery(location, store.read()));
  }, [location, store]);

  const account = (teams ? teamsAccount(teams.context) : undefined) ?? props.account;
  // Cache first: the directories' browser copies are drawn at once; a copy whose lists changed is replaced
  // when they have been read again (whichever answers first, the sheet always shows the newest of each).
  // A copy whose check failed stays drawn; one notice says so for all three, with Try again.
  const [membersCopy, onMembersRevalidation] = useRevalidationStatus();
  const [officersCopy, onOfficersRevalidation] = useRevalidationStatus();
  const [weekCopy, onWeekRevalidation] = useRevalidationStatus();
  const loadDirectories = React.useCallback(
    async (update: (directories: IDirectories) => void): Promise<IDirectories> => {
      const newest: { directory?: IDirectories['directory']; officers?: IDirectories['officers'] } = {};
      let drawn = false;
      const redraw = (): void => {
        if (drawn && newest.directory && newest.officers) update({ directory: newest.directory, officers: newest.officers });
      };
      const [directory, officers] = await Promise.all([
        repositories.members.loadDirectory((fresh) => {
          newest.directory = fresh;
          redraw();
        }, onMembersRevalidation),
        repositories.officers.searchIndex(
          undefined,
          (fresh) => {
            newest.officers = fresh;
            redraw();
          },
          onOfficersRevalidation
        )
      ]);
      newest.directory = newest.directory ?? directory;
      newest.officers = newest.officers ?? officers;
      drawn = true;
      return { directory: newest.directory, officers: newest.officers };
    },
    [repositories, onMembersRevalidation, onOfficersRevalidation]
  );
  // The reader and this week's briefing come in the briefings' opening round trip (or its browser copy, then
  // that round trip in the background); forWeek then reuses it.
  const loadThisWeek = React.useCallback(
    async (update: (thisWeekRead: IThisWeek) => void): Promise<IThisWeek> => {
      const reader = await repositories.briefings.opening(
        thisWeek,
        account,
        (fresh) => {
          repositories.briefings.forWeek(thisWeek).then(
            (week) => update({ reader: fresh, week }),
            () => undefined // The copy stays drawn; the next visit reads again.
          );
        },
        onWeekRevalidation
      );
      const week = await repositories.briefings.forWeek(thisWeek);
      return { reader, week };
    },
    [repositories, thisWeek, account, onWeekRevalidation]
  );
  const [directories, retryDirectories] = useAsyncResource(loadDirectories);
  const [week, retryWeek] = useAsyncResource(loadThisWeek);
  const notice = useRetryNotice(props.requestEvents, directories.status === 'loading' || week.status === 'loading');

  const readerWard = week.status === 'ready' ? week.value.reader?.ward : undefined;
  const wardId = location.wardId ?? readerWard?.id;
  const items = week.status === 'ready' ? week.value.week.items : [];
  const sheet =
    directories.status === 'ready' && wardId !== undefined
      ? wardContactSheet({ directory: directories.value.directory, officers: directories.value.officers, items, wardId, serviceIds: location.serviceIds })
      : undefined;
  const shared: IWardContactsUrlState = { wardId, serviceIds: location.serviceIds };
  const webLink = `${props.pageUrl ?? currentPageUrl()}${serialiseWardContactsQuery(shared)}`;
  // In Teams, a deep link that opens this tab at the same ward; elsewhere the page's address.
  const link = buildItemDeepLink(teams?.context, { subPageId: wardContactsSubPageId(shared), label: '', webUrl: webLink });
  const vCards = useObjectUrl(sheet ? wardSheetVCards(sheet, props.councilName) : undefined, 'text/vcard');

  const copy = (text: string, done: string): void => {
    copyText(text).then(
      (copied) => setStatus(copied ? done : strings.CopyFailed),
      () => setStatus(strings.CopyFailed)
    );
  };

  const waitingForDefaultWard = location.wardId === undefined && week.status === 'loading';
  let body: React.ReactNode;
  if (directories.status === 'loading' || waitingForDefaultWard) {
    body = <LoadingState label={strings.LoadingLabel} />;
  } else if (directories.status === 'error') {
    body = <DataErrorState error={directories.error} heading={strings.ErrorHeading} listsSite={props.listsSite} onRetry={retryDirectories} />;
  } else {
    const { directory, officers } = directories.value;
    const savedCopy = combineSavedCopyStates([membersCopy, officersCopy, week.status === 'ready' ? weekCopy : { failure: undefined, checking: false }]);
    const wardOptions: ISelectOption[] = [...directory.wards]
      .sort((a, b) => compareNames(a.name, b.name))
      .map((ward) => ({ key: String(ward.id), text: ward.name }));
    const serviceOptions: ISelectOption[] = [...officers.services]
      .sort((a, b) => compareNames(a.name, b.name))
      .map((service) => ({ key: String(service.id), text: service.name }));
    const shownServiceIds = wardId === undefined ? [] : (location.serviceIds ?? defaultServiceIds(items, wardId));
    const weekLine = week.status === 'ready' && week.value.week.briefing ? formatText(strings.WeekLine, formatCalendarDate(thisWeek, 'long')) : undefined;
    body = (
      <>
        <SavedCopyNotice state={savedCopy} listsSiteUrl={props.listsSite.url} />
        {readerWard ? <p className={classes.plain}>{formatText(strings.ReaderWard, readerWard.name)}</p> : null}
        <div className={classes.pickers}>
          <Select
            label={strings.WardPickerLabel}
            placeholder={strings.WardPickerPlaceholder}
            options={wardOptions}
            selectedKey={wardId === undefined ? '' : String(wardId)}
            onChange={(key) => {
              if (key !== '') setLocation({ wardId: Number(key), serviceIds: location.serviceIds });
            }}
          />
          {sheet ? (
            <MultiSelect
              label={strings.ServicesPickerLabel}
              placeholder={strings.ServicesPickerPlaceholder}
              options={serviceOptions}
              selectedKeys={shownServiceIds.map(String)}
              onChange={(key, selected) => {
                const id = Number(key);
                const next = selected ? [...shownServiceIds.filter((shown) => shown !== id), id] : shownServiceIds.filter((shown) => shown !== id);
                setLocation({ wardId, serviceIds: next });
              }}
            />
          ) : null}
        </div>
        {sheet && location.serviceIds !== undefined ? (
          <div className={classes.pickers}>
            <Button text={strings.ServicesResetButton} onClick={() => setLocation({ wardId })} />
          </div>
        ) : null}
        {wardId === undefined ? (
          <EmptyState heading={strings.ChooseWardHeading} message={strings.ChooseWardMessage} />
        ) : !sheet ? (
          <EmptyState heading={strings.WardNotFoundHeading} message={strings.WardNotFoundMessage} />
        ) : (
          <section aria-labelledby={`${idPrefix}-sheet`} className={classes.sheet}>
            <h3 id={`${idPrefix}-sheet`} className={classes.sheetHeading}>
              {formatText(strings.SheetHeading, sheet.ward.name)}
            </h3>
            <ul className={classes.actions} aria-label={strings.SheetActionsLabel}>
              <li>
                <Button variant="subtle" className={classes.action} iconName="Print" text={strings.PrintButton} onClick={() => window.print()} />
              </li>
              <li>
                <Button variant="subtle" className={classes.action} iconName="Copy" text={strings.CopyAllButton} onClick={() => copy(wardSheetText(sheet, link), strings.CopiedAll)} />
              </li>
              <li>
                <Button variant="subtle" className={classes.action} iconName="Link" text={strings.CopyLinkButton} onClick={() => copy(link, strings.CopiedLink)} />
              </li>
              {props.enquiriesPageUrl ? (
                <li>
                  <LinkButton
                    className={classes.action}
                    iconName="Inbox"
                    text={formatText(strings.RaiseEnquiryLink, sheet.ward.name)}
                    href={enquiriesHref(props.enquiriesPageUrl, { wardId: sheet.ward.id })}
                  />
                </li>
              ) : null}
              {vCards ? (
                <li>
                  <LinkButton
                    className={classes.action}
                    iconName="AddFriend"
                    text={strings.DownloadVCards}
                    href={vCards}
                    download={wardSheetVCardFileName(sheet.ward.name)}
                  />
                </li>
              ) : null}
            </ul>
            <p className={classes.status} role="status">
              {status}
            </p>
            <WardSheet
              sheet={sheet}
              defaultServices={location.serviceIds === undefined}
              enquiriesPageUrl={props.enquiriesPageUrl}
              weekLine={weekLine}
              briefingState={week.status === 'error' ? 'unavailable' : week.status === 'ready' && !week.value.week.briefing ? 'none' : 'ready'}
              briefingFallback={
                week.status === 'error' ? (
                  <DataErrorState
                    error={week.error}
                    heading={strings.BriefingErrorHeading}
                    listsSite={props.listsSite}
                    onRetry={retryWeek}
                  />
                ) : undefined
              }
            />
          </section>
        )}
      </>
    );
  }

  return (
    <section className={classes.root} aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`} className={classes.title}>
        {props.title}
      </h2>
      {notice ? <RetryingNotice message={formatText(common.RetryingMessage, notice.attempt)} /> : null}
      {body}
    </section>
  );
}

import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'MemberBriefingsWebPartStrings';
import type { IBriefingRepository } from '../../../data/IBriefingRepository';
import type { IReceiptRepository } from '../../../data/IReceiptRepository';
import type { IRequestEvents } from '../../../contracts/requestEvents';
import type { IListsSite } from '../../../data/resolveListsSite';
import type { IBriefingReader } from '../../../model/Briefing';
import type { IWard } from '../../../model/Member';
import { settingsForPage } from '../../../model/hubSettings';
import type { IPreElectionPeriod } from '../../../model/preElectionPeriod';
import { mondayOf, monthOf, ukDateOf, type CalendarDate, type CalendarMonth } from '../../../schema/ukDates';
import { buildItemDeepLink, canShareDeepLink, ITeamsHost, shareDeepLink, teamsAccount } from '../../../teams/teamsHost';
import { formatText } from '../../../ui/formatText';
import { useAsyncResource } from '../../../ui/useAsyncResource';
import { SavedCopyNotice } from '../../../ui/states/SavedCopyNotice';
import { useRevalidationStatus } from '../../../ui/states/useRevalidationStatus';
import { browserUrlStateStore, IUrlStateStore } from '../../../ui/urlStateStore';
import { TabList, TabPanel, useTabIds } from '../../../ui/controls/Tabs';
import { BriefingArchive } from './BriefingArchive';
import { BriefingSearch } from './BriefingSearch';
import { BriefingsHelp } from './BriefingsHelp';
import { BriefingWeekView } from './BriefingWeekView';
import { IBriefingLocation, itemSubPageId, parseBriefingQuery, parseSubPageId, serialiseBriefingQuery } from './briefingLocation';
import type { IItemLinking } from './itemLinking';
import { PreElectionNotice } from './PreElectionNotice';
import { hiddenInPrint, printedBlackOnWhite } from './printStyles';
import { ReaderWardChooser } from './ReaderWardChooser';
import { WardLabel, wardTerms } from './wardTerms';
import { WeekNavigation } from './WeekNavigation';
import { uiLocale } from '../../../model/uiLocale';
import { WebPartFrame } from '../../shared/components/WebPartFrame';
import { LazySanitisedHtml } from '../../../ui/LazySanitisedHtml';

export interface IMemberBriefingsProps {
  repository: IBriefingRepository;
  /** Read and acknowledged receipts; offered to members only. */
  receipts?: IReceiptRepository;
  /** Retry notices from the data layer, shown as a calm "still trying" message. */
  requestEvents?: IRequestEvents;
  title: string;
  /** Where the lists live and which setting chose that site, so errors can say what to change. */
  listsSite: IListsSite;
  /** The page's own word for a ward; undefined: the council's (HubSettings), else "ward". */
  wardLabel?: WardLabel;
  /** The page's own pre-election period; undefined: the council's, if it set one. */
  preElectionPeriod?: IPreElectionPeriod;
  /** The SharePoint page's theme, or in Teams, Teams' own (the shell follows the user's switches). */
  theme?: PartialTheme;
  /** The signed-in account (email) outside Teams; in Teams, Teams says who is signed in. */
  account?: string;
  /** Present when running in Teams. */
  teams?: ITeamsHost;
  /** Where the week and an opened item are kept; the address bar unless told otherwise. */
  urlStateStore?: IUrlStateStore;
  /** The page's address without a query, for links to share; the current page by default. */
  pageUrl?: string;
  /** The clock, for tests. */
  now?: () => Date;
}

type BriefingTab = 'week' | 'archive' | 'search';

const classes = mergeStyleSets({
  tabRow: hiddenInPrint,
  tabPanel: { display: 'grid', gap: 12, paddingTop: 12 },
  readerWard: { margin: 0 }
});

function currentPageUrl(): string {
  return typeof window === 'undefined' ? '' : `${window.location.origin}${window.location.pathname}`;
}

/** Root of the member briefings web part (and Teams tab): this week's briefing, the archive and search. */
export function MemberBriefings(props: IMemberBriefingsProps): JSX.Element {
  const { repository, teams } = props;
  const store = props.urlStateStore ?? browserUrlStateStore;
  const now = props.now ?? ((): Date => new Date());
  const today = ukDateOf(now());
  const thisWeek = mondayOf(today);
  const locale = uiLocale();
  const idPrefix = React.useMemo(() => getId('member-briefings'), []);
  // The items' rich text needs the sanitiser's chunk: fetch it while this week's briefing is on the way.
  React.useEffect(() => LazySanitisedHtml.preload(), []);

  // A Teams deep link arrives as the sub-page id; a web link (also Teams' fallback) as URL parameters.
  const [location, setLocation] = React.useState<IBriefingLocation>(() => {
    const fromTeams = parseSubPageId(teams?.context.subPageId);
    return fromTeams.itemId !== undefined ? fromTeams : parseBriefingQuery(store.read());
  });
  const week = location.week ?? thisWeek;
  const [tab, setTab] = React.useState<BriefingTab>('week');
  const tabIds = useTabIds<BriefingTab>(`${idPrefix}-tabs`);
  const tabs = React.useMemo(
    () => [
      { key: 'week' as const, text: strings.TabWeek },
      { key: 'archive' as const, text: strings.TabArchive },
      { key: 'search' as const, text: strings.TabSearch }
    ],
    []
  );
  const [month, setMonth] = React.useState<CalendarMonth>(() => monthOf(week));
  const [searchText, setSearchText] = React.useState('');
  const [chosenWard, setChosenWard] = React.useState<IWard | undefined>(undefined);

  React.useEffect(() => {
    store.write(serialiseBriefingQuery({ week: location.week === thisWeek ? undefined : location.week, itemId: location.itemId }, store.read()));
  }, [location, store, thisWeek]);

  const account = (teams ? teamsAccount(teams.context) : undefined) ?? props.account;
  // The week opened first: its briefing and the wards come in the same round trip as the reader.
  const openingWeek = React.useRef(week).current;
  // Cache first: a browser copy of the opening is drawn at once; when the round trip that revalidates it
  // read something else, `openingRevision` moves on and the week, wards and settings are taken again.
  const [openingRevision, setOpeningRevision] = React.useState(0);
  // A failed revalidation keeps the copy drawn and says so (SavedCopyNotice), with Try again.
  const [savedCopy, onRevalidation] = useRevalidationStatus();
  const loadReader = React.useCallback(
    (update: (reader: IBriefingReader | undefined) => void): Promise<IBriefingReader | undefined> =>
      repository.opening(
        openingWeek,
        account,
        (fresh) => {
          update(fresh);
          setOpeningRevision((revision) => revision + 1);
        },
        onRevalidation
      ),
    [repository, account, openingWeek, onRevalidation]
  );
  const [reader] = useAsyncResource(loadReader);
  // Read in the same $batch as the reader: the settings a Teams personal app cannot take from a property pane.
  const loadSettings = React.useCallback(() => repository.settings(), [repository]);
  const [centralSettings] = useAsyncResource(loadSettings, openingRevision);
  const settings = settingsForPage(centralSettings.status === 'ready' ? centralSettings.value.settings : {}, {
    wardWord: props.wardLabel,
    preElectionPeriod: props.preElectionPeriod
  });
  const terms = wardTerms(settings.wardWord ?? 'ward');

  const pageUrl = props.pageUrl ?? currentPageUrl();
  const webUrl = React.useCallback(
    (target: IBriefingLocation): string => `${pageUrl}${serialiseBriefingQuery(target, store.read())}`,
    [pageUrl, store]
  );
  const linking = React.useMemo(
    (): IItemLinking => ({
      linkTo: (itemId, itemWeek) =>
        buildItemDeepLink(teams?.context, { subPageId: itemSubPageId(itemId, itemWeek), label: '', webUrl: webUrl({ week: itemWeek, itemId }) }),
      canShare: canShareDeepLink(teams?.teamsJs, teams?.context),
      share: (itemId, itemWeek, label) =>
        shareDeepLink(teams?.teamsJs, teams?.context, { subPageId: itemSubPageId(itemId, itemWeek), label, webUrl: webUrl({ week: itemWeek, itemId }) })
    }),
    [teams, webUrl]
  );

  const openWeek = (next: CalendarDate): void => {
    setLocation({ week: next });
    setTab('week');
  };
  const openItem = (itemId: number, itemWeek: CalendarDate): void => {
    setLocation({ week: itemWeek, itemId });
    setTab('week');
  };

  const memberWard = reader.status === 'ready' ? reader.value?.ward : undefined;
  const isMember = reader.status === 'ready' && reader.value !== undefined;
  const readerWard = memberWard ?? chosenWard;
  const readerWardHeading = memberWard ? terms.affectingYours : formatText(strings.AffectingNamedArea, readerWard?.name ?? '');
  const weekHeadingId = `${idPrefix}-week`;

  return (
    <WebPartFrame
      title={props.title}
      idPrefix={idPrefix}
      theme={props.theme}
      listsSite={props.listsSite}
      requestEvents={props.requestEvents}
      rootStyle={printedBlackOnWhite}
      lead={
        <>
          <SavedCopyNotice state={savedCopy} listsSiteUrl={props.listsSite.url} />
          <PreElectionNotice period={settings.preElectionPeriod} today={today} locale={locale} />
        </>
      }
      body={
        reader.status === 'loading'
          ? { kind: 'loading', label: strings.LoadingLabel }
          : {
              kind: 'ready',
              content: (
                <>
                  {memberWard ? <p className={classes.readerWard}>{formatText(strings.ReaderWard, memberWard.name)}</p> : null}
                  {!isMember || !memberWard ? (
                    <ReaderWardChooser repository={repository} revision={openingRevision} terms={terms} wardId={chosenWard?.id} onWardChange={setChosenWard} />
                  ) : null}
                  <TabList label={strings.TabsLabel} className={classes.tabRow} tabs={tabs} selectedKey={tab} ids={tabIds} onSelect={setTab} />
                  <TabPanel selectedKey={tab} ids={tabIds}>
                    {tab === 'week' ? (
                      <div className={classes.tabPanel} role="region" aria-labelledby={weekHeadingId}>
                        <WeekNavigation week={week} thisWeek={thisWeek} locale={locale} headingId={weekHeadingId} onWeekChange={openWeek} />
                        <BriefingWeekView
                          key={week}
                          repository={repository}
                          requestEvents={props.requestEvents}
                          listsSite={props.listsSite}
                          week={week}
                          revision={week === openingWeek ? openingRevision : 0}
                          locale={locale}
                          readerWardId={readerWard?.id}
                          readerWardHeading={readerWardHeading}
                          terms={terms}
                          linking={linking}
                          idPrefix={idPrefix}
                          focusItemId={location.itemId}
                          onWeekChange={openWeek}
                          receipts={isMember ? props.receipts : undefined}
                        />
                      </div>
                    ) : tab === 'archive' ? (
                      <div className={classes.tabPanel}>
                        <BriefingArchive
                          repository={repository}
                          requestEvents={props.requestEvents}
                          listsSite={props.listsSite}
                          month={month}
                          locale={locale}
                          onMonthChange={setMonth}
                          weekHref={(target) => webUrl({ week: target })}
                          onOpenWeek={openWeek}
                        />
                      </div>
                    ) : (
                      <div className={classes.tabPanel}>
                        <BriefingSearch
                          repository={repository}
                          requestEvents={props.requestEvents}
                          listsSite={props.listsSite}
                          locale={locale}
                          text={searchText}
                          onTextChange={setSearchText}
                          itemHref={(itemId, itemWeek) => webUrl({ week: itemWeek, itemId })}
                          onOpenItem={openItem}
                        />
                      </div>
                    )}
                  </TabPanel>
                  <BriefingsHelp contact={settings.briefingsContact} protocolUrl={settings.protocolUrl} />
                </>
              )
            }
      }
    />
  );
}

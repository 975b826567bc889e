import * as React from 'react';
import { ThemeProvider, useTheme, type PartialTheme } from '@fluentui/react/lib/Theme';
import { getId } from '@fluentui/react/lib/Utilities';
import * as common from 'CommonStrings';
import * as strings from 'MemberEnquiriesWebPartStrings';
import type { IRequestEvents } from '../../../contracts/requestEvents';
import type { IEnquiryFormRepository } from '../../../data/EnquiryFormRepository';
import { enquiryDraftStore, type IEnquiryDraft, type IEnquiryDraftStore } from '../../../data/enquiryDraftStore';
import type { IEnquiry, IEnquiryRepository, IEnquiryUpdate, IMemberEnquiries, IMemberEnquiriesInFull } from '../../../data/IEnquiryRepository';
import type { IListsSite } from '../../../data/resolveListsSite';
import type { UkNation } from '../../../model/enquiries/ukNation';
import type { ITeamsHost } from '../../../teams/teamsHost';
import { afterNextPaint } from '../../../ui/afterNextPaint';
import { TabList, TabPanel, useTabIds } from '../../../ui/controls/Tabs';
import { formatText } from '../../../ui/formatText';
import { lazyPart } from '../../../ui/lazyPart';
import { DataErrorState } from '../../../ui/states/DataErrorState';
import { EmptyState } from '../../../ui/states/EmptyState';
import { LoadingState } from '../../../ui/states/LoadingState';
import { RetryingNotice } from '../../../ui/states/RetryingNotice';
import { useAsyncResource, type AsyncResource } from '../../../ui/useAsyncResource';
import { useRetryNotice } from '../../../ui/useRetryNotice';
import { browserUrlStateStore, type IUrlStateStore } from '../../../ui/urlStateStore';
import type { EnquiryInFull } from './EnquiryDetail';
import { EnquiryList } from './EnquiryList';
import { parseEnquiriesLink } from './enquiriesUrlState';
import { enquiryClasses } from './enquiryStyles';

/** An enquiry's details and the form to raise one load when first opened: their Fluent fields and buttons are not needed at first paint. */
const EnquiryDetail = lazyPart(() => import(/* webpackChunkName: 'member-enquiries-detail' */ './EnquiryDetail').then((module) => module.EnquiryDetail));
const RaiseEnquiryForm = lazyPart(() => import(/* webpackChunkName: 'member-enquiries-raise' */ './RaiseEnquiryForm').then((module) => module.RaiseEnquiryForm));

/** The enquiries and the form's data: what the part reads through. */
export interface IMemberEnquiriesRepositories {
  readonly enquiries: IEnquiryRepository;
  readonly form: IEnquiryFormRepository;
}

export interface IMemberEnquiriesProps {
  repository: IMemberEnquiriesRepositories;
  /** Retry notices from the data layer, shown as a calm "still trying" message. */
  requestEvents?: IRequestEvents;
  title: string;
  listsSite: IListsSite;
  /** Whose bank holidays the due dates leave out. */
  nation: UkNation;
  /** The signed-in account, whose draft is kept. */
  user: string;
  /** Where the draft of an enquiry not yet sent is kept; the browser's localStorage, per lists' site and user, by default. */
  draftStore?: IEnquiryDraftStore;
  theme?: PartialTheme;
  teams?: ITeamsHost;
  /** Where a link's ?service= and ?ward= are read from; the address bar unless told otherwise. */
  urlStateStore?: IUrlStateStore;
  /** The clock, for tests. */
  now?: () => Date;
}

type Tab = 'mine' | 'raise';

/** The rest of the member's enquiries and their updates, and the list they were read for. */
interface IInFullOfList extends IMemberEnquiriesInFull {
  readonly list: IMemberEnquiries;
}

/**
 * Root of "Member enquiries" (web part, Teams tab, personal app): the signed-in member's enquiries, newest
 * first, each opening to its details and timeline with a reply box; and the form to raise one (Democratic
 * Services: for a member). Enquiries are read afresh each time (no browser copy: personal data): first what the list
 * shows, then, once it is painted, the rest of each enquiry and every update, so opening one seldom waits.
 */
export function MemberEnquiries(props: IMemberEnquiriesProps): JSX.Element {
  return (
    <ThemeProvider theme={props.theme}>
      <MemberEnquiriesView {...props} />
    </ThemeProvider>
  );
}

const systemClock = (): Date => new Date();

function MemberEnquiriesView(props: IMemberEnquiriesProps): JSX.Element {
  const { repository } = props;
  const theme = useTheme();
  const classes = React.useMemo(() => enquiryClasses(theme), [theme]);
  const idPrefix = React.useMemo(() => getId('member-enquiries'), []);
  const now = props.now ?? systemClock;
  const store = props.urlStateStore ?? browserUrlStateStore;
  const { draftStore: givenDraftStore, listsSite, user, nation } = props;
  const draftStore = React.useMemo(() => givenDraftStore ?? enquiryDraftStore({ siteUrl: listsSite.url, user }), [givenDraftStore, listsSite.url, user]);
  const [link] = React.useState(() => parseEnquiriesLink(store.read()));
  // A link that chooses a service or ward is a link to raise one.
  const [tab, setTab] = React.useState<Tab>(link.serviceId !== undefined || link.wardId !== undefined ? 'raise' : 'mine');
  const tabIds = useTabIds<Tab>(`${idPrefix}-tabs`);
  const tabs = React.useMemo(
    () => [
      { key: 'mine' as const, text: strings.MyEnquiriesTab },
      { key: 'raise' as const, text: strings.RaiseTab }
    ],
    []
  );
  const [openId, setOpenId] = React.useState<number | undefined>();
  const [refresh, setRefresh] = React.useState(0);
  const [status, setStatus] = React.useState('');
  const [replies, setReplies] = React.useState<readonly IEnquiryUpdate[]>([]);
  const listFocus = React.useRef<number | undefined>();

  const loadMine = React.useCallback(() => repository.enquiries.mine(), [repository]);
  const [mine, retryMine] = useAsyncResource<IMemberEnquiries>(loadMine, refresh);
  const listed = mine.status === 'ready' ? mine.value : undefined;
  // Read again for each list read (after raising one, the new enquiry is in both), once the list is on screen.
  const loadInFull = React.useCallback(async (): Promise<IInFullOfList> => {
    if (!listed) return new Promise<IInFullOfList>(() => undefined);
    await afterNextPaint();
    return { ...(await repository.enquiries.mineInFull()), list: listed };
  }, [repository, listed]);
  const [inFull, retryInFull] = useAsyncResource<IInFullOfList>(loadInFull, listed);
  // The form's lists and any kept draft, read only once the form is opened.
  const loadForm = React.useCallback(
    async () => {
      const [formData, draft, calendarSettings] = await Promise.all([
        repository.form.formData(),
        draftStore.read(),
        repository.form.calendarSettings(nation)
      ]);
      return { formData, draft, calendarSettings };
    },
    [repository, draftStore, nation]
  );
  const formResource = useLazyResource(loadForm, tab === 'raise');
  // The form unmounts when its tab is left: what was typed comes back from here (and from the store after a reload).
  const draftInProgress = React.useRef<{ draft?: IEnquiryDraft; fromStore: boolean } | undefined>();
  const notice = useRetryNotice(props.requestEvents, mine.status === 'loading' || formResource.resource.status === 'loading');

  // Back from an enquiry: focus returns to its subject in the list.
  React.useEffect(() => {
    if (openId !== undefined || listFocus.current === undefined) return;
    const button = document.querySelector<HTMLButtonElement>(`#${idPrefix}-list [data-enquiry-id="${listFocus.current}"]`);
    listFocus.current = undefined;
    button?.focus();
  }, [openId, idPrefix]);

  const onSent = (enquiry: IEnquiry, serviceName: string): void => {
    draftInProgress.current = { fromStore: false };
    setStatus(formatText(strings.Sent, enquiry.subject, serviceName || enquiry.serviceTitle || ''));
    setOpenId(undefined);
    setTab('mine');
    setRefresh((count) => count + 1);
  };

  let mineBody: React.ReactNode;
  if (mine.status === 'loading') {
    mineBody = <LoadingState label={strings.LoadingLabel} />;
  } else if (mine.status === 'error') {
    mineBody = <DataErrorState error={mine.error} heading={strings.ErrorHeading} listsSite={props.listsSite} onRetry={retryMine} />;
  } else if (mine.value.enquiries.length === 0) {
    mineBody = <EmptyState heading={strings.EmptyHeading} message={strings.EmptyMessage} actionLabel={strings.RaiseTab} onAction={() => setTab('raise')} />;
  } else {
    const opened = openId === undefined ? undefined : mine.value.enquiries.find((enquiry) => enquiry.id === openId);
    if (openId !== undefined && !opened) {
      mineBody = <EmptyState heading={strings.EnquiryNotFoundHeading} message={strings.EnquiryNotFoundMessage} actionLabel={strings.BackToList} onAction={() => setOpenId(undefined)} />;
    } else if (opened) {
      const detail = inFullOf(opened.id, inFull, mine.value, replies);
      mineBody = detail ? (
        <EnquiryDetail
          summary={opened}
          inFull={detail}
          onRetry={retryInFull}
          repository={repository.enquiries}
          listsSite={props.listsSite}
          now={now()}
          classes={classes}
          idPrefix={idPrefix}
          onBack={() => {
            listFocus.current = opened.id;
            setOpenId(undefined);
          }}
          onReplied={(update) => setReplies((current) => [...current, update])}
        />
      ) : (
        <EmptyState heading={strings.EnquiryNotFoundHeading} message={strings.EnquiryNotFoundMessage} actionLabel={strings.BackToList} onAction={() => setOpenId(undefined)} />
      );
    } else {
      mineBody = (
        <div id={`${idPrefix}-list`}>
          <EnquiryList enquiries={mine.value.enquiries} now={now()} classes={classes} onOpen={(enquiry) => setOpenId(enquiry.id)} reveal={listFocus.current} />
        </div>
      );
    }
  }

  let raiseBody: React.ReactNode = null;
  if (tab === 'raise') {
    const form = formResource.resource;
    if (form.status === 'loading') {
      raiseBody = <LoadingState label={strings.FormLoading} />;
    } else if (form.status === 'error') {
      raiseBody = <DataErrorState error={form.error} heading={strings.FormErrorHeading} listsSite={props.listsSite} onRetry={formResource.retry} />;
    } else if (!form.value.formData.me && !form.value.formData.canLogOnBehalf) {
      raiseBody = <EmptyState heading={strings.NotAMemberHeading} message={strings.NotAMemberMessage} />;
    } else if (form.value.formData.services.length === 0) {
      raiseBody = <EmptyState heading={strings.NoServicesHeading} message={strings.NoServicesMessage} />;
    } else {
      const kept = draftInProgress.current ?? { draft: form.value.draft, fromStore: true };
      draftInProgress.current = { draft: kept.draft, fromStore: false };
      raiseBody = (
        <RaiseEnquiryForm
          formData={form.value.formData}
          restoredDraft={kept.draft}
          restoredFromStore={kept.fromStore}
          onDraftChange={(draft) => {
            draftInProgress.current = { draft, fromStore: false };
          }}
          enquiries={repository.enquiries}
          draftStore={draftStore}
          calendarSettings={form.value.calendarSettings}
          listsSite={props.listsSite}
          now={now}
          classes={classes}
          idPrefix={idPrefix}
          initialServiceId={link.serviceId}
          initialWardId={link.wardId}
          onSent={onSent}
        />
      );
    }
  }

  return (
    <section className={classes.root} aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`} className={classes.title}>
        {props.title}
      </h2>
      {notice ? <RetryingNotice message={formatText(common.RetryingMessage, notice.attempt)} /> : null}
      <p className={classes.status} role="status">
        {status}
      </p>
      <TabList
        label={strings.ViewsLabel}
        tabs={tabs}
        selectedKey={tab}
        ids={tabIds}
        onSelect={(key) => {
          setTab(key);
          setStatus('');
        }}
      />
      <TabPanel selectedKey={tab} ids={tabIds}>
        <div className={classes.tabPanel}>{tab === 'mine' ? mineBody : raiseBody}</div>
      </TabPanel>
    </section>
  );
}

/**
 * The opened enquiry in full with its updates (and the member's replies sent since), once read for the list on screen;
 * undefined when that read has no such enquiry (removed since the list was read).
 */
function inFullOf(
  enquiryId: number,
  resource: AsyncResource<IInFullOfList>,
  list: IMemberEnquiries,
  replies: readonly IEnquiryUpdate[]
): EnquiryInFull | undefined {
  if (resource.status === 'error') return resource;
  // A read for an earlier list (before the member raised one) may lack this enquiry: wait for the current one's.
  if (resource.status === 'loading' || resource.value.list !== list) return { status: 'loading' };
  const enquiry = resource.value.enquiries.find((candidate) => candidate.id === enquiryId);
  if (!enquiry) return undefined;
  const known = new Set(resource.value.updates.map((update) => update.id));
  const updates = [...resource.value.updates, ...replies.filter((reply) => !known.has(reply.id))].filter((update) => update.enquiryId === enquiryId);
  return { status: 'ready', enquiry, updates };
}

/** Loads once `active` first becomes true (the form's lists are read only when the form is opened). */
function useLazyResource<T>(load: () => Promise<T>, active: boolean) {
  const [started, setStarted] = React.useState(active);
  React.useEffect(() => {
    if (active) setStarted(true);
  }, [active]);
  const guarded = React.useCallback((): Promise<T> => (started ? load() : new Promise<T>(() => undefined)), [started, load]);
  const [resource, retry] = useAsyncResource(guarded, started);
  return { resource, retry };
}

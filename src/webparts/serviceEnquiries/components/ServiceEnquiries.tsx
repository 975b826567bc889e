import * as React from 'react';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'ServiceEnquiriesWebPartStrings';
import type { IRequestEvents } from '../../../contracts/requestEvents';
import type { IEnquiry } from '../../../data/IEnquiryRepository';
import type { IOfficerDesk, IServiceEnquiriesRepository } from '../../../data/IServiceEnquiriesRepository';
import type { IListsSite } from '../../../data/resolveListsSite';
import { earliestReopenableClosure } from '../../../model/enquiries/enquiryReopenWindow';
import { enquiryRulesFrom, type IEnquiryCalendarSettings } from '../../../model/enquiries/enquiryCalendarSettings';
import { workingCalendar, type IWorkingCalendar } from '../../../model/enquiries/workingCalendar';
import { ISelectOption, Select } from '../../../ui/controls/Select';
import { lazyPart } from '../../../ui/lazyPart';
import { useAsyncResource } from '../../../ui/useAsyncResource';
import { browserUrlStateStore, IUrlStateStore } from '../../../ui/urlStateStore';
import { WebPartFrame } from '../../shared/components/WebPartFrame';
import type { ViewBody } from '../../shared/components/ViewState';
import { EnquiryQueue } from './EnquiryQueue';
import { parseServiceEnquiriesQuery, serialiseServiceEnquiriesQuery } from './serviceEnquiriesUrlState';

/** An enquiry's details (Fluent's fields, choices and buttons) load when one is first opened, not at first paint. */
const EnquiryDetails = lazyPart(() => import(/* webpackChunkName: 'service-enquiries-details' */ './EnquiryDetails').then((module) => module.EnquiryDetails));

export interface IServiceEnquiriesProps {
  repository: IServiceEnquiriesRepository;
  requestEvents?: IRequestEvents;
  title: string;
  listsSite: IListsSite;
  theme?: PartialTheme;
  /** Where the chosen service and the open enquiry are kept; the address bar unless told otherwise. */
  urlStateStore?: IUrlStateStore;
  /** The council's working days (bank holidays of its nation): England and Wales unless told otherwise. */
  calendar?: IWorkingCalendar;
  /** The clock, for tests. */
  now?: () => Date;
}

interface IServiceLists {
  readonly open: readonly IEnquiry[];
  readonly recentlyClosed: readonly IEnquiry[];
}

const ENGLAND_AND_WALES = workingCalendar('england-and-wales');

/** The council's working calendar; England and Wales if its saved closure days cannot be used. */
function councilCalendar(settings: IEnquiryCalendarSettings): IWorkingCalendar {
  try {
    return enquiryRulesFrom(settings).calendar;
  } catch {
    return ENGLAND_AND_WALES;
  }
}
const systemClock = (): Date => new Date();

/**
 * Root of "Service enquiries": the signed-in officer's service (chosen when they are in more than one enquiry
 * group, kept in the address), its open enquiries due date first and those it closed recently; one opens in
 * place with its details, timeline and actions.
 */
export function ServiceEnquiries(props: IServiceEnquiriesProps): JSX.Element {
  const { repository } = props;
  const store = props.urlStateStore ?? browserUrlStateStore;
  const now = props.now ?? systemClock;
  const [urlState, setUrlState] = React.useState(() => parseServiceEnquiriesQuery(store.read()));
  // The council's calendar comes with the desk (two requests sent together), so no queue is read with another one.
  const [desk, retryDesk] = useAsyncResource<IOfficerDesk & { readonly calendar: IWorkingCalendar }>(async () => {
    const [officerDesk, settings] = await Promise.all([repository.desk(), props.calendar ? undefined : repository.calendarSettings()]);
    return { ...officerDesk, calendar: props.calendar ?? (settings ? councilCalendar(settings) : ENGLAND_AND_WALES) };
  });
  const calendar = desk.status === 'ready' ? desk.value.calendar : (props.calendar ?? ENGLAND_AND_WALES);
  const services = React.useMemo(() => (desk.status === 'ready' ? desk.value.services : []), [desk]);
  const service = services.find((candidate) => candidate.id === urlState.serviceId) ?? services[0];
  const [listsVersion, setListsVersion] = React.useState(0);
  const [lists, retryLists] = useAsyncResource<IServiceLists | undefined>(async () => {
    if (!service) return undefined;
    const [open, recentlyClosed] = await Promise.all([
      repository.queue(service.id),
      repository.recentlyClosed(service.id, earliestReopenableClosure(now(), calendar))
    ]);
    return { open, recentlyClosed };
  }, `${service?.id ?? ''}:${listsVersion}`);
  const returnFocusTo = React.useRef<number | undefined>(undefined);

  const update = (next: typeof urlState): void => {
    setUrlState(next);
    store.write(serialiseServiceEnquiriesQuery(store.read(), next));
  };
  const open = (enquiryId: number): void => update({ serviceId: service?.id, enquiryId });
  const back = (): void => {
    returnFocusTo.current = urlState.enquiryId;
    update({ serviceId: service?.id });
  };
  const changed = (): void => setListsVersion((version) => version + 1);

  const serviceOptions = React.useMemo<ISelectOption[]>(() => services.map((candidate) => ({ key: String(candidate.id), text: candidate.title })), [services]);
  const picker =
    services.length > 1 && service ? (
      <Select label={strings.ServicePickerLabel} options={serviceOptions} selectedKey={String(service.id)} onChange={(key) => update({ serviceId: Number(key) })} />
    ) : undefined;

  const body = ((): ViewBody => {
    if (desk.status === 'loading') return { kind: 'loading', label: strings.LoadingLabel };
    if (desk.status === 'error') return { kind: 'error', heading: strings.ErrorHeading, error: desk.error, onRetry: retryDesk };
    if (!service) return { kind: 'empty', heading: strings.NoServiceHeading, message: strings.NoServiceMessage };
    if (lists.status === 'loading') return { kind: 'loading', label: strings.LoadingLabel };
    if (lists.status === 'error') return { kind: 'error', heading: strings.ErrorHeading, error: lists.error, onRetry: retryLists };
    const { open: queue, recentlyClosed } = lists.value ?? { open: [], recentlyClosed: [] };
    const selected = urlState.enquiryId === undefined ? undefined : [...queue, ...recentlyClosed].find((enquiry) => enquiry.id === urlState.enquiryId);
    if (selected) {
      return {
        kind: 'ready',
        content: (
          <EnquiryDetails
            key={selected.id}
            enquiry={selected}
            service={service}
            userId={desk.value.userId}
            repository={repository}
            listsSite={props.listsSite}
            calendar={calendar}
            now={now}
            onBack={back}
            onChanged={changed}
          />
        )
      };
    }
    return {
      kind: 'ready',
      content: (
        <EnquiryQueue
          service={service}
          open={queue}
          recentlyClosed={recentlyClosed}
          calendar={calendar}
          now={now}
          onOpen={open}
          focusEnquiryId={returnFocusTo}
        />
      )
    };
  })();

  return <WebPartFrame title={props.title} idPrefix="service-enquiries" theme={props.theme} listsSite={props.listsSite} requestEvents={props.requestEvents} lead={picker} body={body} />;
}

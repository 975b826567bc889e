import * as React from 'react';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'ServiceEnquiriesWebPartStrings';
import type { IRequestEvents } from '../../../contracts/requestEvents';
import type { IEnquiryService, IOfficerDesk, IQueueOpening, IServiceEnquiriesRepository } from '../../../data/IServiceEnquiriesRepository';
import type { IListsSite } from '../../../data/resolveListsSite';
import { earliestReopenableClosure } from '../../../model/enquiries/enquiryReopenWindow';
import { enquiryRulesFrom, type IEnquiryCalendarSettings } from '../../../model/enquiries/enquiryCalendarSettings';
import { workingCalendar, type IWorkingCalendar } from '../../../model/enquiries/workingCalendar';
import { DEFAULT_ENQUIRY_TARGETS, enquiryTargetsFrom, type IEnquiryTargets } from '../../../model/enquiries/enquiryTargets';
import { ISelectOption, Select } from '../../../ui/controls/Select';
import { lazyPart } from '../../../ui/lazyPart';
import { useAsyncResource } from '../../../ui/useAsyncResource';
import { browserUrlStateStore, IUrlStateStore } from '../../../ui/urlStateStore';
import { WebPartFrame } from '../../shared/components/WebPartFrame';
import type { ViewBody } from '../../shared/components/ViewState';
import { EnquiryQueue } from './EnquiryQueue';
import { closuresReadFrom, listsFromOpening, type IServiceLists } from './queueOpening';
import { ALL_SERVICES, parseServiceEnquiriesQuery, serialiseServiceEnquiriesQuery } from './serviceEnquiriesUrlState';

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

/** Whose queue is shown: one service's, or every service's (Democratic Services' "All services"). */
type QueueScope = { readonly kind: 'service'; readonly service: IEnquiryService } | { readonly kind: 'all' };

/**
 * The service the address names, else for Democratic Services all services (SharePoint lets them read every folder),
 * else the officer's first service.
 */
function queueScope(desk: IOfficerDesk | undefined, chosen: number | typeof ALL_SERVICES | undefined): QueueScope | undefined {
  if (!desk) return undefined;
  const service = desk.services.find((candidate) => candidate.id === chosen);
  if (service) return { kind: 'service', service };
  if (desk.seesAllServices) return { kind: 'all' };
  return desk.services[0] ? { kind: 'service', service: desk.services[0] } : undefined;
}

/**
 * Root of "Service enquiries": the signed-in officer's service (chosen when they are in more than one enquiry
 * group, kept in the address), its open enquiries due date first and those it closed recently; one opens in
 * place with its details, timeline and actions. Democratic Services (the site's Owners) also choose "All services":
 * every service's enquiries, each row naming its service.
 */
export function ServiceEnquiries(props: IServiceEnquiriesProps): JSX.Element {
  const { repository } = props;
  const store = props.urlStateStore ?? browserUrlStateStore;
  const now = props.now ?? systemClock;
  const [urlState, setUrlState] = React.useState(() => parseServiceEnquiriesQuery(store.read()));
  // A cold load is one round trip: the desk's $batch also reads every open enquiry the officer may read and the
  // recent closures (the folders trim them to their services), beside the council's calendar settings.
  const opened = React.useRef<IQueueOpening['lists'] | undefined>(undefined);
  const [desk, retryDesk] = useAsyncResource<IOfficerDesk & { readonly calendar: IWorkingCalendar; readonly targets: IEnquiryTargets }>(async () => {
    const [opening, settings] = await Promise.all([repository.opening(closuresReadFrom(now())), props.calendar ? undefined : repository.calendarSettings()]);
    opened.current = opening.lists;
    const officerDesk = opening.desk;
    return {
      ...officerDesk,
      calendar: props.calendar ?? (settings ? councilCalendar(settings) : ENGLAND_AND_WALES),
      targets: settings ? enquiryTargetsFrom(settings.targets) : DEFAULT_ENQUIRY_TARGETS
    };
  });
  const calendar = desk.status === 'ready' ? desk.value.calendar : (props.calendar ?? ENGLAND_AND_WALES);
  const services = React.useMemo(() => (desk.status === 'ready' ? desk.value.services : []), [desk]);
  const seesAllServices = desk.status === 'ready' && desk.value.seesAllServices === true;
  const scope = queueScope(desk.status === 'ready' ? desk.value : undefined, urlState.serviceId);
  const service = scope?.kind === 'service' ? scope.service : undefined;
  const scopeId = scope === undefined ? undefined : scope.kind === 'all' ? ALL_SERVICES : scope.service.id;
  const [listsVersion, setListsVersion] = React.useState(0);
  const [lists, retryLists] = useAsyncResource<IServiceLists | undefined>(async () => {
    if (!scope) return undefined;
    const since = earliestReopenableClosure(now(), calendar);
    // The first lists come from the cold load's reads, once; a change, a retry or another service reads afresh.
    // If those reads failed (every open enquiry the officer may read can pass the list view threshold where one
    // service's cannot), the scope's own reads below are the fallback, and only their failure is shown.
    const first = opened.current;
    opened.current = undefined;
    const fromOpening = first && !('error' in first) ? listsFromOpening(first, scope.kind === 'all' ? undefined : scope.service.id, since) : undefined;
    if (fromOpening) return fromOpening;
    const [open, recentlyClosed] = await Promise.all(
      scope.kind === 'all'
        ? [repository.queueOfAllServices(), repository.recentlyClosedOfAllServices(since)]
        : [repository.queue(scope.service.id), repository.recentlyClosed(scope.service.id, since)]
    );
    return { open, recentlyClosed };
  }, `${scopeId ?? ''}:${listsVersion}`);
  const returnFocusTo = React.useRef<number | undefined>(undefined);

  const update = (next: typeof urlState): void => {
    setUrlState(next);
    store.write(serialiseServiceEnquiriesQuery(store.read(), next));
  };
  const open = (enquiryId: number): void => update({ serviceId: scopeId, enquiryId });
  const back = (): void => {
    returnFocusTo.current = urlState.enquiryId;
    update({ serviceId: scopeId });
  };
  const changed = (): void => setListsVersion((version) => version + 1);

  const serviceOptions = React.useMemo<ISelectOption[]>(
    () => [
      ...(seesAllServices ? [{ key: ALL_SERVICES, text: strings.AllServicesOption }] : []),
      ...services.map((candidate) => ({ key: String(candidate.id), text: candidate.title }))
    ],
    [services, seesAllServices]
  );
  const picker =
    serviceOptions.length > 1 && scopeId !== undefined ? (
      <Select
        label={strings.ServicePickerLabel}
        options={serviceOptions}
        selectedKey={String(scopeId)}
        onChange={(key) => update({ serviceId: key === ALL_SERVICES ? ALL_SERVICES : Number(key) })}
      />
    ) : undefined;

  const body = ((): ViewBody => {
    if (desk.status === 'loading') return { kind: 'loading', label: strings.LoadingLabel };
    if (desk.status === 'error') return { kind: 'error', heading: strings.ErrorHeading, error: desk.error, onRetry: retryDesk };
    if (!scope) return { kind: 'empty', heading: strings.NoServiceHeading, message: strings.NoServiceMessage };
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
            service={service ?? { id: selected.serviceId, title: selected.serviceTitle ?? '' }}
            userId={desk.value.userId}
            repository={repository}
            listsSite={props.listsSite}
            calendar={calendar}
            targets={desk.value.targets}
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

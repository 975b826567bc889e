/** What the address keeps for the service enquiries view: the chosen service and the open enquiry. */
export interface IServiceEnquiriesUrlState {
  /** A service's id, or `all`: Democratic Services' "All services". */
  readonly serviceId?: number | typeof ALL_SERVICES;
  readonly enquiryId?: number;
}

export const ALL_SERVICES = 'all';

const SERVICE = 'enquiryservice';
const ENQUIRY = 'enquiry';

function positiveInteger(value: string | null): number | undefined {
  if (value === null || !/^\d{1,9}$/.test(value)) return undefined;
  const number = Number(value);
  return number > 0 ? number : undefined;
}

export function parseServiceEnquiriesQuery(search: string): IServiceEnquiriesUrlState {
  const params = new URLSearchParams(search);
  const service = params.get(SERVICE);
  return { serviceId: service === ALL_SERVICES ? ALL_SERVICES : positiveInteger(service), enquiryId: positiveInteger(params.get(ENQUIRY)) };
}

/** The query with this view's keys set or removed, other views' keys kept as they were. */
export function serialiseServiceEnquiriesQuery(search: string, state: IServiceEnquiriesUrlState): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of [
    [SERVICE, state.serviceId],
    [ENQUIRY, state.enquiryId]
  ] as const) {
    if (value === undefined) params.delete(key);
    else params.set(key, String(value));
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

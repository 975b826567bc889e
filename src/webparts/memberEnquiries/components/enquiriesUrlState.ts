/**
 * What a link into the member enquiries page says (docs: the officer directory's "Raise an enquiry with
 * this service" and the ward contact sheet): `?service=<Services item id>` and/or `?ward=<Wards item id>`
 * open the form with them chosen.
 */
export interface IEnquiriesLink {
  readonly serviceId?: number;
  readonly wardId?: number;
}

const positiveId = (value: string | null): number | undefined => {
  if (value === null || !/^\d{1,9}$/.test(value)) return undefined;
  const id = Number(value);
  return id > 0 ? id : undefined;
};

export function parseEnquiriesLink(search: string): IEnquiriesLink {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  return { serviceId: positiveId(params.get('service')), wardId: positiveId(params.get('ward')) };
}

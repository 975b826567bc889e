import * as React from 'react';
import { wardSheetPageUrlFrom } from './wardSheetLink';

/**
 * Where the member enquiries web part lives (a page address without a query, from the "Member enquiries
 * page" property), so views can offer "Raise an enquiry" deep in their trees; undefined: no link.
 */
export const EnquiriesPageContext = React.createContext<string | undefined>(undefined);

/** A web part property as the page's address, or undefined when blank or not an http(s) address. */
export const enquiriesPageUrlFrom = wardSheetPageUrlFrom;

/** What the link chooses on the form: the member enquiries part reads `?service=` and `?ward=`. */
export interface IEnquiriesLinkTarget {
  readonly serviceId?: number;
  readonly wardId?: number;
}

export function enquiriesHref(pageUrl: string, target: IEnquiriesLinkTarget): string {
  const params = new URLSearchParams();
  if (target.serviceId !== undefined) params.set('service', String(target.serviceId));
  if (target.wardId !== undefined) params.set('ward', String(target.wardId));
  const query = params.toString();
  return query === '' ? pageUrl : `${pageUrl}?${query}`;
}

/** The link to raise an enquiry for a service or ward, or undefined when no enquiries page is set. */
export function useEnquiriesHref(target: IEnquiriesLinkTarget): string | undefined {
  const pageUrl = React.useContext(EnquiriesPageContext);
  return pageUrl === undefined ? undefined : enquiriesHref(pageUrl, target);
}

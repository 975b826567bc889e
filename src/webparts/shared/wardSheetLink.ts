import * as React from 'react';
import { wardSheetHref } from '../wardContacts/components/wardContactsUrlState';

/**
 * Where the ward contact sheet lives (a page address without a query), so the directories can link
 * to it deep in their views without passing it through every component; undefined: no link.
 */
export const WardSheetPageContext = React.createContext<string | undefined>(undefined);

/** A web part property as the page's address, or undefined when blank or not an http(s) address. */
export function wardSheetPageUrlFrom(value: string | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'https:' || url.protocol === 'http:' ? `${url.origin}${url.pathname}` : undefined;
  } catch {
    return undefined;
  }
}

/** The link to the sheet for a ward, or undefined when the page has no sheet to link to. */
export function useWardSheetHref(wardId: number | undefined): string | undefined {
  const pageUrl = React.useContext(WardSheetPageContext);
  return pageUrl === undefined || wardId === undefined ? undefined : wardSheetHref(pageUrl, wardId);
}

/** The sheet's page with no ward chosen (the reader picks, or a member sees their own). */
export function useWardSheetPage(): string | undefined {
  return React.useContext(WardSheetPageContext);
}

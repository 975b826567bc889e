/** What a shared link to a ward contact sheet restores: the ward and, when the reader chose them, the services. */
export interface IWardContactsUrlState {
  readonly wardId?: number;
  /** Undefined: the default services (this week's for the ward); empty: the reader chose none. */
  readonly serviceIds?: readonly number[];
}

// Distinct from the directories' keys (member profiles use "ward" for a filter), so parts can share a page.
export const WARD_SHEET_KEYS = { ward: 'wardsheet', services: 'wardservices' } as const;

function positiveId(value: string): number | undefined {
  return /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

export function parseWardContactsQuery(search: string): IWardContactsUrlState {
  const params = new URLSearchParams(search);
  const ward = params.get(WARD_SHEET_KEYS.ward);
  const services = params.get(WARD_SHEET_KEYS.services);
  const serviceIds =
    services === null
      ? undefined
      : services
          .split(',')
          .map(positiveId)
          .filter((id): id is number => id !== undefined);
  return { wardId: ward === null ? undefined : positiveId(ward), serviceIds };
}

/** The query string with this sheet's keys set (others kept as they were), with its leading "?" or empty. */
export function serialiseWardContactsQuery(state: IWardContactsUrlState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  params.delete(WARD_SHEET_KEYS.ward);
  params.delete(WARD_SHEET_KEYS.services);
  if (state.wardId !== undefined) params.set(WARD_SHEET_KEYS.ward, String(state.wardId));
  if (state.serviceIds !== undefined) params.set(WARD_SHEET_KEYS.services, state.serviceIds.join(','));
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/**
 * The same state as a Teams sub-page id ("wardsheet?wardsheet=10&wardservices=1,2"): a Teams tab has no
 * address bar, so a deep link carries it, read back as the context's subPageId when the tab opens.
 */
export function wardContactsSubPageId(state: IWardContactsUrlState): string {
  return `wardsheet${serialiseWardContactsQuery(state)}`;
}

export function parseWardContactsSubPageId(subPageId: string | undefined): IWardContactsUrlState | undefined {
  const match = subPageId ? /^wardsheet(\?.*)?$/.exec(subPageId.trim()) : null;
  return match ? parseWardContactsQuery(match[1] ?? '') : undefined;
}

/** A link to the sheet for a ward on the page at `pageUrl` (no query): what the directories link to. */
export function wardSheetHref(pageUrl: string, wardId: number): string {
  return `${pageUrl}${serialiseWardContactsQuery({ wardId })}`;
}

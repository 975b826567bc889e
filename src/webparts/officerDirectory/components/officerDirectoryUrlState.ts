export type OfficerDirectoryTab = 'find' | 'ask' | 'browse';

/** What a shared link restores: the tab, the searches, the filters and any open profile. */
export interface IOfficerDirectoryUrlState {
  readonly tab: OfficerDirectoryTab;
  /** "Find an officer" search text. */
  readonly query: string;
  readonly directorate?: string;
  readonly serviceId?: number;
  readonly liaisonOnly: boolean;
  /** "Who do I contact about…?" question. */
  readonly ask: string;
  /** The service opened on the browse tab. */
  readonly browseServiceId?: number;
  readonly officerId?: number;
}

export const emptyOfficerDirectoryUrlState: IOfficerDirectoryUrlState = {
  tab: 'find',
  query: '',
  liaisonOnly: false,
  ask: ''
};

// Distinct from the member profiles' keys, so both web parts can share one page's address.
const KEYS = {
  tab: 'otab',
  query: 'oq',
  directorate: 'dir',
  service: 'service',
  liaisonOnly: 'clo',
  ask: 'ask',
  browseService: 'osvc',
  officer: 'officer'
} as const;

const TABS: readonly OfficerDirectoryTab[] = ['find', 'ask', 'browse'];

function positiveId(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const id = Number(value);
  return id > 0 ? id : undefined;
}

/** Reads the officer directory's state from a query string; anything unrecognised is ignored, never fatal. */
export function parseOfficerDirectoryUrlState(search: string): IOfficerDirectoryUrlState {
  const params = new URLSearchParams(search);
  return {
    tab: TABS.find((tab) => tab === params.get(KEYS.tab)) ?? 'find',
    query: params.get(KEYS.query) ?? '',
    directorate: params.get(KEYS.directorate) || undefined,
    serviceId: positiveId(params.get(KEYS.service)),
    liaisonOnly: params.get(KEYS.liaisonOnly) === '1',
    ask: params.get(KEYS.ask) ?? '',
    browseServiceId: positiveId(params.get(KEYS.browseService)),
    officerId: positiveId(params.get(KEYS.officer))
  };
}

/**
 * Writes the state into a query string, keeping parameters that belong to the page or to other
 * web parts, and leaving defaults out so shared links stay short.
 */
export function serialiseOfficerDirectoryUrlState(state: IOfficerDirectoryUrlState, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  const set = (key: string, value: string | undefined): void => {
    if (value) params.set(key, value);
    else params.delete(key);
  };
  set(KEYS.tab, state.tab === 'find' ? undefined : state.tab);
  set(KEYS.query, state.query.trim() ? state.query : undefined);
  set(KEYS.directorate, state.directorate);
  set(KEYS.service, state.serviceId?.toString());
  set(KEYS.liaisonOnly, state.liaisonOnly ? '1' : undefined);
  set(KEYS.ask, state.ask.trim() ? state.ask : undefined);
  set(KEYS.browseService, state.browseServiceId?.toString());
  set(KEYS.officer, state.officerId?.toString());
  const text = params.toString();
  return text ? `?${text}` : '';
}

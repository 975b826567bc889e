/** Where a view keeps shareable state: the page's query string in a browser, anything in tests. */
export interface IUrlStateStore {
  /** The current query string, with or without the leading "?". */
  read(): string;
  /** Replaces the query string without reloading the page or adding a history entry. */
  write(search: string): void;
}

/** Keeps state in the address bar, so SharePoint pages and the local preview both get shareable links. */
export const browserUrlStateStore: IUrlStateStore = {
  read: (): string => window.location.search,
  write: (search: string): void => {
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
  }
};

/** In-memory store for tests and hosts without an address bar (e.g. a Teams tab). */
export function memoryUrlStateStore(initial = ''): IUrlStateStore & { readonly current: string } {
  let search = initial;
  return {
    get current(): string {
      return search;
    },
    read: (): string => search,
    write: (next: string): void => {
      search = next;
    }
  };
}

/** Where a view keeps shareable state: the page's query string in a browser, anything in tests. */
export interface IUrlStateStore {
  /** The current query string, with or without the leading "?". */
  read(): string;
  /** Replaces the query string without reloading the page or adding a history entry. */
  write(search: string): void;
  /** Adds a history entry, so the browser's Back undoes the change (e.g. closes an opened profile). */
  push?(search: string): void;
  /** Goes back one history entry; views call it only to undo their own push. */
  back?(): void;
  /** Told when the address changes without the view asking (Back and Forward). Returns an unsubscribe. */
  subscribe?(listener: () => void): () => void;
}

function urlWith(search: string): string {
  return `${window.location.pathname}${search}${window.location.hash}`;
}

/** Keeps state in the address bar, so SharePoint pages and the local preview both get shareable links. */
export const browserUrlStateStore: IUrlStateStore = {
  read: (): string => window.location.search,
  write: (search: string): void => {
    if (search === window.location.search) return;
    window.history.replaceState(window.history.state, '', urlWith(search));
  },
  push: (search: string): void => {
    if (search === window.location.search) return;
    window.history.pushState(window.history.state, '', urlWith(search));
  },
  back: (): void => window.history.back(),
  subscribe: (listener: () => void): (() => void) => {
    window.addEventListener('popstate', listener);
    return (): void => window.removeEventListener('popstate', listener);
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

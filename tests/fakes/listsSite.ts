import type { IListsSite } from '../../src/data/resolveListsSite';

/** A lists site as resolveListsSite gives it: set in the web part's property unless told otherwise, nothing skipped. */
export function listsSiteAt(url: string, more: Partial<Omit<IListsSite, 'url'>> = {}): IListsSite {
  return { url, source: 'webPartProperty', ignored: [], ...more };
}

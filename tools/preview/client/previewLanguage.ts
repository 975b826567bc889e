/**
 * The preview's UI language, as SharePoint's UI culture would set it: `#lang=cy-GB` in the address
 * (the fragment, like the theme, since the views own the query string; `?lang=cy-GB` works too).
 * SharePoint loads a page's strings once for its culture, so changing language reloads the page.
 */
export const PREVIEW_LANGUAGES = [
  { culture: 'en-GB', label: 'English', lang: 'en' },
  { culture: 'cy-GB', label: 'Cymraeg', lang: 'cy' }
] as const;

export type PreviewCulture = (typeof PREVIEW_LANGUAGES)[number]['culture'];

const LANG_KEY = 'lang';

/** The culture named in the address, else English. */
export function previewCultureFrom(where: { readonly hash: string; readonly search: string }): PreviewCulture {
  const named = new URLSearchParams(where.hash.replace(/^#/, '')).get(LANG_KEY) ?? new URLSearchParams(where.search).get(LANG_KEY) ?? '';
  return /^cy(?:-|$)/i.test(named) ? 'cy-GB' : 'en-GB';
}

/** Which loc file (SPFx names them by lower-case locale) the preview's strings modules load. */
export function previewStringsLocale(): 'cy-gb' | 'en-us' {
  return typeof window !== 'undefined' && previewCultureFrom(window.location) === 'cy-GB' ? 'cy-gb' : 'en-us';
}

/** The address with the culture in its fragment, keeping the rest (theme, the views' query). */
export function addressWithCulture(where: { readonly pathname: string; readonly search: string; readonly hash: string }, culture: PreviewCulture): string {
  const params = new URLSearchParams(where.hash.replace(/^#/, ''));
  params.set(LANG_KEY, culture);
  const search = new URLSearchParams(where.search);
  search.delete(LANG_KEY);
  const query = search.toString();
  return `${where.pathname}${query ? `?${query}` : ''}#${params}`;
}

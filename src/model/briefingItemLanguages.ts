import type { IBriefingItem } from './Briefing';
import type { UiLocale } from './uiLocale';

export type ContentLanguage = 'cy' | 'en';

/** One language's version of a briefing item. */
export interface IBriefingItemVersion {
  /** For the `lang` attribute of the version's headline and text. */
  readonly lang: ContentLanguage;
  readonly title: string;
  /** Raw HTML: render only through the sanitiser. */
  readonly bodyHtml?: string;
}

export interface IBriefingItemLanguages {
  /** The version to show first: the reader's language when the item has it. */
  readonly first: IBriefingItemVersion;
  /** The other language's version, one click away; absent when the item is in one language only. */
  readonly other?: IBriefingItemVersion;
}

/**
 * An item's versions in the reader's order. The Welsh version exists when the Welsh headline is
 * set (the Welsh body alone would leave a Welsh reader with an English heading over Welsh text).
 * A Welsh reader sees Welsh first; everyone else English first.
 */
export function briefingItemLanguages(item: IBriefingItem, locale: UiLocale): IBriefingItemLanguages {
  const english: IBriefingItemVersion = { lang: 'en', title: item.title, bodyHtml: item.bodyHtml };
  const welshTitle = item.titleWelsh?.trim();
  if (!welshTitle) return { first: english };
  const welsh: IBriefingItemVersion = { lang: 'cy', title: welshTitle, bodyHtml: item.bodyHtmlWelsh };
  return locale === 'cy-GB' ? { first: welsh, other: english } : { first: english, other: welsh };
}

import type { IBriefing, IBriefingItem } from './Briefing';
import { normaliseForSearch, searchWords } from './normaliseForSearch';

export interface IBriefingSearchHit {
  readonly briefing: IBriefing;
  readonly item: IBriefingItem;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The words of rich text, for searching only (never for display: that goes through the
 * sanitiser). Tags become spaces and common entities become their characters.
 */
export function textOfHtml(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] === '#') {
        const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
      }
      return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    });
}

/** Everything an item can be found by, normalised: headline, category, service, wards, contact officer and body, in English and Welsh. */
export function briefingItemSearchText(item: IBriefingItem): string {
  return normaliseForSearch(
    [
      item.title,
      item.category,
      item.service?.name,
      ...item.wards.map((ward) => ward.name),
      item.contactOfficer?.name,
      item.bodyHtml === undefined ? undefined : textOfHtml(item.bodyHtml),
      item.titleWelsh,
      item.bodyHtmlWelsh === undefined ? undefined : textOfHtml(item.bodyHtmlWelsh)
    ]
      .filter((part): part is string => Boolean(part))
      .join(' | ')
  );
}

/** Items with their briefing and search text, built once per load so each search only scans strings. */
export interface IBriefingSearchIndex {
  readonly entries: readonly (IBriefingSearchHit & { readonly text: string })[];
}

/**
 * Pairs items with their briefings (items whose briefing the reader cannot see are left out, so
 * an approved item of a draft briefing never shows) and orders them newest week first, then by
 * the item's SortOrder and headline. Confidential items are never indexed: search must not lead
 * anyone to them or show their headline out of the week they were given in (protocol §§37–40).
 * The list cannot filter them out instead: IsConfidential is not indexed, and BriefingItems
 * passes the list view threshold.
 */
export function buildBriefingSearchIndex(briefings: readonly IBriefing[], items: readonly IBriefingItem[]): IBriefingSearchIndex {
  const byId = new Map(briefings.map((briefing) => [briefing.id, briefing]));
  const entries = items
    .filter((item) => !item.isConfidential)
    .map((item) => {
      const briefing = byId.get(item.briefingId);
      return briefing ? { briefing, item, text: briefingItemSearchText(item) } : undefined;
    })
    .filter((entry): entry is IBriefingSearchHit & { text: string } => entry !== undefined);
  entries.sort(
    (a, b) =>
      (a.briefing.weekCommencing < b.briefing.weekCommencing ? 1 : a.briefing.weekCommencing > b.briefing.weekCommencing ? -1 : 0) ||
      (a.item.sortOrder ?? Number.POSITIVE_INFINITY) - (b.item.sortOrder ?? Number.POSITIVE_INFINITY) ||
      a.item.id - b.item.id
  );
  return { entries };
}

/** Hits containing every word of the query, newest first; none for a query with no words. */
export function searchBriefingItems(index: IBriefingSearchIndex, query: string): IBriefingSearchHit[] {
  const words = searchWords(query);
  if (words.length === 0) return [];
  return index.entries
    .filter((entry) => !entry.item.isConfidential && words.every((word) => entry.text.includes(word)))
    .map(({ briefing, item }) => ({ briefing, item }));
}

/**
 * A pseudo-locale: every string of a loc file wrapped in ⟦ ⟧, placeholders kept, so a rendered view
 * shows which text came from a strings file. Text outside the marks came from the data or was
 * written into a component (hard-coded English).
 */
export const OPEN = '⟦';
export const CLOSE = '⟧';

export function pseudoStrings(strings: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(strings).map(([key, value]) => [key, `${OPEN}${value}${CLOSE}`]));
}

/** Every string anywhere in a value (fixture objects, arrays, maps), for recognising data in the page. */
export function stringsIn(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') {
    if (value.trim()) found.add(value.trim());
    // Rich text (a body, a service's guidance) shows as the text between its tags.
    if (value.includes('<')) for (const part of value.split(/<[^>]*>/)) if (part.trim()) found.add(part.trim());
  } else if (value instanceof Map) {
    for (const entry of value.values()) stringsIn(entry, found);
  } else if (Array.isArray(value)) {
    for (const entry of value) stringsIn(entry, found);
  } else if (value && typeof value === 'object') {
    for (const entry of Object.values(value)) stringsIn(entry, found);
  }
  return found;
}

/** Initials a person coin shows for a name in the data ("Siobhán O’Neill" → "SO"): data too. */
export function withInitials(data: ReadonlySet<string>): Set<string> {
  const found = new Set(data);
  for (const value of data) {
    const words = value.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
    if (words.length >= 1) found.add(`${words[0][0]}${words.length > 1 ? words[words.length - 1][0] : ''}`.toLocaleUpperCase('en-GB'));
  }
  return found;
}

/** The text a reader or a screen reader meets: text nodes, and the labels, placeholders and titles of elements. */
export function visibleTexts(root: HTMLElement): string[] {
  const texts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !parent.closest('script, style') && node.textContent?.trim()) texts.push(node.textContent);
  }
  for (const element of Array.from(root.querySelectorAll('[aria-label], [placeholder], [title], [alt]'))) {
    for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
      const value = element.getAttribute(name);
      if (value?.trim()) texts.push(value);
    }
  }
  return texts;
}

/**
 * What is left of a text once the strings-file parts and the data are taken out; it should be
 * nothing but spaces, digits and punctuation. Whole text nodes that are data count as data; marks
 * may nest (a string filled into another), so the innermost are removed first.
 */
export function unexplained(text: string, data: ReadonlySet<string>): string {
  let rest = text;
  const innermost = new RegExp(`${OPEN}[^${OPEN}${CLOSE}]*${CLOSE}`, 'g');
  while (innermost.test(rest)) rest = rest.replace(innermost, ' ');
  const byLength = Array.from(data).sort((a, b) => b.length - a.length);
  for (const value of byLength) if (rest.includes(value)) rest = rest.split(value).join(' ');
  return rest.replace(/[\s\p{P}\p{S}\d]+/gu, ' ').trim();
}

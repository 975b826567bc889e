/**
 * Elements whose text a reader never sees: the sanitiser (sanitiseHtml) drops them with their content, so
 * the plain text drops them too.
 */
const UNSEEN_ELEMENTS = 'head, title, script, style, template, noscript, noembed, noframes, xmp, plaintext, iframe, object, embed, svg, math, video, audio, select, textarea, button';

/** Elements that start a new line when the rich text is shown; their breaks become spaces. */
const BREAKING_ELEMENTS = 'p, li, br, div, h1, h2, h3, h4, h5, h6, tr, td, th, blockquote, pre, dt, dd';

/**
 * Rich text from a list as the words a reader sees, on one line, for copying as plain text. It needs no
 * sanitiser (and so not DOMPurify's chunk): DOMParser's document is inert (no scripts run, nothing is
 * fetched, per the HTML standard's "DOM parsing and serialization"), and only text leaves it.
 */
export function richTextPlainText(html: string | undefined): string {
  if (!html) return '';
  // Parsed as the body's content (as the sanitiser parses it), so leading head-like elements stay where they are.
  const doc = new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}`, 'text/html');
  doc.querySelectorAll(UNSEEN_ELEMENTS).forEach((element) => element.remove());
  doc.querySelectorAll(BREAKING_ELEMENTS).forEach((element) => element.append(' '));
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

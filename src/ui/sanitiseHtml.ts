import DOMPurify from 'dompurify';
import type { Config, DOMPurify as Purifier } from 'dompurify';
import { isOnPageOrigin } from './pageOrigin';

/**
 * The one sanitiser for rich text from SharePoint lists (biographies, how-to-contact notes,
 * briefing bodies). Keeps ordinary formatting and links; removes scripts, event handlers,
 * javascript: and other unsafe URLs, inline styles (they fight the theme and contrast) and
 * embedded content; opens new windows only with rel="noopener noreferrer".
 *
 * Fetches nothing from another origin (a request elsewhere tells that site who read the item and
 * when: a tracking pixel): audio, video and their sources are dropped outright (briefings need
 * neither), every attribute that makes the browser fetch by itself is removed, and images are kept
 * only on the page's own origin (isOnPageOrigin), with an empty text alternative when they have none.
 *
 * Gives the content no ids or names, nor references to ids: rich text cannot claim an id the app
 * uses (a deep link's target, a label's control) or clobber document properties.
 */
const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'svg', 'math',
    'video', 'audio', 'source', 'track', 'picture', 'map', 'area'
  ],
  ADD_ATTR: ['target'],
  FORBID_ATTR: [
    'style',
    // Fetched by the browser without a click.
    'srcset', 'poster', 'background', 'longdesc', 'lowsrc', 'dynsrc', 'ping', 'cite', 'action', 'formaction', 'data', 'xlink:href',
    // Ids and what points at them.
    'id', 'name', 'for', 'headers', 'usemap', 'form', 'list',
    'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'aria-details', 'aria-errormessage', 'aria-flowto'
  ],
  ALLOW_DATA_ATTR: false
};

/** Attributes besides these carry no address; a link's href is kept (it is fetched only when followed). */
const ADDRESS_ATTRIBUTES: readonly string[] = ['src', 'href'];

let purifier: Purifier | undefined;

function configuredPurifier(): Purifier {
  if (purifier) return purifier;
  // A private instance, so our hook never changes DOMPurify for other code on the page.
  const instance = DOMPurify(window);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'IMG') {
      if (!isOnPageOrigin(node.getAttribute('src'))) {
        node.parentNode?.removeChild(node);
        return;
      }
      // An image with no text alternative is announced by its file name; treat it as decorative.
      if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
    } else {
      // Only an image may load an address, and only a link may hold one.
      for (const name of ADDRESS_ATTRIBUTES) {
        if (node.hasAttribute(name) && !(name === 'href' && node.tagName === 'A')) node.removeAttribute(name);
      }
    }
    if (!node.hasAttribute('target')) return;
    if (node.getAttribute('target') === '_blank') {
      node.setAttribute('rel', 'noopener noreferrer');
    } else {
      node.removeAttribute('target');
    }
  });
  purifier = instance;
  return instance;
}

/** Returns HTML that is safe to set as innerHTML. Empty or missing input gives an empty string. */
export function sanitiseHtml(html: string | undefined): string {
  if (!html) return '';
  return configuredPurifier().sanitize(html, CONFIG);
}

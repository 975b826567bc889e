import DOMPurify from 'dompurify';
import type { Config, DOMPurify as Purifier } from 'dompurify';

/**
 * The one sanitiser for rich text from SharePoint lists (biographies, how-to-contact notes,
 * briefing bodies). Keeps ordinary formatting and links; removes scripts, event handlers,
 * javascript: and other unsafe URLs, inline styles (they fight the theme and contrast) and
 * embedded content; opens new windows only with rel="noopener noreferrer"; drops images that
 * are not on the page's own origin (an image elsewhere tells another site who read the item and
 * when: a tracking pixel); gives images without a text alternative an empty one.
 */
const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'svg', 'math'],
  ADD_ATTR: ['target'],
  FORBID_ATTR: ['style'],
  ALLOW_DATA_ATTR: false
};

let purifier: Purifier | undefined;

function isOnPageOrigin(src: string | null): boolean {
  if (!src) return false;
  try {
    return new URL(src, document.baseURI).origin === window.location.origin;
  } catch {
    return false;
  }
}

function configuredPurifier(): Purifier {
  if (purifier) return purifier;
  // A private instance, so our hook never changes DOMPurify for other code on the page.
  const instance = DOMPurify(window);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'IMG') {
      node.removeAttribute('srcset');
      if (!isOnPageOrigin(node.getAttribute('src'))) {
        node.parentNode?.removeChild(node);
        return;
      }
      // An image with no text alternative is announced by its file name; treat it as decorative.
      if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
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

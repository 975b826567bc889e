/**
 * In-page layout measurements for WCAG 2.2 reflow (1.4.10), text spacing (1.4.12) and long words:
 * what runs out of the page sideways, what text a box clips, what overflows its column and where a
 * click at a control's centre lands. Each returns readable descriptions of the culprits ('' when
 * there are none), so an assertion message says what to fix.
 */
import type { Page } from 'playwright-core';

/** The WCAG 1.4.12 text-spacing values, as the W3C's own test bookmarklet applies them. */
export const TEXT_SPACING_CSS = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

export async function applyTextSpacing(page: Page): Promise<void> {
  await page.addStyleTag({ content: TEXT_SPACING_CSS });
  // Let Fluent's observers (Pivot overflow, FocusZone) see the new sizes.
  await page.waitForTimeout(300);
}

/** Adds `window.__describe(element)` (tag, id or class, role/label and some text) for the other checks. */
async function installDescribe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const target = window as unknown as { __describe?: (element: Element) => string };
    if (target.__describe) return;
    target.__describe = (element: Element): string => {
      const html = element as HTMLElement;
      const classes = typeof html.className === 'string' ? html.className.split(/\s+/).filter(Boolean).slice(0, 2).join('.') : '';
      const label = html.getAttribute('aria-label') ?? html.getAttribute('role') ?? '';
      const text = (html.innerText ?? html.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
      const box = html.getBoundingClientRect();
      return `<${html.tagName.toLowerCase()}${html.id ? `#${html.id}` : ''}${classes ? `.${classes}` : ''}${label ? ` [${label}]` : ''}> ` +
        `"${text}" (x ${Math.round(box.left)}–${Math.round(box.right)}, w ${Math.round(box.width)})`;
    };
  });
}

/**
 * Horizontal overflow of the document: '' when it does not scroll sideways, else the width it
 * needs and the outermost elements that stick out past the viewport's right (or left) edge.
 */
export async function documentOverflow(page: Page): Promise<string> {
  await installDescribe(page);
  return page.evaluate(() => {
    const describe = (window as unknown as { __describe: (element: Element) => string }).__describe;
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return '';
    const width = root.clientWidth;
    const sticksOut = (element: Element): boolean => {
      const box = element.getBoundingClientRect();
      // Only the right edge: content off the left edge (a skip link waiting for focus) cannot be scrolled to.
      return box.width > 0 && box.height > 0 && box.right > width + 1;
    };
    /** Inside a box that scrolls or clips sideways on its own: not the document's overflow. */
    const containedBelow = (element: Element): boolean => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const overflowX = getComputedStyle(parent).overflowX;
        if (overflowX !== 'visible') return !sticksOut(parent);
      }
      return false;
    };
    const culprits = Array.from(document.body.querySelectorAll('*')).filter(
      (element) => sticksOut(element) && !containedBelow(element) && !(element.parentElement && sticksOut(element.parentElement) && element.parentElement !== document.body)
    );
    return [`document is ${root.scrollWidth}px wide in a ${width}px viewport`, ...culprits.slice(0, 12).map((element) => `  ${describe(element)}`)].join('\n');
  });
}

/**
 * Text a box cuts off: elements that clip (overflow hidden or clip) holding text that is larger
 * than the box. Visually hidden text for screen readers (a 1 px box) is left out, as is a box
 * that scrolls (its text can be reached).
 */
export async function clippedText(page: Page): Promise<string> {
  await installDescribe(page);
  return page.evaluate(() => {
    const describe = (window as unknown as { __describe: (element: Element) => string }).__describe;
    const clips = (value: string): boolean => value === 'hidden' || value === 'clip';
    const found: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const style = getComputedStyle(element);
      const clipsX = clips(style.overflowX);
      const clipsY = clips(style.overflowY);
      if (!clipsX && !clipsY) continue;
      const box = element.getBoundingClientRect();
      if (box.width <= 2 || box.height <= 2 || style.visibility === 'hidden') continue;
      // Text, not an icon font's glyph (private use characters), such as a checkbox's tick.
      if (!/[^\s\uE000-\uF8FF]/.test(element.innerText ?? '')) continue;
      const overX = clipsX && element.scrollWidth > element.clientWidth + 1;
      const overY = clipsY && element.scrollHeight > element.clientHeight + 1;
      if (overX || overY) {
        found.push(`${describe(element)} needs ${element.scrollWidth}×${element.scrollHeight}, has ${element.clientWidth}×${element.clientHeight}`);
      }
    }
    return found.join('\n');
  });
}

/**
 * Content that runs out of its box sideways: block, flex and grid boxes (not scrolling ones) whose
 * content is wider than they are, innermost first. This is a long word or a row running out of its
 * column and over its neighbour.
 */
export async function contentOutsideItsColumn(page: Page): Promise<string> {
  await installDescribe(page);
  return page.evaluate(() => {
    const describe = (window as unknown as { __describe: (element: Element) => string }).__describe;
    const found: Element[] = [];
    for (const element of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const style = getComputedStyle(element);
      if (style.display === 'inline' || style.display === 'contents' || style.display === 'none') continue;
      if (style.overflowX !== 'visible') continue;
      const box = element.getBoundingClientRect();
      if (box.width <= 2 || box.height <= 2 || style.visibility === 'hidden') continue;
      // An icon font's glyph alone (a search box folds its magnifier away while focused) is not text out of its column.
      if (!/[^\s\uE000-\uF8FF]/.test(element.textContent ?? '')) continue;
      if (element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) found.push(element);
    }
    const innermost = found.filter((element) => !found.some((other) => other !== element && element.contains(other)));
    return innermost.slice(0, 15).map((element) => `${describe(element)} content ${(element as HTMLElement).scrollWidth}px wide`).join('\n');
  });
}

/**
 * Links and buttons a click at the centre of would miss: another element lies on top of them (a
 * neighbour's overflowing text, a sticky bar). Each is scrolled to the middle of its scrolling
 * box first, as a person would before clicking.
 */
export async function clicksThatMiss(page: Page): Promise<string> {
  await installDescribe(page);
  return page.evaluate(() => {
    const describe = (window as unknown as { __describe: (element: Element) => string }).__describe;
    const targets = Array.from(document.querySelectorAll<HTMLElement>('a[href], button, [role="button"], [role="tab"], [role="link"]')).filter((element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return box.width > 2 && box.height > 2 && style.visibility !== 'hidden' && element.closest('[aria-hidden="true"]') === null;
    });
    const missed: string[] = [];
    for (const target of targets) {
      target.scrollIntoView({ block: 'center', inline: 'center' });
      // A link wrapped over two lines is two boxes: the centre of the first is on the link, that of both may not be.
      const box = target.getClientRects()[0] ?? target.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (hit && hit !== target && !target.contains(hit)) missed.push(`${describe(target)} → lands on ${describe(hit)}`);
    }
    return missed.slice(0, 15).join('\n');
  });
}

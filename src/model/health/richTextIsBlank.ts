/**
 * True when rich text shows no words: absent, or only tags, non-breaking spaces and white space.
 * SharePoint's editor leaves markup such as `<div class="ExternalClass…"><p>&#160;</p></div>`
 * behind when someone clears a field. Decides emptiness only; nothing here is rendered.
 */
export function richTextIsBlank(html: string | undefined): boolean {
  if (html === undefined) return true;
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(nbsp|#160|#xa0);/gi, ' ')
    .replace(/\u00a0|\u200b/g, ' ');
  return text.trim() === '';
}

import { sanitiseHtml } from '../../src/ui/sanitiseHtml';

function parse(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host;
}

describe('sanitiseHtml', () => {
  test('keeps ordinary formatting, lists and links', () => {
    const clean = parse(sanitiseHtml('<p>Cllr <strong>Ada</strong></p><ul><li>Parks</li></ul><a href="https://example.org/">site</a>'));
    expect(clean.querySelector('strong')?.textContent).toBe('Ada');
    expect(clean.querySelectorAll('li')).toHaveLength(1);
    expect(clean.querySelector('a')?.getAttribute('href')).toBe('https://example.org/');
  });

  test.each([
    ['script elements', '<p>hi</p><script>alert(1)</script>', 'script'],
    ['inline event handlers', '<img src="x.png" onerror="alert(1)">', '[onerror]'],
    ['onclick on links', '<a href="https://example.org" onclick="steal()">x</a>', '[onclick]'],
    ['javascript: links', '<a href="javascript:alert(1)">x</a>', 'a[href]'],
    ['iframes', '<iframe src="https://evil.example"></iframe>', 'iframe'],
    ['inline styles', '<p style="color:#fff;background:#fff">hidden</p>', '[style]'],
    ['forms', '<form action="https://evil.example"><input name="password"></form>', 'form, input'],
    ['svg with script', '<svg><script>alert(1)</script></svg>', 'svg, script']
  ])('removes %s', (_name, hostile, selector) => {
    const clean = parse(sanitiseHtml(hostile));
    expect(clean.querySelector(selector)).toBeNull();
  });

  test('forces rel="noopener noreferrer" on links that open a new window', () => {
    const clean = parse(sanitiseHtml('<a href="https://example.org" target="_blank" rel="opener">x</a>'));
    const link = clean.querySelector('a');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  test('drops targets other than _blank, so links cannot navigate other frames', () => {
    const clean = parse(sanitiseHtml('<a href="https://example.org" target="_top">x</a>'));
    expect(clean.querySelector('a')?.hasAttribute('target')).toBe(false);
  });

  test('marks images without a text alternative as decorative, keeping real ones', () => {
    const clean = parse(sanitiseHtml('<img src="/sites/council/SiteAssets/a.png"><img src="SiteAssets/b.png" alt="Ward map">'));
    const [plain, described] = Array.from(clean.querySelectorAll('img'));
    expect(plain.getAttribute('alt')).toBe('');
    expect(described.getAttribute('alt')).toBe('Ward map');
  });

  test.each([
    ['another site', 'https://tracker.example.org/pixel.gif'],
    ['another site, protocol-relative', '//tracker.example.org/pixel.gif'],
    ['a data: URL', 'data:image/gif;base64,R0lGODlhAQABAAAAACw='],
    ['no address at all', '']
  ])('drops an image on %s (a tracking pixel would tell it who read the item)', (_where, src) => {
    const clean = parse(sanitiseHtml(`<p>Before</p><img src="${src}" alt="x"><p>After</p>`));
    expect(clean.querySelectorAll('img')).toHaveLength(0);
    expect(clean.textContent).toBe('BeforeAfter');
  });

  test('keeps an image on the page\'s own origin, without srcset pointing elsewhere', () => {
    const clean = parse(sanitiseHtml(`<img src="${window.location.origin}/sites/council/SiteAssets/map.png" srcset="https://tracker.example.org/x.png 2x" alt="Map">`));
    const image = clean.querySelector('img');
    expect(image?.getAttribute('src')).toBe(`${window.location.origin}/sites/council/SiteAssets/map.png`);
    expect(image?.hasAttribute('srcset')).toBe(false);
  });

  test('treats missing text as empty', () => {
    expect(sanitiseHtml(undefined)).toBe('');
    expect(sanitiseHtml('')).toBe('');
  });

  test('does not change DOMPurify for other code on the page', async () => {
    const { default: shared } = await import('dompurify');
    sanitiseHtml('<a href="https://example.org" target="_blank">x</a>');
    const other = parse(shared.sanitize('<a href="https://example.org" target="_blank">x</a>'));
    expect(other.querySelector('a')?.hasAttribute('rel')).toBe(false);
  });
});

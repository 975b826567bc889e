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

  /** Every attribute that would make the browser ask another origin for something (links to read are kept). */
  function offOriginAttributes(root: HTMLElement): string[] {
    return Array.from(root.querySelectorAll('*')).flatMap((element) =>
      Array.from(element.attributes)
        .filter((attribute) => attribute.value.includes('evil.example') && !(element.tagName === 'A' && attribute.name === 'href'))
        .map((attribute) => `<${element.tagName.toLowerCase()} ${attribute.name}>`)
    );
  }

  test.each([
    ['video poster', '<video poster="https://evil.example/poster.png"></video>'],
    ['video src', '<video src="https://evil.example/clip.mp4"></video>'],
    ['audio src', '<audio src="https://evil.example/clip.mp3"></audio>'],
    ['source src in video', '<video><source src="https://evil.example/clip.mp4" type="video/mp4"></video>'],
    ['source srcset in picture', '<picture><source srcset="https://evil.example/wide.png 2x"><img src="/SiteAssets/a.png" alt="A"></picture>'],
    ['track src', '<video><track src="https://evil.example/captions.vtt"></video>'],
    ['table background', '<table background="https://evil.example/bg.png"><tr><td>x</td></tr></table>'],
    ['td background', '<table><tr><td background="https://evil.example/bg.png">x</td></tr></table>'],
    ['body background', '<body background="https://evil.example/bg.png"><p>x</p></body>'],
    ['link ping', '<a href="https://example.org/" ping="https://evil.example/ping">x</a>'],
    ['image longdesc', '<img src="/SiteAssets/a.png" longdesc="https://evil.example/long" alt="A">'],
    ['image lowsrc', '<img src="/SiteAssets/a.png" lowsrc="https://evil.example/low.png" alt="A">'],
    ['blockquote cite', '<blockquote cite="https://evil.example/source">x</blockquote>'],
    ['input image', '<input type="image" src="https://evil.example/button.png">'],
    ['area href', '<map name="m"><area href="https://evil.example/area" shape="rect" coords="0,0,1,1"></map>'],
    ['svg image', '<svg><image xlink:href="https://evil.example/x.png" href="https://evil.example/y.png"></image></svg>'],
    ['object data', '<object data="https://evil.example/x.swf"></object>'],
    ['style url()', '<p style="background:url(https://evil.example/bg.png)">x</p>']
  ])('leaves nothing that would fetch from another origin: %s', (_vector, hostile) => {
    const clean = parse(sanitiseHtml(hostile));
    expect(offOriginAttributes(clean)).toEqual([]);
  });

  test('drops audio and video outright, even from the page\'s own origin (briefings need neither)', () => {
    const clean = parse(sanitiseHtml(`<video src="${window.location.origin}/a.mp4" poster="/p.png"><source src="/a.mp4"></video><audio src="/a.mp3"></audio><p>Text</p>`));
    expect(clean.querySelector('video, audio, source, track')).toBeNull();
    expect(clean.textContent).toBe('Text');
  });

  test('keeps the image inside a <picture>, on the page\'s origin, without the sources', () => {
    const clean = parse(sanitiseHtml('<picture><source srcset="/SiteAssets/wide.png 2x"><img src="/SiteAssets/a.png" alt="A"></picture>'));
    expect(clean.querySelector('source, picture')).toBeNull();
    expect(clean.querySelector('img')?.getAttribute('alt')).toBe('A');
  });

  test.each([
    ['id claiming a deep link\'s target', '<p id="member-briefings0-item-7">x</p>'],
    ['id naming a document property', '<img src="/SiteAssets/a.png" id="getElementById" alt="A">'],
    ['name on an anchor', '<a name="member-briefings0-item-7" href="https://example.org/">x</a>'],
    ['name on an image', '<img src="/SiteAssets/a.png" name="cookie" alt="A">'],
    ['label for an app control', '<label for="member-briefings0-search">x</label>'],
    ['aria reference to an app element', '<p aria-describedby="member-briefings0-heading" aria-labelledby="x">x</p>']
  ])('gives rich text no ids or names, so it cannot claim or clobber the app\'s: %s', (_vector, hostile) => {
    const clean = parse(sanitiseHtml(hostile));
    const named = Array.from(clean.querySelectorAll('[id], [name], [for], [aria-describedby], [aria-labelledby]'));
    expect(named.map((element) => element.outerHTML)).toEqual([]);
    expect(clean.textContent).toContain(hostile.includes('>x<') ? 'x' : '');
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

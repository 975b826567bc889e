import { richTextPlainText } from '../../src/ui/richTextPlainText';

describe('richTextPlainText', () => {
  test('gives the words a reader sees, on one line, with paragraph, list and heading breaks as spaces', () => {
    const html = '<h3>Bins</h3><p>Missed <em>bins</em>:</p><ul><li>use the form</li><li>or call</li></ul><p>Line<br>two</p><a href="https://council.example/">Report a problem</a>';
    expect(richTextPlainText(html)).toBe('Bins Missed bins: use the form or call Line two Report a problem');
  });

  test.each([
    ['scripts', '<p>Call us</p><script>window.stolen = true</script>'],
    ['styles', '<style>p { display: none }</style><p>Call us</p>'],
    ['templates and noscript', '<template><p>hidden</p></template><noscript>enable scripts</noscript><p>Call us</p>'],
    ['svg and maths', '<svg><text>drawn</text></svg><math><mi>x</mi></math><p>Call us</p>'],
    ['embedded frames and form controls', '<iframe>frame</iframe><textarea>typed</textarea><select><option>one</option></select><p>Call us</p>']
  ])('leaves out the text of %s, as the sanitiser does', (_name, html) => {
    expect(richTextPlainText(html)).toBe('Call us');
  });

  test('empty or missing rich text gives an empty string', () => {
    expect(richTextPlainText(undefined)).toBe('');
    expect(richTextPlainText('')).toBe('');
    expect(richTextPlainText('<p> </p>')).toBe('');
  });
});

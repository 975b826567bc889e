import { richTextIsBlank } from '../../../src/model/health/richTextIsBlank';

describe('richTextIsBlank', () => {
  it.each([undefined, '', '   ', '<div></div>', '<div class="ExternalClass9"><p>&nbsp;</p><br></div>', '<p>&#160;\u00a0</p>'])('%j is blank', (html) => {
    expect(richTextIsBlank(html)).toBe(true);
  });
  it.each(['Bins', '<p>Ask me about <b>roads</b></p>', '<div>&nbsp;x</div>'])('%j is not blank', (html) => {
    expect(richTextIsBlank(html)).toBe(false);
  });
});

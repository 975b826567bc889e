import { graphemes, initials } from '../../src/model/initials';

describe('initials', () => {
  test.each([
    ['Joe Bloggs', 'JB'],
    ['Cllr Joe Bloggs', 'JB'],
    ['Councillor Dr Siân O’Rourke MBE', 'SO'],
    ['Cllr. Mrs. Ann de Souza', 'AS'],
    ['Cllr Cher', 'C'],
    ['Mary Anne Smith-Jones', 'MS'],
    ['élodie durand', 'ÉD'],
    ['  ', ''],
    ['Cllr', '']
  ])('%p → %p', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });

  test.each([
    [{ displayName: 'Cllr Joe Bloggs', givenName: 'Joseph', surname: 'Bloggs' }, 'JB'],
    [{ displayName: 'Cllr Joe Bloggs', surname: 'Bloggs' }, 'JB'],
    [{ displayName: 'Cllr Joe Bloggs', givenName: '', surname: '' }, 'JB'],
    [{ displayName: '', givenName: undefined, surname: '' }, '']
  ])('member %p → %p', (member, expected) => {
    expect(initials(member)).toBe(expected);
  });

  describe('Latin with diacritics', () => {
    test.each([
      ['Łukasz Żółć', 'ŁŻ'],
      ['Øystein Ødegård', 'ØØ'],
      ['Cllr Siân Ó Dálaigh', 'SD'],
      ['ñame ürün', 'ÑÜ'],
      ['Şule Ćosić', 'ŞĆ']
    ])('%p → %p', (name, expected) => {
      expect(initials(name)).toBe(expected);
    });
  });

  describe('combining marks stay with their letter', () => {
    // "É" and "Ǫ̃" written as a base letter and combining marks, not precomposed.
    const decomposedE = 'E\u0301';
    test.each([
      [`${decomposedE}bha Ni\u0301 Bhriain`, `${decomposedE}B`],
      ['e\u0301lodie o\u0328\u0303wen', 'E\u0301O\u0328\u0303'],
      ['A\u030A\u0323se Berg', 'A\u030A\u0323B']
    ])('%p → %p', (name, expected) => {
      const result = initials(name);
      expect(result).toBe(expected);
      // Never a bare mark on its own, never a base letter without its marks.
      expect(graphemes(result)).toHaveLength(2);
    });
  });

  describe('Welsh digraphs give their first letter (see firstLetter: Thomas and Philip are not Welsh digraphs)', () => {
    test.each([
      ['Llinos Jones', 'LJ'],
      ['Cllr Rhodri ap Dafydd', 'RD'],
      ['Dafydd Llywelyn', 'DL'],
      ['Ffion Thomas', 'FT'],
      ['Chwilog Ngwyn', 'CN'],
      ['Thomas Phillips', 'TP']
    ])('%p → %p', (name, expected) => {
      expect(initials(name)).toBe(expected);
    });
  });

  describe('Arabic script: no initials, so the coin shows a person icon', () => {
    test.each(['محمد عبد الله', 'مريم الحسيني', 'Cllr عائشة خان', 'فاطمة'])('%p → ""', (name) => {
      expect(initials(name)).toBe('');
    });
    test('a member with Arabic given name and surname columns', () => {
      expect(initials({ displayName: 'مريم الحسيني', givenName: 'مريم', surname: 'الحسيني' })).toBe('');
    });
  });

  describe('Chinese, Japanese and Korean: the first character alone', () => {
    test.each([
      ['王小明', '王'],
      ['Cllr 李 华', '李'],
      ['山田 太郎', '山'],
      ['김민준', '김']
    ])('%p → %p', (name, expected) => {
      expect(initials(name)).toBe(expected);
    });
    test('family name first, whatever the given-name column says', () => {
      expect(initials({ displayName: '王小明', givenName: '小明', surname: '王' })).toBe('王');
    });
  });

  describe('Devanagari: whole syllables, with their vowel signs and conjuncts', () => {
    test.each([
      ['किरण शर्मा', 'किश'],
      ['प्रिया क्षत्रिय', 'प्रिक्ष'],
      ['Cllr अनिल कुमार', 'अकु']
    ])('%p → %p', (name, expected) => {
      expect(initials(name)).toBe(expected);
    });
  });

  describe('emoji', () => {
    test.each([
      // Emoji beside a name are not initials.
      ['Zoë 🌈', 'Z'],
      ['Priya Patel 👩🏽‍⚖️', 'PP'],
      // A name that is only a picture: the whole picture, one grapheme (ZWJ sequence, skin tone, flag).
      ['👩🏽‍⚖️', '👩🏽‍⚖️'],
      ['🇬🇧', '🇬🇧'],
      ['👨‍👩‍👧‍👦 family', 'F']
    ])('%p → %p', (name, expected) => {
      expect(initials(name)).toBe(expected);
      if (expected) expect(graphemes(expected).length).toBeLessThanOrEqual(2);
    });
  });

  test('a mixed-script name keeps only initials a reader would expect', () => {
    expect(initials('Zoë الحسيني')).toBe('Z');
    expect(initials('مريم الحسيني 👩🏽‍⚖️ Zoë 🌈')).toBe('');
  });
});

describe('graphemes', () => {
  test('user-perceived characters, not code units', () => {
    expect(graphemes('e\u0301👩🏽‍⚖️🇬🇧प्रि')).toEqual(['e\u0301', '👩🏽‍⚖️', '🇬🇧', 'प्रि']);
  });

  type Segment = (text: string) => Iterable<{ segment: string }>;
  const segmenterPrototype = (Intl as unknown as { Segmenter: { prototype: { segment: Segment } } }).Segmenter.prototype;
  const bySegmenter = (text: string): string[] =>
    Array.from(new (Intl as unknown as { Segmenter: new (locale: string, options: object) => { segment: Segment } }).Segmenter('und', { granularity: 'grapheme' }).segment(text), (part) => part.segment);

  test('Latin text (to U+02FF) is split without the segmenter, exactly as the segmenter splits it', () => {
    // Every code unit of the range, in random order and with CR LF pairs, compared with Intl.Segmenter.
    let seed = 15;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const texts = ['Siân Llewelyn-Ápsley', "Nuala O'Brien", 'Æthelflæd Ðorr', 'line\r\nbreak', '\r\n\r', 'a\u00adb'];
    for (let round = 0; round < 200; round++) {
      texts.push(Array.from({ length: 1 + Math.floor(random() * 12) }, () => (random() < 0.1 ? '\r\n' : String.fromCharCode(Math.floor(random() * 0x300)))).join(''));
    }
    const segment = jest.spyOn(segmenterPrototype, 'segment');
    const fast = texts.filter((text) => !text.includes('\r\n')).map((text) => graphemes(text));
    expect(segment).not.toHaveBeenCalled();
    segment.mockRestore();
    expect(fast).toEqual(texts.filter((text) => !text.includes('\r\n')).map(bySegmenter));
    for (const text of texts) expect(graphemes(text)).toEqual(bySegmenter(text));
  });

  test('text beyond U+02FF still goes to the segmenter: combining marks stay with their letter', () => {
    expect(graphemes('Sia\u0302n')).toEqual(['S', 'i', 'a\u0302', 'n']);
    expect(graphemes('O’Rourke')).toEqual(bySegmenter('O’Rourke'));
  });
});

describe('initials are worked out once per name', () => {
  type Segment = (text: string) => Iterable<{ segment: string }>;
  const segmenterPrototype = (Intl as unknown as { Segmenter: { prototype: { segment: Segment } } }).Segmenter.prototype;

  it('segments a name the first time only, and gives the same answer again', () => {
    const segment = jest.spyOn(segmenterPrototype, 'segment');
    const member = { displayName: 'Cllr Dr Siân O’Rourke MBE (memo)', givenName: 'Siân', surname: 'O’Rourke' };
    const first = initials(member);
    const segmentedFirst = segment.mock.calls.length;
    expect(segmentedFirst).toBeGreaterThan(0);
    expect(initials({ ...member })).toBe(first);
    expect(initials('Priyanka Hillierton')).toBe('PH');
    const segmentedAfterName = segment.mock.calls.length;
    expect(initials('Priyanka Hillierton')).toBe('PH');
    expect(segment.mock.calls.length).toBe(segmentedAfterName);
    expect(first).toBe('SO');
    segment.mockRestore();
  });

  it('keeps a name and a member with the same words apart', () => {
    expect(initials('Zhang Wei Memo')).toBe(initials('Zhang Wei Memo'));
    expect(initials({ displayName: 'Wei Zhang Memo', givenName: 'Wei', surname: 'Zhang' })).toBe('WZ');
    expect(initials('Wei Zhang Memo')).toBe('WM');
  });
});

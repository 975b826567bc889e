import { escapeVCardText, foldVCardLine, officerVCard, splitName, vCardFileName } from '../../src/model/officerVCard';
import { anOfficerProfile, aService } from './support/officerDirectory';

const officer = anOfficerProfile(1, 'Priya Hillier', {
  jobTitle: 'Engineer, Highways; Network',
  team: 'Network Management',
  email: 'priya.hillier@council.example',
  phone: '01632 961 001'
});

describe('officerVCard', () => {
  it('writes a vCard 3.0 with CRLF line endings by default', () => {
    expect(officerVCard(officer, aService(1, 'Highways'), { council: 'Chalkshire County Council' })).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Priya Hillier',
        'N:Hillier;Priya;;;',
        'TITLE:Engineer\\, Highways\\; Network',
        'ORG:Chalkshire County Council;Highways;Network Management',
        'EMAIL;TYPE=INTERNET,WORK:priya.hillier@council.example',
        'TEL;TYPE=WORK,VOICE:01632 961 001',
        'END:VCARD',
        ''
      ].join('\r\n')
    );
  });

  it('writes a vCard 4.0 on request, leaving out what is not known', () => {
    const text = officerVCard(anOfficerProfile(2, 'Tom Hill', { email: 't@council.example' }), undefined, { version: '4.0' });
    expect(text).toBe(['BEGIN:VCARD', 'VERSION:4.0', 'FN:Tom Hill', 'N:Hill;Tom;;;', 'EMAIL;TYPE=work:t@council.example', 'END:VCARD', ''].join('\r\n'));
    expect(text).not.toMatch(/[^\r]\n/);
  });

  test.each([
    ['plain', 'plain'],
    ['a, b', 'a\\, b'],
    ['a; b', 'a\\; b'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines\r\nand\rmore', 'two\\nlines\\nand\\nmore']
  ])('escapes %j', (value, escaped) => {
    expect(escapeVCardText(value)).toBe(escaped);
  });

  test.each([
    ['Priya Hillier', 'Priya', 'Hillier'],
    ['Rhiannon ap Rhys', 'Rhiannon', 'ap Rhys'],
    ['Nuala Ó Dónaill', 'Nuala', 'Ó Dónaill'],
    ['Mary Kate van der Berg', 'Mary Kate', 'van der Berg'],
    ['Cher', '', 'Cher'],
    ['  ', '', '']
  ])('splits %j into given and family names', (name, given, family) => {
    expect(splitName(name)).toEqual({ given, family });
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `NOTE:${'é'.repeat(60)}`;
    const folded = foldVCardLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const part of physical) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(physical.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(foldVCardLine('FN:Short')).toBe('FN:Short');
  });

  test.each([
    ['Priya Hillier', 'Priya Hillier.vcf'],
    ['Ciarán O\u2019Neill', 'Ciarán O\u2019Neill.vcf'],
    ['AC/DC: "Live"?', 'ACDC Live.vcf'],
    ['Two\nLines', 'Two Lines.vcf'],
    ['...', 'contact.vcf'],
    ['Invoice\u202Efdp.exe', 'Invoicefdp.exe.vcf'],
    ['Jo\u2066 Bloggs\u2069\u2028', 'Jo Bloggs.vcf'],
    ['Tab\tand\u0007bell', 'Tab andbell.vcf'],
    ['', 'contact.vcf']
  ])('names the file for %j', (name, fileName) => {
    expect(vCardFileName({ name })).toBe(fileName);
  });

  test('drops control characters, line separators and bidi controls from every value', () => {
    const card = officerVCard(
      anOfficerProfile(1, 'Priya\u202E Hillier\u0007', {
        jobTitle: 'Engineer\u2028BEGIN:VCARD',
        team: 'Roads\u2066\u2069',
        email: 'priya.hillier@council.example',
        phone: '01632\u0000 961 001'
      }),
      aService(1, 'High\u202Dways')
    );
    expect(card).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/);
    expect(card.split('\r\n').filter((line) => line === 'BEGIN:VCARD')).toHaveLength(1);
    expect(card).toContain('FN:Priya Hillier\r\n');
    expect(card).toContain('TITLE:Engineer BEGIN:VCARD\r\n');
    expect(card).toContain('ORG:Highways;Roads\r\n');
    expect(card).toContain(':01632 961 001\r\n');
  });

  test.each([
    ['two addresses', 'a@council.example;b@council.example'],
    ['an address with a display name', 'Priya <a@council.example>'],
    ['an address with a new line', 'a@council.example\nBCC:b@council.example']
  ])('leaves out an email that is not exactly one plain address: %s', (_case, email) => {
    expect(officerVCard(anOfficerProfile(1, 'Priya Hillier', { email }))).not.toContain('EMAIL');
  });
});

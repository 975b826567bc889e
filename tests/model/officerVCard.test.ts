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
    ['', 'contact.vcf']
  ])('names the file for %j', (name, fileName) => {
    expect(vCardFileName({ name })).toBe(fileName);
  });
});

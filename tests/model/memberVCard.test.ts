import { memberVCard } from '../../src/model/memberVCard';
import { members } from '../fakes/memberDirectoryFixture';

const [ada, brian, , dev] = members;

describe('memberVCard', () => {
  it('writes the member as a vCard 3.0 with the number they are called on', () => {
    expect(memberVCard(ada, { council: 'Wessex Vale Council', title: 'Councillor for Abbey ward' })).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Ada Lovelace',
        'N:Lovelace;Ada;;;',
        'TITLE:Councillor for Abbey ward',
        'ORG:Wessex Vale Council',
        'EMAIL;TYPE=INTERNET,WORK:cllr.lovelace@council.example',
        'TEL;TYPE=WORK,VOICE:01632 960001',
        'END:VCARD',
        ''
      ].join('\r\n')
    );
  });

  it('leaves out what is not recorded, taking a missing given name from the display name', () => {
    expect(memberVCard(dev)).toBe(['BEGIN:VCARD', 'VERSION:3.0', 'FN:Dev Patel', 'N:Patel;Dev;;;', 'END:VCARD', ''].join('\r\n'));
    expect(memberVCard(brian, { version: '4.0' })).toContain('EMAIL;TYPE=work:cllr.okafor@council.example\r\n');
  });

  it('never lets a value start a line of its own, add a recipient or hide reversed text', () => {
    const hostile = {
      ...ada,
      displayName: 'Ada\r\nEMAIL:attacker@evil.example',
      email: 'ada@council.example, attacker@evil.example',
      workPhone: '01632\u202E960001'
    };
    const card = memberVCard(hostile, { title: 'Councillor;\nfor Abbey' });
    const lines = card.split('\r\n');
    expect(lines.filter((line) => line.startsWith('EMAIL'))).toEqual([]);
    expect(lines).toContain('FN:Ada EMAIL:attacker@evil.example');
    expect(lines).toContain('TITLE:Councillor\\; for Abbey');
    expect(card).not.toContain('\u202E');
    expect(card).not.toMatch(/[^\r]\n/);
  });
});

import Papa from 'papaparse';
import { openDataCsv } from '../../../tools/export/openDataCsv';
import { aDirectory, aMember } from '../../model/support/directory';

describe('openDataCsv', () => {
  const directory = aDirectory([
    aMember(1, { displayName: 'Cllr Siân O’Rourke', surname: 'O’Rourke', wardId: 1, partyId: 2 }),
    aMember(2, { displayName: '=HYPERLINK("http://evil.example","x")', surname: '+SUM(A1)', email: '@evil' })
  ]);
  const csv = openDataCsv(directory);
  const parsed = Papa.parse<string[]>(csv.trim());

  it('has the header and one row per current member, round-tripping through a CSV parser', () => {
    expect(parsed.data[0].slice(0, 5)).toEqual(['person_id', 'person_name', 'given_name', 'family_name', 'party_name']);
    expect(parsed.data).toHaveLength(3);
    expect(parsed.data[1][1]).toBe('Cllr Siân O’Rourke');
    expect(parsed.data[1][7]).toBe('E05000001');
  });

  it('makes cells that a spreadsheet would run as a formula into text', () => {
    expect(parsed.data[2][1]).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(parsed.data[2][3]).toBe("'+SUM(A1)");
    expect(parsed.data[2][9]).toBe("'@evil");
  });
});

import { officerDirectoryIndex } from '../../src/model/officerDirectoryIndex';
import { prepareOfficerSearch, searchOfficers } from '../../src/model/searchOfficers';
import { aDirectory, anOfficer, DIRECTORY } from './support/officerDirectory';

const names = (query: string, filter = {}): string[] => searchOfficers(DIRECTORY, query, filter).map((officer) => officer.name);

describe('searchOfficers', () => {
  it('lists everyone surname A to Z when nothing is asked', () => {
    expect(names('')).toEqual([
      'Sam Adams', 'Bob Hill', 'Tom Hill', 'Priya Hillier', 'Hilary Jones', 'Ciarán O\u2019Neill', 'Unfiled Person', 'Rhiannon ap Rhys', 'Ann Zephyr'
    ]);
  });

  test.each([
    // Exact surname first (A to Z), then name prefixes (Hillier), then matches elsewhere (Hilary Jones, of Hill Street Depot).
    ['hill', ['Bob Hill', 'Tom Hill', 'Priya Hillier', 'Hilary Jones']],
    ['Tom Hill', ['Tom Hill']],
    ['hil', ['Bob Hill', 'Tom Hill', 'Priya Hillier', 'Hilary Jones']],
    // Case, accents and apostrophes do not matter.
    ['ONEILL', ['Ciarán O\u2019Neill']],
    ["o'neill", ['Ciarán O\u2019Neill']],
    ['ciaran', ['Ciarán O\u2019Neill']],
    // A surname with its particle is an exact match.
    ['ap rhys', ['Rhiannon ap Rhys']],
    // Every word must match, in any field.
    ['priya county hall', ['Priya Hillier']],
    ['network management', ['Priya Hillier']],
    ['depot', ['Hilary Jones']],
    ['nobody at all', []]
  ])('%s', (query, expected) => {
    expect(names(query)).toEqual(expected);
  });

  it('puts the Councillor Liaison Officers of a service the query names first among equal matches', () => {
    // "highways" names service 1: its CLOs (Sam Adams, Tom Hill) before Priya Hillier, whose job title matches.
    expect(names('highways')).toEqual(['Sam Adams', 'Tom Hill', 'Priya Hillier']);
    // "waste" names service 2, which has no CLOs: plain A to Z.
    expect(names('waste')).toEqual(['Bob Hill', 'Hilary Jones']);
  });

  it('ranks exact names above CLOs of a named service', () => {
    const directory = aDirectory(
      [anOfficer(1, 'Sue Highways', { serviceId: 2 }), anOfficer(2, 'Ed Clo', { serviceId: 1, isLiaisonOfficer: true }), anOfficer(3, 'Ali Able', { serviceId: 1 })],
      DIRECTORY.services
    );
    expect(searchOfficers(directory, 'highways').map((officer) => officer.name)).toEqual(['Sue Highways', 'Ed Clo', 'Ali Able']);
  });

  test.each([
    ['liaison officers only', { liaisonOnly: true }, ['Sam Adams', 'Tom Hill', 'Ciarán O\u2019Neill', 'Ann Zephyr']],
    ['one service, its CLOs first', { serviceId: 1 }, ['Sam Adams', 'Tom Hill', 'Priya Hillier']],
    ['one directorate, case and spaces ignored', { directorate: " children's services " }, ['Ciarán O\u2019Neill']],
    ['directorate and liaison officers', { directorate: 'Place', liaisonOnly: true }, ['Sam Adams', 'Tom Hill']],
    ['a blank directorate is no filter', { directorate: '  ' }, ['Sam Adams', 'Bob Hill', 'Tom Hill', 'Priya Hillier', 'Hilary Jones', 'Ciarán O\u2019Neill', 'Unfiled Person', 'Rhiannon ap Rhys', 'Ann Zephyr']]
  ])('filters: %s', (_case, filter, expected) => {
    expect(names('', filter)).toEqual(expected);
  });

  it('combines a query with filters', () => {
    expect(names('hill', { serviceId: 2 })).toEqual(['Bob Hill', 'Hilary Jones']);
    expect(names('hill', { liaisonOnly: true })).toEqual(['Tom Hill']);
  });

  it('copes with officers whose service is gone or who have almost nothing recorded', () => {
    const directory = aDirectory([anOfficer(1, ''), anOfficer(2, 'Orphan Officer', { serviceId: 99 })], DIRECTORY.services);
    expect(searchOfficers(directory, 'orphan').map((officer) => officer.id)).toEqual([2]);
    expect(searchOfficers(directory, '').map((officer) => officer.id)).toEqual([1, 2]);
    expect(searchOfficers(directory, '', { directorate: 'Place' })).toEqual([]);
  });

  it('finds a word at the very start and end of the directory text', () => {
    const directory = aDirectory([anOfficer(1, 'Aaron Aardvark', { location: 'Zed' }), anOfficer(2, 'Zoe Zebra', { location: 'Aaa' })], []);
    expect(searchOfficers(directory, 'aardvark').map((officer) => officer.id)).toEqual([1]);
    expect(searchOfficers(directory, 'aaa').map((officer) => officer.id)).toEqual([2]);
    expect(searchOfficers(directory, 'zed').map((officer) => officer.id)).toEqual([1]);
  });
});

describe('prepareOfficerSearch', () => {
  it('builds the index before the first keystroke and changes no answer', () => {
    const directory = aDirectory([anOfficer(1, 'Priya Hillier'), anOfficer(2, 'Bob Hill')], []);
    const fresh = aDirectory([anOfficer(1, 'Priya Hillier'), anOfficer(2, 'Bob Hill')], []);
    prepareOfficerSearch(directory);
    const index = officerDirectoryIndex(directory);
    expect(index.officers.map((entry) => entry.officer.name)).toEqual(['Bob Hill', 'Priya Hillier']);
    for (const query of ['', 'h', 'hill', 'priya hil', 'zzz']) {
      expect(searchOfficers(directory, query)).toEqual(searchOfficers(fresh, query));
    }
    expect(officerDirectoryIndex(directory)).toBe(index);
  });

  it('copes with an empty directory', () => {
    expect(() => prepareOfficerSearch(aDirectory([], []))).not.toThrow();
  });
});

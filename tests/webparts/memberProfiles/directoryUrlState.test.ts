import {
  emptyDirectoryUrlState,
  IDirectoryUrlState,
  isUrlStatePrefix,
  parseDirectoryUrlState,
  serialiseDirectoryUrlState
} from '../../../src/webparts/memberProfiles/components/directoryUrlState';

describe('directory URL state', () => {
  test('an empty query string gives the default state, and the default state writes nothing', () => {
    expect(parseDirectoryUrlState('')).toEqual(emptyDirectoryUrlState);
    expect(serialiseDirectoryUrlState(emptyDirectoryUrlState, '')).toBe('');
  });

  test('round-trips every part of the state', () => {
    const state: IDirectoryUrlState = {
      tab: 'committees',
      query: 'Ada Lovelace',
      partyIds: [1, 3],
      groupIds: [5],
      wardIds: [12],
      committeeId: 20,
      committeeRole: 'Vice-Chair',
      cabinetOnly: true,
      responsibility: 'Armed Forces Champion',
      memberTypes: ['Co-opted member', 'Independent person'],
      layout: 'list',
      sort: 'party',
      memberId: 7,
      mailOutWardIds: [10, 11],
      rosterCommitteeId: 21
    };
    expect(parseDirectoryUrlState(serialiseDirectoryUrlState(state, ''))).toEqual(state);
  });

  test('keeps parameters that belong to the page', () => {
    const written = serialiseDirectoryUrlState({ ...emptyDirectoryUrlState, memberId: 4 }, '?Mode=Edit&web=1&member=9');
    const params = new URLSearchParams(written);
    expect(params.get('Mode')).toBe('Edit');
    expect(params.get('web')).toBe('1');
    expect(params.get('member')).toBe('4');
  });

  test('removes parameters the state no longer needs', () => {
    const written = serialiseDirectoryUrlState(emptyDirectoryUrlState, '?q=old&member=3&party=1&cabinet=1');
    expect(written).toBe('');
  });

  test('keeps a committee role on its own (that role on any committee)', () => {
    const written = serialiseDirectoryUrlState({ ...emptyDirectoryUrlState, committeeRole: 'Chair' }, '');
    expect(parseDirectoryUrlState(written)).toEqual({ ...emptyDirectoryUrlState, committeeRole: 'Chair' });
  });

  test.each([
    ['unknown tab', '?tab=admin', { tab: 'members' }],
    ['unknown sort', '?sort=age', { sort: 'surname' }],
    ['unknown layout', '?layout=map', { layout: undefined }],
    ['unknown role', '?committee=2&role=Boss', { committeeId: 2, committeeRole: undefined }],
    ['ids that are not positive whole numbers', '?party=1,x,-2,0,3,3&member=abc', { partyIds: [1, 3], memberId: undefined }],
    ['cabinet other than 1', '?cabinet=yes', { cabinetOnly: false }]
  ])('ignores %s rather than failing', (_name, search, expected) => {
    expect(parseDirectoryUrlState(search)).toMatchObject(expected);
  });

  test('a prefixed copy reads and writes only its own parameters, leaving the other copy’s alone', () => {
    const other = '?q=smith&party=2&member=4';
    const written = serialiseDirectoryUrlState({ ...emptyDirectoryUrlState, query: 'ada', wardIds: [12], memberId: 7 }, other, 'b');
    expect(Object.fromEntries(new URLSearchParams(written))).toEqual({ q: 'smith', party: '2', member: '4', 'b.q': 'ada', 'b.ward': '12', 'b.member': '7' });
    expect(parseDirectoryUrlState(written, 'b')).toEqual({ ...emptyDirectoryUrlState, query: 'ada', wardIds: [12], memberId: 7 });
    expect(parseDirectoryUrlState(written)).toEqual({ ...emptyDirectoryUrlState, query: 'smith', partyIds: [2], memberId: 4 });
    // Clearing the prefixed copy removes only its parameters.
    expect(serialiseDirectoryUrlState(emptyDirectoryUrlState, written, 'b')).toBe(other);
  });

  test.each([
    ['', true],
    ['b', true],
    ['Copy2', true],
    ['abcdefgh', true],
    ['abcdefghi', false],
    ['b.c', false],
    ['a b', false],
    ['é', false]
  ])('%p is a usable address prefix: %p', (prefix, usable) => {
    expect(isUrlStatePrefix(prefix)).toBe(usable);
  });
});

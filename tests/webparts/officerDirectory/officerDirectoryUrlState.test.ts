import {
  emptyOfficerDirectoryUrlState,
  IOfficerDirectoryUrlState,
  parseOfficerDirectoryUrlState,
  serialiseOfficerDirectoryUrlState
} from '../../../src/webparts/officerDirectory/components/officerDirectoryUrlState';

describe('officer directory URL state', () => {
  test('round-trips every field through a shareable query string', () => {
    const state: IOfficerDirectoryUrlState = {
      tab: 'ask',
      query: 'hill',
      directorate: "Children's Services",
      serviceId: 3,
      liaisonOnly: true,
      ask: 'school transport',
      browseServiceId: 2,
      officerId: 105
    };
    const search = serialiseOfficerDirectoryUrlState(state, '');
    expect(parseOfficerDirectoryUrlState(search)).toEqual(state);
  });

  test('leaves defaults out, so an untouched directory adds nothing to the address', () => {
    expect(serialiseOfficerDirectoryUrlState(emptyOfficerDirectoryUrlState, '')).toBe('');
    expect(serialiseOfficerDirectoryUrlState({ ...emptyOfficerDirectoryUrlState, query: '   ' }, '')).toBe('');
  });

  test('keeps the page’s own parameters and the member profiles’ ones', () => {
    const search = serialiseOfficerDirectoryUrlState({ ...emptyOfficerDirectoryUrlState, officerId: 7 }, '?env=WebView&q=green&member=2&officer=5');
    const params = new URLSearchParams(search);
    expect(params.get('env')).toBe('WebView');
    expect(params.get('q')).toBe('green');
    expect(params.get('member')).toBe('2');
    expect(params.get('officer')).toBe('7');
  });

  test('does not read the member profiles’ search as its own', () => {
    expect(parseOfficerDirectoryUrlState('?q=green&member=2').query).toBe('');
  });

  test.each([
    ['?officer=abc', { officerId: undefined }],
    ['?officer=0', { officerId: undefined }],
    ['?officer=-4', { officerId: undefined }],
    ['?service=2.5', { serviceId: undefined }],
    ['?otab=elsewhere', { tab: 'find' }],
    ['?clo=yes', { liaisonOnly: false }],
    ['?dir=', { directorate: undefined }]
  ])('ignores a malformed %s', (search, expected) => {
    expect(parseOfficerDirectoryUrlState(search)).toMatchObject(expected);
  });
});

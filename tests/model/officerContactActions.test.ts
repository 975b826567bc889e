import { officerContactActions, officerQuickContactActions } from '../../src/model/officerContactActions';
import type { IOfficerProfile } from '../../src/model/Officer';
import { anOfficer, anOfficerProfile, aService } from './support/officerDirectory';

const reachable: Partial<IOfficerProfile> = {
  jobTitle: 'Highways Engineer',
  email: 'priya.hillier@council.example',
  phone: '01632 961 001',
  accountEmail: 'priya.hillier@council.onmicrosoft.com',
  location: 'County Hall'
};

describe('officerContactActions', () => {
  test.each([
    ['everything', reachable, ['email', 'phone', 'teams', 'copy']],
    ['only an email', { email: 'a@council.example' }, ['email', 'copy']],
    ['only a Microsoft 365 account', { accountEmail: 'a@council.onmicrosoft.com' }, ['teams']],
    ['a phone without digits', { phone: 'ask reception' }, ['copy']],
    ['nothing but a name', {}, []],
    ['two addresses in the email column', { email: 'a@council.example;AllStaff' }, []],
    ['an email with a new line', { email: 'a@council.example\nBcc: b@evil.example' }, []],
    ['an email with a new line, and a phone', { email: 'a@council.example\nBcc: b@evil.example', phone: '01632 961 001' }, ['phone', 'copy']]
  ] as const)('%s', (_case, fields, kinds) => {
    expect(officerContactActions(anOfficerProfile(1, 'Priya Hillier', fields)).map((action) => action.kind)).toEqual(kinds);
  });

  it('builds mailto, tel and Teams chat links and the details to copy, service included', () => {
    const actions = officerContactActions(anOfficerProfile(1, 'Priya Hillier', reachable), aService(1, 'Highways'));
    const byKind = Object.fromEntries(actions.map((action) => [action.kind, action]));
    expect(byKind.email.href).toBe('mailto:priya.hillier@council.example');
    expect(byKind.phone.href).toBe('tel:01632961001');
    expect(byKind.teams.href).toBe('https://teams.microsoft.com/l/chat/0/0?users=priya.hillier%40council.onmicrosoft.com');
    expect(byKind.copy.value).toBe('Priya Hillier\nHighways Engineer\nHighways\npriya.hillier@council.example\n01632 961 001\nCounty Hall');
    expect(actions.every((action) => !action.preferred)).toBe(true);
  });

  it('copies only a plain email address, and no value can start a line of its own', () => {
    const actions = officerContactActions(
      anOfficerProfile(1, 'Priya Hillier', { email: 'a@council.example\nBcc: b@evil.example', phone: '01632 961 001', location: 'County Hall\u2028Room 1\u202E' })
    );
    const copy = actions.find((action) => action.kind === 'copy');
    expect(copy?.value).toBe('Priya Hillier\n01632 961 001\nCounty Hall Room 1');
  });
});

describe('officerQuickContactActions (the slim copy, before the full record)', () => {
  it('offers email and Teams chat only: no call, and no copy that would leave the phone out', () => {
    const { phone: _phone, ...slim } = reachable;
    const actions = officerQuickContactActions(anOfficer(1, 'Priya Hillier', slim));
    expect(actions.map((action) => [action.kind, action.href])).toEqual([
      ['email', 'mailto:priya.hillier@council.example'],
      ['teams', 'https://teams.microsoft.com/l/chat/0/0?users=priya.hillier%40council.onmicrosoft.com']
    ]);
  });

  it('offers nothing for an officer with no address', () => {
    expect(officerQuickContactActions(anOfficer(2, 'Alex Hilton', { jobTitle: 'Officer', location: 'County Hall' }))).toEqual([]);
  });
});

import { orderContactActions } from '../../src/model/orderContactActions';
import type { IMember } from '../../src/model/Member';
import { aMember } from './support/directory';

const reachable: Partial<IMember> = {
  displayName: 'Cllr Jo Bloggs',
  email: 'jo.bloggs@council.example',
  workPhone: '01632 960 001',
  accountEmail: 'jo.bloggs@council.onmicrosoft.com'
};

describe('orderContactActions', () => {
  test.each([
    ['Email', ['email', 'phone', 'teams', 'copy']],
    ['Phone', ['phone', 'email', 'teams', 'copy']],
    ['Teams', ['teams', 'email', 'phone', 'copy']],
    ['In person', ['email', 'phone', 'teams', 'copy']]
  ] as const)('preferred %s', (preferredContact, kinds) => {
    const actions = orderContactActions(aMember(1, { ...reachable, preferredContact }));
    expect(actions.map((action) => action.kind)).toEqual(kinds);
    expect(actions.filter((action) => action.preferred).length).toBe(preferredContact === 'In person' ? 0 : 1);
  });

  test.each([
    ['only an email', { email: 'a@x.example' }, ['email', 'copy']],
    ['only a mobile', { mobilePhone: '07700 900123' }, ['phone', 'copy']],
    ['only an account', { accountEmail: 'a@x.onmicrosoft.com' }, ['teams']],
    ['nothing', {}, []],
    ['preferring Teams without an account', { email: 'a@x.example', preferredContact: 'Teams' as const }, ['email', 'copy']]
  ])('%s', (_case, fields, kinds) => {
    expect(orderContactActions(aMember(1, fields)).map((action) => action.kind)).toEqual(kinds);
  });

  it('builds usable links and the text to copy', () => {
    const actions = orderContactActions(aMember(1, { ...reachable, mobilePhone: '+44 7700 900123' }));
    const byKind = Object.fromEntries(actions.map((action) => [action.kind, action]));
    expect(byKind.email.href).toBe('mailto:jo.bloggs@council.example');
    expect(byKind.phone.href).toBe('tel:01632960001');
    expect(byKind.teams.href).toBe('https://teams.microsoft.com/l/chat/0/0?users=jo.bloggs%40council.onmicrosoft.com');
    expect(byKind.copy.value).toBe('Cllr Jo Bloggs\njo.bloggs@council.example\n01632 960 001\n+44 7700 900123');
  });

  it('copies a published address on one line and leaves out an email address that email itself refuses', () => {
    const actions = orderContactActions(
      aMember(1, { displayName: 'Cllr Jo Bloggs', email: 'jo@x.example\r\nBcc: all@x.example', workPhone: '01632 960 001', publicAddress: 'Town Hall\nHigh Street' })
    );
    expect(actions.map((action) => action.kind)).toEqual(['phone', 'copy']);
    expect(actions[1].value).toBe('Cllr Jo Bloggs\n01632 960 001\nTown Hall High Street');
  });

  it('dials an international mobile when there is no work phone', () => {
    const [phone] = orderContactActions(aMember(1, { mobilePhone: '+44 (0)7700 900123', preferredContact: 'Phone' }));
    expect(phone.href).toBe('tel:+447700900123');
  });
});

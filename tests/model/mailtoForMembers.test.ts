import { mailtoForMembers, SAFE_MAILTO_LENGTH } from '../../src/model/mailtoForMembers';
import { aMember } from './support/directory';

describe('mailtoForMembers', () => {
  test.each([
    [['a@council.example'], 'mailto:a@council.example'],
    [['a@council.example', 'b@council.example'], 'mailto:a@council.example,b@council.example'],
    [['a@council.example', 'A@Council.example'], 'mailto:a@council.example'],
    [['jo+ward@council.example', "o'rourke@council.example"], "mailto:jo%2Bward@council.example,o'rourke@council.example"],
    [[], 'mailto:']
  ])('%p → %p', (emails, href) => {
    const result = mailtoForMembers(emails.map((email, i) => aMember(i + 1, { email })));
    expect(result.href).toBe(href);
  });

  it('puts everyone in To: and never uses Bcc or Cc', () => {
    const { href } = mailtoForMembers([aMember(1, { email: 'a@x.example' }), aMember(2, { email: 'b@x.example' })]);
    expect(href).not.toMatch(/[?&](bcc|cc)=/i);
    expect(href.startsWith('mailto:a@x.example,b@x.example')).toBe(true);
  });

  it('lists members who cannot be reached by email', () => {
    const noEmail = aMember(2);
    const blank = aMember(3, { email: '  ' });
    const result = mailtoForMembers([aMember(1, { email: 'a@x.example' }), noEmail, blank]);
    expect(result.addresses).toEqual(['a@x.example']);
    expect(result.withoutEmail).toEqual([noEmail, blank]);
  });

  test.each([
    [10, false],
    [150, true]
  ])('%i members: exceeds the safe length %p', (count, exceeds) => {
    const members = Array.from({ length: count }, (_, i) => aMember(i, { email: `councillor.number${i}@council.example` }));
    const result = mailtoForMembers(members);
    expect(result.exceedsSafeLength).toBe(exceeds);
    expect(result.href.length > SAFE_MAILTO_LENGTH).toBe(exceeds);
  });

  test.each([
    ['a second recipient after a semicolon', 'b@x.example;AllStaff'],
    ['a second recipient after a comma', 'b@x.example, AllStaff'],
    ['a new line and a Bcc header', 'b@x.example\nBcc: leak@evil.example'],
    ['a mailto query', 'b@x.example?cc=leak@evil.example'],
    ['a display name', 'Cllr B <b@x.example>']
  ])('leaves out an email that is not exactly one plain address (%s): copy-all and the link reach no one else', (_case, email) => {
    const smuggler = aMember(2, { email });
    const result = mailtoForMembers([aMember(1, { email: 'a@x.example' }), smuggler]);
    expect(result.addresses).toEqual(['a@x.example']);
    expect(result.href).toBe('mailto:a@x.example');
    expect(result.withoutEmail).toEqual([smuggler]);
  });

  it('trims spaces around an otherwise plain address', () => {
    expect(mailtoForMembers([aMember(1, { email: '  a@x.example ' })]).addresses).toEqual(['a@x.example']);
  });
});

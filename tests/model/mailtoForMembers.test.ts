import { mailtoForMembers, SAFE_MAILTO_LENGTH, splitMailOut } from '../../src/model/mailtoForMembers';
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

describe('splitMailOut', () => {
  // "mailto:" is 7 characters.
  const address = (i: number): string => `m${String(i).padStart(4, '0')}@council.example`; // 21 characters

  it('keeps a link exactly at the limit in one message, and splits one character below it', () => {
    const addresses = [address(1), address(2), address(3)];
    const full = `mailto:${addresses.join(',')}`;
    expect(splitMailOut(addresses, full.length)).toEqual([{ href: full, addresses }]);
    const split = splitMailOut(addresses, full.length - 1);
    expect(split.map((message) => message.addresses)).toEqual([[address(1), address(2)], [address(3)]]);
    for (const message of split) expect(message.href.length).toBeLessThanOrEqual(full.length - 1);
  });

  it('gives an address longer than the limit a message of its own, between the others', () => {
    const long = `${'x'.repeat(60)}@council.example`;
    const split = splitMailOut([address(1), long, address(2)], 40);
    expect(split.map((message) => message.addresses)).toEqual([[address(1)], [long], [address(2)]]);
    expect(split[1].href).toBe(`mailto:${long}`);
  });

  it('counts characters after percent-encoding', () => {
    const plus = 'jo+ward@council.example'; // 23 characters, 25 encoded (+ → %2B)
    expect(splitMailOut([plus], 7 + 25)).toHaveLength(1);
    expect(splitMailOut([plus, plus.replace('jo', 'al')], 7 + 25 + 1 + 24)).toHaveLength(2);
    expect(splitMailOut([plus, plus.replace('jo', 'al')], 7 + 25 + 1 + 25)).toHaveLength(1);
  });

  it('splits 150 members into messages within the safe length that together reach everyone, in order', () => {
    const members = Array.from({ length: 150 }, (_, i) => aMember(i, { email: `councillor.number${i}@council.example` }));
    const result = mailtoForMembers(members);
    expect(result.messages.length).toBeGreaterThan(1);
    for (const message of result.messages) {
      expect(message.href.length).toBeLessThanOrEqual(SAFE_MAILTO_LENGTH);
      expect(message.href).not.toMatch(/[?&](bcc|cc)=/i);
    }
    expect(result.messages.flatMap((message) => message.addresses)).toEqual(result.addresses);
  });

  it('has no messages when nobody has an address, and copies all with "; "', () => {
    expect(splitMailOut([])).toEqual([]);
    const result = mailtoForMembers([aMember(1, { email: 'a@x.example' }), aMember(2, { email: 'b@x.example' })]);
    expect(result.copyAllText).toBe('a@x.example; b@x.example');
    expect(result.messages).toEqual([{ href: 'mailto:a@x.example,b@x.example', addresses: ['a@x.example', 'b@x.example'] }]);
  });
});

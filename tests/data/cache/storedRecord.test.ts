import { isRecord, parseStoredRecord } from '../../../src/data/cache/storedRecord';

describe('parseStoredRecord', () => {
  it('gives the object a copy holds', () => {
    expect(parseStoredRecord('{"shape":3,"value":"x"}')).toEqual({ shape: 3, value: 'x' });
  });

  it.each([
    ['nothing stored', undefined],
    ['corrupt JSON', '{"shape":3,'],
    ['an empty string', ''],
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"text"']
  ])('ignores %s', (_what, text) => {
    expect(parseStoredRecord(text)).toBeUndefined();
  });
});

describe('isRecord', () => {
  it('accepts objects, not null or primitives', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord(null)).toBe(false);
    expect(isRecord('x')).toBe(false);
    expect(isRecord(undefined)).toBe(false);
  });
});

import { readLookup, readLookups } from '../../src/data/fieldReaders';

describe('readLookup', () => {
  test.each([
    ['an expanded lookup', { Id: 4, Title: ' Libraries ' }, { id: 4, name: 'Libraries' }],
    ['a lookup whose target has no title', { Id: 4, Title: null }, { id: 4, name: '' }],
    ['an empty lookup', null, undefined],
    ['a bare id (not expanded)', 4, undefined],
    ['a zero id', { Id: 0, Title: 'x' }, undefined],
    ['a fractional id', { Id: 1.5, Title: 'x' }, undefined]
  ])('reads %s', (_case, value, expected) => {
    expect(readLookup({ Service: value }, 'Service')).toEqual(expected);
  });
});

describe('readLookups', () => {
  test.each([
    ['JSON light', [{ Id: 1, Title: 'Abbey' }, { Id: 2, Title: 'Brook' }], [{ id: 1, name: 'Abbey' }, { id: 2, name: 'Brook' }]],
    ['verbose', { results: [{ Id: 2, Title: 'Brook' }] }, [{ id: 2, name: 'Brook' }]],
    ['with unusable entries skipped', [{ Id: 'x' }, null, { Id: 3, Title: 'Castle' }], [{ id: 3, name: 'Castle' }]],
    ['nothing', null, []],
    ['no wards', [], []]
  ])('reads %s', (_case, value, expected) => {
    expect(readLookups({ Wards: value }, 'Wards')).toEqual(expected);
  });
});

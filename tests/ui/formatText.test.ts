import { formatText } from '../../src/ui/formatText';

describe('formatText', () => {
  test.each([
    ['{0} of {1}', [3, 10], '3 of 10'],
    ['{1} before {0}', ['a', 'b'], 'b before a'],
    ['{0} and {0}', ['x'], 'x and x'],
    ['missing {2}', ['a'], 'missing {2}']
  ])('%s with %p gives %s', (template, values, expected) => {
    expect(formatText(template, ...values)).toBe(expected);
  });
});

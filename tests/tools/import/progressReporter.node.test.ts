/**
 * @jest-environment node
 */
import { createProgressReporter } from '../../../tools/import/progressReporter';

it('writes at most one line per interval unless forced, and never the same line twice running', () => {
  const lines: string[] = [];
  let now = 0;
  const progress = createProgressReporter((text) => lines.push(text), { intervalMs: 1000, now: () => now });
  progress.report('a');
  now = 500;
  progress.report('b');
  progress.report('c', true);
  progress.report('c', true);
  now = 1600;
  progress.report('d');
  now = 1700;
  progress.report('e');
  expect(lines).toEqual(['a\n', 'c\n', 'd\n']);
});

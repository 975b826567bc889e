import { directorySummaryText, largeDirectoryHint, officerCountText } from '../../../src/webparts/officerDirectory/components/DirectorySummary';
import { manyOfficers, officerDirectory } from '../../fakes/officerDirectoryFixture';

describe('directory summary', () => {
  test('gives the count with UK digit grouping and the time it was loaded today', () => {
    const directory = { ...manyOfficers(20000), loadedAt: new Date(2026, 10, 23, 14, 2) };
    expect(directorySummaryText(directory, new Date(2026, 10, 23, 16, 45))).toBe('20,000 officers, updated 14:02');
  });

  test('adds the date when the copy is from an earlier day', () => {
    expect(directorySummaryText(officerDirectory, new Date(2026, 10, 24, 8, 0))).toBe('8 officers, updated 23 November 2026 at 14:02');
  });

  test.each([
    [0, '0 officers'],
    [1, '1 officer'],
    [2, '2 officers'],
    [1234, '1,234 officers']
  ])('counts %i as “%s”', (count, expected) => {
    expect(officerCountText(count)).toBe(expected);
  });

  test('past 50,000 officers, says how to get results sooner; not at 20,000', () => {
    expect(largeDirectoryHint(manyOfficers(100000))).toBe('With 100,000 officers, results come quicker once you type two or more letters or choose a directorate.');
    expect(largeDirectoryHint(manyOfficers(20000))).toBeUndefined();
  });
});

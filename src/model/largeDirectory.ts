/**
 * Past this many officers the directory still loads whole (pages of 5,000 by ID, all requested at
 * once) and searches in the browser, but the first load takes many seconds and a one-letter search
 * scans every officer, so the view says so rather than leave people wondering
 * (tests/data/officerDirectoryRoundTrips.node.test.ts loads 100,000).
 */
export const LARGE_DIRECTORY_OFFICERS = 50000;

export function isLargeDirectory(officers: number | undefined): boolean {
  return officers !== undefined && officers > LARGE_DIRECTORY_OFFICERS;
}

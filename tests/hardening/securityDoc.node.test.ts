/** @jest-environment node */
/**
 * SECURITY.md matches the code: every file it names exists, the package asks for no API permissions, and
 * the only SharePoint writes in src/ are in the one write path it names (the web parts write nothing).
 */
import * as fs from 'fs';
import * as path from 'path';
import { findSharePointWrites } from './support/findSharePointWrites';

const ROOT = path.resolve(__dirname, '..', '..');
const doc = fs.readFileSync(path.join(ROOT, 'SECURITY.md'), 'utf8');

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

it('names only files that exist', () => {
  const named = Array.from(doc.matchAll(/`((?:src|tools|tests|docs|config)\/[^`\s]+\.(?:ts|tsx|md|json))`/g), (match) => match[1]);
  const tests = Array.from(doc.matchAll(/\b(tests\/[\w/.-]+\.test\.tsx?)\b/g), (match) => match[1]);
  expect(named.length + tests.length).toBeGreaterThan(10);
  // docs/privacy.md is written alongside (issue #13 §1); everything else must exist now.
  const missing = [...named, ...tests].filter((file) => file !== 'docs/privacy.md' && !fs.existsSync(path.join(ROOT, file)));
  expect(missing).toEqual([]);
});

it('the package requests no API permissions, as it says', () => {
  const solution = JSON.parse(fs.readFileSync(path.join(ROOT, 'config', 'package-solution.json'), 'utf8')) as { solution: { webApiPermissionRequests?: unknown[] } };
  expect(solution.solution.webApiPermissionRequests ?? []).toEqual([]);
  expect(doc).toContain('`webApiPermissionRequests: []`');
});

it('the web parts write nothing: every SharePoint write in src/ is in the write path it names', () => {
  const src = path.join(ROOT, 'src');
  const writes = sourceFiles(src).flatMap((file) => findSharePointWrites(path.relative(ROOT, file), fs.readFileSync(file, 'utf8')));
  expect(writes.length).toBeGreaterThan(0);
  expect(writes.filter((write) => !write.file.startsWith(path.join('src', 'data', 'write')))).toEqual([]);
  expect(doc).toContain('`src/data/write/ListItemWriter.ts`');
});

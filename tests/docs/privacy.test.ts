/**
 * docs/privacy.md is the data map a council's DPO uses for its DPIA: every column the schema marks
 * as personal data must be in it, under its own list's heading, by internal name.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { allLists, personalDataColumns } from '../../src/schema';

const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'privacy.md'), 'utf8');

/** The text under each `### <List>` heading, up to the next heading of that level or above. */
function sections(markdown: string): Map<string, string> {
  const result = new Map<string, string>();
  const parts = markdown.split(/^(#{1,3} .*)$/m);
  for (let index = 1; index < parts.length; index += 2) {
    const heading = /^### (\S+)\s*$/.exec(parts[index]);
    if (heading) result.set(heading[1], parts[index + 1] ?? '');
  }
  return result;
}

/** Column names written as code in the data map's tables, e.g. `GivenName`. */
function codeNames(text: string): Set<string> {
  return new Set([...text.matchAll(/`([A-Za-z_][A-Za-z0-9_]*)`/g)].map((match) => match[1]));
}

describe('docs/privacy.md', () => {
  const byList = sections(doc);

  test.each(allLists.filter((list) => personalDataColumns(list).length > 0).map((list) => [list.key, list] as const))(
    'maps every personal-data column of %s',
    (_key, list) => {
      const section = byList.get(list.key);
      expect(section).toBeDefined();
      const named = codeNames(section ?? '');
      const missing = personalDataColumns(list).filter((column) => !named.has(column.internalName));
      expect(missing.map((column) => `${list.key}.${column.internalName}`)).toEqual([]);
    }
  );

  it('names no column a list does not have (a renamed or removed column is caught too)', () => {
    for (const list of allLists) {
      const section = byList.get(list.key);
      if (!section) continue;
      const known = new Set(['Title', ...list.fields.map((field) => field.internalName)]);
      expect([...codeNames(section)].filter((name) => !known.has(name)).map((name) => `${list.key}.${name}`)).toEqual([]);
    }
  });

  it('states the lawful basis and what the product never does', () => {
    expect(doc).toMatch(/Art\. 6\(1\)\(e\), public task/);
    expect(doc).toMatch(/No data leaves the tenant/);
    expect(doc).toMatch(/No third-party requests/);
  });
});

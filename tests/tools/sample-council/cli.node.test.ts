import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmdirSync, unlinkSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { parseCliArguments } from '../../../tools/sample-council/cli';
import { generateSampleCouncil } from '../../../tools/sample-council/generateSampleCouncil';
import { serialiseSiteData } from '../../../tools/sample-council/serialiseSiteData';

const repoRoot = resolve(__dirname, '../../..');
const cli = join(repoRoot, 'tools/sample-council/cli.ts');

describe('sample council CLI', () => {
  test('parses --name value pairs and --pretty', () => {
    expect(parseCliArguments(['--officers', '20000', '--anchor', '2026-11-23', '--pretty']).values).toEqual({ officers: '20000', anchor: '2026-11-23', pretty: true });
  });

  test.each([
    [['--colour', 'red'], 'Unknown argument "--colour"'],
    [['officers'], 'Unknown argument "officers"'],
    [['--officers'], '--officers needs a value'],
    [['--out', '--pretty'], '--out needs a value']
  ])('rejects %p', (argv, message) => {
    expect(() => parseCliArguments(argv)).toThrow(message);
  });

  test('writes the same JSON as generateSampleCouncil with the same options', () => {
    const folder = mkdtempSync(join(tmpdir(), 'sample-council-'));
    try {
      const out = join(folder, 'nested', 'council.json');
      const result = spawnSync(process.execPath, ['--import', 'tsx', cli, '--officers', '50', '--members', '12', '--weeks', '3', '--seed', '7', '--anchor', '2026-06-03', '--out', out], {
        cwd: repoRoot,
        encoding: 'utf8'
      });
      expect(result.status).toBe(0);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^Sample council: Wards \d+, .*Officers 50, .*→ .*council\.json\.\n$/);
      const expected = serialiseSiteData(generateSampleCouncil({ officers: 50, members: 12, weeks: 3, seed: 7, anchorDate: '2026-06-03' }));
      expect(readFileSync(out, 'utf8')).toBe(expected);
      unlinkSync(out);
      rmdirSync(join(folder, 'nested'));
    } finally {
      rmdirSync(folder);
    }
  });

  test('reports bad options on standard error with a failing exit code', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', cli, '--weeks', 'ten'], { cwd: repoRoot, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--weeks expects a whole number, got "ten"');
    expect(result.stdout).toBe('');
  });
});

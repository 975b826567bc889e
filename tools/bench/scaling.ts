/**
 * Scaling curves under the SharePoint-Online-like profile: runs the bench once per size (one view at
 * a time, one cold and warm load each) and writes temp/scaling.md (table), temp/scaling.json and
 * temp/scaling.png (a chart: one row per view, columns requests | KB | first content ms | heap MB
 * against size, left to right; each panel's y axis runs from 0 to its largest value).
 *
 *   node --import tsx tools/bench/scaling.ts [--view officer-directory] (default: every series)
 *                                            [--sizes 5000,20000] (default: every size of the series)
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { loadavg } from 'os';
import * as path from 'path';
import { PNG } from 'pngjs';
import type { IFigure } from './figures';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const TEMP = path.join(PROJECT_ROOT, 'temp');

interface ISeries {
  readonly view: string;
  /** The bench option that sets the size, and the sizes. */
  readonly option: 'officers' | 'members' | 'weeks' | 'enquiries';
  readonly sizes: readonly number[];
}

const SERIES: readonly ISeries[] = [
  { view: 'officer-directory', option: 'officers', sizes: [5000, 20000, 50000, 100000] },
  { view: 'member-profiles', option: 'members', sizes: [150, 500] },
  { view: 'member-briefings', option: 'weeks', sizes: [520, 1040] },
  // A year of enquiries, then five: the officers' queue must stay two round trips and under the threshold.
  { view: 'service-enquiries', option: 'enquiries', sizes: [20000, 100000] }
];

const MEASURES = [
  { key: 'spo.cold.apiRequests', label: 'requests, cold' },
  { key: 'spo.cold.apiKB', label: 'KB on the wire, cold' },
  { key: 'spo.cold.firstContentMs', label: 'first content ms, cold' },
  { key: 'spo.peakHeapMB', label: 'peak heap MB' }
] as const;

interface IPoint {
  readonly size: number;
  readonly values: Readonly<Record<string, number | null>>;
  readonly note?: string;
  readonly load: string;
}

function measure(series: ISeries, size: number): IPoint {
  const bench = path.join(PROJECT_ROOT, 'tools', 'bench', 'bench.ts');
  // The same Node flags as this run (e.g. --preserve-symlinks in a worktree whose node_modules is a link).
  const inherited = process.execArgv.filter((flag) => flag.startsWith('--preserve-symlinks'));
  const args = [...inherited, '--import', 'tsx', bench, '--skip-build', '--view', series.view, '--network', 'spo', '--runs', '1', `--${series.option}`, String(size)];
  const load = loadavg().map((value) => value.toFixed(1)).join(' ');
  const file = path.join(TEMP, 'bench.json');
  // A run that fails must not be read as the previous run's figures.
  fs.rmSync(file, { force: true });
  const result = spawnSync(process.execPath, args, { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 15 * 60_000 });
  // The bench exits 1 when a budget is broken; only a missing file means no figures.
  const figures: IFigure[] = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { figures: IFigure[] }).figures : [];
  const values: Record<string, number | null> = {};
  const notes: string[] = [];
  for (const { key } of MEASURES) {
    const figure = figures.find((candidate) => candidate.key === `${series.view}.${key}`);
    values[key] = figure?.value ?? null;
    if (figure?.note) notes.push(figure.note);
  }
  if (figures.length === 0) notes.push(`bench failed: ${(result.stderr ?? '').split('\n').slice(-3).join(' ')}`);
  return { size, values, load, ...(notes.length ? { note: [...new Set(notes)].join('; ') } : {}) };
}

function table(results: readonly { series: ISeries; points: readonly IPoint[] }[]): string {
  const header = `| view | ${'size'} | ${MEASURES.map((entry) => entry.label).join(' | ')} | load average at start | note |`;
  const rows = results.flatMap(({ series, points }) =>
    points.map((point) => `| ${series.view} | ${point.size.toLocaleString('en-GB')} ${series.option} | ${MEASURES.map(({ key }) => (point.values[key] === null ? '—' : Math.round((point.values[key] ?? 0) * 10) / 10)).join(' | ')} | ${point.load} | ${point.note ?? ''} |`)
  );
  return [header, `|${'---|'.repeat(MEASURES.length + 4)}`, ...rows].join('\n');
}

function chart(results: readonly { series: ISeries; points: readonly IPoint[] }[]): PNG {
  const panelWidth = 240;
  const panelHeight = 160;
  const margin = 16;
  const png = new PNG({ width: MEASURES.length * panelWidth, height: results.length * panelHeight });
  const set = (x: number, y: number, [r, g, b]: readonly [number, number, number]): void => {
    if (x < 0 || y < 0 || x >= png.width || y >= png.height) return;
    const index = (png.width * Math.round(y) + Math.round(x)) << 2;
    png.data[index] = r;
    png.data[index + 1] = g;
    png.data[index + 2] = b;
    png.data[index + 3] = 255;
  };
  for (let y = 0; y < png.height; y++) for (let x = 0; x < png.width; x++) set(x, y, [255, 255, 255]);
  const line = (x0: number, y0: number, x1: number, y1: number, colour: readonly [number, number, number]): void => {
    const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0), 1);
    for (let step = 0; step <= steps; step++) set(x0 + ((x1 - x0) * step) / steps, y0 + ((y1 - y0) * step) / steps, colour);
  };
  const colours: readonly (readonly [number, number, number])[] = [[0, 90, 158], [16, 124, 16], [164, 38, 44]];
  results.forEach(({ points }, row) => {
    MEASURES.forEach(({ key }, column) => {
      const left = column * panelWidth + margin;
      const right = (column + 1) * panelWidth - margin;
      const top = row * panelHeight + margin;
      const bottom = (row + 1) * panelHeight - margin;
      line(left, bottom, right, bottom, [0, 0, 0]);
      line(left, top, left, bottom, [0, 0, 0]);
      const known = points.filter((point) => point.values[key] !== null);
      const max = Math.max(...known.map((point) => point.values[key] ?? 0), 1);
      const maxSize = Math.max(...points.map((point) => point.size));
      const at = (point: IPoint): [number, number] => [left + ((right - left) * point.size) / maxSize, bottom - ((bottom - top) * (point.values[key] ?? 0)) / max];
      known.forEach((point, index) => {
        const [x, y] = at(point);
        for (let dx = -2; dx <= 2; dx++) for (let dy = -2; dy <= 2; dy++) set(x + dx, y + dy, colours[row % colours.length]);
        if (index > 0) line(...at(known[index - 1]), x, y, colours[row % colours.length]);
      });
    });
  });
  return png;
}

function main(): void {
  const only = process.argv.includes('--view') ? process.argv[process.argv.indexOf('--view') + 1] : undefined;
  const sizesArg = process.argv.includes('--sizes') ? process.argv[process.argv.indexOf('--sizes') + 1] : undefined;
  const chosenSizes = sizesArg === undefined ? undefined : new Set(sizesArg.split(',').map(Number));
  const results = SERIES.filter((series) => !only || series.view === only).map((series) => ({
    series,
    points: series.sizes.filter((size) => !chosenSizes || chosenSizes.has(size)).map((size) => {
      process.stderr.write(`[scaling] ${series.view} at ${size} ${series.option} …\n`);
      return measure(series, size);
    })
  }));
  fs.mkdirSync(TEMP, { recursive: true });
  const markdown = `## Scaling under the SPO-like profile (one cold and warm load per size)\n\n${table(results)}\n\nChart temp/scaling.png: rows ${results.map(({ series }) => series.view).join(', ')}; columns ${MEASURES.map((entry) => entry.label).join(', ')}, against size; each panel from 0 to its largest value.\n`;
  fs.writeFileSync(path.join(TEMP, 'scaling.md'), markdown);
  fs.writeFileSync(path.join(TEMP, 'scaling.json'), `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(path.join(TEMP, 'scaling.png'), PNG.sync.write(chart(results)));
  process.stdout.write(markdown);
}

main();

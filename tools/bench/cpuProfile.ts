/**
 * `npm run bench -- --profile`: what a V8 CPU profile (the DevTools protocol's `Profiler.stop` answer, the
 * `.cpuprofile` format Chrome DevTools loads) says about a window of a page load, usually from the web part's
 * start mark to first content: self time by source file and the functions that spent it. Pure: no browser here.
 */

export interface ICpuProfileCallFrame {
  readonly functionName: string;
  readonly url: string;
  /** 0-based, as the protocol gives them. */
  readonly lineNumber: number;
  readonly columnNumber: number;
}

export interface ICpuProfileNode {
  readonly id: number;
  readonly callFrame: ICpuProfileCallFrame;
  readonly children?: readonly number[];
}

/** Times in microseconds on the browser's monotonic clock (the protocol's `timestamp` × 10⁶). */
export interface ICpuProfile {
  readonly nodes: readonly ICpuProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Where a script position came from: a source file (or `null` when unknown, then the url is used). */
export type SourceOf = (url: string, lineNumber: number) => string | null;

export interface ISelfTime {
  readonly label: string;
  readonly selfMs: number;
}

export interface IProfileSummary {
  /** Length of the window, ms. */
  readonly windowMs: number;
  /** Self time of samples in the window by source file; V8's own entries as `(garbage collector)`, `(program)`, `(idle)`. */
  readonly bySource: readonly ISelfTime[];
  /** Self time by function: `name (source:line)`. */
  readonly byFunction: readonly ISelfTime[];
}

/**
 * The web part's window on the profile's clock. The page reports its marks in ms after its own time origin
 * (epoch ms); the protocol's network events give, for one request, both its wall time and its monotonic
 * timestamp (seconds), which ties the two clocks together.
 */
export function profileWindow(
  marksMs: { readonly from: number; readonly to: number },
  timeOriginEpochMs: number,
  anchor: { readonly wallTimeSeconds: number; readonly monotonicSeconds: number }
): { fromUs: number; toUs: number } {
  const toMonotonicUs = (pageMs: number): number => ((timeOriginEpochMs + pageMs) / 1000 - anchor.wallTimeSeconds + anchor.monotonicSeconds) * 1e6;
  return { fromUs: toMonotonicUs(marksMs.from), toUs: toMonotonicUs(marksMs.to) };
}

const V8_ENTRIES = new Set(['(garbage collector)', '(program)', '(idle)', '(root)']);

function frameSource(frame: ICpuProfileCallFrame, sourceOf: SourceOf): string {
  if (frame.url === '') return V8_ENTRIES.has(frame.functionName) ? frame.functionName : '(native)';
  return sourceOf(frame.url, frame.lineNumber) ?? frame.url;
}

function ranked(totals: Map<string, number>, top: number): ISelfTime[] {
  return [...totals.entries()]
    .map(([label, us]) => ({ label, selfMs: us / 1000 }))
    .sort((a, b) => b.selfMs - a.selfMs || a.label.localeCompare(b.label))
    .slice(0, top);
}

/**
 * Sample i lasts until sample i + 1 (DevTools' own reading); the last sample lasts until the profile's end.
 * Each sample counts for the part of it inside [fromUs, toUs).
 */
export function summariseProfile(profile: ICpuProfile, window: { fromUs?: number; toUs?: number }, sourceOf: SourceOf, top = 15): IProfileSummary {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const fromUs = window.fromUs ?? profile.startTime;
  const toUs = window.toUs ?? profile.endTime;
  const bySource = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let at = profile.startTime;
  for (let index = 0; index < profile.samples.length; index++) {
    at += profile.timeDeltas[index] ?? 0;
    const next = index + 1 < profile.samples.length ? at + (profile.timeDeltas[index + 1] ?? 0) : profile.endTime;
    const duration = Math.min(next, toUs) - Math.max(at, fromUs);
    if (duration <= 0) continue;
    const node = nodes.get(profile.samples[index]);
    if (!node) continue;
    const source = frameSource(node.callFrame, sourceOf);
    bySource.set(source, (bySource.get(source) ?? 0) + duration);
    const name = node.callFrame.url === '' ? source : `${node.callFrame.functionName || '(anonymous)'} (${source}:${node.callFrame.lineNumber + 1})`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + duration);
  }
  return { windowMs: Math.max(0, toUs - fromUs) / 1000, bySource: ranked(bySource, top), byFunction: ranked(byFunction, top) };
}

/**
 * esbuild's unminified output opens each module with a comment naming its file (`// src/ui/Card.tsx`); this
 * finds, for each line of a bundle, the module it belongs to. Lines before the first comment have no source.
 */
export function moduleLineIndex(code: string): (lineNumber: number) => string | null {
  const starts: { line: number; source: string }[] = [];
  const lines = code.split('\n');
  lines.forEach((text, line) => {
    const match = /^\s*\/\/ ((?:src|tools|tests|node_modules|lib)\/\S+\.(?:[cm]?[jt]sx?|json))$/.exec(text);
    if (match) starts.push({ line, source: match[1] });
  });
  return (lineNumber) => {
    let low = 0;
    let high = starts.length - 1;
    let found: string | null = null;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (starts[middle].line <= lineNumber) {
        found = starts[middle].source;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  };
}

/** The summary as printed by the bench: a few lines per load. */
export function describeProfileSummary(title: string, summary: IProfileSummary): string {
  const row = (entry: ISelfTime): string => `    ${entry.selfMs.toFixed(1).padStart(7)} ms  ${entry.label}`;
  return [
    `${title}: ${summary.windowMs.toFixed(0)} ms from the web part's start to first content`,
    '  self time by source:',
    ...summary.bySource.map(row),
    '  top functions (self time):',
    ...summary.byFunction.map(row)
  ].join('\n');
}

/** Turns what the bench measured (browser, baseline, bundles) into the figures the table, JSON and budgets read. */
import type { IBaselineLoad, IBaselineView } from './baseline';
import type { ILoadMeasure, IViewMeasure } from './browserViews';
import type { IBundleSize } from './bundleSizes';
import { IFigure, kilobytes, megabytes, Unit } from './figures';
import { percentile, spread } from './stats';

export type IViewResult = Omit<IViewMeasure, 'pageErrors'> & {
  /** Why the view could not be measured (e.g. it never became interactive), when it could not. */
  readonly failure?: string;
};

export interface IBenchMeasures {
  readonly views: readonly IViewResult[];
  readonly baselines: readonly IBaselineView[];
  readonly bundles: readonly IBundleSize[];
  /**
   * The emulator's network profile the views and baselines were measured under. Figures under
   * 'none' (zero latency) keep their plain keys (`member-profiles.cold.apiKB`); under another profile
   * the key names it after the view (`member-profiles.spo.cold.firstContentMs`), and bundle sizes and
   * keystrokes, which never touch the network, are left to the 'none' figures.
   */
  readonly profile?: string;
}

/** config/config.json's bundle for a preview view key, e.g. officer-directory → officer-directory-web-part. */
export const bundleForView = (viewKey: string): string => `${viewKey}-web-part`;

function baselineOf(load: IBaselineLoad | undefined, value: (load: IBaselineLoad) => number): IFigure['baseline'] {
  if (!load) return undefined;
  return load.failure ? { value: null, note: load.failure } : { value: value(load) };
}

export function collectFigures(measures: IBenchMeasures): IFigure[] {
  const profile = measures.profile ?? 'none';
  const networked = profile !== 'none';
  const figures = measures.views.flatMap((view) => profileFigures(measures, view, networked));
  if (!networked) return figures;
  return figures.map((figure) => ({ ...figure, key: `${figure.view}.${profile}.${figure.key.slice(figure.view.length + 1)}`, view: `${figure.view} (${profile})` }));
}

function profileFigures(measures: IBenchMeasures, view: IViewResult, networked: boolean): IFigure[] {
  const baseline = measures.baselines.find((candidate) => candidate.key === view.key);
  const figure = (key: string, label: string, unit: Unit, runs: readonly (number | null)[], extra: Partial<IFigure> = {}): IFigure => {
    const values = runs.filter((run): run is number => run !== null);
    const summary = spread(values);
    const note =
      runs.length === 0 ? view.failure ?? 'no runs' : values.length < runs.length ? `${runs.length - values.length} of ${runs.length} runs never got there` : undefined;
    return {
      key: `${view.key}.${key}`,
      view: view.key,
      label,
      unit,
      value: values.length === 0 ? null : summary.median,
      ...(values.length > 1 && summary.min !== summary.max ? { range: { min: summary.min, max: summary.max } } : {}),
      ...(note ? { note } : {}),
      ...extra
    };
  };
  const loads = (name: 'cold' | 'warm', pick: (load: ILoadMeasure) => number | null): (number | null)[] => view[name].map(pick);
  const keystrokeWork = view.keystrokes.map((sample) => sample.workMs);
  const keystrokePaint = view.keystrokes.map((sample) => sample.paintMs);
  const baselineSearch = baseline?.search;
  const searchBaseline = (p: number): IFigure['baseline'] =>
    baselineSearch
      ? baselineSearch.failure
        ? { value: null, note: baselineSearch.failure }
        : { value: percentile(baselineSearch.perKeystrokeMs, p), note: 'one REST query per keystroke, local emulator: no network latency' }
      : undefined;
  const bundle = measures.bundles.find((candidate) => candidate.bundle === bundleForView(view.key));

  const figures: IFigure[] = [
    figure('cold.apiRequests', 'API requests, cold load (all)', 'requests', loads('cold', (load) => load.apiRequests), { baseline: baselineOf(baseline?.cold, (load) => load.requests) }),
    figure('cold.dataRequests', 'of which list data (no lookup, no digest), cold', 'requests', loads('cold', (load) => load.dataRequests), {
      baseline: baselineOf(baseline?.cold, (load) => load.requests)
    }),
    figure('cold.apiKB', 'API data, cold load (gzip)', 'KB', loads('cold', (load) => kilobytes(load.apiBytes)), { baseline: baselineOf(baseline?.cold, (load) => kilobytes(load.bytes)) }),
    figure('warm.apiRequests', 'API requests, warm load (all)', 'requests', loads('warm', (load) => load.apiRequests), { baseline: baselineOf(baseline?.warm, (load) => load.requests) }),
    figure('warm.dataRequests', 'of which list data (no lookup, no digest), warm', 'requests', loads('warm', (load) => load.dataRequests), {
      baseline: baselineOf(baseline?.warm, (load) => load.requests)
    }),
    figure('warm.apiKB', 'API data, warm load (gzip)', 'KB', loads('warm', (load) => kilobytes(load.apiBytes)), { baseline: baselineOf(baseline?.warm, (load) => kilobytes(load.bytes)) }),
    figure('cold.staticKB', 'Preview JS chunks loaded, cold (gzip)', 'KB', loads('cold', (load) => kilobytes(load.staticBytes))),
    figure('cold.firstContentMs', 'First content after the web part starts, cold (median)', 'ms', loads('cold', (load) => load.firstContentMs), {
      baseline: baseline?.cold.failure ? { value: null, note: baseline.cold.failure } : baseline ? { value: baseline.cold.ms, note: 'data only, nothing rendered' } : undefined
    }),
    figure('cold.interactiveMs', 'Interactive after the web part starts, cold (median)', 'ms', loads('cold', (load) => load.interactiveMs)),
    figure('cold.firstContentFromNavigationMs', 'First content after navigation, cold (page start-up included; information)', 'ms', loads('cold', (load) => load.firstContentFromNavigationMs ?? null)),
    figure('warm.firstContentMs', 'First content after the web part starts, warm (median)', 'ms', loads('warm', (load) => load.firstContentMs), {
      baseline: baseline?.warm.failure ? { value: null, note: baseline.warm.failure } : baseline ? { value: baseline.warm.ms, note: 'data only, nothing rendered' } : undefined
    }),
    figure('warm.interactiveMs', 'Interactive after the web part starts, warm (median)', 'ms', loads('warm', (load) => load.interactiveMs)),
    figure('warm.firstContentFromNavigationMs', 'First content after navigation, warm (page start-up included; information)', 'ms', loads('warm', (load) => load.firstContentFromNavigationMs ?? null)),
    figure('cold.roundTrips', 'Sequential round trips to first content, cold', 'requests', loads('cold', (load) => load.roundTripsToFirstContent)),
    figure('warm.roundTrips', 'Sequential round trips to first content, warm', 'requests', loads('warm', (load) => load.roundTripsToFirstContent))
  ];
  if (networked) {
    figures.push({ key: `${view.key}.peakHeapMB`, view: view.key, label: 'Peak JS heap (used)', unit: 'MB', value: view.peakHeapBytes > 0 ? megabytes(view.peakHeapBytes) : null });
    return figures;
  }
  if (view.keystrokes.length > 0) {
    figures.push(
      { key: `${view.key}.keystrokeP50Ms`, view: view.key, label: `Keystroke → results in DOM, p50 (${view.keystrokes.length} keys)`, unit: 'ms', value: percentile(keystrokeWork, 50), baseline: searchBaseline(50) },
      { key: `${view.key}.keystrokeP95Ms`, view: view.key, label: `Keystroke → results in DOM, p95 (${view.keystrokes.length} keys)`, unit: 'ms', value: percentile(keystrokeWork, 95), baseline: searchBaseline(95) },
      { key: `${view.key}.keystrokeHandledP95Ms`, view: view.key, label: 'Keystroke → input event handled (synchronous render), p95', unit: 'ms', value: percentile(view.keystrokes.map((sample) => sample.handledMs), 95) },
      { key: `${view.key}.keystrokePaintP95Ms`, view: view.key, label: 'Keystroke → next frame painted, p95', unit: 'ms', value: percentile(keystrokePaint, 95) }
    );
  }
  figures.push({ key: `${view.key}.peakHeapMB`, view: view.key, label: 'Peak JS heap (used)', unit: 'MB', value: view.peakHeapBytes > 0 ? megabytes(view.peakHeapBytes) : null });
  figures.push(
    bundle
      ? { key: `${view.key}.bundleGzipKB`, view: view.key, label: `Ship bundle + strings, gzip -9 (${kilobytes(bundle.minifiedBytes).toFixed(0)} KB minified)`, unit: 'KB', value: kilobytes(bundle.gzipBytes) }
      : { key: `${view.key}.bundleGzipKB`, view: view.key, label: 'Ship bundle + strings, gzip -9', unit: 'KB', value: null, note: `no ${bundleForView(view.key)} bundle` }
  );
  return figures;
}

/**
 * `npm run bench -- --profile`: after the measured runs, one cold and one warm load of each view on a readable
 * (unminified) bench page with a CPU profile, written to `temp/profile-<view>-<network>-<cold|warm>.cpuprofile`
 * (open it in Chrome DevTools' Performance panel), and summarised: self time by source file and the top
 * functions between the web part's start mark and first content.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { NetworkProfileName } from '../emulator/networkProfile';
import { BENCH_ASSET_PATH, IBenchPage } from './benchPage';
import { IBenchView, profileView, ViewDriver } from './browserViews';
import { describeProfileSummary, moduleLineIndex, SourceOf, summariseProfile } from './cpuProfile';

/** Maps a bench asset's url and line to the module esbuild put there (readable page only). */
export function benchSourceOf(page: IBenchPage): SourceOf {
  const indexes = new Map<string, (line: number) => string | null>();
  return (url, lineNumber) => {
    let pathname: string;
    try {
      pathname = new URL(url).pathname;
    } catch {
      return null;
    }
    if (!pathname.startsWith(BENCH_ASSET_PATH)) return null;
    const key = pathname.slice(BENCH_ASSET_PATH.length);
    let index = indexes.get(key);
    if (!index) {
      const asset = page.assets.get(key);
      if (!asset) return null;
      index = moduleLineIndex(asset.contents.toString('utf8'));
      indexes.set(key, index);
    }
    return index(lineNumber);
  };
}

/** Profiles each view's cold and warm load; returns the printed summary. */
export async function profileViews(driver: ViewDriver, page: IBenchPage, views: readonly IBenchView[], network: NetworkProfileName, outDir: string): Promise<string> {
  fs.mkdirSync(outDir, { recursive: true });
  const sourceOf = benchSourceOf(page);
  const sections: string[] = [];
  for (const view of views) {
    const loads = await profileView(driver, view);
    for (const kind of ['cold', 'warm'] as const) {
      const load = loads[kind];
      if (!load) continue;
      const file = path.join(outDir, `profile-${view.key}-${network}-${kind}.cpuprofile`);
      fs.writeFileSync(file, JSON.stringify(load.profile));
      const title = `- ${view.key}, ${kind}, network ${network} (${path.basename(file)})`;
      sections.push(load.window ? describeProfileSummary(title, summariseProfile(load.profile, load.window, sourceOf, 12)) : `${title}: no start mark or first content, no window`);
    }
  }
  return sections.join('\n');
}

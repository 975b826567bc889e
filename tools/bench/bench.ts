/**
 * `npm run bench`: the product's views at county scale (My enquiries and a service's queue too), against the usual way of writing them.
 *
 *   npm run bench [-- --skip-build] [--runs 5] [--members 150] [--officers 20000] [--services 300] [--weeks 520]
 *                    [--enquiries 100000]  (enquiries in the list: five years at 20,000 a year; tools/bench/benchEnquiries.ts)
 *                    [--view officer-directory[,member-profiles]]  (repeatable; default: every view)
 *                    [--network none,spo]  (default: both; spo = SharePoint-Online-like latency, server time, bandwidth)
 *
 * Builds the ship bundles (gulp bundle --ship) unless --skip-build, measures their sizes, starts the
 * preview (emulator seeded at scale), drives each view in headless Chromium, measures the baseline
 * with PnPjs against the same emulator, prints a Markdown table, writes temp/bench.json, and exits
 * non-zero when a budget in tools/bench/budgets.json is broken. Views left out by --view are not
 * measured, nor their baselines, and their budgets are skipped (not failed).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { cpus, loadavg } from 'os';
import * as path from 'path';
import { launchChromium } from '../../tests/support/browser';
import { EMULATOR_USER_COOKIE, startPreview, ukToday } from '../preview/startPreview';
import { generateSampleCouncil } from '../sample-council/generateSampleCouncil';
import { withBenchEnquiries } from './benchEnquiries';
import { measureBaselines } from './baseline';
import { benchPageHtml, buildBenchPage } from './benchPage';
import { BENCH_VIEW_KEYS, parseBenchOptions } from './benchOptions';
import { budgetFailures, checkBudgets, readBudgets } from './budgets';
import { bundleFigures, readBundleConfig, shipBundleSizes } from './bundleSizes';
import { IBenchView, measureView, ViewDriver } from './browserViews';
import { collectFigures, IViewResult } from './collectFigures';
import { markdownTable } from './table';
import { describeRequests } from './roundTrips';
import { profileViews } from './profileLoads';
import type { NetworkProfileName } from '../emulator/networkProfile';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const RESULTS_FILE = path.join(PROJECT_ROOT, 'temp', 'bench.json');

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

function buildShipBundles(): void {
  log('gulp bundle --ship …');
  const gulp = path.join(PROJECT_ROOT, 'node_modules', 'gulp', 'bin', 'gulp.js');
  const result = spawnSync(process.execPath, [gulp, 'bundle', '--ship'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error('gulp bundle --ship failed.');
  }
}

interface IApiJson<T> {
  readonly value?: T[];
  readonly ItemCount?: number;
}

async function readJson<T>(url: string): Promise<IApiJson<T>> {
  const response = await fetch(url, { headers: { Accept: 'application/json;odata=nometadata' } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as IApiJson<T>;
}

/**
 * Each view's API requests of its last cold and warm load, per profile, in the order sent; requests
 * with the same round-trip number were in flight together.
 */
const ms = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : String(Math.round(value)));

function requestLists(runs: readonly { profile: NetworkProfileName; views: readonly IViewResult[] }[]): string {
  const lines = ['', 'Requests of the last cold and warm load, times in ms after the web part started (n. = sequential round trip; the same n. ran in parallel):'];
  for (const run of runs) {
    for (const view of run.views) {
      for (const kind of ['cold', 'warm'] as const) {
        const last = view[kind][view[kind].length - 1];
        if (!last) continue;
        lines.push(`- ${view.key}, ${kind}, network ${run.profile}: first content ${ms(last.firstContentMs)} ms after the web part started (which was ${ms(last.webPartStartMs)} ms after navigation), after ${last.roundTripsToFirstContent ?? '—'} round trip(s)`);
        lines.push(...describeRequests(last.apiTimeline).map((line) => `    ${line}`));
      }
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  const settings = parseBenchOptions(process.argv.slice(2));
  const skippedViews = BENCH_VIEW_KEYS.filter((key) => !settings.views.includes(key));
  if (!settings.skipBuild) buildShipBundles();
  // Every web part's bundle: each has a size budget, whether or not the bench drives it in the browser.
  const bundles = shipBundleSizes(PROJECT_ROOT);
  log(`ship bundles measured (${bundles.map((bundle) => bundle.files[0].file).join(', ')})`);

  const { enquiries: enquiryCount, ...councilScale } = settings.scale;
  const seeded = withBenchEnquiries(generateSampleCouncil({ ...councilScale, anchorDate: ukToday() }), enquiryCount, ukToday());
  const preview = await startPreview({ projectRoot: PROJECT_ROOT, port: 0, host: '127.0.0.1', data: seeded.data });
  const browser = await launchChromium();
  try {
    const api = `${preview.siteUrl}/_api/web/lists/getByTitle`;
    const itemCount = async (title: string): Promise<number> => (await readJson(`${api}('${title}')?$select=ItemCount`)).ItemCount ?? NaN;
    const counts = {
      members: preview.counts.currentMembers,
      memberships: await itemCount('CommitteeMemberships'),
      officers: preview.counts.officers,
      services: await itemCount('Services'),
      briefings: await itemCount('Briefings'),
      briefingItems: await itemCount('BriefingItems'),
      enquiries: seeded.enquiries,
      memberEnquiries: seeded.member.enquiries,
      openInHighwaysQueue: seeded.officer.openInQueue
    };
    log(`preview at ${preview.url}: ${JSON.stringify(counts)}; My enquiries as ${seeded.member.title}, the Highways queue as ${seeded.officer.title}`);
    const officerNames = (await readJson<{ Title: string }>(`${api}('Officers')/items?$select=Title&$top=400`)).value ?? [];
    const memberNames = (await readJson<{ Title: string }>(`${api}('Members')/items?$select=Title&$top=40`)).value ?? [];
    const officerName = officerNames[officerNames.length - 1]?.Title ?? 'Smith';
    const memberName = memberNames[memberNames.length - 1]?.Title ?? 'Green';
    const phrases = {
      officers: [officerName, 'highways', 'social work'],
      members: [memberName, 'labour']
    };

    const previewHtml = await (await fetch(preview.url)).text();
    const page = await buildBenchPage(PROJECT_ROOT, previewHtml);
    const driver = new ViewDriver(browser, new URL(preview.url).origin, new URL(preview.siteUrl).pathname, page);
    const views: IBenchView[] = [
      { key: 'member-profiles', searchLabel: 'Search councillors', phrases: phrases.members },
      { key: 'officer-directory', searchLabel: 'Search officers', phrases: phrases.officers },
      { key: 'member-briefings', searchLabel: null, phrases: [] },
      // Signed in as the member and as the Highways liaison officer: the emulator's folder permissions decide the rows.
      { key: 'member-enquiries', searchLabel: null, phrases: [], signedInUserId: seeded.member.userId, contentSelector: 'ul[aria-label="Your enquiries, newest first"] > li' },
      { key: 'service-enquiries', searchLabel: null, phrases: [], signedInUserId: seeded.officer.userId, contentSelector: '[data-testid="queue-row"]' }
    ].filter((view) => (settings.views as readonly string[]).includes(view.key));
    for (const userId of new Set(views.flatMap((view) => (view.signedInUserId === undefined ? [] : [view.signedInUserId])))) {
      const html = await (await fetch(preview.url, { headers: { Cookie: `${EMULATOR_USER_COOKIE}=${userId}` } })).text();
      page.htmlBySignedInUser.set(userId, benchPageHtml(html));
    }
    // --profile: a readable (unminified) page, so a profile names functions and source files; never measured.
    const readablePage = settings.profile ? await buildBenchPage(PROJECT_ROOT, previewHtml, { readable: true }) : page;
    if (readablePage !== page) for (const [userId, html] of page.htmlBySignedInUser) readablePage.htmlBySignedInUser.set(userId, html);
    const profilingDriver = (): ViewDriver => new ViewDriver(browser, new URL(preview.url).origin, new URL(preview.siteUrl).pathname, readablePage);
    const profileSummaries: string[] = [];
    if (skippedViews.length) log(`--view: measuring ${settings.views.join(', ')}; skipping ${skippedViews.join(', ')} and their baselines and budgets`);
    const runs: { profile: NetworkProfileName; views: IViewResult[]; baselines: Awaited<ReturnType<typeof measureBaselines>> }[] = [];
    for (const profile of settings.networks) {
      preview.setNetwork(profile);
      const results: IViewResult[] = [];
      for (const view of views) {
        // Keystrokes never touch the network: typed once, under the zero-latency profile.
        const typing = profile === 'none';
        log(`${view.key} [network ${profile}]: ${settings.runs} cold + warm loads${view.searchLabel && typing ? ', then typing' : ''} …`);
        try {
          const measured = await measureView(driver, view, settings.runs, typing);
          results.push({ ...measured, peakHeapBytes: driver.peakHeapBytes });
        } catch (error) {
          // The other views still get measured; this one's budgets fail as "not measured".
          const failure = error instanceof Error ? error.message.split('\n')[0] : String(error);
          log(`${view.key} failed: ${failure}`);
          results.push({ key: view.key, cold: [], warm: [], keystrokes: [], peakHeapBytes: 0, failure });
        }
        // Peaks are per view: start the next view's from nothing.
        driver.resetPeakHeap();
      }
      if (settings.profile) {
        log(`--profile [network ${profile}]: one cold + warm load of each view with a CPU profile …`);
        profileSummaries.push(await profileViews(profilingDriver(), readablePage, views, profile, path.dirname(RESULTS_FILE)));
        driver.resetPeakHeap();
      }
      log(`baseline (PnPjs, the usual way) [network ${profile}] …`);
      runs.push({ profile, views: results, baselines: await measureBaselines(preview.siteUrl, phrases, settings.views) });
    }
    preview.setNetwork('none');

    const viewFigures = runs.flatMap((run) => collectFigures({ views: run.views, baselines: run.baselines, bundles, profile: run.profile }));
    // The web parts the bench does not drive (and driven views' bundles if no zero-latency run gave them).
    const webPartBundles = bundleFigures(bundles, Object.keys(readBundleConfig(PROJECT_ROOT).bundles)).filter((figure) => !viewFigures.some((other) => other.key === figure.key));
    const figures = [...viewFigures, ...webPartBundles];
    const budgetResults = checkBudgets(figures, readBudgets(), skippedViews);
    const failures = budgetFailures(budgetResults);
    const table = markdownTable(figures, budgetResults);
    const seconds = Math.round((Date.now() - started) / 1000);
    const machine = `${cpus().length} cores, load average ${loadavg().map((value) => value.toFixed(1)).join(' ')}`;
    console.log(
      `## Bench: ${counts.members} members, ${counts.memberships.toLocaleString('en-GB')} committee memberships, ${counts.officers.toLocaleString('en-GB')} officers, ` +
        `${counts.services} services, ${counts.briefings} weekly briefings (${counts.briefingItems.toLocaleString('en-GB')} items), ` +
        `${counts.enquiries.toLocaleString('en-GB')} enquiries (${counts.memberEnquiries} the member's, ${counts.openInHighwaysQueue} open in the Highways queue); runs per view: ${settings.runs}; ${skippedViews.length ? `views: ${settings.views.join(', ')} (skipped: ${skippedViews.join(', ')}); ` : ''}${machine}; ${seconds} s\n`
    );
    console.log(table);
    const baselines = runs[0]?.baselines ?? [];
    console.log(`\nBaselines (PnPjs against the same emulator, no UI, no cache):\n${baselines.map((baseline) => `- ${baseline.key}: ${baseline.description}`).join('\n')}`);
    console.log(requestLists(runs));
    if (profileSummaries.length) console.log(`\nCPU profiles (written to temp/; sampled every 100 µs on an unminified page, so a little slower than the figures above):\n${profileSummaries.join('\n')}`);
    if (driver.errors.length) console.log(`\nPage errors:\n${driver.errors.map((error) => `- ${error}`).join('\n')}`);
    console.log(failures.length ? `\n${failures.length} budget(s) broken:\n${failures.map((failure) => `- ${failure.problem}`).join('\n')}` : `\nAll budgets${skippedViews.length ? ' of the measured views' : ''} met.`);

    fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
    fs.writeFileSync(
      RESULTS_FILE,
      `${JSON.stringify({ date: new Date().toISOString(), seconds, machine, counts, runs: settings.runs, measuredViews: settings.views, skippedViews, networks: settings.networks, figures, budgets: budgetResults, bundles, profiles: runs, pageErrors: driver.errors }, null, 2)}\n`
    );
    log(`figures written to ${path.relative(PROJECT_ROOT, RESULTS_FILE)}`);
    if (failures.length) process.exitCode = 1;
  } finally {
    await browser.close();
    await preview.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

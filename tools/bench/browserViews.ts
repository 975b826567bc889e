/**
 * Drives each view on the bench page in headless Chromium: cold load (new browser context) and
 * warm load (a second visit in the same context: HTTP cache and IndexedDB apply), several runs;
 * API requests and bytes from the DevTools protocol's network events; readiness marks from the
 * page; keystroke latency on the search box; peak JS heap sampled through the protocol.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { apiRequestKind } from './apiRequestKind';
import { EMULATOR_USER_COOKIE } from '../preview/startPreview';
import { BENCH_ASSET_PATH, BENCH_PATH, IBenchPage } from './benchPage';
import { IKeystrokeSample, installKeystrokeProbe, installReadinessProbe, IReadinessMarks, pageScript } from './pageProbes';
import { ITimedRequest, sequentialRoundTrips } from './roundTrips';
import { fromWebPartStart, WEB_PART_START_MARK } from './webPartStart';
import { ICpuProfile, profileWindow } from './cpuProfile';

export interface IBenchView {
  /** The preview view key (tools/preview/client/previewViews.ts). */
  readonly key: string;
  /** Accessible name of the view's search box, when it has one. */
  readonly searchLabel: string | null;
  /** Phrases typed one key at a time into the search box (cleared with Backspace in between). */
  readonly phrases: readonly string[];
  /** CSS selector of the view's first content; an <article> unless given (pageProbes.ts). */
  readonly contentSelector?: string;
  /** Who the view is signed in as (the emulator's user cookie); the preview's default user when absent. */
  readonly signedInUserId?: number;
}

export interface ILoadMeasure {
  /** Every request to the site's REST API. */
  readonly apiRequests: number;
  /** Of those, the ones for list data (not the lists-site lookup nor the form digest). */
  readonly dataRequests: number;
  /** Response bodies as sent (gzip-compressed), headers not counted. */
  readonly apiBytes: number;
  readonly staticRequests: number;
  readonly staticBytes: number;
  /** ms after the web part started (webPartStart.ts): what the budgets apply to. */
  readonly firstContentMs: number | null;
  readonly interactiveMs: number | null;
  /** ms after navigation when the web part started: the bench page's own start-up (information). */
  readonly webPartStartMs?: number | null;
  /** First content in ms after navigation: start-up plus the web part's own time (information). */
  readonly firstContentFromNavigationMs?: number | null;
  readonly apiUrls: readonly string[];
  /** API requests with their start and end (ms after the web part started), in the order sent. */
  readonly apiTimeline: readonly ITimedRequest[];
  /** The longest chain of API requests, each sent after the one before had ended, that finished before first content. */
  readonly roundTripsToFirstContent: number | null;
}

/** A load's CPU profile (`--profile`) and the web part's window on its clock (start mark → first content), µs. */
export interface IProfiledLoad {
  readonly profile: ICpuProfile;
  readonly window: { readonly fromUs: number; readonly toUs: number } | null;
}

/** The sampling interval of `--profile` loads, µs (V8's default is 1,000). */
const PROFILE_SAMPLING_US = 100;

export interface IViewMeasure {
  readonly key: string;
  readonly cold: readonly ILoadMeasure[];
  readonly warm: readonly ILoadMeasure[];
  readonly keystrokes: readonly IKeystrokeSample[];
  readonly peakHeapBytes: number;
  readonly pageErrors: readonly string[];
}

interface INetworkEntry {
  url: string;
  method: string;
  headerBytes: number;
  totalBytes?: number;
  /** Wall clock (epoch seconds) and the protocol's monotonic clock (seconds) when sent. */
  wallTime: number;
  sentAt: number;
  finishedAt?: number;
}

/** `GET web/lists/getByTitle('Members')/items?$select=…`, shortened: which request, readable in a report. */
function requestLabel(entry: INetworkEntry, siteServerRelativeUrl: string): string {
  const url = new URL(entry.url);
  const path = decodeURIComponent(url.pathname).slice(`${siteServerRelativeUrl}/_api/`.length);
  const query = decodeURIComponent(url.search);
  const text = `${entry.method} ${path}${query}`;
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

const READY_TIMEOUT_MS = 90_000;
/** After interactive, the page is done when no API request has been in flight for this long. */
const NETWORK_QUIET_MS = 750;

class PageNetwork {
  private readonly _entries = new Map<string, INetworkEntry>();
  private _lastActivity = Date.now();

  public constructor(private readonly _session: CDPSession) {
    _session.on('Network.requestWillBeSent', (event) => {
      this._entries.set(event.requestId, {
        url: event.request.url,
        method: event.request.method,
        headerBytes: 0,
        wallTime: event.wallTime,
        sentAt: event.timestamp
      });
      this._lastActivity = Date.now();
    });
    _session.on('Network.responseReceived', (event) => {
      const entry = this._entries.get(event.requestId);
      if (entry) entry.headerBytes = event.response.encodedDataLength;
    });
    _session.on('Network.loadingFinished', (event) => {
      const entry = this._entries.get(event.requestId);
      if (entry) {
        entry.totalBytes = event.encodedDataLength;
        entry.finishedAt = event.timestamp;
      }
      this._lastActivity = Date.now();
    });
    _session.on('Network.loadingFailed', (event) => {
      const entry = this._entries.get(event.requestId);
      if (entry) entry.totalBytes = 0;
      this._lastActivity = Date.now();
    });
  }

  public get inFlight(): number {
    return [...this._entries.values()].filter((entry) => entry.totalBytes === undefined).length;
  }

  public get quietForMs(): number {
    return Date.now() - this._lastActivity;
  }

  public entries(): INetworkEntry[] {
    return [...this._entries.values()];
  }
}

async function sampleHeap(session: CDPSession, peak: { bytes: number }, stop: { done: boolean }): Promise<void> {
  while (!stop.done) {
    try {
      const { metrics } = await session.send('Performance.getMetrics');
      const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
      peak.bytes = Math.max(peak.bytes, used);
    } catch {
      return; // the page closed
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export class ViewDriver {
  private readonly _peak = { bytes: 0 };
  private readonly _errors: string[] = [];

  public constructor(
    private readonly _browser: Browser,
    private readonly _origin: string,
    private readonly _siteServerRelativeUrl: string,
    private readonly _page: IBenchPage
  ) {}

  public get peakHeapBytes(): number {
    return this._peak.bytes;
  }

  public resetPeakHeap(): void {
    this._peak.bytes = 0;
  }

  public get errors(): readonly string[] {
    return this._errors;
  }

  public async newContext(signedInUserId?: number): Promise<BrowserContext> {
    const context = await this._browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB' });
    if (signedInUserId !== undefined) await context.addCookies([{ name: EMULATOR_USER_COOKIE, value: String(signedInUserId), url: this._origin }]);
    await context.route(`${this._origin}${BENCH_PATH}**`, (route) => {
      const { pathname } = new URL(route.request().url());
      if (pathname.startsWith(BENCH_ASSET_PATH)) {
        const asset = this._page.assets.get(pathname.slice(BENCH_ASSET_PATH.length));
        return asset
          ? route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: asset.contents })
          : route.fulfill({ status: 404, body: 'not found' });
      }
      const html = (signedInUserId === undefined ? undefined : this._page.htmlBySignedInUser.get(signedInUserId)) ?? this._page.html;
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    });
    return context;
  }

  /** Opens the view in a new page of the context and waits until it is interactive and the network is quiet. */
  public async load(context: BrowserContext, view: IBenchView, options: { profile?: boolean } = {}): Promise<{ page: Page; measure: ILoadMeasure; profiled?: IProfiledLoad }> {
    const page = await context.newPage();
    page.on('pageerror', (error) => this._errors.push(`${view.key}: ${error.message}`));
    const session = await context.newCDPSession(page);
    await session.send('Network.enable');
    await session.send('Performance.enable');
    const network = new PageNetwork(session);
    const stop = { done: false };
    // Sampled for as long as the page is open (loading, then typing).
    void sampleHeap(session, this._peak, stop);
    page.once('close', () => {
      stop.done = true;
    });
    if (options.profile) {
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: PROFILE_SAMPLING_US });
      await session.send('Profiler.start');
    }
    await page.addInitScript({ content: pageScript(installReadinessProbe, { searchLabel: view.searchLabel, contentSelector: view.contentSelector }) });
    await page.goto(`${this._origin}${BENCH_PATH}${view.key}`);
    await page.waitForFunction(() => (window as unknown as { __benchMarks?: IReadinessMarks }).__benchMarks?.interactive !== undefined, undefined, {
      timeout: READY_TIMEOUT_MS,
      polling: 50
    });
    while (network.inFlight > 0 || network.quietForMs < NETWORK_QUIET_MS) await page.waitForTimeout(100);
    const marks = await page.evaluate(() => (window as unknown as { __benchMarks: IReadinessMarks }).__benchMarks);
    const timeOrigin = await page.evaluate(() => performance.timeOrigin);
    const webPartStart = await page.evaluate((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime, WEB_PART_START_MARK);
    const entries = network.entries();
    let profiled: IProfiledLoad | undefined;
    if (options.profile) {
      const { profile } = await session.send('Profiler.stop');
      const anchor = entries[0];
      profiled = {
        profile: profile as ICpuProfile,
        window:
          anchor && webPartStart !== undefined && marks.firstContent !== undefined
            ? profileWindow({ from: webPartStart, to: marks.firstContent }, timeOrigin, { wallTimeSeconds: anchor.wallTime, monotonicSeconds: anchor.sentAt })
            : null
      };
    }
    const api = entries.filter((entry) => new URL(entry.url).pathname.startsWith(`${this._siteServerRelativeUrl}/_api/`));
    const navigationTimeline: ITimedRequest[] = api
      .map((entry) => {
        const startMs = entry.wallTime * 1000 - timeOrigin;
        return {
          label: requestLabel(entry, this._siteServerRelativeUrl),
          startMs,
          ...(entry.finishedAt !== undefined ? { endMs: startMs + (entry.finishedAt - entry.sentAt) * 1000 } : {})
        };
      })
      .sort((a, b) => a.startMs - b.startMs);
    const times = fromWebPartStart({ ...marks, webPartStart }, navigationTimeline);
    const staticJs = entries.filter((entry) => new URL(entry.url).pathname.startsWith(BENCH_ASSET_PATH));
    return {
      page,
      ...(profiled ? { profiled } : {}),
      measure: {
        apiRequests: api.length,
        dataRequests: api.filter((entry) => apiRequestKind(entry.url) === 'data').length,
        apiBytes: api.reduce((sum, entry) => sum + Math.max(0, (entry.totalBytes ?? 0) - entry.headerBytes), 0),
        staticRequests: staticJs.length,
        // Fulfilled by the bench, so counted as the preview would send them (gzipped).
        staticBytes: staticJs.reduce((sum, entry) => sum + (this._page.assets.get(new URL(entry.url).pathname.slice(BENCH_ASSET_PATH.length))?.gzipBytes ?? 0), 0),
        firstContentMs: times.firstContentMs,
        interactiveMs: times.interactiveMs,
        webPartStartMs: times.webPartStartMs,
        firstContentFromNavigationMs: times.firstContentFromNavigationMs,
        apiUrls: api.map((entry) => entry.url),
        apiTimeline: times.apiTimeline,
        roundTripsToFirstContent: times.firstContentMs === null ? null : sequentialRoundTrips(times.apiTimeline, times.firstContentMs)
      }
    };
  }

  /** Types each phrase one key at a time into the view's search box; one sample per keystroke. */
  public async typeInSearch(page: Page, view: IBenchView): Promise<IKeystrokeSample[]> {
    if (!view.searchLabel) return [];
    await page.evaluate(pageScript(installKeystrokeProbe, undefined));
    const box = page.locator(`input[aria-label="${view.searchLabel}"]`);
    await box.focus();
    const samples: IKeystrokeSample[] = [];
    const settle = (): Promise<IKeystrokeSample | null> =>
      page.evaluate(() => (window as unknown as { __benchKeys: { settle(): Promise<IKeystrokeSample | null> } }).__benchKeys.settle());
    for (const phrase of view.phrases) {
      for (const character of phrase) {
        await page.keyboard.press(character === ' ' ? 'Space' : character);
        const sample = await settle();
        if (sample) samples.push(sample);
      }
      for (let left = phrase.length; left > 0; left--) {
        await page.keyboard.press('Backspace');
        const sample = await settle();
        if (sample) samples.push(sample);
      }
    }
    return samples;
  }
}

/** `typing`: false under a network profile other than none (keystrokes never touch the network). */
export async function measureView(
  driver: ViewDriver,
  view: IBenchView,
  runs: number,
  typing = true
): Promise<Omit<IViewMeasure, 'peakHeapBytes' | 'pageErrors'>> {
  const cold: ILoadMeasure[] = [];
  const warm: ILoadMeasure[] = [];
  let keystrokes: IKeystrokeSample[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await driver.newContext(view.signedInUserId);
    try {
      const first = await driver.load(context, view);
      cold.push(first.measure);
      await first.page.close();
      const second = await driver.load(context, view);
      warm.push(second.measure);
      if (run === runs - 1 && typing) keystrokes = await driver.typeInSearch(second.page, view);
      await second.page.close();
    } finally {
      await context.close();
    }
  }
  return { key: view.key, cold, warm, keystrokes };
}

/** `--profile`: one cold and one warm load of the view (a new context, as a measured run), each with a CPU profile. */
export async function profileView(driver: ViewDriver, view: IBenchView): Promise<{ cold?: IProfiledLoad; warm?: IProfiledLoad }> {
  const context = await driver.newContext(view.signedInUserId);
  try {
    const first = await driver.load(context, view, { profile: true });
    await first.page.close();
    const second = await driver.load(context, view, { profile: true });
    await second.page.close();
    return { cold: first.profiled, warm: second.profiled };
  } finally {
    await context.close();
  }
}

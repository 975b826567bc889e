/**
 * A page of the local preview opened for hardening checks: besides script errors, it records every
 * dialog, every request that leaves the preview's origin and, with their times, every SharePoint
 * API request and answer — so a test can count attempts and check the waits between them.
 */
import type { Browser, Page } from 'playwright-core';
import { recordPageErrors } from '../../support/browser';

export interface IApiExchange {
  /** method, URL and body: the same request sent again is a retry. */
  readonly key: string;
  sentAt: number;
  status?: number;
  answeredAt?: number;
  retryAfterSeconds?: number;
}

export interface IHardeningPage {
  readonly page: Page;
  /** pageerror and console.error lines. */
  readonly errors: string[];
  /** Messages of alert/confirm/prompt dialogs the page opened. */
  readonly dialogs: string[];
  /** Requests to any origin but the preview's (aborted before they leave the browser). */
  readonly offOrigin: string[];
  /** Requests under <site>/_api, in the order sent. */
  readonly api: IApiExchange[];
  close(): Promise<void>;
}

export interface IHardeningPageOptions {
  /** Cookies for the preview's origin, set before the page opens (e.g. who the emulator answers as). */
  readonly cookies?: Readonly<Record<string, string>>;
}

export async function openHardeningPage(browser: Browser, previewUrl: string, pathAndHash: string, options: IHardeningPageOptions = {}): Promise<IHardeningPage> {
  const origin = new URL(previewUrl).origin;
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB' });
  const cookies = Object.entries(options.cookies ?? {}).map(([name, value]) => ({ name, value, url: origin }));
  if (cookies.length > 0) await context.addCookies(cookies);
  const page = await context.newPage();
  const errors = recordPageErrors(page);
  const dialogs: string[] = [];
  const offOrigin: string[] = [];
  const api: IApiExchange[] = [];
  const pending = new Map<object, IApiExchange>();

  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // Nothing may leave the origin; anything that tries is recorded and never reaches the network.
  await context.route(
    (url) => url.origin !== origin,
    async (route) => {
      offOrigin.push(route.request().url());
      await route.abort('blockedbyclient');
    }
  );
  page.on('request', (request) => {
    if (!request.url().includes('/_api/')) return;
    // $batch bodies carry fresh boundary GUIDs per load; without them the same request has the same key.
    const body = (request.postData() ?? '').replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, 'GUID');
    const exchange: IApiExchange = { key: `${request.method()} ${request.url()} ${body}`, sentAt: Date.now() };
    pending.set(request, exchange);
    api.push(exchange);
  });
  page.on('response', async (response) => {
    const exchange = pending.get(response.request());
    if (!exchange) return;
    exchange.status = response.status();
    exchange.answeredAt = Date.now();
    const retryAfter = response.headers()['retry-after'];
    if (retryAfter !== undefined) exchange.retryAfterSeconds = Number(retryAfter);
    // The browser's own clock: when the request started and its answer's headers arrived.
    await response.finished().catch(() => undefined);
    const timing = response.request().timing();
    if (timing.startTime > 0 && timing.responseStart >= 0) {
      exchange.sentAt = timing.startTime;
      exchange.answeredAt = timing.startTime + timing.responseStart;
    }
  });

  await page.goto(`${previewUrl.replace(/\/$/, '')}${pathAndHash}`);
  return { page, errors, dialogs, offOrigin, api, close: () => context.close() };
}

export function isThrottled(exchange: IApiExchange): boolean {
  return exchange.status === 429 || exchange.status === 503;
}

/** Sends of each request (method, URL and body). */
export function sendsPerRequest(api: readonly IApiExchange[]): Map<string, IApiExchange[]> {
  const sends = new Map<string, IApiExchange[]>();
  for (const exchange of api) sends.set(exchange.key, [...(sends.get(exchange.key) ?? []), exchange]);
  return sends;
}

/**
 * Per retry in each list of one request's sends: how long after the throttled answer before it it
 * was sent. A send after an answer that was not throttled is that request made again, not a retry.
 */
export function retryWaits(chains: readonly IApiExchange[][]): number[] {
  return chains.flatMap((chain) =>
    chain
      .slice(1)
      .map((attempt, index) => ({ attempt, previous: chain[index] }))
      .filter(({ previous }) => isThrottled(previous))
      .map(({ attempt, previous }) => Math.round(attempt.sentAt - (previous.answeredAt ?? 0)))
  );
}

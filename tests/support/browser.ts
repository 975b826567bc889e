/**
 * Shared helpers for browser (e2e) tests: Debian's chromium through playwright-core, axe-core
 * accessibility checks, screenshots into temp/, and a record of what went wrong in the page.
 */
import * as fs from 'fs';
import * as path from 'path';
import { chromium, Browser, Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** WCAG 2.2 AA, the standard the product is held to. */
export const WCAG_AA_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
];

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No chromium at ${CHROMIUM_PATH}: install it with ` +
        '`apt-get update && apt-get install -y --no-install-recommends chromium`, or set CHROMIUM_PATH.'
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface IAxeNode {
  readonly target: readonly string[];
  readonly html: string;
  readonly failureSummary?: string;
}

export interface IAxeViolation {
  readonly id: string;
  readonly impact?: string | null;
  readonly help: string;
  readonly nodes: readonly IAxeNode[];
}

interface IAxeWindow {
  axe: {
    run(context: Document, options: { runOnly: { type: 'tag'; values: readonly string[] } }): Promise<{ violations: IAxeViolation[] }>;
  };
}

/** Injects axe-core from node_modules (no CDN) and returns the violations of the page as it is now. */
export async function runAxe(page: Page, tags: readonly string[] = WCAG_AA_TAGS): Promise<IAxeViolation[]> {
  const alreadyLoaded = await page.evaluate(() => 'axe' in window);
  if (!alreadyLoaded) {
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  }
  return page.evaluate(
    async (runTags) => {
      const { axe } = window as unknown as IAxeWindow;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: runTags } });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.map((node) => ({ target: node.target, html: node.html, failureSummary: node.failureSummary }))
      }));
    },
    [...tags]
  );
}

/** One readable line per failing element, for assertion messages. */
export function describeViolations(violations: readonly IAxeViolation[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n  at ${node.target.join(' ')}\n  ${node.html}\n  ${node.failureSummary ?? ''}`
      )
    )
    .join('\n');
}

/** Saves a screenshot (the full page unless told otherwise) to temp/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string, options: { readonly fullPage?: boolean } = {}): Promise<string> {
  const file = path.join(PROJECT_ROOT, 'temp', `${name}.png`);
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}

/**
 * Records uncaught exceptions and console errors, so a test can insist the page ran cleanly.
 * Failed loads are left to recordNetworkProblems, which knows their URLs.
 */
export function recordPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(`console.error: ${message.text()}`);
    }
  });
  return errors;
}

export interface INetworkProblem {
  readonly url: string;
  readonly resourceType: string;
  /** HTTP status ≥ 400, or the browser's reason when no answer came (e.g. net::ERR_NAME_NOT_RESOLVED). */
  readonly problem: number | string;
}

/** Records requests that failed or were answered with an HTTP error. */
export function recordNetworkProblems(page: Page): INetworkProblem[] {
  const problems: INetworkProblem[] = [];
  page.on('requestfailed', (request) =>
    problems.push({ url: request.url(), resourceType: request.resourceType(), problem: request.failure()?.errorText ?? 'failed' })
  );
  page.on('response', (response) => {
    if (response.status() >= 400) {
      problems.push({ url: response.url(), resourceType: response.request().resourceType(), problem: response.status() });
    }
  });
  return problems;
}

/** @jest-environment node */
/**
 * WCAG 2.2 reflow (1.4.10) and text spacing (1.4.12) in every view and state of the preview, on the
 * SharePoint page and in the Teams frame: at 320 CSS px wide the document never scrolls sideways
 * (a data table may scroll inside itself), and with the W3C's text-spacing style applied it still
 * does not, and no box cuts off its text. Screenshots of each state go to temp/a11y/.
 */
import * as path from 'path';
import type { Browser, BrowserContext } from 'playwright-core';
import { IRunningPreview, startPreview } from '../../tools/preview/startPreview';
import { launchChromium, recordPageErrors, saveScreenshot } from '../support/browser';
import { applyTextSpacing, clippedText, documentOverflow } from './support/layoutChecks';
import { Host, hostsOf, IViewState, openView, pathOf, VIEW_STATES } from './support/viewStates';

jest.setTimeout(120_000);

const projectRoot = path.resolve(__dirname, '..', '..');
/** WCAG 1.4.10: 320 CSS px wide (a 1280 px window at 400 % zoom); the height of a small phone. */
const VIEWPORT = { width: 320, height: 568 };

let preview: IRunningPreview;
let browser: Browser;
const contexts = new Map<Host, BrowserContext>();

beforeAll(async () => {
  preview = await startPreview({ projectRoot, port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
  for (const host of ['sharepoint', 'teams'] as const) {
    contexts.set(host, await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' }));
  }
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

const cases: [Host, string, IViewState][] = VIEW_STATES.flatMap((state) =>
  hostsOf(state.view).map((host): [Host, string, IViewState] => [host, `${state.view}: ${state.name}`, state])
);

describe('reflow at 320 CSS px', () => {
  test.each(cases)('%s, %s: no sideways scrolling, and none with text spacing, no text clipped', async (host, label, state) => {
    const page = await (contexts.get(host) as BrowserContext).newPage();
    const errors = recordPageErrors(page);
    try {
      await page.goto(`${preview.url.replace(/\/$/, '')}${pathOf(state.view, host)}`);
      const scope = await openView(page, state.view, host);
      await state.enter(scope, page);
      await saveScreenshot(page, `a11y/reflow-${host}-${label.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`, { fullPage: false });
      const overflow = await documentOverflow(page);
      await applyTextSpacing(page);
      const spacedOverflow = await documentOverflow(page);
      const clipped = await clippedText(page);
      expect({ overflow, spacedOverflow, clipped }).toEqual({ overflow: '', spacedOverflow: '', clipped: '' });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

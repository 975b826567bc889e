/** @jest-environment node */
/**
 * Long unbroken words (issue 20): the sample council with an 80-character word in every displayed
 * text field (support/longWordCouncil.ts), in every view and state on both hosts, at a desktop
 * width and at 320 CSS px. No box's content runs out of its column, and a click at the centre of
 * every link and button lands on that link or button, not on a neighbour lying over it.
 */
import * as path from 'path';
import type { Browser, BrowserContext } from 'playwright-core';
import { IRunningPreview, startPreview, ukToday } from '../../tools/preview/startPreview';
import { generateSampleCouncil } from '../../tools/sample-council/generateSampleCouncil';
import { launchChromium, recordPageErrors } from '../support/browser';
import { clicksThatMiss, contentOutsideItsColumn } from './support/layoutChecks';
import { LONG_WORD, longWordCouncil } from './support/longWordCouncil';
import { Host, hostsOf, IViewState, openView, pathOf, VIEW_STATES } from './support/viewStates';

jest.setTimeout(180_000);

const projectRoot = path.resolve(__dirname, '..', '..');
const WIDTHS = [1280, 320] as const;

let preview: IRunningPreview;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  const sample = generateSampleCouncil({ anchorDate: ukToday(), members: 30, officers: 100, services: 20, weeks: 3 });
  preview = await startPreview({ projectRoot, port: 0, host: '127.0.0.1', data: longWordCouncil(sample) });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: WIDTHS[0], height: 900 }, locale: 'en-GB' });
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

const cases: [Host, string, IViewState][] = VIEW_STATES.flatMap((state) =>
  hostsOf(state.view).map((host): [Host, string, IViewState] => [host, `${state.view}: ${state.name}`, state])
);

describe('an 80-character word in every text field', () => {
  test.each(cases)('%s, %s: stays in its column, and every click lands on its target', async (host, _label, state) => {
    const page = await context.newPage();
    const errors = recordPageErrors(page);
    try {
      await page.setViewportSize({ width: WIDTHS[0], height: 900 });
      await page.goto(`${preview.url.replace(/\/$/, '')}${pathOf(state.view, host)}`);
      const scope = await openView(page, state.view, host);
      await state.enter(scope, page);
      // The long word is on show, so the check is about it (a native select's options hold it too, unseen until opened).
      await page.getByText(LONG_WORD).filter({ visible: true }).first().waitFor({ timeout: 30_000 });
      const found: Record<string, { outside: string; missed: string }> = {};
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.waitForTimeout(300);
        found[width] = { outside: await contentOutsideItsColumn(page), missed: await clicksThatMiss(page) };
      }
      expect(found).toEqual(Object.fromEntries(WIDTHS.map((width) => [width, { outside: '', missed: '' }])));
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

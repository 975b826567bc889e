import { fromWebPartStart } from '../../../tools/bench/webPartStart';

describe('fromWebPartStart', () => {
  const timeline = [
    { label: "GET web/getStorageEntity('MemberOfficerHubSiteUrl')", startMs: 700, endMs: 900 },
    { label: 'POST $batch', startMs: 910, endMs: 1300 },
    { label: 'GET still running', startMs: 1310 }
  ];

  it('measures first content and interactive from the web part start, keeping the navigation figures as information', () => {
    const times = fromWebPartStart({ firstContent: 1450, interactive: 1500, webPartStart: 680 }, timeline);
    expect(times).toMatchObject({ firstContentMs: 770, interactiveMs: 820, webPartStartMs: 680, firstContentFromNavigationMs: 1450 });
  });

  it('re-bases every request on the web part start, an unfinished one without an end', () => {
    const times = fromWebPartStart({ firstContent: 1450, webPartStart: 680 }, timeline);
    expect(times.apiTimeline).toEqual([
      { label: timeline[0].label, startMs: 20, endMs: 220 },
      { label: 'POST $batch', startMs: 230, endMs: 620 },
      { label: 'GET still running', startMs: 630 }
    ]);
    expect(times.interactiveMs).toBeNull();
  });

  it('gives no web-part-relative figure when the page never set the mark, so a budget cannot pass on it', () => {
    const times = fromWebPartStart({ firstContent: 1450, interactive: 1500 }, timeline);
    expect(times).toMatchObject({ firstContentMs: null, interactiveMs: null, webPartStartMs: null, firstContentFromNavigationMs: 1450 });
  });
});

import { spfi, SPBrowser } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import { StopWhenAborted } from '../../src/data/stopWhenAborted';
import { fakeNetwork, IFakeNetwork, jsonAnswer } from '../webparts/support/hostedWebPart';

const SITE = 'https://council.sharepoint.com/sites/members';

describe('StopWhenAborted', () => {
  let network: IFakeNetwork;
  let signalsSeen: (AbortSignal | null | undefined)[];

  beforeEach(() => {
    signalsSeen = [];
    network = fakeNetwork(() => Promise.resolve(jsonAnswer({ Title: 'Members' })));
    const recording = globalThis.fetch;
    globalThis.fetch = (url: RequestInfo | URL, init?: RequestInit) => {
      signalsSeen.push(init?.signal);
      return recording(url, init);
    };
  });

  afterEach(() => network.restore());

  it('sends requests with the signal while it is not aborted', async () => {
    const controller = new AbortController();
    const sp = spfi(SITE).using(SPBrowser({ baseUrl: SITE }), StopWhenAborted(controller.signal));
    await expect(sp.web.lists.getByTitle('Members')()).resolves.toEqual({ Title: 'Members' });
    expect(network.urls()).toHaveLength(1);
    expect(signalsSeen[0]).toBe(controller.signal);
  });

  it('sends nothing once aborted: the request fails with an AbortError', async () => {
    const controller = new AbortController();
    const sp = spfi(SITE).using(SPBrowser({ baseUrl: SITE }), StopWhenAborted(controller.signal));
    controller.abort();
    await expect(sp.web.lists.getByTitle('Members')()).rejects.toMatchObject({ name: 'AbortError' });
    expect(network.urls()).toEqual([]);
  });
});

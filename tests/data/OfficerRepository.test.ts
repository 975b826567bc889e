/** @jest-environment node */
import { spfi, SPBrowser } from '@pnp/sp';
import { OfficerRepository, IOfficerRepositoryOptions } from '../../src/data/OfficerRepository';
import { RetryThrottled } from '../../src/data/behaviours/RetryThrottled';
import { DataError } from '../../src/data/DataError';
import type { IKeyValueStore } from '../../src/data/cache/IKeyValueStore';
import { memoryKeyValueStore } from '../../src/data/cache/memoryKeyValueStore';
import { SIGNED_IN_USER_KEY, writesSettled } from '../../src/data/cache/browserCopy';
import type { RevalidationStatus } from '../../src/data/cache/backgroundRevalidation';
import { FIRST_PAGE_OFFICERS, OFFICER_DIRECTORY_COPY, officerDirectoryPartedFormat } from '../../src/data/officerDirectoryCache';
import { PartedBrowserCopy } from '../../src/data/cache/partedBrowserCopy';
import { firstOfficersInDirectoryOrder } from '../../src/model/officerDirectoryIndex';
import type { IOfficerDirectory } from '../../src/model/Officer';
import type { RawItem } from '../../src/data/fieldReaders';
import type { IDirectoryLoadProgress } from '../../src/data/IOfficerRepository';
import { schema, selectFor } from '../../src/schema';
import { FakeSharePoint, IRecordedRequest, json, queryOf, Responder, spError, throttled } from './support/FakeSharePoint';

const SITE = 'https://contoso.sharepoint.com/sites/hub';
const NOW = new Date(Date.UTC(2026, 10, 23, 9, 30));

function listOf(request: IRecordedRequest): string {
  return /getByTitle\('([^']+)'\)/.exec(decodeURIComponent(request.url))?.[1] ?? '';
}

const isListCollection = (request: IRecordedRequest): boolean => /\/_api\/web\/lists\?/.test(request.url);

function officer(id: number, fields: Record<string, unknown> = {}): RawItem {
  return { Id: id, Title: `Officer ${id}`, ServiceId: 1, IsLiaisonOfficer: false, ...fields };
}

const officers = (count: number): RawItem[] => Array.from({ length: count }, (_, i) => officer(i + 1));

interface ISiteState {
  officers: RawItem[];
  services: RawItem[];
  officersModified: string;
  servicesModified: string;
}

function site(officerCount: number): ISiteState {
  return {
    officers: officers(officerCount),
    services: [{ Id: 1, Title: 'Highways', Directorate: 'Place', Keywords: 'potholes, roads' }],
    officersModified: '2026-11-20T10:00:00Z',
    servicesModified: '2026-11-01T10:00:00Z'
  };
}

/** Answers like SharePoint: list metadata, and items in ID order after the skiptoken, 5,000 at most. */
function serving(state: ISiteState, override?: (request: IRecordedRequest) => Response | undefined): Responder {
  return async (request) => {
    const answer = override?.(request);
    if (answer) return answer;
    if (isListCollection(request)) {
      return json({
        value: [
          { Title: 'Officers', ItemCount: state.officers.length, LastItemModifiedDate: state.officersModified, LastItemDeletedDate: '2026-01-01T00:00:00Z' },
          { Title: 'Services', ItemCount: state.services.length, LastItemModifiedDate: state.servicesModified, LastItemDeletedDate: '2026-01-01T00:00:00Z' }
        ]
      });
    }
    const items = listOf(request) === 'Officers' ? state.officers : state.services;
    const query = queryOf(request);
    const after = Number(/p_ID=(\d+)/.exec(query.get('$skiptoken') ?? '')?.[1] ?? 0);
    const top = Number(query.get('$top') ?? 100);
    if (/^Id desc$/i.test(query.get('$orderby') ?? '')) return json({ value: [...items].reverse().slice(0, top) });
    return json({ value: items.filter((item) => (item.Id as number) > after).slice(0, top) });
  };
}

function repositoryOn(fake: FakeSharePoint, options: IOfficerRepositoryOptions = {}): OfficerRepository {
  const sp = spfi(SITE).using(SPBrowser({ baseUrl: SITE }), fake.behaviour());
  return new OfficerRepository(sp, { now: () => NOW, ...options });
}

const cached = (store: IKeyValueStore, user = 'i:0#.f|membership|reader@contoso.com'): IOfficerRepositoryOptions => ({ cache: { user, store } });

describe('OfficerRepository.searchIndex: a cold load', () => {
  it('reads the change dates, the first 5,000 officers, the highest ID and every service in one $batch, then the other pages by ID at once', async () => {
    const state = site(12001);
    state.officers[0] = officer(1, { Email: 'priya.hillier@contoso.com' });
    const fake = new FakeSharePoint(serving(state));
    const progress: IDirectoryLoadProgress[] = [];
    const directory = await repositoryOn(fake).searchIndex((step) => progress.push(step));

    expect(fake.dataRequests).toHaveLength(3);
    const [batch, second, third] = fake.dataRequests;
    expect(batch.url).toBe(`${SITE}/_api/$batch`);
    const [lists, firstPage, highest, services, enquiryServices] = batch.parts ?? [];
    expect(batch.parts).toHaveLength(5);
    // Which services take members' enquiries: its own part, so a site without the column fails that part alone.
    expect(listOf(enquiryServices)).toBe('Services');
    expect(Object.fromEntries(queryOf(enquiryServices))).toEqual({ $filter: 'TakesEnquiries eq 1', $select: 'Id', $top: '5000' });
    expect(queryOf(services).get('$select')).not.toContain('TakesEnquiries');
    // Unfiltered and ordered by the indexed ID: allowed on any list size.
    expect(listOf(highest)).toBe('Officers');
    expect(Object.fromEntries(queryOf(highest))).toEqual({ $select: 'Id', $orderby: 'Id desc', $top: '1' });
    expect(isListCollection(lists)).toBe(true);
    expect(queryOf(lists).get('$select')).toBe('Title,ItemCount,LastItemModifiedDate,LastItemDeletedDate');
    expect(queryOf(lists).get('$filter')).toBe("Title eq 'Officers' or Title eq 'Services'");
    expect(listOf(firstPage)).toBe('Officers');
    expect(listOf(services)).toBe('Services');

    // The slim projection: no Phone, no Photo, no person expansion, no review date; the service's id alone.
    const officerShape = selectFor(schema.Officers, ['Id', 'Title', 'JobTitle', 'ServiceId', 'Team', 'Email', 'Location', 'IsLiaisonOfficer', 'StatutoryRole']);
    expect(officerShape.expand).toEqual([]);
    for (const [page, skiptoken] of [[firstPage, null], [second, 'Paged=TRUE&p_ID=5000'], [third, 'Paged=TRUE&p_ID=10000']] as const) {
      expect(page.method).toBe('GET');
      expect(listOf(page)).toBe('Officers');
      const query = queryOf(page);
      expect(query.get('$select')).toBe(officerShape.select.join(','));
      expect(query.has('$expand')).toBe(false);
      expect(query.get('$top')).toBe('5000');
      // Threshold-safe: never a filter or an order on the 20,000-item list.
      expect(query.has('$filter')).toBe(false);
      expect(query.has('$orderby')).toBe(false);
      expect(query.get('$skiptoken')).toBe(skiptoken);
      expect(page.headers.accept).toBe('application/json;odata=nometadata');
    }
    expect(queryOf(second).get('$select')).not.toContain('LiaisonProfile');
    expect(queryOf(services).get('$select')).toBe(selectFor(schema.Services, ['Id', 'Title', 'ServiceCode', 'Directorate', 'HowToContact', 'ServiceEmail', 'ServicePhone', 'ServiceUrl', 'Keywords']).select.join(','));

    expect(directory.officers).toHaveLength(12001);
    expect(directory.officers[12000]).toMatchObject({ id: 12001, name: 'Officer 12001', serviceId: 1, accountEmail: undefined });
    expect(directory.officers[0]).toMatchObject({ email: 'priya.hillier@contoso.com', accountEmail: 'priya.hillier@contoso.com' });
    expect(directory.services).toEqual([expect.objectContaining({ id: 1, name: 'Highways', directorate: 'Place', keywords: ['potholes', 'roads'] })]);
    expect(directory).toMatchObject({ source: 'network', loadedAt: NOW });
    // The batch's count at once, then (in the next task) the first page as a partial directory, then each page as it arrives.
    expect(progress[0]).toEqual({ loaded: 5000, total: 12001 });
    expect(progress.map((step) => step.loaded)).toEqual([...progress.map((step) => step.loaded)].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).toMatchObject({ loaded: 12001, total: 12001 });
    expect(new Set(progress.map((step) => step.loaded))).toEqual(new Set([5000, 10000, 12001]));
    // From the batch's answer alone: the first page and the services.
    const partial = progress.find((step) => step.partial)?.partial;
    expect(partial?.officers.map((officer) => officer.id)).toEqual(directory.officers.slice(0, 5000).map((officer) => officer.id));
    expect(partial?.services).toEqual(directory.services);
  });

  test('reports the first page as a partial directory once the further pages have been asked for', async () => {
    const fake = new FakeSharePoint(serving(site(12001)));
    const requestsWhenReported: number[] = [];
    await repositoryOn(fake).searchIndex((step) => {
      if (step.partial && requestsWhenReported.length === 0) requestsWhenReported.push(fake.dataRequests.length);
    });
    // The $batch and the two further pages had been sent, none waited on: first content needs no second round trip,
    // and drawing it does not hold back the rest.
    expect(requestsWhenReported).toEqual([3]);
    expect(fake.dataRequests).toHaveLength(3);
  });

  it('makes no request for an empty page after a full last page once ItemCount officers are read', async () => {
    const fake = new FakeSharePoint(serving(site(10000)));
    const directory = await repositoryOn(fake).searchIndex();
    expect(fake.dataRequests).toHaveLength(2);
    expect(directory.officers).toHaveLength(10000);
  });

  it('reads the rest by the highest ID when ItemCount is not known, and no empty page after exactly 5,000', async () => {
    const unknownCount = (request: IRecordedRequest): Response | undefined => (isListCollection(request) ? json({ value: [] }) : undefined);
    const exact = new FakeSharePoint(serving(site(5000), unknownCount));
    expect((await repositoryOn(exact).searchIndex()).officers).toHaveLength(5000);
    expect(exact.dataRequests).toHaveLength(1);

    const more = new FakeSharePoint(serving(site(12001), unknownCount));
    expect((await repositoryOn(more).searchIndex()).officers).toHaveLength(12001);
    expect(more.dataRequests.slice(1).map((request) => queryOf(request).get('$skiptoken'))).toEqual(['Paged=TRUE&p_ID=5000', 'Paged=TRUE&p_ID=10000']);
  });

  it('escapes quotes in list titles a site names differently', async () => {
    const fake = new FakeSharePoint(serving(site(1)));
    await repositoryOn(fake, { listTitles: { Officers: "Officers' directory" } }).searchIndex();
    const [lists, firstPage] = fake.dataRequests[0].parts ?? [];
    expect(queryOf(lists).get('$filter')).toBe("Title eq 'Officers'' directory' or Title eq 'Services'");
    expect(decodeURIComponent(firstPage.url)).toContain("getByTitle('Officers'' directory')");
  });
});

describe('OfficerRepository.searchIndex: the browser cache', () => {
  it('serves a warm load after exactly one small request when nothing changed', async () => {
    const store = memoryKeyValueStore();
    const state = site(6000);
    const fake = new FakeSharePoint(serving(state));
    const cold = await repositoryOn(fake, cached(store)).searchIndex();
    const coldRequests = fake.dataRequests.length;

    const progress: IDirectoryLoadProgress[] = [];
    const later = new Date(NOW.getTime() + 3600000);
    const warm = await repositoryOn(fake, { ...cached(store), now: () => later }).searchIndex((step) => progress.push(step));

    const warmRequests = fake.dataRequests.slice(coldRequests);
    expect(warmRequests).toHaveLength(1);
    expect(warmRequests[0].method).toBe('GET');
    expect(isListCollection(warmRequests[0])).toBe(true);
    expect(warm.source).toBe('cache');
    // When the copy was read from SharePoint, not when it was checked.
    expect(warm.loadedAt).toEqual(NOW);
    expect(warm.officers).toEqual(cold.officers);
    expect(warm.services).toEqual(cold.services);
    expect(progress).toEqual([]);
  });

  test.each([
    ['an officer edited', (state: ISiteState) => void (state.officersModified = '2026-11-23T09:00:00Z')],
    ['a service edited', (state: ISiteState) => void (state.servicesModified = '2026-11-23T09:00:00Z')],
    ['an officer deleted', (state: ISiteState) => void state.officers.pop()]
  ])('reloads after %s, reusing the change dates it just read', async (_case, change) => {
    const store = memoryKeyValueStore();
    const state = site(3);
    const fake = new FakeSharePoint(serving(state));
    await repositoryOn(fake, cached(store)).searchIndex();
    change(state);
    state.officers[0] = officer(1, { Title: 'Renamed Officer' });
    const before = fake.dataRequests.length;

    const reloaded = await repositoryOn(fake, cached(store)).searchIndex();
    const requests = fake.dataRequests.slice(before);
    expect(requests).toHaveLength(2);
    expect(isListCollection(requests[0])).toBe(true);
    expect(requests[1].parts?.map(listOf)).toEqual(['Officers', 'Officers', 'Services', 'Services']);
    expect(reloaded.source).toBe('network');
    expect(reloaded.officers[0].name).toBe('Renamed Officer');

    // The reloaded copy is what the next visit serves.
    const again = await repositoryOn(fake, cached(store)).searchIndex();
    expect(again.source).toBe('cache');
    expect(again.officers[0].name).toBe('Renamed Officer');
  });

  it('keeps the copy per user and per site, and deletes the last user\'s copy when another signs in', async () => {
    const store = memoryKeyValueStore();
    const fake = new FakeSharePoint(serving(site(2)));
    await repositoryOn(fake, cached(store, 'reader@contoso.com')).searchIndex();
    // The copy is written after the view has what it needs (in the background).
    await writesSettled(store);
    // Two copies per user and site: the whole directory (a head and its parts) and its first page (drawn first on a warm visit).
    const copies = (): string[] => [...store.entries.keys()].filter((key) => key !== SIGNED_IN_USER_KEY && !key.includes('|part:'));
    expect(copies()).toHaveLength(2);
    expect([...store.entries.keys()].filter((key) => key.includes('|part:'))).toHaveLength(1);
    for (const key of copies()) {
      expect(key).toContain('https://contoso.sharepoint.com/sites/hub');
      expect(key).toContain('reader@contoso.com');
    }
    const other = await repositoryOn(fake, cached(store, 'someone.else@contoso.com')).searchIndex();
    await writesSettled(store);
    expect(other.source).toBe('network');
    expect(copies()).toHaveLength(2);
    // The last user's parts went with their copies.
    for (const key of store.entries.keys()) if (key !== SIGNED_IN_USER_KEY) expect(key).toContain('someone.else@contoso.com');
  });

  it('treats a corrupt or unreadable cache as no cache', async () => {
    const broken: IKeyValueStore = {
      get: () => Promise.reject(new Error('The database connection is closing.')),
      set: () => Promise.reject(new Error('QuotaExceededError')),
      delete: () => Promise.resolve()
    };
    const fake = new FakeSharePoint(serving(site(2)));
    await expect(repositoryOn(fake, cached(broken)).searchIndex()).resolves.toMatchObject({ source: 'network' });

    const store = memoryKeyValueStore();
    await repositoryOn(fake, cached(store)).searchIndex();
    await writesSettled(store);
    const [key] = [...store.entries.keys()].filter((stored) => stored !== SIGNED_IN_USER_KEY);
    await store.set(key, '{"shape":"something else"');
    await expect(repositoryOn(fake, cached(store)).searchIndex()).resolves.toMatchObject({ source: 'network' });
  });

  it('reads the lists every time without a cache', async () => {
    const fake = new FakeSharePoint(serving(site(2)));
    await repositoryOn(fake).searchIndex();
    await repositoryOn(fake).searchIndex();
    expect(fake.dataRequests.filter((request) => request.parts)).toHaveLength(2);
  });
});

describe('OfficerRepository.searchIndex: calls at the same time', () => {
  it('share one load, and a later call revalidates again', async () => {
    const store = memoryKeyValueStore();
    const fake = new FakeSharePoint(serving(site(3)));
    const repository = repositoryOn(fake, cached(store));
    const [first, second] = await Promise.all([repository.searchIndex(), repository.searchIndex()]);
    expect(second).toBe(first);
    expect(fake.dataRequests).toHaveLength(1);

    await expect(repository.searchIndex()).resolves.toMatchObject({ source: 'cache' });
    expect(fake.dataRequests).toHaveLength(2);
  });

  it('lets a call after a failure try again', async () => {
    let failing = true;
    const fake = new FakeSharePoint(serving(site(1), () => (failing ? spError(500, '-1, System.Exception', 'Something went wrong.') : undefined)));
    const repository = repositoryOn(fake);
    await expect(repository.searchIndex()).rejects.toBeInstanceOf(DataError);
    failing = false;
    await expect(repository.searchIndex()).resolves.toMatchObject({ source: 'network' });
  });
});

describe('OfficerRepository: failures', () => {
  it('classifies a missing Officers list', async () => {
    const fake = new FakeSharePoint(
      serving(site(1), (request) =>
        listOf(request) === 'Officers'
          ? spError(404, '-1, System.ArgumentException', `List 'Officers' does not exist at site with URL '${SITE}'.`)
          : undefined
      )
    );
    await expect(repositoryOn(fake).searchIndex()).rejects.toMatchObject({ kind: 'listNotFound', listTitle: 'Officers' });
  });

  it('retries a throttled $batch and the pages after it (RetryThrottled at the composition root)', async () => {
    let throttledPages = 0;
    const fake = new FakeSharePoint(
      serving(site(5001), (request) => (/p_ID=5000/.test(decodeURIComponent(request.url)) && throttledPages++ === 0 ? throttled(503, '1') : undefined)),
      (() => {
        let batches = 0;
        return () => (batches++ === 0 ? throttled(429, '2') : undefined);
      })()
    );
    const waits: number[] = [];
    let clock = 0;
    const sleep = async (ms: number): Promise<void> => {
      waits.push(ms);
      clock += ms;
    };
    const sp = spfi(SITE).using(SPBrowser({ baseUrl: SITE }), RetryThrottled({ transport: fake.send, sleep, now: () => clock, random: () => 0 }));
    const directory = await new OfficerRepository(sp).searchIndex();
    expect(directory.officers).toHaveLength(5001);
    expect(waits).toEqual([2000, 1000]);
  });

  it('gives up as throttled when SharePoint keeps refusing', async () => {
    const fake = new FakeSharePoint(serving(site(1)), () => throttled(429, '1'));
    const sp = spfi(SITE).using(SPBrowser({ baseUrl: SITE }), RetryThrottled({ transport: fake.send, sleep: async () => undefined, maxAttempts: 2 }));
    const error = await new OfficerRepository(sp).searchIndex().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ kind: 'throttled', status: 429 });
  });
});

describe('OfficerRepository.officerProfile', () => {
  it('reads one officer by id in full: phone, account, photo, review date and liaison profile', async () => {
    const fake = new FakeSharePoint(async () =>
      json({
        ...officer(42, { JobTitle: 'Councillor Liaison Officer', IsLiaisonOfficer: true, Email: 'team.inbox@contoso.com', Phone: '01632 960042' }),
        OfficerAccount: { Id: 7, Title: 'Officer 42', EMail: 'officer.42@contoso.com' },
        Photo: JSON.stringify({ serverUrl: 'https://contoso.sharepoint.com', serverRelativeUrl: '/sites/hub/SiteAssets/officer-42.jpg' }),
        LastReviewed: '2026-03-22T00:00:00Z',
        LiaisonProfile: '<p>Ask me about roads.</p>'
      })
    );
    const profile = await repositoryOn(fake).officerProfile(42);
    expect(fake.dataRequests).toHaveLength(1);
    const [request] = fake.dataRequests;
    expect(request.url.startsWith(`${SITE}/_api/web/lists/getByTitle('Officers')/items(42)?`)).toBe(true);
    const shape = selectFor(schema.Officers, [
      'Id', 'Title', 'JobTitle', 'ServiceId', 'Team', 'Email', 'Location', 'IsLiaisonOfficer', 'StatutoryRole', 'Phone', 'OfficerAccount', 'Photo', 'LastReviewed', 'LiaisonProfile'
    ]);
    expect(queryOf(request).get('$select')).toBe(shape.select.join(','));
    expect(queryOf(request).get('$expand')).toBe('OfficerAccount');
    expect(profile).toMatchObject({
      id: 42,
      serviceId: 1,
      isLiaisonOfficer: true,
      jobTitle: 'Councillor Liaison Officer',
      phone: '01632 960042',
      accountEmail: 'officer.42@contoso.com',
      photoUrl: 'https://contoso.sharepoint.com/sites/hub/SiteAssets/officer-42.jpg',
      lastReviewed: new Date('2026-03-22T00:00:00Z'),
      liaisonProfileHtml: '<p>Ask me about roads.</p>'
    });
  });

  it("has no photo when the Photo column is empty (initials, not SharePoint's generic silhouette)", async () => {
    const fake = new FakeSharePoint(async () => json({ ...officer(43), OfficerAccount: { Id: 8, Title: 'Officer 43', EMail: 'officer.43@contoso.com' }, Photo: null }));
    const profile = await repositoryOn(fake).officerProfile(43);
    expect(profile).toMatchObject({ accountEmail: 'officer.43@contoso.com' });
    expect(profile.photoUrl).toBeUndefined();
  });

  it('classifies an officer who is not there', async () => {
    const fake = new FakeSharePoint(async () => spError(404, '-2147024809, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.'));
    await expect(repositoryOn(fake).officerProfile(7)).rejects.toMatchObject({ kind: 'unknown', status: 404, listTitle: 'Officers' });
  });
});

describe('OfficerRepository.searchIndex: a warm visit, cache first', () => {
  const throttledSp = (fake: FakeSharePoint) =>
    spfi(SITE).using(SPBrowser({ baseUrl: SITE }), RetryThrottled({ transport: fake.send, sleep: async () => undefined, maxAttempts: 2 }));

  it('draws the kept first page (the officers listed first, A to Z) before reading the whole copy, then hands over the whole copy', async () => {
    const store = memoryKeyValueStore();
    const state = site(450);
    const fake = new FakeSharePoint(serving(state));
    const cold = await repositoryOn(fake, cached(store)).searchIndex();
    await writesSettled(store);
    const before = fake.dataRequests.length;

    const steps: { readonly step: IDirectoryLoadProgress; readonly requestsSent: number }[] = [];
    const warm = await repositoryOn(fake, cached(store)).searchIndex(
      (step) => steps.push({ step, requestsSent: fake.dataRequests.length - before }),
      () => undefined
    );

    const [first, whole] = steps;
    expect(first.requestsSent).toBe(0);
    expect(first.step.total).toBe(450);
    expect(first.step.partial?.source).toBe('cache');
    expect(first.step.partial?.officers.map((o) => o.id)).toEqual(firstOfficersInDirectoryOrder(cold.officers, FIRST_PAGE_OFFICERS).map((o) => o.id));
    expect(first.step.partial?.services).toEqual(cold.services.map(({ id, name, directorate }) => ({ id, name, directorate, keywords: [] })));
    // The whole copy read: the first page stays drawn while the view indexes it.
    expect(whole.step).toMatchObject({ loaded: 450, total: 450, partial: first.step.partial });
    expect(steps).toHaveLength(2);
    expect(warm.source).toBe('cache');
    expect(warm.officers).toEqual(cold.officers);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // One small revalidation, in the background.
    expect(fake.dataRequests.slice(before).map(isListCollection)).toEqual([true]);
  });

  it('sends the change check before the whole copy has been read (with the first page), and takes its answer for the revalidation', async () => {
    const memory = memoryKeyValueStore();
    const fake = new FakeSharePoint(serving(site(4500)));
    await repositoryOn(fake, cached(memory)).searchIndex();
    await writesSettled(memory);
    const before = fake.dataRequests.length;

    // The whole copy's parts are held in the store until the test lets them go.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const partsAsked: number[] = [];
    const store: IKeyValueStore = {
      get: (key) => memory.get(key),
      getMany: async (keys) => {
        if (keys.some((key) => key.includes('|part:'))) {
          partsAsked.push(fake.dataRequests.length - before);
          await held;
        }
        return Promise.all(keys.map((key) => memory.get(key)));
      },
      set: (key, value) => memory.set(key, value),
      delete: (key) => memory.delete(key)
    };
    const changed: IOfficerDirectory[] = [];
    const warm = repositoryOn(fake, cached(store)).searchIndex(() => undefined, (fresh) => changed.push(fresh));
    for (let tries = 0; tries < 100 && partsAsked.length === 0; tries++) await new Promise((resolve) => setTimeout(resolve, 5));
    // The parts are being read and the change check is already on its way.
    expect(partsAsked).toHaveLength(1);
    const sentWhileReading = fake.dataRequests.slice(before);
    expect(sentWhileReading.map(isListCollection)).toEqual([true]);
    release();
    await expect(warm).resolves.toMatchObject({ source: 'cache' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    // That one request was the revalidation: nothing changed, nothing more sent.
    expect(fake.dataRequests.slice(before)).toHaveLength(1);
    expect(changed).toEqual([]);
  });

  it('ignores a whole copy with a corrupt part and reads the lists, after drawing the first page', async () => {
    const store = memoryKeyValueStore();
    const state = site(4500);
    const fake = new FakeSharePoint(serving(state));
    await repositoryOn(fake, cached(store)).searchIndex();
    await writesSettled(store);
    const [part] = [...store.entries.keys()].filter((key) => key.endsWith('|part:1'));
    await store.set(part, (store.entries.get(part) ?? '').replace('[[', '[{'));
    const before = fake.dataRequests.length;
    const steps: IDirectoryLoadProgress[] = [];
    const directory = await repositoryOn(fake, cached(store)).searchIndex((step) => steps.push(step), () => undefined);
    expect(steps[0].partial?.source).toBe('cache');
    expect(directory.source).toBe('network');
    expect(directory.officers).toHaveLength(4500);
    // The change dates sent with the first page stand for the batch's own: the batch reads the lists alone.
    const requests = fake.dataRequests.slice(before);
    expect(isListCollection(requests[0])).toBe(true);
    expect(requests[1].parts?.map(listOf)).toEqual(['Officers', 'Officers', 'Services', 'Services']);
  });

  it('reports a revalidation still throttled after the retries, with when the copy was saved; the copy stays, and Try again checks again', async () => {
    const store = memoryKeyValueStore();
    const state = site(3);
    let refuse = false;
    const fake = new FakeSharePoint(serving(state, (request) => (refuse && isListCollection(request) ? throttled(429, '1') : undefined)));
    await new OfficerRepository(throttledSp(fake), { now: () => NOW, ...cached(store) }).searchIndex();
    await writesSettled(store);

    refuse = true;
    const statuses: RevalidationStatus[] = [];
    const changed: IOfficerDirectory[] = [];
    const later = new Date(NOW.getTime() + 3600000);
    const warm = await new OfficerRepository(throttledSp(fake), { now: () => later, ...cached(store) }).searchIndex(undefined, (fresh) => changed.push(fresh), (status) => statuses.push(status));
    expect(warm.source).toBe('cache');
    for (let tries = 0; tries < 50 && statuses.length === 0; tries++) await new Promise((resolve) => setTimeout(resolve, 10));
    const [failed] = statuses;
    if (failed?.state !== 'failed') throw new Error(`expected a failed revalidation, got ${JSON.stringify(statuses)}`);
    expect(failed.savedAt).toEqual(NOW);
    expect(failed.error).toMatchObject({ kind: 'throttled', status: 429 });
    // Throttling passes: the copy is kept for the next visit.
    expect(await new PartedBrowserCopy(store, OFFICER_DIRECTORY_COPY, { siteUrl: SITE, user: cached(store).cache?.user ?? '', listTitles: ['Officers', 'Services'] }, officerDirectoryPartedFormat()).read()).toBeDefined();

    refuse = false;
    state.officersModified = '2026-11-23T09:00:00Z';
    state.officers[0] = officer(1, { Title: 'Renamed Officer' });
    failed.retry();
    for (let tries = 0; tries < 100 && statuses.length < 3; tries++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(statuses.slice(1).map((status) => status.state)).toEqual(['checking', 'current']);
    expect(changed).toHaveLength(1);
    expect(changed[0].officers[0].name).toBe('Renamed Officer');
  });

  it('forgets the copy when the revalidation is refused for want of permission, and says so', async () => {
    const store = memoryKeyValueStore();
    let refuse = false;
    const fake = new FakeSharePoint(serving(site(3), (request) => (refuse && isListCollection(request) ? spError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied.') : undefined)));
    await repositoryOn(fake, cached(store)).searchIndex();
    await writesSettled(store);
    refuse = true;
    const statuses: RevalidationStatus[] = [];
    await repositoryOn(fake, cached(store)).searchIndex(() => undefined, () => undefined, (status) => statuses.push(status));
    for (let tries = 0; tries < 50 && statuses.length === 0; tries++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(statuses[0]).toMatchObject({ state: 'failed', error: { kind: 'accessDenied' } });
    await writesSettled(store);
    const copies = [...store.entries.keys()].filter((key) => key !== SIGNED_IN_USER_KEY);
    for (let tries = 0; tries < 50 && copies.some((key) => store.entries.has(key)); tries++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect([...store.entries.keys()].filter((key) => key !== SIGNED_IN_USER_KEY)).toEqual([]);
  });
});

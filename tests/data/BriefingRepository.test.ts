/** @jest-environment node */
import { spfi, SPBrowser } from '@pnp/sp';
import { BriefingRepository, IBriefingRepositoryOptions } from '../../src/data/BriefingRepository';
import { DataError } from '../../src/data/DataError';
import type { RawItem } from '../../src/data/fieldReaders';
import { schema, selectFor } from '../../src/schema';
import { FakeSharePoint, IRecordedRequest, json, queryOf, Responder, spError } from './support/FakeSharePoint';

const SITE = 'https://contoso.sharepoint.com/sites/hub';

function listOf(request: IRecordedRequest): string {
  return /getByTitle\('([^']+)'\)/.exec(decodeURIComponent(request.url))?.[1] ?? '';
}

function briefing(id: number, weekCommencing: string, fields: Record<string, unknown> = {}): RawItem {
  return { Id: id, Title: `Briefing ${id}`, WeekCommencing: weekCommencing, Summary: 'This week', OData__ModerationStatus: 0, ...fields };
}

function briefingItem(id: number, briefingId: number, fields: Record<string, unknown> = {}): RawItem {
  return {
    Id: id,
    Title: `Item ${id}`,
    BriefingId: briefingId,
    Body: '<p>Body</p>',
    Category: 'Event',
    Service: { Id: 4, Title: 'Libraries' },
    Wards: [{ Id: 1, Title: 'Abbey' }],
    ContactOfficer: { Id: 8, Title: 'Sam Officer', Email: 'sam.officer@example.gov.uk' },
    IsConfidential: false,
    SortOrder: 10,
    OData__ModerationStatus: 0,
    ...fields
  };
}

/** Answers per list with the given function of the request (or a fixed page). */
function serving(lists: Record<string, RawItem[] | ((request: IRecordedRequest) => RawItem[])>, override?: (request: IRecordedRequest) => Response | undefined): Responder {
  return async (request) => {
    const answer = override?.(request);
    if (answer) return answer;
    const source = lists[listOf(request)];
    return json({ value: typeof source === 'function' ? source(request) : source ?? [] });
  };
}

function repositoryOn(fake: FakeSharePoint, options: IBriefingRepositoryOptions = {}): BriefingRepository {
  const sp = spfi(SITE).using(SPBrowser({ baseUrl: SITE }), fake.behaviour());
  return new BriefingRepository(sp, options);
}

const itemShape = selectFor(schema.BriefingItems, ['Id', 'Title', 'BriefingId', 'Body', 'HeadlineWelsh', 'BodyWelsh', 'Category', 'Service', 'Wards', 'ContactOfficer', 'ContactOfficer/Email', 'IsConfidential', 'NeedsAcknowledgement', 'SortOrder', 'OData__ModerationStatus']);

describe('BriefingRepository.forWeek', () => {
  test.each([
    ['a GMT week', '2026-11-23', '2026-11-23T00:00:00Z', "WeekCommencing ge datetime'2026-11-22T12:00:00Z' and WeekCommencing lt datetime'2026-11-23T12:00:00Z'"],
    ['a BST week (stored as Sunday 23:00Z)', '2026-06-01', '2026-05-31T23:00:00Z', "WeekCommencing ge datetime'2026-05-31T12:00:00Z' and WeekCommencing lt datetime'2026-06-01T12:00:00Z'"]
  ])('reads %s and its items in two requests on indexed columns', async (_case, monday, stored, filter) => {
    const fake = new FakeSharePoint(serving({ Briefings: [briefing(41, stored)], BriefingItems: [briefingItem(7, 41), briefingItem(8, 41, { Wards: [] })] }));
    const week = await repositoryOn(fake).forWeek(monday);

    expect(fake.dataRequests).toHaveLength(2);
    const [first, second] = fake.dataRequests;
    expect(listOf(first)).toBe('Briefings');
    expect(queryOf(first).get('$filter')).toBe(filter);
    expect(listOf(second)).toBe('BriefingItems');
    expect(queryOf(second).get('$filter')).toBe('BriefingId eq 41');
    expect(queryOf(second).get('$select')?.split(',')).toEqual(itemShape.select);
    // The briefing's id alone, so the join and its title are not repeated on every item.
    expect(queryOf(second).get('$expand')?.split(',')).toEqual(['Service', 'Wards', 'ContactOfficer']);
    // The contact officer's email is projected from Officers in the same request, not read afterwards.
    expect(queryOf(second).get('$select')?.split(',')).toContain('ContactOfficer/Email');
    // JSON without OData metadata on every request.
    expect(fake.dataRequests.map((request) => request.headers.accept)).toEqual(['application/json;odata=nometadata', 'application/json;odata=nometadata']);
    expect(Number(queryOf(second).get('$top'))).toBeLessThanOrEqual(5000);

    expect(week.briefing).toEqual({ id: 41, title: 'Briefing 41', weekCommencing: monday, summary: 'This week', approval: 'approved' });
    expect(week.items).toEqual([
      {
        id: 7, briefingId: 41, title: 'Item 7', bodyHtml: '<p>Body</p>', category: 'Event', service: { id: 4, name: 'Libraries' },
        wards: [{ id: 1, name: 'Abbey' }], contactOfficer: { id: 8, name: 'Sam Officer', email: 'sam.officer@example.gov.uk' }, isConfidential: false, needsAcknowledgement: false, sortOrder: 10, approval: 'approved'
      },
      expect.objectContaining({ id: 8, wards: [] })
    ]);
  });

  it('makes one request and returns no briefing when the week has none', async () => {
    const fake = new FakeSharePoint(serving({ Briefings: [] }));
    expect(await repositoryOn(fake).forWeek('2026-11-30')).toEqual({ items: [] });
    expect(fake.dataRequests).toHaveLength(1);
  });

  it('takes the Monday of a date in the middle of the week', async () => {
    const fake = new FakeSharePoint(serving({ Briefings: [] }));
    await repositoryOn(fake).forWeek('2026-11-26');
    expect(queryOf(fake.dataRequests[0]).get('$filter')).toContain("lt datetime'2026-11-23T12:00:00Z'");
  });

  it('prefers the approved briefing of the week over a newer draft an editor can see', async () => {
    const fake = new FakeSharePoint(
      serving({ Briefings: [briefing(41, '2026-11-23T00:00:00Z'), briefing(45, '2026-11-23T00:00:00Z', { OData__ModerationStatus: 3 })] })
    );
    const week = await repositoryOn(fake).forWeek('2026-11-23');
    expect(week.briefing?.id).toBe(41);
    expect(queryOf(fake.dataRequests[1]).get('$filter')).toBe('BriefingId eq 41');
  });

  it('reports a draft item an editor can see as a draft', async () => {
    const fake = new FakeSharePoint(serving({ Briefings: [briefing(41, '2026-11-23T00:00:00Z')], BriefingItems: [briefingItem(7, 41, { OData__ModerationStatus: 3 })] }));
    expect((await repositoryOn(fake).forWeek('2026-11-23')).items[0].approval).toBe('draft');
  });

  it('survives items with missing and malformed fields', async () => {
    const fake = new FakeSharePoint(
      serving({
        Briefings: [briefing(41, '2026-11-23T00:00:00Z', { Title: null, Summary: '  ' })],
        BriefingItems: [{ Id: 9, BriefingId: 41, Wards: null, Service: 'junk', IsConfidential: 'yes', SortOrder: 'x' }, { Id: 10, Title: 'Orphan' }]
      })
    );
    const week = await repositoryOn(fake).forWeek('2026-11-23');
    expect(week.briefing).toMatchObject({ id: 41, title: '', summary: undefined });
    expect(week.items).toEqual([
      { id: 9, briefingId: 41, title: '', bodyHtml: undefined, category: 'General', service: undefined, wards: [], contactOfficer: undefined, isConfidential: true, needsAcknowledgement: false, sortOrder: undefined, approval: undefined }
    ]);
  });

  it('turns a missing list into a DataError naming it', async () => {
    const fake = new FakeSharePoint(
      serving({}, () => spError(404, '-1, System.ArgumentException', "List 'Briefings' does not exist at site with URL 'https://contoso.sharepoint.com/sites/hub'."))
    );
    await expect(repositoryOn(fake).forWeek('2026-11-23')).rejects.toMatchObject({ kind: 'listNotFound', listTitle: 'Briefings' });
  });

  it('rejects a week that is not a date', async () => {
    const fake = new FakeSharePoint(serving({}));
    await expect(repositoryOn(fake).forWeek('next week')).rejects.toThrow(RangeError);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('BriefingRepository.forMonth', () => {
  it('reads one month in one request on the indexed date, newest first', async () => {
    const fake = new FakeSharePoint(
      serving({
        Briefings: [
          briefing(1, '2026-03-02T00:00:00Z'),
          briefing(4, '2026-03-29T23:00:00Z'),
          briefing(3, '2026-03-16T00:00:00Z'),
          // Outside the month (a window edge an odd time zone could reach): dropped.
          briefing(9, '2026-04-06T00:00:00Z')
        ]
      })
    );
    const month = await repositoryOn(fake).forMonth('2026-03');
    expect(fake.dataRequests).toHaveLength(1);
    const query = queryOf(fake.dataRequests[0]);
    expect(query.get('$filter')).toBe("WeekCommencing ge datetime'2026-02-28T12:00:00Z' and WeekCommencing lt datetime'2026-03-31T12:00:00Z'");
    expect(query.get('$orderby')).toBe('WeekCommencing desc');
    expect(month.map((entry) => entry.weekCommencing)).toEqual(['2026-03-30', '2026-03-16', '2026-03-02']);
  });

  test.each([['2026-3'], ['March 2026'], ['2026-13']])('rejects %p', async (month) => {
    await expect(repositoryOn(new FakeSharePoint(serving({}))).forMonth(month)).rejects.toThrow(RangeError);
  });
});

describe('BriefingRepository.search', () => {
  const pageOf = (request: IRecordedRequest, all: RawItem[]): RawItem[] => {
    const token = /p_ID=(\d+)/.exec(decodeURIComponent(request.url))?.[1];
    const after = token === undefined ? 0 : Number(token);
    return all.filter((item) => (item.Id as number) > after).slice(0, Number(queryOf(request).get('$top') ?? 100));
  };
  const items = Array.from({ length: 5200 }, (_, index) => briefingItem(index + 1, (index % 2) + 1, { Title: index === 5100 ? 'Flooding in Abbey' : `Item ${index + 1}` }));

  it('reads every briefing and item, paging by ID past 5,000, then searches in memory', async () => {
    let now = 0;
    const fake = new FakeSharePoint(
      serving({
        Briefings: [briefing(1, '2026-11-16T00:00:00Z'), briefing(2, '2026-11-23T00:00:00Z')],
        BriefingItems: (request) => pageOf(request, items)
      })
    );
    const repository = repositoryOn(fake, { now: () => now, searchIndexMaxAgeMs: 1000 });
    const hits = await repository.search('flooding abbey');

    expect(hits.map((hit) => [hit.item.id, hit.briefing.weekCommencing])).toEqual([[5101, '2026-11-16']]);
    // One $batch with both first pages, then the rest of the items by ID.
    expect(fake.dataRequests).toHaveLength(2);
    const [batch, rest] = fake.dataRequests;
    expect(batch.parts?.map(listOf)).toEqual(['Briefings', 'BriefingItems']);
    expect(batch.parts?.map((part) => part.headers.accept)).toEqual(['application/json;odata=nometadata', 'application/json;odata=nometadata']);
    for (const part of batch.parts ?? []) {
      expect(queryOf({ ...part, url: new URL(part.url, SITE).toString() }).get('$filter')).toBeNull();
      expect(queryOf({ ...part, url: new URL(part.url, SITE).toString() }).get('$top')).toBe('5000');
    }
    expect(listOf(rest)).toBe('BriefingItems');
    expect(decodeURIComponent(rest.url)).toContain('p_ID=5000');
    expect(queryOf(rest).get('$filter')).toBeNull();

    // Later searches are answered from memory until the index is too old.
    expect((await repository.search('item 4')).length).toBeGreaterThan(0);
    expect(fake.dataRequests).toHaveLength(2);
    now = 1000;
    await repository.search('item 4');
    expect(fake.dataRequests).toHaveLength(4);
  });

  it('sends nothing for a query without words', async () => {
    const fake = new FakeSharePoint(serving({}));
    expect(await repositoryOn(fake).search(' ,. ')).toEqual([]);
    expect(fake.requests).toHaveLength(0);
  });

  it('tries again after a failed load', async () => {
    let fail = true;
    const fake = new FakeSharePoint(
      serving({ Briefings: [briefing(1, '2026-11-23T00:00:00Z')], BriefingItems: [briefingItem(3, 1, { Title: 'Flooding' })] }, () =>
        fail ? spError(500, '-1, Microsoft.SharePoint.SPException', 'Something broke') : undefined
      )
    );
    const repository = repositoryOn(fake);
    await expect(repository.search('flooding')).rejects.toBeInstanceOf(DataError);
    fail = false;
    expect((await repository.search('flooding')).map((hit) => hit.item.id)).toEqual([3]);
  });
});

describe('BriefingRepository.readerForAccount', () => {
  const account = (email: string): Record<string, unknown> => ({ Id: 30, Title: 'Account', EMail: email });

  it('finds the member by account email (or profile email) in one request', async () => {
    const fake = new FakeSharePoint(serving({ Members: [{ Id: 5, Title: 'Cllr Ada Jones', Ward: { Id: 1, Title: 'Abbey' }, IsCurrent: true, MemberAccount: account("ada.o'neill@wessexvale.gov.uk") }] }));
    const reader = await repositoryOn(fake).readerForAccount(" ada.o'neill@wessexvale.gov.uk ");
    expect(reader).toEqual({ memberId: 5, name: 'Cllr Ada Jones', ward: { id: 1, name: 'Abbey' } });
    expect(fake.dataRequests).toHaveLength(1);
    const query = queryOf(fake.dataRequests[0]);
    expect(listOf(fake.dataRequests[0])).toBe('Members');
    expect(query.get('$filter')).toBe("MemberAccount/EMail eq 'ada.o''neill@wessexvale.gov.uk' or Email eq 'ada.o''neill@wessexvale.gov.uk'");
    expect(query.get('$expand')?.split(',')).toEqual(['Ward', 'MemberAccount']);
  });

  test.each([
    [
      'a current member over a former one',
      [
        { Id: 3, Title: 'Former', IsCurrent: false, MemberAccount: account('ada@wessexvale.gov.uk') },
        { Id: 5, Title: 'Current', IsCurrent: true, Email: 'ADA@wessexvale.gov.uk' }
      ],
      5
    ],
    [
      'an account match over a profile email match',
      [
        { Id: 6, Title: 'Email only', IsCurrent: true, Email: 'ada@wessexvale.gov.uk', MemberAccount: account('someone.else@wessexvale.gov.uk') },
        { Id: 7, Title: 'Account', IsCurrent: true, MemberAccount: account('Ada@WessexVale.gov.uk') }
      ],
      7
    ]
  ])('prefers %s', async (_case, members, expectedId) => {
    const fake = new FakeSharePoint(serving({ Members: members }));
    expect((await repositoryOn(fake).readerForAccount('ada@wessexvale.gov.uk'))?.memberId).toBe(expectedId);
  });

  it('returns undefined for an account that is no member, and asks nothing for a blank one', async () => {
    const fake = new FakeSharePoint(serving({ Members: [] }));
    expect(await repositoryOn(fake).readerForAccount('officer@wessexvale.gov.uk')).toBeUndefined();
    expect(await repositoryOn(fake).readerForAccount('  ')).toBeUndefined();
    expect(fake.dataRequests).toHaveLength(1);
  });
});

describe('BriefingRepository.wards', () => {
  it('reads every ward, A to Z', async () => {
    const fake = new FakeSharePoint(serving({ 'Council wards': [{ Id: 2, Title: 'Brook', WardCode: 'E05000002' }, { Id: 1, Title: 'abbey' }] }));
    const wards = await repositoryOn(fake, { listTitles: { Wards: 'Council wards' } }).wards();
    expect(wards.map((ward) => ward.name)).toEqual(['abbey', 'Brook']);
    expect(listOf(fake.dataRequests[0])).toBe('Council wards');
  });
});

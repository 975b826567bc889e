/** @jest-environment node */
import { spfi, SPBrowser } from '@pnp/sp';
import { MemberRepository } from '../../src/data/MemberRepository';
import { RetryThrottled } from '../../src/data/behaviours/RetryThrottled';
import { DataError } from '../../src/data/DataError';
import type { RawItem } from '../../src/data/fieldReaders';
import { schema, selectFor } from '../../src/schema';
import { FakeSharePoint, IRecordedRequest, json, queryOf, Responder, spError, throttled } from './support/FakeSharePoint';

const SITE = 'https://contoso.sharepoint.com/sites/hub';
const TODAY = new Date(2026, 10, 23, 10, 0, 0);

/** Which list a request (or batch part) reads, from getByTitle('…'). */
function listOf(request: IRecordedRequest): string {
  return /getByTitle\('([^']+)'\)/.exec(decodeURIComponent(request.url))?.[1] ?? '';
}

function member(id: number, fields: Record<string, unknown> = {}): RawItem {
  return {
    Id: id,
    Title: `Cllr Member ${id}`,
    Surname: `Member${id}`,
    Ward: { Id: 1, Title: 'Abbey' },
    Party: { Id: 1, Title: 'Green Party' },
    IsCurrent: true,
    ...fields
  };
}

function membership(id: number, memberId: number, committeeId: number, fields: Record<string, unknown> = {}): RawItem {
  return { Id: id, Member: { Id: memberId, Title: 'x' }, Committee: { Id: committeeId, Title: 'y' }, MembershipRole: 'Member', ...fields };
}

interface IData {
  Members?: RawItem[];
  Parties?: RawItem[];
  Wards?: RawItem[];
  Committees?: RawItem[];
  CommitteeMemberships?: RawItem[];
}

/** Serves the given items per list; `override` may answer a request itself. */
function serving(data: IData, override?: (request: IRecordedRequest) => Response | undefined): Responder {
  return async (request) => {
    const answer = override?.(request);
    if (answer) return answer;
    const list = listOf(request) as keyof IData;
    return json({ value: data[list] ?? [] });
  };
}

/** Every part of every $batch, in the order sent. */
function allParts(fake: FakeSharePoint): IRecordedRequest[] {
  return fake.dataRequests.flatMap((batch) => batch.parts ?? []);
}

function repositoryOn(fake: FakeSharePoint, options: ConstructorParameters<typeof MemberRepository>[1] = {}): MemberRepository {
  const sp = spfi(SITE).using(SPBrowser({ baseUrl: SITE }), fake.behaviour());
  return new MemberRepository(sp, { today: () => TODAY, ...options });
}

describe('MemberRepository.loadDirectory: the request', () => {
  it('reads the five lists in two $batch requests, members first, with threshold-safe queries', async () => {
    const fake = new FakeSharePoint(serving({}));
    await repositoryOn(fake).loadDirectory();

    expect(fake.dataRequests).toHaveLength(2);
    for (const batch of fake.dataRequests) {
      expect(batch.method).toBe('POST');
      expect(batch.url).toBe(`${SITE}/_api/$batch`);
      expect(batch.headers['content-type']).toMatch(/^multipart\/mixed; boundary=batch_/);
      expect(batch.headers['x-requestdigest']).toBeDefined();
    }
    expect(fake.dataRequests.map((batch) => batch.parts?.map(listOf))).toEqual([
      ['Members', 'Parties', 'Wards'],
      ['Committees', 'CommitteeMemberships']
    ]);
    for (const part of allParts(fake)) {
      expect(part.method).toBe('GET');
      expect(part.url.startsWith(`${SITE}/_api/web/lists/getByTitle(`)).toBe(true);
      expect(part.headers.accept).toBe('application/json');
      expect(queryOf(part).get('$top')).toBe('5000');
    }
  });

  it('sends the committees batch without waiting for the members batch (one round trip)', async () => {
    let committeesAsked: () => void = () => undefined;
    const committeesSeen = new Promise<'both sent'>((resolve) => (committeesAsked = () => resolve('both sent')));
    const tooLate = new Promise<'sequential'>((resolve) => setTimeout(() => resolve('sequential'), 2000));
    const order: string[] = [];
    const fake = new FakeSharePoint(async (request) => {
      const list = listOf(request);
      if (list === 'Committees') committeesAsked();
      // The members' answer is held until the committees' request has arrived: sent one after the other, it never would.
      if (list === 'Members') order.push(await Promise.race([committeesSeen, tooLate]));
      return json({ value: [] });
    });
    await repositoryOn(fake).loadDirectory();
    expect(order).toEqual(['both sent']);
  });

  test.each([
    ['Members', 'IsCurrent eq 1', ['Id', 'Title', 'Surname', 'Photo', 'PublicPhone', 'PublicAddress'], ['MemberAccount', 'Party', 'PoliticalGroup', 'Ward']],
    ['Parties', null, ['Id', 'Title', 'ShortName', 'Colour', 'PartyKind'], []],
    ['Wards', null, ['Id', 'Title', 'WardCode', 'District'], []],
    ['Committees', 'IsActive eq 1', ['Id', 'Title', 'CommitteeType', 'IsActive'], []],
    ['CommitteeMemberships', null, ['Id', 'MembershipRole', 'StartDate', 'EndDate'], ['Member', 'Committee']]
  ] as const)('%s: $filter %s, $select and $expand from the schema', async (list, filter, someColumns, expand) => {
    const fake = new FakeSharePoint(serving({}));
    await repositoryOn(fake).loadDirectory();
    const part = allParts(fake).find((candidate) => listOf(candidate) === list);
    expect(part).toBeDefined();
    const query = queryOf(part as IRecordedRequest);
    expect(query.get('$filter')).toBe(filter);
    const select = (query.get('$select') ?? '').split(',');
    expect(select).toEqual(expect.arrayContaining([...someColumns]));
    for (const lookup of expand) expect(select).toEqual(expect.arrayContaining([`${lookup}/Id`, `${lookup}/Title`]));
    expect((query.get('$expand') ?? '').split(',').filter(Boolean)).toEqual([...expand]);
    // Everything selected is what the schema derives, so a renamed column fails here, not in production.
    expect(select.every((column) => selectFor(schema[list], [column.split('/')[0]]).select.length > 0)).toBe(true);
  });

  it('uses list titles a site has overridden', async () => {
    const fake = new FakeSharePoint(serving({}));
    await repositoryOn(fake, { listTitles: { Members: 'Councillors', Wards: 'Divisions' } }).loadDirectory();
    expect(allParts(fake).map(listOf)).toEqual(['Councillors', 'Parties', 'Divisions', 'Committees', 'CommitteeMemberships']);
  });

  it('reads on by ID when the memberships list fills a whole page', async () => {
    const firstPage = Array.from({ length: 5000 }, (_, i) => membership(i + 1, 1, 1));
    const fake = new FakeSharePoint(
      serving({ Members: [member(1)], Committees: [{ Id: 1, Title: 'Planning', IsActive: true }] }, (request) => {
        if (listOf(request) !== 'CommitteeMemberships') return undefined;
        const skipToken = queryOf(request).get('$skiptoken');
        return json({ value: skipToken ? [membership(5001, 1, 1)] : firstPage });
      })
    );
    const directory = await repositoryOn(fake).loadDirectory();
    // The two batches, then the rest of the memberships after their first page.
    expect(fake.dataRequests).toHaveLength(3);
    expect(queryOf(fake.dataRequests[2]).get('$skiptoken')).toBe('Paged=TRUE&p_ID=5000');
    expect(directory.memberships).toHaveLength(5001);
  });
});

describe('MemberRepository.loadDirectory: mapping', () => {
  const everyField = member(7, {
    Title: 'Cllr Siân O’Rourke',
    GivenName: 'Siân',
    Surname: 'O’Rourke',
    MemberType: 'Co-opted member',
    MemberAccount: { Id: 12, Title: 'Siân O’Rourke', EMail: 'sian.orourke@council.example' },
    Email: 'cllr.orourke@council.example',
    WorkPhone: '01632 960001',
    MobilePhone: '07700 900001',
    PublicPhone: '07700 900999',
    PublicAddress: 'Ward surgery, Abbey Library\nAbbey Road',
    Photo: JSON.stringify({ serverUrl: 'https://contoso.sharepoint.com', serverRelativeUrl: '/sites/hub/SiteAssets/Lists/m/7.jpg' }),
    Party: { Id: 2, Title: 'Labour' },
    PoliticalGroup: { Id: 5, Title: 'Progressive Alliance' },
    Ward: { Id: 3, Title: 'Castle' },
    CabinetRole: 'Cabinet Member',
    Portfolio: 'Highways',
    AdditionalRoles: ['Group Leader', 'Armed Forces Champion'],
    OutsideAppointments: 'Trustee, Castle Hall\nParish councillor',
    Skills: 'Finance\n\nPlanning ',
    Interests: 'Cycling',
    Biography: '<p>Hello</p>',
    PreferredContact: 'Teams',
    ContactNotes: 'Mondays',
    RegisterOfInterestsUrl: { Url: 'https://council.example/roi/7', Description: 'Register' },
    TermStart: '2025-05-04T23:00:00Z',
    TermEnd: '2029-05-03T23:00:00Z',
    IsCurrent: true
  });

  it('maps every field type of a member', async () => {
    const fake = new FakeSharePoint(serving({ Members: [everyField] }));
    const { members } = await repositoryOn(fake).loadDirectory();
    expect(members).toEqual([
      {
        id: 7,
        displayName: 'Cllr Siân O’Rourke',
        givenName: 'Siân',
        surname: 'O’Rourke',
        memberType: 'Co-opted member',
        accountEmail: 'sian.orourke@council.example',
        email: 'cllr.orourke@council.example',
        workPhone: '01632 960001',
        mobilePhone: '07700 900001',
        publicPhone: '07700 900999',
        publicAddress: 'Ward surgery, Abbey Library\nAbbey Road',
        photoUrl: 'https://contoso.sharepoint.com/sites/hub/SiteAssets/Lists/m/7.jpg',
        partyId: 2,
        politicalGroupId: 5,
        wardId: 3,
        cabinetRole: 'Cabinet Member',
        portfolio: 'Highways',
        additionalRoles: ['Group Leader', 'Armed Forces Champion'],
        outsideAppointments: ['Trustee, Castle Hall', 'Parish councillor'],
        skills: ['Finance', 'Planning'],
        interests: ['Cycling'],
        biographyHtml: '<p>Hello</p>',
        preferredContact: 'Teams',
        contactNotes: 'Mondays',
        registerOfInterestsUrl: 'https://council.example/roi/7',
        termStart: new Date('2025-05-04T23:00:00Z'),
        termEnd: new Date('2029-05-03T23:00:00Z'),
        isCurrent: true
      }
    ]);
  });

  it('never maps a private column an earlier version left on the list, even when a site sends it', async () => {
    const item = member(1, { PersonalPhone: '07700 900999', ShowPersonalPhone: true, HomeAddress: '1 High Street', ShowHomeAddress: true });
    const fake = new FakeSharePoint(serving({ Members: [item] }));
    const [mapped] = (await repositoryOn(fake).loadDirectory()).members;
    expect(JSON.stringify(mapped)).not.toMatch(/07700 900999|High Street/);
  });

  it("finds a photo stored as an attachment in the item's Attachments folder", async () => {
    const fake = new FakeSharePoint(serving({ Members: [member(7, { Photo: JSON.stringify({ type: 'thumbnail', fileName: 'Jo Bloggs.jpg', fieldName: 'Photo' }) })] }));
    const [mapped] = (await repositoryOn(fake).loadDirectory()).members;
    expect(mapped.photoUrl).toBe(`${SITE}/Lists/Members/Attachments/7/Jo%20Bloggs.jpg`);
  });

  it('survives items with every optional field missing or null', async () => {
    const bare: RawItem = { Id: 9, Title: null, GivenName: 'Jo', Surname: null, Party: null, Ward: null, AdditionalRoles: null, Photo: '' };
    const fake = new FakeSharePoint(
      serving({
        Members: [bare, { Id: 10 }],
        Parties: [{ Id: 1, Colour: 'blue', PartyKind: 'Faction' }],
        Wards: [{ Id: 1 }],
        Committees: [{ Id: 1 }]
      })
    );
    const directory = await repositoryOn(fake).loadDirectory();
    expect(directory.members[0]).toMatchObject({
      id: 9,
      displayName: 'Jo',
      surname: 'Jo',
      partyId: undefined,
      wardId: undefined,
      photoUrl: undefined,
      additionalRoles: [],
      skills: [],
      preferredContact: 'Email',
      isCurrent: true
    });
    expect(directory.members[1]).toMatchObject({ id: 10, displayName: 'Name not recorded', surname: '' });
    expect(directory.parties).toEqual([{ id: 1, name: '', shortName: undefined, colour: undefined, kind: 'Political party' }]);
    expect(directory.wards).toEqual([{ id: 1, name: '', code: undefined, district: undefined }]);
    expect(directory.committees).toEqual([{ id: 1, name: '', type: 'Committee', description: undefined, webPageUrl: undefined, isActive: true }]);
  });

  it('maps parties, wards and committees', async () => {
    const fake = new FakeSharePoint(
      serving({
        Parties: [{ Id: 2, Title: 'Labour', ShortName: 'Lab', Colour: '#E4003B', PartyKind: 'Political party' }],
        Wards: [
          { Id: 3, Title: 'Castle', WardCode: 'E05000003', District: 'North', Seats: 3 },
          { Id: 5, Title: 'Abbey', Seats: 0 },
          { Id: 6, Title: 'Mill', Seats: 1.5 }
        ],
        Committees: [
          { Id: 4, Title: 'Planning', CommitteeType: 'Committee', Description: 'Decides', WebPageUrl: { Url: 'https://council.example/planning' }, IsActive: true }
        ]
      })
    );
    const directory = await repositoryOn(fake).loadDirectory();
    expect(directory.parties).toEqual([{ id: 2, name: 'Labour', shortName: 'Lab', colour: '#e4003b', kind: 'Political party' }]);
    // Seats: a whole number from 1, else not recorded.
    expect(directory.wards).toEqual([
      { id: 3, name: 'Castle', code: 'E05000003', district: 'North', seats: 3 },
      { id: 5, name: 'Abbey' },
      { id: 6, name: 'Mill' }
    ]);
    expect(directory.committees).toEqual([
      { id: 4, name: 'Planning', type: 'Committee', description: 'Decides', webPageUrl: 'https://council.example/planning', isActive: true }
    ]);
  });

  it('keeps only current memberships of loaded members on active committees', async () => {
    const fake = new FakeSharePoint(
      serving({
        Members: [member(1), member(2)],
        Committees: [{ Id: 10, Title: 'Planning', IsActive: true }],
        CommitteeMemberships: [
          membership(1, 1, 10, { MembershipRole: 'Chair', StartDate: '2025-05-20T23:00:00Z' }),
          membership(2, 2, 10, { EndDate: '2026-11-23T00:00:00Z' }), // ends today: still current
          membership(3, 2, 10, { EndDate: '2026-01-01T00:00:00Z' }), // ended
          membership(4, 2, 10, { StartDate: '2027-01-01T00:00:00Z' }), // not started
          membership(5, 99, 10), // former member, not loaded
          membership(6, 1, 77), // inactive committee, not loaded
          { Id: 7, Member: null, Committee: { Id: 10 } }, // broken item
          membership(8, 2, 10, { MembershipRole: 'Boss' })
        ]
      })
    );
    const { memberships } = await repositoryOn(fake).loadDirectory();
    expect(memberships.map((m) => [m.id, m.role])).toEqual([
      [1, 'Chair'],
      [2, 'Member'],
      [8, 'Member']
    ]);
  });
});

describe('MemberRepository.loadDirectory: failures', () => {
  const failing = (list: string, answer: () => Response): Responder => serving({}, (request) => (listOf(request) === list ? answer() : undefined));

  test.each([
    [
      'a missing list',
      'Parties',
      () => spError(404, '-1, System.ArgumentException', `List 'Parties' does not exist at site with URL '${SITE}'.`),
      { kind: 'listNotFound', listTitle: 'Parties', status: 404 }
    ],
    [
      'a missing column',
      'Members',
      () => spError(400, '-1, Microsoft.SharePoint.SPException', "The field or property 'Portfolio' does not exist."),
      { kind: 'columnNotFound', column: 'Portfolio', listTitle: 'Members' }
    ],
    [
      'no permission',
      'CommitteeMemberships',
      () => spError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied.'),
      { kind: 'accessDenied', listTitle: 'CommitteeMemberships' }
    ],
    [
      'the threshold',
      'Members',
      () => spError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'The attempted operation is prohibited because it exceeds the list view threshold.'),
      { kind: 'overThreshold', limit: 'listView', listTitle: 'Members' }
    ]
  ])('classifies %s', async (_case, list, answer, expected) => {
    const fake = new FakeSharePoint(failing(list, answer));
    const error = await repositoryOn(fake).loadDirectory().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject(expected);
  });

  it('retries a throttled $batch and then succeeds', async () => {
    let batches = 0;
    const fake = new FakeSharePoint(serving({ Members: [member(1)] }), () => (++batches === 1 ? throttled(429, '1') : undefined));
    const waits: number[] = [];
    const sp = spfi(SITE).using(
      SPBrowser({ baseUrl: SITE }),
      RetryThrottled({ transport: fake.send, sleep: async (ms) => void waits.push(ms), now: () => Date.now() + waits.reduce((a, b) => a + b, 0) })
    );
    const directory = await new MemberRepository(sp, { today: () => TODAY }).loadDirectory();
    expect(directory.members).toHaveLength(1);
    // The members' batch twice (throttled, then answered) and the committees' batch once.
    expect(fake.dataRequests).toHaveLength(3);
    expect(waits).toEqual([1000]);
  });

  it('reports throttling when the $batch stays throttled', async () => {
    const fake = new FakeSharePoint(serving({}), () => throttled(503, '1'));
    const sp = spfi(SITE).using(SPBrowser({ baseUrl: SITE }), RetryThrottled({ transport: fake.send, sleep: async () => undefined, maxAttempts: 3 }));
    const error = await new MemberRepository(sp).loadDirectory().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'throttled', status: 503 });
    expect(fake.dataRequests).toHaveLength(3);
  });

  it('reports a site that is not there', async () => {
    const fake = new FakeSharePoint(serving({}), () => new Response('<html>404 FILE NOT FOUND</html>', { status: 404 }));
    const error = await repositoryOn(fake).loadDirectory().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'siteNotFound', status: 404 });
  });
});

/** @jest-environment node */
/**
 * Data minimisation on the wire (UK GDPR Art. 5(1)(c)): the member directory's response carries
 * only columns that the member profile views render. Read through the real MemberRepository
 * against the emulator serving the sample council at 150 members, as a browser would receive it.
 */
import { gzipSync } from 'zlib';
import { spfi, SPBrowser } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { MemberRepository } from '../../src/data/MemberRepository';
import { LEGACY_PRIVATE_COLUMNS, privateDetailIn } from '../../src/schema';
import { generateSampleCouncil } from '../../tools/sample-council/generateSampleCouncil';
import { NON_COUNCILLOR_COUNT } from '../../tools/sample-council/nonCouncillors';
import { IRunningEmulator, startEmulator } from '../../tools/emulator/server';

/**
 * Reviewed by hand against src/webparts/memberProfiles (cards, table, profile panel, search,
 * filters, ward mail-out): every Members column those views render or act on, and where.
 * A column added to the directory's query without a place on screen fails the test below.
 */
const COLUMNS_THE_VIEWS_RENDER: Readonly<Record<string, string>> = {
  Id: 'profile links (?member=) and list keys',
  Title: 'name on card, table row and profile heading',
  GivenName: 'initials, sort order and search',
  Surname: 'initials, sort order and search',
  MemberType: 'type shown where a ward would be, on the profile and in committee rosters; member type filter',
  MemberAccount: 'Teams chat contact action',
  Email: 'email contact action, profile and ward mail-out',
  WorkPhone: 'call contact action and profile',
  MobilePhone: 'profile',
  PublicPhone: 'profile (published phone) and call contact action',
  PublicAddress: 'profile (published contact or surgery address)',
  Photo: 'person coin on card, table and profile',
  Party: 'party label and filter',
  PoliticalGroup: 'political group on the profile',
  Ward: 'ward on card and profile, ward filter and mail-out',
  CabinetRole: 'card, profile and cabinet filter',
  Portfolio: 'card and profile',
  AdditionalRoles: 'profile and additional responsibility filter',
  OutsideAppointments: 'profile',
  Skills: 'profile and search',
  Interests: 'profile and search',
  Biography: 'profile',
  PreferredContact: 'profile and order of contact actions',
  ContactNotes: 'profile',
  RegisterOfInterestsUrl: 'profile link',
  TermStart: 'profile (term of office)',
  TermEnd: 'profile (term of office)'
};

/** Private details the hub must never hold or send: the first release's columns, and anything named like one. */
const neverSent = (column: string): boolean => LEGACY_PRIVATE_COLUMNS.includes(column) || privateDetailIn(column) !== undefined;

const data = generateSampleCouncil({ seed: 2026, members: 150, anchorDate: '2026-11-23' });
const reader = data.users.find((user) => user.role === 'reader');
let emulator: IRunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ data });
});
afterAll(() => emulator.close());

interface ICapturedPart {
  readonly url: string;
  readonly json: unknown;
}

/** The GET parts of a $batch request and the JSON bodies of its answer, paired in order. */
function pairBatch(requestBody: string, responseBody: string): ICapturedPart[] {
  const urls = [...requestBody.matchAll(/^GET (\S+) HTTP\/1\.1/gm)].map((match) => match[1]);
  const bodies = responseBody
    .split(/\r?\n/)
    .filter((line) => line.startsWith('{'))
    .map((line): unknown => JSON.parse(line));
  expect(bodies).toHaveLength(urls.length);
  return urls.map((url, index) => ({ url, json: bodies[index] }));
}

function itemsOf(json: unknown): Record<string, unknown>[] {
  const body = json as { value?: unknown; d?: { results?: unknown } };
  const items = body.value ?? body.d?.results;
  return Array.isArray(items) ? (items as Record<string, unknown>[]) : [];
}

/** Column names as the response carries them, without OData's own annotations. */
function columnsIn(items: readonly Record<string, unknown>[]): Set<string> {
  const columns = new Set<string>();
  for (const item of items) {
    for (const key of Object.keys(item)) {
      if (key.startsWith('__') || key.startsWith('odata.') || key.includes('@odata')) continue;
      columns.add(key);
    }
  }
  return columns;
}

async function readDirectoryOnTheWire(): Promise<{ members: ICapturedPart; gzipBytes: number; membersGzipBytes: number }> {
  const captured: { request: string; response: string }[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const response = await realFetch(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (/\/_api\/\$batch$/.test(url)) {
      captured.push({ request: typeof init?.body === 'string' ? init.body : '', response: await response.clone().text() });
    }
    return response;
  };
  try {
    const sp = spfi(emulator.siteUrl).using(SPBrowser({ baseUrl: emulator.siteUrl }), InjectHeaders({ 'X-Emulator-User': String(reader?.id) }));
    const directory = await new MemberRepository(sp, { today: () => new Date(2026, 10, 23, 12) }).loadDirectory();
    expect(directory.members).toHaveLength(150 + NON_COUNCILLOR_COUNT);
  } finally {
    globalThis.fetch = realFetch;
  }
  // Two $batches sent together: members, parties and wards; committees and memberships.
  expect(captured).toHaveLength(2);
  const parts = captured.flatMap((batch) => pairBatch(batch.request, batch.response));
  const members = parts.find((part) => /getByTitle\('Members'\)/i.test(decodeURIComponent(part.url)));
  if (!members) throw new Error('The directory $batches did not read the Members list.');
  // What the emulator sends, as SharePoint Online does: each $batch answer, gzip-compressed.
  return {
    members,
    gzipBytes: captured.reduce((sum, batch) => sum + gzipSync(Buffer.from(batch.response, 'utf8')).length, 0),
    membersGzipBytes: gzipSync(Buffer.from(JSON.stringify(members.json), 'utf8')).length
  };
}

describe('member directory response at 150 members', () => {
  it('carries only columns the member profile views render, and no private detail', async () => {
    const { members, gzipBytes, membersGzipBytes } = await readDirectoryOnTheWire();
    const items = itemsOf(members.json);
    expect(items).toHaveLength(150 + NON_COUNCILLOR_COUNT);
    const columns = [...columnsIn(items)];
    // eslint-disable-next-line no-console
    console.log(
      `member directory $batch at 150 members: ${gzipBytes} bytes gzip (Members part alone ${membersGzipBytes}); Members columns: ${columns.join(', ')}`
    );

    expect(columns.filter((column) => !(column in COLUMNS_THE_VIEWS_RENDER))).toEqual([]);
    expect(columns.filter(neverSent)).toEqual([]);
    // The $select itself asks for nothing else (a column can be requested and come back empty).
    const select = new URL(members.url).searchParams.get('$select')?.split(',') ?? [];
    expect(select.map((path) => path.split('/')[0]).filter((column) => !(column in COLUMNS_THE_VIEWS_RENDER))).toEqual([]);
  });
});

/** @jest-environment node */
/**
 * The emulator's column indexes (tools/emulator/listIndex.ts): a query led by an indexed column reads the rows of
 * the index, and must answer exactly what a scan of every item answers, also after items are added, changed and
 * deleted. What the threshold refuses is unchanged.
 */
import { schema } from '../../../src/schema';
import { ListColumns } from '../../../tools/emulator/columns';
import { queryItems } from '../../../tools/emulator/http/itemsQuery';
import { compileFilter, type IReferenceResolver } from '../../../tools/emulator/odata/evaluate';
import { parseFilter } from '../../../tools/emulator/odata/filterParser';
import { ModerationStatus, type IStoredItem } from '../../../tools/emulator/siteData';
import { SiteStore } from '../../../tools/emulator/store';
import { sampleCouncil } from './emulatorKit';

const ITEMS = 12000;
const base = sampleCouncil();
const services = base.lists.Services.map((service) => service.Id);
const users = base.users.map((user) => user.id);
const STATUSES = ['Received', 'Acknowledged', 'Responded', 'Closed', 'Reopened'];
const DAY = 86_400_000;
const START = Date.parse('2022-01-01T00:00:00Z');

function enquiries(): IStoredItem[] {
  return Array.from({ length: ITEMS }, (_, index): IStoredItem => {
    const id = index + 1;
    const status = STATUSES[(id * 7) % 5];
    const when = new Date(START + (id % 1500) * DAY + (id % 13) * 3_600_000).toISOString();
    return {
      Id: id,
      Created: when,
      Modified: when,
      AuthorId: users[0],
      EditorId: users[0],
      version: 1,
      moderationStatus: ModerationStatus.Approved,
      fields: {
        Title: `Enquiry ${id}`,
        Member: users[id % users.length],
        Service: services[id % services.length],
        EnquiryStatus: status,
        // Every 11th has no due date: nulls sort first in the index and match no comparison.
        DueDate: id % 11 === 0 ? null : new Date(START + ((id * 31) % 1600) * DAY).toISOString().slice(0, 10) + 'T00:00:00Z',
        ClosedDate: status === 'Closed' ? new Date(Date.parse(when) + 9 * DAY).toISOString() : null
      }
    };
  });
}

const store = new SiteStore({ ...base, lists: { ...base.lists, Enquiries: enquiries() } }, schema);
const columns = new ListColumns(store.definitions.Enquiries, undefined, store.serverRelativeUrl);
const refs: IReferenceResolver = { titleOf: (list, id) => store.titleOf(list, id), item: (list, id) => store.item(list, id), user: (id) => store.user(id) };

/** The ids a query returns through the index and by scanning every item (or the error each throws). */
function both(query: Record<string, string>): { readonly indexed: unknown; readonly scanned: unknown } {
  const run = (withIndex: boolean): unknown => {
    try {
      const page = queryItems({
        search: new URLSearchParams({ $top: '5000', ...query }),
        columns,
        allItems: store.items('Enquiries'),
        seesDrafts: true,
        refs,
        ...(withIndex ? { indexes: store.indexes('Enquiries') } : {})
      });
      return { ids: page.items.map((item) => item.Id), next: page.nextQuery };
    } catch (error) {
      return { error: (error as Error).message };
    }
  };
  return { indexed: run(true), scanned: run(false) };
}

const FILTERS: readonly Record<string, string>[] = [
  { $filter: "EnquiryStatus eq 'Received'" },
  { $filter: "(EnquiryStatus eq 'Received' or EnquiryStatus eq 'Acknowledged' or EnquiryStatus eq 'Reopened') and ServiceId eq 3", $orderby: 'DueDate' },
  { $filter: "EnquiryStatus eq 'received'" },
  { $filter: `ServiceId eq ${services[2]}` },
  { $filter: `MemberId eq ${users[1]} and EnquiryStatus ne 'Closed'`, $orderby: 'Id desc' },
  { $filter: "ClosedDate ge datetime'2025-12-01T00:00:00Z' and EnquiryStatus eq 'Closed'", $orderby: 'ClosedDate desc' },
  { $filter: "ClosedDate gt datetime'2026-01-20T05:00:00Z'" },
  { $filter: "ClosedDate lt datetime'2022-02-01T00:00:00Z'" },
  { $filter: "DueDate le datetime'2022-03-01T00:00:00Z'", $orderby: 'DueDate desc' },
  { $filter: "DueDate eq datetime'2022-01-11T00:00:00Z'" },
  { $filter: 'Id lt 4000 and ServiceId eq 5' },
  { $filter: 'Id ge 11990' },
  { $filter: "EnquiryStatus eq 'Nothing'" },
  // Past the threshold (an index range of more than 5,000 rows, an unindexed lead): refused either way.
  { $filter: "DueDate ge datetime'2000-01-01T00:00:00Z'" },
  { $filter: "Title eq 'Enquiry 5'" },
  { $filter: 'DueDate eq null' },
  // Paging: the second page through the index is the scan's second page.
  { $filter: "EnquiryStatus eq 'Responded'", $top: '1000' }
];

function expectSameAnswers(): void {
  for (const filter of FILTERS) {
    const { indexed, scanned } = both(filter);
    expect({ filter, answer: indexed }).toEqual({ filter, answer: scanned });
  }
  const ids = (both(FILTERS[0]).indexed as { ids: number[] }).ids;
  expect(ids.length).toBeGreaterThan(1000);
}

it('an indexed lead answers exactly what a scan answers, refusals included', () => {
  // The index answers these leads itself (a scan would give the same ids: below, through queryItems).
  for (const lead of ["EnquiryStatus eq 'Closed' or EnquiryStatus eq 'Received'", "ClosedDate ge datetime'2025-12-01T00:00:00Z'", `ServiceId eq ${services[2]}`]) {
    const rows = store.indexes('Enquiries').matching(parseFilter(lead), (name) => columns.resolve(name), refs);
    expect(rows?.length).toBeGreaterThan(0);
    expect(rows?.map((item) => item.Id)).toEqual(store.items('Enquiries').filter(compileFilter(parseFilter(lead), columns, refs)).map((item) => item.Id));
  }
  // Not from an index: a lookup's title, text functions, `ne` (a scan answers them).
  expect(store.indexes('Enquiries').matching(parseFilter("Service/Title eq 'Highways'"), (name) => columns.resolve(name), refs)).toBeUndefined();
  expect(store.indexes('Enquiries').matching(parseFilter("EnquiryStatus ne 'Closed'"), (name) => columns.resolve(name), refs)).toBeUndefined();
  expectSameAnswers();
  expect((both(FILTERS[13]).indexed as { error?: string }).error).toMatch(/threshold/i);
  expect((both(FILTERS[14]).indexed as { error?: string }).error).toMatch(/threshold/i);
  const page = both(FILTERS[16]).indexed as { next?: string };
  expect(page.next).toBeDefined();
  const second = both(Object.fromEntries(new URLSearchParams(page.next)));
  expect(second.indexed).toEqual(second.scanned);
  expect((second.indexed as { ids: number[] }).ids.length).toBeGreaterThan(0);
});

it('still answers as a scan after items are changed, added and deleted', () => {
  const user = users[0];
  // Changed: into and out of the queried values, a due date cleared and set, a closure added.
  store.update('Enquiries', 1, { fields: { EnquiryStatus: 'Received', ClosedDate: null } }, user);
  store.update('Enquiries', 2, { fields: { EnquiryStatus: 'Closed', ClosedDate: '2026-01-25T10:00:00Z', DueDate: null } }, user);
  store.update('Enquiries', 11, { fields: { DueDate: '2022-01-11T00:00:00Z', Service: services[2] } }, user);
  // Deleted, some of them matching the queries above.
  for (const id of [3, 4, 5, 100, 2000, 11995]) store.remove('Enquiries', id);
  // Added at the end of the list.
  for (const status of ['Received', 'Closed']) {
    store.add('Enquiries', { fields: { Title: 'New', Member: users[1], Service: services[2], EnquiryStatus: status, ClosedDate: status === 'Closed' ? '2026-02-01T00:00:00Z' : null, DueDate: '2022-01-11T00:00:00Z' } }, user);
  }
  expectSameAnswers();
  const received = (both(FILTERS[0]).indexed as { ids: number[] }).ids;
  expect(received).toContain(1);
  expect(received).not.toContain(5);
  expect(received).toContain(ITEMS + 1);
  expect((both(FILTERS[9]).indexed as { ids: number[] }).ids).toEqual(expect.arrayContaining([11, ITEMS + 1, ITEMS + 2]));
});

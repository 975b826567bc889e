/**
 * The $filter parser and evaluator on their own: precedence, literals, functions and how values
 * of each column type compare (case-insensitive text, 0/1 booleans, dates, lookups, nulls).
 */
import { schema } from '../../../src/schema';
import { ListColumns } from '../../../tools/emulator/columns';
import { SharePointError } from '../../../tools/emulator/errors';
import { compileFilter, IReferenceResolver } from '../../../tools/emulator/odata/evaluate';
import { parseFilter } from '../../../tools/emulator/odata/filterParser';
import { ModerationStatus } from '../../../tools/emulator/siteData';
import type { IStoredItem, StoredValue } from '../../../tools/emulator/siteData';

/** A tiny typed builder for briefing items. */
function briefingItem(id: number, fields: Record<string, StoredValue>): IStoredItem {
  return {
    Id: id,
    Created: '2024-05-13T23:00:00Z',
    Modified: '2024-05-14T09:30:00Z',
    AuthorId: 1,
    EditorId: 1,
    version: 1,
    moderationStatus: ModerationStatus.Approved,
    fields
  };
}

const refs: IReferenceResolver = {
  titleOf: (list, id) => (list === 'Wards' ? ['', 'Abbey', 'Bridge', 'Castle'][id] ?? null : `Briefing ${id}`),
  item: () => undefined,
  user: () => undefined
};

const columns = new ListColumns(schema.BriefingItems);

const items: IStoredItem[] = [
  briefingItem(1, { Title: 'Road closure', Briefing: 1, Category: 'Service disruption', Wards: [1, 2], IsConfidential: false, SortOrder: 1 }),
  briefingItem(2, { Title: "Mayor's visit", Briefing: 1, Category: 'Event', Wards: [], IsConfidential: true, SortOrder: 2 }),
  briefingItem(3, { Title: 'road survey', Briefing: 2, Category: 'Consultation', Wards: [3], IsConfidential: false, SortOrder: null })
];

function matching(filter: string): number[] {
  const test = compileFilter(parseFilter(filter), columns, refs);
  return items.filter(test).map((item) => item.Id);
}

describe('parseFilter', () => {
  it('binds and tighter than or, and honours parentheses and not', () => {
    expect(parseFilter("Id eq 1 or Id eq 2 and Id eq 3")).toEqual({
      kind: 'or',
      left: { kind: 'compare', op: 'eq', path: 'Id', value: { type: 'number', value: 1 } },
      right: {
        kind: 'and',
        left: { kind: 'compare', op: 'eq', path: 'Id', value: { type: 'number', value: 2 } },
        right: { kind: 'compare', op: 'eq', path: 'Id', value: { type: 'number', value: 3 } }
      }
    });
    expect(matching('(Id eq 1 or Id eq 2) and Id eq 2')).toEqual([2]);
    expect(matching('not (Id eq 1)')).toEqual([2, 3]);
  });

  it('reads string escapes, datetimes, booleans, negative numbers and null', () => {
    expect(parseFilter("Title eq 'Mayor''s visit'")).toMatchObject({ value: { type: 'string', value: "Mayor's visit" } });
    expect(parseFilter("Created ge datetime'2024-01-01T00:00:00Z'")).toMatchObject({
      value: { type: 'datetime', value: Date.parse('2024-01-01T00:00:00Z') }
    });
    expect(parseFilter('IsConfidential eq true')).toMatchObject({ value: { type: 'boolean', value: true } });
    expect(parseFilter('SortOrder gt -1')).toMatchObject({ value: { type: 'number', value: -1 } });
    expect(parseFilter('SortOrder eq null')).toMatchObject({ value: { type: 'null' } });
  });

  it.each(['', 'Title', "Title eq 'a' and", "startswith(Title)", "Title eq 'a')", "datetime'nope' eq Created", 'Title ~ 1'])(
    'rejects %p with SharePoint\'s 400',
    (filter) => {
      expect.assertions(2);
      try {
        parseFilter(filter);
      } catch (error) {
        expect(error).toBeInstanceOf(SharePointError);
        expect((error as SharePointError).status).toBe(400);
      }
    }
  );
});

describe('evaluating filters', () => {
  it('compares text case-insensitively, with startswith and substringof', () => {
    expect(matching("Title eq 'ROAD CLOSURE'")).toEqual([1]);
    expect(matching("startswith(Title,'road')")).toEqual([1, 3]);
    expect(matching("substringof('SURVEY',Title)")).toEqual([3]);
  });

  it('accepts 1/0 and true/false for booleans', () => {
    expect(matching('IsConfidential eq 1')).toEqual([2]);
    expect(matching('IsConfidential eq false')).toEqual([1, 3]);
  });

  it('compares dates as instants', () => {
    expect(matching("Created lt datetime'2024-05-14T00:00:00Z'")).toEqual([1, 2, 3]);
    expect(matching("Modified gt datetime'2024-05-14T09:30:00Z'")).toEqual([]);
  });

  it('filters lookups by <Name>Id, Name/Id and Name/Title, and multi-lookups by any value', () => {
    expect(matching('BriefingId eq 1')).toEqual([1, 2]);
    expect(matching('Briefing/Id eq 2')).toEqual([3]);
    expect(matching("Briefing/Title eq 'briefing 2'")).toEqual([3]);
    expect(matching("Wards/Title eq 'Bridge'")).toEqual([1]);
    expect(matching('Wards/Id eq 3')).toEqual([3]);
  });

  it('treats null as empty for eq and ne', () => {
    expect(matching('SortOrder eq null')).toEqual([3]);
    expect(matching('SortOrder ne null')).toEqual([1, 2]);
    expect(matching('SortOrder ge 2')).toEqual([2]);
  });

  it('refuses unknown fields and note columns the way SharePoint does', () => {
    expect(() => matching("Nope eq 'x'")).toThrow("The field or property 'Nope' does not exist.");
    expect(() => matching("Body eq 'x'")).toThrow("The field 'Body' of type 'Note' cannot be used in the query filter expression.");
  });
});

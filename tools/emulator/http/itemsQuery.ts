/**
 * Answers GET …/items: validates $select/$expand/$filter/$orderby against the list's columns,
 * enforces SharePoint's limits, hides unapproved items from readers and pages with
 * `$skiptoken=Paged=TRUE&p_ID=N` and a next link.
 */
import { isReference } from '../columns';
import type { ListColumns } from '../columns';
import { checkListViewThreshold, checkLookupColumns, checkTop, indexedLead } from '../limits';
import type { ListIndexes } from '../listIndex';
import { compareItems, compareOrder, compileFilter, IOrderClause, IReferenceResolver, OrderValue, orderValues } from '../odata/evaluate';
import { filterPaths, FilterNode, parseFilter } from '../odata/filterParser';
import { IProjection, buildProjection } from '../odata/querySelect';
import { readQueryOptions } from '../odata/queryOptions';
import type { IStoredItem } from '../siteData';
import { ModerationStatus } from '../siteData';

/** SharePoint returns 100 items when $top is not given. */
const DEFAULT_PAGE_SIZE = 100;

export interface IItemsPage {
  readonly items: IStoredItem[];
  readonly projection: IProjection;
  /** Query string of the next page, when there is one. */
  readonly nextQuery?: string;
}

export interface IItemsQueryInput {
  readonly search: URLSearchParams;
  readonly columns: ListColumns;
  readonly allItems: readonly IStoredItem[];
  readonly seesDrafts: boolean;
  /** Item-level permissions: false for items the caller may not read (tools/emulator/itemLevelSecurity.ts). */
  readonly mayRead?: (item: IStoredItem) => boolean;
  readonly refs: IReferenceResolver;
  /** The list's column indexes: a filter led by an indexed column reads only the rows its lead matches. */
  readonly indexes?: ListIndexes;
}

function encodeQuery(search: URLSearchParams): string {
  return [...search.entries()].map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&');
}

/** The skiptoken key SharePoint uses for a sort column: p_<Field> (p_<Field>_<Property> for a lookup's). */
function tokenKey(clause: IOrderClause): string {
  return `p_${clause.path.column.name}${clause.path.property ? `_${clause.path.property}` : ''}`;
}

function numericSort(clause: IOrderClause): boolean {
  const { column, property, idSuffix } = clause.path;
  if (idSuffix || property === 'Id' || property === 'ID') {
    return true;
  }
  return ['Counter', 'Number', 'DateTime', 'ModerationStatus'].includes(column.type);
}

function encodeOrderValue(value: OrderValue): string {
  return typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
}

function decodeOrderValue(text: string | null, clause: IOrderClause): OrderValue {
  if (text === null) {
    return null;
  }
  if (clause.path.column.type === 'Boolean') {
    return text === '1';
  }
  return numericSort(clause) ? Number(text) : text;
}

function skiptokenFor(item: IStoredItem, orderby: readonly IOrderClause[], refs: IReferenceResolver): string {
  const token = new URLSearchParams({ Paged: 'TRUE' });
  orderValues(item, orderby, refs).forEach((value, index) => {
    if (value !== null) {
      token.set(tokenKey(orderby[index]), encodeOrderValue(value));
    }
  });
  token.set('p_ID', String(item.Id));
  return token.toString();
}

/** Index of the first row after the page that ended at the skiptoken's row, even if that row is gone. */
function startAfter(
  sorted: readonly IStoredItem[],
  token: { readonly id: number; readonly values: URLSearchParams },
  orderby: readonly IOrderClause[],
  refs: IReferenceResolver
): number {
  const anchor = {
    id: token.id,
    values: orderby.map((clause) => decodeOrderValue(token.values.get(tokenKey(clause)), clause))
  };
  const index = sorted.findIndex((item) => compareOrder({ values: orderValues(item, orderby, refs), id: item.Id }, anchor, orderby) > 0);
  return index === -1 ? sorted.length : index;
}

export function queryItems(input: IItemsQueryInput): IItemsPage {
  const { columns, refs } = input;
  const options = readQueryOptions(input.search);
  checkTop(options.top);
  const projection = buildProjection(columns, options.select, options.expand);
  const filter: FilterNode | undefined = options.filter === undefined ? undefined : parseFilter(options.filter);
  const predicate = filter ? compileFilter(filter, columns, refs) : () => true;
  const orderby: IOrderClause[] = options.orderby.map((clause) => ({
    path: columns.resolve(clause.path),
    descending: clause.descending
  }));

  const joined = new Set(projection.joinedColumns);
  const paths = [...(filter ? filterPaths(filter).map((path) => columns.resolve(path)) : []), ...orderby.map((o) => o.path)];
  for (const path of paths) {
    if (isReference(path.column.type) && path.property !== undefined) {
      joined.add(path.column.name);
    }
  }
  checkLookupColumns(joined);
  // Every row the filter matches also matches its indexed lead, so the lead's rows (from the index) are all a scan
  // needs to look at, in the same Id order.
  const lead = filter === undefined ? undefined : indexedLead(filter, columns);
  const leadRows = lead === undefined ? undefined : input.indexes?.matching(lead, (name) => columns.resolve(name), refs);
  checkListViewThreshold(
    {
      totalItems: input.allItems.length,
      filter,
      orderby,
      countMatching: (node) => {
        if (leadRows !== undefined && JSON.stringify(node) === JSON.stringify(lead)) return leadRows.length;
        const test = compileFilter(node, columns, refs);
        return input.allItems.reduce((count, item) => (test(item) ? count + 1 : count), 0);
      }
    },
    columns
  );

  // The threshold above counts every row the index range holds, the caller's or not: SQL reads them before
  // item-level permissions leave others' out.
  const mayRead = input.mayRead ?? (() => true);
  const visible = (leadRows ?? input.allItems).filter(
    (item) =>
      predicate(item) && (input.seesDrafts || !columns.list.contentApproval || item.moderationStatus === ModerationStatus.Approved) && mayRead(item)
  );
  const sorted = orderby.length === 0 ? visible : [...visible].sort((a, b) => compareItems(a, b, orderby, refs));
  const start = options.skiptoken === undefined ? 0 : startAfter(sorted, options.skiptoken, orderby, refs);
  const size = options.top ?? DEFAULT_PAGE_SIZE;
  const items = sorted.slice(start, start + size);
  let nextQuery: string | undefined;
  if (start + size < sorted.length && items.length > 0) {
    const next = new URLSearchParams(input.search);
    next.set('$skiptoken', skiptokenFor(items[items.length - 1], orderby, refs));
    if (!next.has('$top')) {
      next.set('$top', String(size));
    }
    nextQuery = encodeQuery(next);
  }
  return { items, projection, nextQuery };
}

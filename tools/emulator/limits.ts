/**
 * SharePoint Online's query limits: the 5,000-item list view threshold, `$top` at most 5,000,
 * and at most 12 lookup or person columns joined in one query.
 */
import { LIST_VIEW_THRESHOLD, LOOKUP_COLUMN_LIMIT } from '../../src/schema';
import type { ListColumns } from './columns';
import { spErrors } from './errors';
import type { IOrderClause } from './odata/evaluate';
import type { FilterNode } from './odata/filterParser';

export function checkTop(top: number | undefined): void {
  if (top !== undefined && top > LIST_VIEW_THRESHOLD) {
    throw spErrors.listViewThreshold();
  }
}

export function checkLookupColumns(joined: ReadonlySet<string>): void {
  if (joined.size > LOOKUP_COLUMN_LIMIT) {
    throw spErrors.lookupThreshold();
  }
}

/**
 * The part of a filter SQL Server can answer from a column index: the left-most term of an
 * `and`, every branch of an `or`. Undefined when the filter does not start on an indexed column.
 */
export function indexedLead(node: FilterNode, columns: ListColumns): FilterNode | undefined {
  switch (node.kind) {
    case 'and':
      return indexedLead(node.left, columns);
    case 'or': {
      const left = indexedLead(node.left, columns);
      const right = indexedLead(node.right, columns);
      return left && right ? { kind: 'or', left, right } : undefined;
    }
    case 'not':
    case 'substringof':
      return undefined;
    default: {
      const path = columns.resolve(node.path);
      const usesIndex =
        path.column.indexed && (path.property === undefined || path.property === 'Id' || path.property === 'ID');
      return usesIndex ? node : undefined;
    }
  }
}

export interface IThresholdQuery {
  readonly totalItems: number;
  readonly filter?: FilterNode;
  readonly orderby: readonly IOrderClause[];
  /** How many items (of all, visible or not) the given filter matches. */
  countMatching(node: FilterNode): number;
}

/**
 * Over a list of more than 5,000 items SharePoint only runs queries that an index narrows to at
 * most 5,000 rows, or unfiltered ones ordered by indexed columns (paging by ID).
 */
export function checkListViewThreshold(query: IThresholdQuery, columns: ListColumns): void {
  if (query.totalItems <= LIST_VIEW_THRESHOLD) {
    return;
  }
  if (query.filter) {
    const lead = indexedLead(query.filter, columns);
    if (!lead || query.countMatching(lead) > LIST_VIEW_THRESHOLD) {
      throw spErrors.listViewThreshold();
    }
    return;
  }
  if (query.orderby.some((clause) => !clause.path.column.indexed)) {
    throw spErrors.listViewThreshold();
  }
}

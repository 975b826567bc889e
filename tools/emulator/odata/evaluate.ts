/**
 * Evaluates parsed $filter trees and $orderby clauses against stored items, comparing the way
 * SharePoint's SQL collation does: text case-insensitively, nulls first when ascending.
 */
import type { ISiteUser, IStoredItem, IStoredUrl, StoredValue } from '../siteData';
import type { ListKey } from '../../../src/schema';
import type { IColumnPath, ListColumns } from '../columns';
import { spErrors } from '../errors';
import type { FilterLiteral, FilterNode } from './filterParser';

export interface IReferenceResolver {
  titleOf(list: ListKey, id: number): string | null;
  /** A lookup's target item, for fields it projects. */
  item(list: ListKey, id: number): IStoredItem | undefined;
  user(id: number): ISiteUser | undefined;
}

export type Scalar = string | number | boolean | null;
export type Comparable = Scalar | Scalar[];

function userProperty(user: ISiteUser | undefined, property: string | undefined): Scalar {
  if (!user) {
    return null;
  }
  switch (property) {
    case 'Title':
    case undefined:
      return user.title;
    case 'EMail':
    case 'UserName':
      return user.email;
    case 'Name':
      return user.loginName;
    default:
      return user.id;
  }
}

function referenceValue(id: number, path: IColumnPath, refs: IReferenceResolver): Scalar {
  if (path.idSuffix || path.property === 'Id' || path.property === 'ID') {
    return id;
  }
  if (path.column.type === 'User') {
    return userProperty(refs.user(id), path.property);
  }
  if (path.projected) {
    const target = refs.item(path.column.target as ListKey, id);
    const value = target ? comparableValue(target, { column: path.projected, idSuffix: false }, refs) : null;
    return Array.isArray(value) ? null : value;
  }
  return refs.titleOf(path.column.target as ListKey, id);
}

/** The value a filter or sort sees for one column path of an item. */
export function comparableValue(item: IStoredItem, path: IColumnPath, refs: IReferenceResolver): Comparable {
  const raw: StoredValue = path.column.read(item);
  if (raw === null || raw === undefined) {
    return null;
  }
  switch (path.column.type) {
    case 'Lookup':
    case 'User':
      return referenceValue(raw as number, path, refs);
    case 'LookupMulti':
      return (raw as number[]).map((id) => referenceValue(id, path, refs));
    case 'DateTime':
      return Date.parse(raw as string);
    case 'URL':
      return (raw as IStoredUrl).Url;
    case 'MultiChoice':
      return raw as string[];
    default:
      return raw as Scalar;
  }
}

function literalFor(value: Comparable, literal: FilterLiteral): Scalar {
  switch (literal.type) {
    case 'null':
      return null;
    case 'datetime':
      return literal.value;
    case 'number':
      if (typeof value === 'boolean') {
        return literal.value !== 0;
      }
      return typeof value === 'string' ? String(literal.value) : literal.value;
    case 'string':
      if (typeof value === 'number') {
        const asDate = Date.parse(literal.value);
        return /^\d{4}-\d\d-\d\d/.test(literal.value) && !Number.isNaN(asDate) ? asDate : Number(literal.value);
      }
      if (typeof value === 'boolean') {
        return literal.value === '1' || literal.value.toLowerCase() === 'true';
      }
      return literal.value;
    default:
      return literal.value;
  }
}

export function compareScalars(a: Scalar, b: Scalar): number {
  if (a === null || b === null) {
    return a === b ? 0 : a === null ? -1 : 1;
  }
  if (typeof a === 'string' && typeof b === 'string') {
    const left = a.toLowerCase();
    const right = b.toLowerCase();
    return left < right ? -1 : left > right ? 1 : 0;
  }
  const left = Number(a);
  const right = Number(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

function isEmpty(value: Comparable): boolean {
  return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

export function compareMatches(value: Comparable, node: Extract<FilterNode, { kind: 'compare' }>): boolean {
  if (node.value.type === 'null') {
    if (node.op === 'eq') {
      return isEmpty(value);
    }
    if (node.op === 'ne') {
      return !isEmpty(value);
    }
    return false;
  }
  const values = Array.isArray(value) ? value : [value];
  const test = (candidate: Scalar): boolean => {
    const target = literalFor(candidate, node.value);
    if (candidate === null) {
      return node.op === 'ne';
    }
    const order = compareScalars(candidate, target);
    switch (node.op) {
      case 'eq':
        return order === 0;
      case 'ne':
        return order !== 0;
      case 'lt':
        return order < 0;
      case 'le':
        return order <= 0;
      case 'gt':
        return order > 0;
      default:
        return order >= 0;
    }
  };
  if (node.op === 'ne') {
    return values.every(test);
  }
  return values.some(test);
}

export function textMatches(value: Comparable, test: (text: string) => boolean): boolean {
  const values = Array.isArray(value) ? value : [value];
  return values.some((candidate) => typeof candidate === 'string' && test(candidate.toLowerCase()));
}

/** Compiles a filter tree into a predicate, validating every path against the list's columns. */
export function compileFilter(
  node: FilterNode,
  columns: ListColumns,
  refs: IReferenceResolver
): (item: IStoredItem) => boolean {
  switch (node.kind) {
    case 'and': {
      const left = compileFilter(node.left, columns, refs);
      const right = compileFilter(node.right, columns, refs);
      return (item) => left(item) && right(item);
    }
    case 'or': {
      const left = compileFilter(node.left, columns, refs);
      const right = compileFilter(node.right, columns, refs);
      return (item) => left(item) || right(item);
    }
    case 'not': {
      const operand = compileFilter(node.operand, columns, refs);
      return (item) => !operand(item);
    }
    default: {
      const path = resolveFilterPath(columns, node.path);
      if (node.kind === 'compare') {
        return (item) => compareMatches(comparableValue(item, path, refs), node);
      }
      const needle = node.value.toLowerCase();
      const test =
        node.kind === 'startswith' ? (text: string) => text.startsWith(needle) : (text: string) => text.includes(needle);
      return (item) => textMatches(comparableValue(item, path, refs), test);
    }
  }
}

/** SharePoint refuses to filter on a few column types. */
export function resolveFilterPath(columns: ListColumns, name: string): IColumnPath {
  const path = columns.resolve(name);
  const type = path.column.type;
  if ((type === 'Note' || type === 'Image') && path.property === undefined) {
    throw spErrors.fieldNotFilterable(name, type === 'Image' ? 'Thumbnail' : 'Note');
  }
  return path;
}

export interface IOrderClause {
  readonly path: IColumnPath;
  readonly descending: boolean;
}

export type OrderValue = string | number | boolean | null;

/** The values an item is sorted by, one per $orderby clause (multi-value columns by their first). */
export function orderValues(item: IStoredItem, clauses: readonly IOrderClause[], refs: IReferenceResolver): OrderValue[] {
  return clauses.map((clause) => {
    const value = comparableValue(item, clause.path, refs);
    return Array.isArray(value) ? value[0] ?? null : value;
  });
}

/** Orders two rows by their sort values, then by Id ascending, as SharePoint's paging does. */
export function compareOrder(
  a: { readonly values: readonly OrderValue[]; readonly id: number },
  b: { readonly values: readonly OrderValue[]; readonly id: number },
  clauses: readonly IOrderClause[]
): number {
  for (let index = 0; index < clauses.length; index += 1) {
    const order = compareScalars(a.values[index] ?? null, b.values[index] ?? null);
    if (order !== 0) {
      return clauses[index].descending ? -order : order;
    }
  }
  return a.id - b.id;
}

export function compareItems(
  a: IStoredItem,
  b: IStoredItem,
  clauses: readonly IOrderClause[],
  refs: IReferenceResolver
): number {
  return compareOrder(
    { values: orderValues(a, clauses, refs), id: a.Id },
    { values: orderValues(b, clauses, refs), id: b.Id },
    clauses
  );
}

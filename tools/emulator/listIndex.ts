/**
 * Column indexes of one list, as SQL Server keeps them for SharePoint's indexed columns: per column, every item's
 * value in order, kept current as items are added, changed and deleted. A filter whose indexed lead
 * (limits.ts `indexedLead`) is a comparison on such a column reads only the rows in that value range, so a query
 * over 100,000 items costs about the rows it matches, not a scan. Answers are exactly what a scan with the same
 * comparison (odata/evaluate.ts `compareMatches`) gives; where that cannot be promised (a multi-valued column,
 * values of mixed types, `ne`, `null`, text functions) the caller scans as before.
 */
import type { IColumnPath } from './columns';
import { compareMatches, compareScalars, comparableValue, type IReferenceResolver, type Scalar } from './odata/evaluate';
import type { FilterNode } from './odata/filterParser';
import type { IStoredItem } from './siteData';

type Compare = Extract<FilterNode, { kind: 'compare' }>;

interface IEntry {
  readonly value: Scalar;
  readonly item: IStoredItem;
}

/** Where `value` would go among `entries` (sorted by value, then id): the first entry not before it. */
function lowerBound(entries: readonly IEntry[], value: Scalar, id = -Infinity): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const entry = entries[middle];
    const order = compareScalars(entry.value, value) || entry.item.Id - id;
    if (order < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

function upperBound(entries: readonly IEntry[], value: Scalar): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compareScalars(entries[middle].value, value) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** One column path's values in order; unusable once a value is multi-valued, not a number (NaN) or of another type. */
class ColumnIndex {
  private readonly entries: IEntry[] = [];
  private valueType: string | undefined;
  private usable = true;

  public constructor(
    private readonly valueOf: (item: IStoredItem) => unknown,
    items: readonly IStoredItem[]
  ) {
    for (const item of items) {
      const entry = this.entryOf(item);
      if (entry) this.entries.push(entry);
    }
    this.entries.sort((a, b) => compareScalars(a.value, b.value) || a.item.Id - b.item.Id);
  }

  public get isUsable(): boolean {
    return this.usable;
  }

  public added(item: IStoredItem): void {
    const entry = this.entryOf(item);
    if (entry) this.entries.splice(lowerBound(this.entries, entry.value, item.Id), 0, entry);
  }

  public removed(item: IStoredItem): void {
    if (!this.usable) return;
    const value = this.valueOf(item) as Scalar;
    const at = lowerBound(this.entries, value, item.Id);
    const found = this.entries[at]?.item === item ? at : this.entries.findIndex((entry) => entry.item === item);
    if (found !== -1) this.entries.splice(found, 1);
  }

  /** The items the comparison matches, or undefined when a scan must answer it. */
  public matching(node: Compare): IStoredItem[] | undefined {
    if (!this.usable || node.value.type === 'null' || node.op === 'ne') return undefined;
    // Nulls sort first and match no comparison with a value. The rest are of one type, so compareMatches converts
    // the literal alike for each: "at least" and "more than" it turn true once along the order and stay true.
    const nonNull = upperBound(this.entries, null);
    const atLeast = this.firstWhere(nonNull, (entry) => compareMatches(entry.value, { ...node, op: 'ge' }));
    const moreThan = this.firstWhere(atLeast, (entry) => compareMatches(entry.value, { ...node, op: 'gt' }));
    const [from, to] = {
      eq: [atLeast, moreThan],
      ge: [atLeast, this.entries.length],
      gt: [moreThan, this.entries.length],
      lt: [nonNull, atLeast],
      le: [nonNull, moreThan]
    }[node.op];
    return this.entries.slice(from, to).map((entry) => entry.item);
  }

  /** The first index from `from` where `past` holds, `past` being false then true along the order. */
  private firstWhere(from: number, past: (entry: IEntry) => boolean): number {
    let low = from;
    let high = this.entries.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (past(this.entries[middle])) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  private entryOf(item: IStoredItem): IEntry | undefined {
    if (!this.usable) return undefined;
    const value = this.valueOf(item);
    if (value === null) return { value: null, item };
    const type = typeof value;
    const scalar = type === 'string' || type === 'number' || type === 'boolean';
    if (!scalar || Number.isNaN(value) || (this.valueType !== undefined && this.valueType !== type)) {
      this.usable = false;
      this.entries.length = 0;
      return undefined;
    }
    this.valueType = type;
    return { value: value as Scalar, item };
  }
}

/** A list's column indexes, built on first use and kept current by the list's table. */
export class ListIndexes {
  private readonly columns = new Map<string, ColumnIndex>();

  public constructor(private readonly items: () => readonly IStoredItem[]) {}

  public added(item: IStoredItem): void {
    for (const index of this.columns.values()) index.added(item);
  }

  public removed(item: IStoredItem): void {
    for (const index of this.columns.values()) index.removed(item);
  }

  /** After a schema change: a column's type may be another. */
  public clear(): void {
    this.columns.clear();
  }

  /**
   * The items (in Id order) an indexed lead matches, or undefined when the lead needs a scan. Only paths whose value
   * is the item's own (not a lookup's title or projected column, which another list's changes move) are indexed.
   */
  public matching(lead: FilterNode, resolve: (name: string) => IColumnPath, refs: IReferenceResolver): IStoredItem[] | undefined {
    const found = this.collect(lead, resolve, refs);
    if (!found) return undefined;
    return [...found].sort((a, b) => a.Id - b.Id);
  }

  private collect(node: FilterNode, resolve: (name: string) => IColumnPath, refs: IReferenceResolver): Set<IStoredItem> | undefined {
    if (node.kind === 'or') {
      const left = this.collect(node.left, resolve, refs);
      const right = left && this.collect(node.right, resolve, refs);
      if (!left || !right) return undefined;
      for (const item of right) left.add(item);
      return left;
    }
    if (node.kind !== 'compare') return undefined;
    const path = resolve(node.path);
    const reference = ['Lookup', 'User', 'LookupMulti'].includes(path.column.type);
    if (path.projected || (reference && !(path.idSuffix || path.property === 'Id' || path.property === 'ID'))) return undefined;
    if (!reference && path.property !== undefined) return undefined;
    const key = `${path.column.name}\u0000${path.column.type}`;
    let index = this.columns.get(key);
    if (!index) {
      index = new ColumnIndex((item) => comparableValue(item, path, refs), this.items());
      this.columns.set(key, index);
    }
    const items = index.matching(node);
    return items && new Set(items);
  }
}

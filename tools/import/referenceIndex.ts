/**
 * The items of one list by every name a CSV may use for them (a ward by GSS code or by name),
 * case-insensitively: the items already in SharePoint, then those this import adds.
 */
import type { RawItem } from '../../src/data/fieldReaders';

/** An item a lookup can point at. `itemId` is unknown until an item this import adds is written. */
export interface ITargetItem {
  itemId: number | undefined;
  /** How a report names it: `item 12`, or `officers.csv row 40`. */
  readonly label: string;
}

export class ReferenceIndex {
  private readonly byName = new Map<string, Set<ITargetItem>>();

  public constructor(
    /** Columns (internal names) that name an item, tried together. */
    public readonly columns: readonly string[],
    /** How the columns read in a message, e.g. "GSS code or ward name". */
    public readonly description: string
  ) {}

  public add(name: unknown, target: ITargetItem): void {
    if (typeof name !== 'string' || name.trim() === '') return;
    const key = name.trim().toLowerCase();
    const targets = this.byName.get(key) ?? new Set<ITargetItem>();
    targets.add(target);
    this.byName.set(key, targets);
  }

  public addExisting(item: RawItem, target: ITargetItem): void {
    for (const column of this.columns) this.add(item[column], target);
  }

  public find(name: string): ITargetItem[] {
    return Array.from(this.byName.get(name.trim().toLowerCase()) ?? []);
  }
}

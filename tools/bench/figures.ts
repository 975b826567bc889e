/** What the bench measured, in the one shape the table, the JSON file and the budget check read. */

export type Unit = 'requests' | 'KB' | 'MB' | 'ms';

export interface IFigure {
  /** Stable key, e.g. `officer-directory.cold.apiRequests`; budgets name figures by it. */
  readonly key: string;
  /** e.g. `officer-directory` */
  readonly view: string;
  /** What a reader of the table sees, e.g. "API requests, cold load". */
  readonly label: string;
  readonly unit: Unit;
  /** Null when the measurement could not be taken (the reason is in `note`). */
  readonly value: number | null;
  /** Min–max over several runs, when the value is their median. */
  readonly range?: { readonly min: number; readonly max: number };
  /** The usual way of writing the same web part, measured against the same emulator. */
  readonly baseline?: { readonly value: number | null; readonly note?: string };
  readonly note?: string;
}

/** Baseline ÷ ours (how many times more the baseline costs); undefined when either side is missing or ours is 0. */
export function ratio(figure: IFigure): number | undefined {
  const baseline = figure.baseline?.value;
  if (figure.value === null || baseline === null || baseline === undefined || figure.value === 0) return undefined;
  return baseline / figure.value;
}

export const kilobytes = (bytes: number): number => bytes / 1024;
export const megabytes = (bytes: number): number => bytes / (1024 * 1024);

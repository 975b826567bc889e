/** What happened to each row, and the per-list summary, for the console and the results file. */
import { createWriteStream } from 'fs';
import type { ListKey } from '../../src/schema';
import { csvText } from './csvText';

export type RowOutcomeKind =
  | 'added'
  | 'updated'
  | 'unchanged'
  /** Dry run: what a real run would do. */
  | 'would add'
  | 'would update'
  | 'invalid'
  /** Valid, but not written because the import stopped (invalid rows elsewhere, or an earlier failure). */
  | 'not written'
  /** SharePoint refused the write (e.g. 412: changed by someone else since it was read). */
  | 'failed'
  /** The request carrying it got no clear answer: check the item in SharePoint. */
  | 'unknown';

export interface IRowOutcome {
  readonly list: ListKey;
  readonly file: string;
  readonly rowNumber: number;
  readonly key: string;
  readonly outcome: RowOutcomeKind;
  readonly itemId?: number;
  /** Columns written, the problems found, or why it failed. */
  readonly detail: string;
}

export const SUCCESSFUL_OUTCOMES: ReadonlySet<RowOutcomeKind> = new Set<RowOutcomeKind>(['added', 'updated', 'unchanged', 'would add', 'would update']);

export type ListSummary = Readonly<Partial<Record<RowOutcomeKind, number>>>;

export function summarise(outcomes: readonly IRowOutcome[]): Map<ListKey, ListSummary> {
  const summary = new Map<ListKey, Partial<Record<RowOutcomeKind, number>>>();
  for (const row of outcomes) {
    const counts = summary.get(row.list) ?? {};
    counts[row.outcome] = (counts[row.outcome] ?? 0) + 1;
    summary.set(row.list, counts);
  }
  return summary;
}

const SUMMARY_ORDER: readonly RowOutcomeKind[] = ['added', 'updated', 'unchanged', 'would add', 'would update', 'invalid', 'failed', 'unknown', 'not written'];

export function formatSummary(summary: ReadonlyMap<ListKey, ListSummary>): string {
  const lines: string[] = [];
  for (const [list, counts] of summary) {
    const parts = SUMMARY_ORDER.filter((kind) => counts[kind] !== undefined).map((kind) => `${(counts[kind] ?? 0).toLocaleString('en-GB')} ${kind}`);
    lines.push(`${list}: ${parts.join(', ')}`);
  }
  return lines.join('\n');
}

const REPORT_COLUMNS = ['List', 'File', 'Row', 'Key', 'Outcome', 'Item id', 'Detail'] as const;
const REPORT_CHUNK = 1000;

/** Writes one line per row to a CSV file (streamed in chunks); cells that start like a formula are neutralised (csvText). */
export async function writeOutcomesCsv(path: string, outcomes: readonly IRowOutcome[]): Promise<void> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  out.write(`${csvText([REPORT_COLUMNS])}\r\n`);
  for (let start = 0; start < outcomes.length; start += REPORT_CHUNK) {
    const rows = outcomes
      .slice(start, start + REPORT_CHUNK)
      .map((row) => [row.list, row.file, String(row.rowNumber), row.key, row.outcome, row.itemId === undefined ? '' : String(row.itemId), row.detail]);
    out.write(`${csvText(rows)}\r\n`);
  }
  out.end();
  await done;
}

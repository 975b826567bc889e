/** The bench's Markdown table: one row per figure, with the baseline, the ratio and the budget. */
import type { IBudgetResult } from './budgets';
import { IFigure, ratio, Unit } from './figures';

const DECIMALS: Readonly<Record<Unit, number>> = { requests: 0, KB: 1, MB: 1, ms: 1 };

export function formatValue(value: number | null | undefined, unit: Unit): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const decimals = Number.isInteger(value) ? 0 : DECIMALS[unit];
  const number = value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return unit === 'requests' ? number : `${number} ${unit}`;
}

/** A table cell's text cannot break the table. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function formatRatio(figure: IFigure): string {
  const value = ratio(figure);
  if (value === undefined) return '—';
  return `${value >= 10 ? value.toFixed(0) : value.toFixed(1)}×`;
}

function formatBudget(figure: IFigure, results: readonly IBudgetResult[]): string {
  const result = results.find((candidate) => candidate.budget.metric === figure.key);
  if (!result) return '';
  return `${result.ok ? 'ok' : '**OVER**'} ≤ ${formatValue(result.budget.max, figure.unit)}`;
}

function formatBaseline(figure: IFigure): string {
  if (!figure.baseline) return '';
  const value = formatValue(figure.baseline.value, figure.unit);
  return figure.baseline.note ? `${value} (${figure.baseline.note})` : value;
}

export function markdownTable(figures: readonly IFigure[], results: readonly IBudgetResult[]): string {
  const rows = figures.map((figure) => {
    const [min, max] = figure.range ? [formatValue(figure.range.min, figure.unit), formatValue(figure.range.max, figure.unit)] : ['', ''];
    // Runs that differ by less than the table shows read as one value.
    const range = min === max ? '' : `${min} – ${max}`;
    const ours = figure.value === null && figure.note ? `— (${figure.note})` : formatValue(figure.value, figure.unit);
    return [figure.view, figure.label, ours, range, formatBaseline(figure), formatRatio(figure), formatBudget(figure, results)].map(cell);
  });
  const header = ['View', 'Measure', 'Ours', 'Spread (min – max)', 'Baseline', 'Baseline ÷ ours', 'Budget'];
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

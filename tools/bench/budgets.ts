/**
 * Budgets (tools/bench/budgets.json, the one place they live) and the check the bench exits on:
 * a figure over its budget, or a budgeted figure the bench could not measure, is a failure.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { IFigure } from './figures';

export interface IBudget {
  /** An IFigure key, e.g. `officer-directory.cold.apiRequests`. */
  readonly metric: string;
  /** Largest value that passes (inclusive), in the figure's unit. */
  readonly max: number;
  /** Why this number: what it protects. */
  readonly why: string;
}

export interface IBudgetResult {
  readonly budget: IBudget;
  readonly actual: number | null | undefined;
  readonly ok: boolean;
  /** The budget's view was deliberately not measured (`--view` chose others): neither met nor broken. */
  readonly skipped?: boolean;
  /** For failures: what was wrong, in a sentence. */
  readonly problem?: string;
}

export const BUDGETS_FILE = path.join(__dirname, 'budgets.json');

export function readBudgets(file: string = BUDGETS_FILE): IBudget[] {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { budgets?: unknown };
  if (!Array.isArray(parsed.budgets)) throw new Error(`${file} has no "budgets" array.`);
  return parsed.budgets.map((entry: unknown, index: number) => {
    const budget = entry as Partial<IBudget>;
    if (typeof budget.metric !== 'string' || typeof budget.max !== 'number' || !Number.isFinite(budget.max) || typeof budget.why !== 'string') {
      throw new Error(`${file}: budget #${index + 1} needs a metric (string), a max (number) and a why (string).`);
    }
    return { metric: budget.metric, max: budget.max, why: budget.why };
  });
}

/** The view a budget belongs to: its metric's first part (`officer-directory.cold.apiKB` → `officer-directory`). */
export const budgetView = (budget: IBudget): string => budget.metric.split('.')[0];

/**
 * `skippedViews`: views the bench was told not to measure. Their budgets are reported as skipped, not
 * failed; a measured view's missing figure still fails.
 */
export function checkBudgets(figures: readonly IFigure[], budgets: readonly IBudget[], skippedViews: readonly string[] = []): IBudgetResult[] {
  return budgets.map((budget) => {
    if (skippedViews.includes(budgetView(budget))) return { budget, actual: undefined, ok: true, skipped: true };
    const figure = figures.find((candidate) => candidate.key === budget.metric);
    if (!figure) return { budget, actual: undefined, ok: false, problem: `${budget.metric}: the bench produced no such figure` };
    if (figure.value === null) {
      return { budget, actual: null, ok: false, problem: `${budget.metric}: not measured${figure.note ? ` (${figure.note})` : ''}` };
    }
    if (figure.value > budget.max) {
      return { budget, actual: figure.value, ok: false, problem: `${budget.metric}: ${formatNumber(figure.value)} ${figure.unit} is over the budget of ${formatNumber(budget.max)} (${budget.why})` };
    }
    return { budget, actual: figure.value, ok: true };
  });
}

export function budgetFailures(results: readonly IBudgetResult[]): IBudgetResult[] {
  return results.filter((result) => !result.ok);
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

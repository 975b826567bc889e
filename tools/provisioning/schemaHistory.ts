/**
 * The check that every schema change ships with its upgrade: the difference between the last
 * released snapshot (releases/<version>.json) and src/schema now must be exactly what the steps
 * after that release record in src/schema/history.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { IListDefinition } from '../../src/schema';
import { BASELINE_VERSION, ISchemaStep } from '../../src/schema/history';
import type { ViewsOf } from '../../src/schema/provisioning/listSchemaXml';
import {
  compareVersions,
  diffSnapshots,
  ISchemaSnapshot,
  nextMinorVersion,
  schemaSnapshot,
  suggestedStep,
  uncoveredChanges
} from '../../src/schema/provisioning/schemaSnapshot';

export const RELEASES_DIR = join(__dirname, 'releases');

export function releaseFileName(version: string): string {
  return `${version}.json`;
}

/** Released snapshots, oldest first. */
export function readReleases(dir: string): ISchemaSnapshot[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as ISchemaSnapshot)
    .sort((a, b) => compareVersions(a.version, b.version));
}

export interface IHistoryCheck {
  /** Empty when the history covers the schema exactly. */
  readonly problems: readonly string[];
  /** A step to paste into src/schema/history.ts, when one is missing. */
  readonly suggestion?: string;
}

export function checkHistory(
  releases: readonly ISchemaSnapshot[],
  lists: readonly IListDefinition[],
  steps: readonly ISchemaStep[],
  ownViews?: ViewsOf
): IHistoryCheck {
  const last = releases[releases.length - 1];
  if (!last) return { problems: [`No released snapshot: tools/provisioning/releases/${releaseFileName(BASELINE_VERSION)} is missing.`] };
  const known = new Set([BASELINE_VERSION, ...steps.map((step) => step.version)]);
  const strays = releases.filter((release) => !known.has(release.version)).map((release) => `releases/${releaseFileName(release.version)} is not the baseline or a step's version.`);
  const pending = steps.filter((step) => compareVersions(step.version, last.version) > 0);
  const difference = diffSnapshots(last, schemaSnapshot('now', lists, ownViews));
  const problems = [...strays, ...uncoveredChanges(difference, pending)];
  if (problems.length === 0) return { problems };
  const version = pending.length > 0 ? pending[pending.length - 1].version : nextMinorVersion(last.version);
  return { problems, suggestion: difference.refused.length === 0 ? suggestedStep(difference, version) : undefined };
}

/** The message a developer sees when the schema and its history disagree. */
export function describeHistoryProblems(check: IHistoryCheck, lastRelease: string): string {
  const lines = [
    `src/schema changed since release ${lastRelease} in ways src/schema/history.ts does not record, so a council upgrading would not get them (docs/upgrades.md):`,
    ...check.problems.map((problem) => `  - ${problem}`)
  ];
  if (check.suggestion) lines.push(`Add (or correct) the step in SCHEMA_STEPS, for example:\n  ${check.suggestion}`);
  return lines.join('\n');
}

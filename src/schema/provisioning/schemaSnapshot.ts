/**
 * What a released version of the feature put on a site, reduced to what an upgrade can change:
 * lists, their columns (id, name, type), which columns are indexed, and their views. A snapshot
 * of each release is committed (tools/provisioning/releases/<version>.json); comparing it with
 * the schema now says exactly what the next upgrade step must add.
 */
import type { ListKey } from '../types';
import { IListDefinition } from '../types';
import type { ISchemaStep, PerList } from '../history';
import { listViews, ViewsOf } from './listSchemaXml';
import { viewsOf } from '../views';
import { columnRuleOf } from '../validation';
import type { FieldDefinition } from '../types';

export interface IFieldSnapshot {
  readonly internalName: string;
  readonly id: string;
  readonly type: string;
  /**
   * What an upgrade may change on an existing column: whether a value is required, and its validation
   * formula (absent when it has none). Releases before 1.4.0.0 did not record them (undefined).
   */
  readonly definition?: { readonly required: boolean; readonly validation?: string };
}

export interface IListSnapshot {
  readonly key: ListKey;
  readonly id: string;
  readonly fields: readonly IFieldSnapshot[];
  readonly indexed: readonly string[];
  /** View pages, e.g. AllItems.aspx. */
  readonly views: readonly string[];
}

export interface ISchemaSnapshot {
  readonly version: string;
  readonly lists: readonly IListSnapshot[];
}

function definitionOf(field: FieldDefinition): IFieldSnapshot['definition'] {
  const rule = columnRuleOf(field);
  return rule ? { required: field.required === true, validation: rule.formula(field.internalName) } : { required: field.required === true };
}

const sameDefinition = (a: IFieldSnapshot['definition'], b: IFieldSnapshot['definition']): boolean =>
  a?.required === b?.required && a?.validation === b?.validation;

export function schemaSnapshot(version: string, lists: readonly IListDefinition[], ownViews: ViewsOf = viewsOf): ISchemaSnapshot {
  return {
    version,
    lists: lists.map((list) => ({
      key: list.key,
      id: list.id,
      fields: list.fields.map((field) => ({ internalName: field.internalName, id: field.id, type: field.type, definition: definitionOf(field) })),
      indexed: list.fields.filter((field) => field.indexed === true).map((field) => field.internalName),
      views: listViews(list, ownViews).map((view) => view.url)
    }))
  };
}

/** What changed between two snapshots, as the history records it, plus what no step can express. */
export interface ISchemaDifference {
  readonly lists: readonly ListKey[];
  readonly fields: PerList;
  readonly indexes: PerList;
  readonly views: PerList;
  readonly retired: PerList;
  readonly changed: PerList;
  /** Columns whose earlier definition the release did not record: a step may say they changed, none must. */
  readonly definitionUnknown: PerList;
  /** Changes SharePoint cannot apply to an existing site (removed lists, views or indexes; a changed id or type). */
  readonly refused: readonly string[];
}

type MutablePerList = Partial<Record<ListKey, string[]>>;

function add(target: MutablePerList, list: ListKey, name: string): void {
  (target[list] ??= []).push(name);
}

/** Adds, per list, what the history records; refusals for what it cannot. */
export function diffSnapshots(before: ISchemaSnapshot, after: ISchemaSnapshot): ISchemaDifference {
  const lists: ListKey[] = [];
  const fields: MutablePerList = {};
  const indexes: MutablePerList = {};
  const views: MutablePerList = {};
  const retired: MutablePerList = {};
  const changed: MutablePerList = {};
  const definitionUnknown: MutablePerList = {};
  const refused: string[] = [];
  for (const old of before.lists) {
    if (!after.lists.some((list) => list.key === old.key)) {
      refused.push(`list '${old.key}' was removed: an upgrade never deletes a list (keep it in src/schema, or retire it by hand).`);
    }
  }
  for (const now of after.lists) {
    const old = before.lists.find((list) => list.key === now.key);
    if (!old) {
      lists.push(now.key);
      continue;
    }
    if (old.id !== now.id) refused.push(`list '${now.key}' changed its id from ${old.id} to ${now.id}; a list's id never changes.`);
    for (const field of now.fields) {
      const earlier = old.fields.find((candidate) => candidate.internalName === field.internalName);
      if (!earlier) {
        add(fields, now.key, field.internalName);
      } else if (earlier.id !== field.id || earlier.type !== field.type) {
        refused.push(
          `column '${now.key}.${field.internalName}' changed from ${earlier.type} ${earlier.id} to ${field.type} ${field.id}: SharePoint cannot change a column's id or type; add a new column instead.`
        );
      } else if (earlier.definition === undefined) {
        add(definitionUnknown, now.key, field.internalName);
      } else if (!sameDefinition(earlier.definition, field.definition)) {
        add(changed, now.key, field.internalName);
      }
    }
    for (const field of old.fields) {
      if (!now.fields.some((candidate) => candidate.internalName === field.internalName)) add(retired, now.key, field.internalName);
    }
    for (const name of now.indexed) if (!old.indexed.includes(name)) add(indexes, now.key, name);
    for (const name of old.indexed) {
      const stillThere = now.fields.some((field) => field.internalName === name);
      if (stillThere && !now.indexed.includes(name)) refused.push(`index on '${now.key}.${name}' was removed: an upgrade never removes an index.`);
    }
    for (const url of now.views) if (!old.views.includes(url)) add(views, now.key, url);
    for (const url of old.views) if (!now.views.includes(url)) refused.push(`view '${now.key}/${url}' was removed: an upgrade never deletes a view.`);
  }
  return { lists, fields, indexes, views, retired, changed, definitionUnknown, refused };
}

const RECORDED_KINDS = ['lists', 'fields', 'indexes', 'views', 'retired', 'changed'] as const;
type RecordedKind = (typeof RECORDED_KINDS)[number];

const UNRECORDED: Readonly<Record<RecordedKind, string>> = {
  lists: 'added to src/schema, but no upgrade step creates it on existing sites.',
  fields: 'added to src/schema, but no upgrade step adds it to existing lists.',
  indexes: 'indexed in src/schema, but no upgrade step indexes it on existing lists.',
  views: 'added to src/schema, but no upgrade step adds it to existing lists.',
  retired: "removed from src/schema, but no upgrade step records it as retired (existing sites keep it; an upgrade never deletes).",
  changed: 'changed whether it is required or its validation in src/schema, but no upgrade step records it as changed (existing sites keep the old definition).'
};

function entriesOf(kind: RecordedKind, source: Pick<ISchemaStep, RecordedKind>): string[] {
  if (kind === 'lists') return [...(source.lists ?? [])];
  const perList = source[kind] ?? {};
  return (Object.keys(perList) as ListKey[]).flatMap((list) => (perList[list] ?? []).map((name) => `${list}.${name}`));
}

/**
 * Problems, if any, with the steps not yet released covering the difference between the last
 * released snapshot and the schema now: each must record exactly that difference.
 */
export function uncoveredChanges(difference: ISchemaDifference, pendingSteps: readonly ISchemaStep[]): string[] {
  const problems = [...difference.refused];
  for (const kind of RECORDED_KINDS) {
    const expected = entriesOf(kind, difference);
    const recorded = pendingSteps.flatMap((step) => entriesOf(kind, step));
    const allowed = kind === 'changed' ? [...expected, ...entriesOf('changed', { changed: difference.definitionUnknown })] : expected;
    const missing = expected.filter((entry) => !recorded.includes(entry));
    const extra = recorded.filter((entry) => !allowed.includes(entry));
    if (missing.length > 0) problems.push(`${kind}: ${missing.join(', ')} ${UNRECORDED[kind]}`);
    if (extra.length > 0) problems.push(`${kind}: ${extra.join(', ')} recorded in a step but not a change since the last release.`);
  }
  return problems;
}

/** The step to paste into src/schema/history.ts for a difference (refusals aside). */
export function suggestedStep(difference: ISchemaDifference, version: string): string {
  const perList = (value: PerList): string =>
    `{ ${(Object.keys(value) as ListKey[]).map((list) => `${list}: [${(value[list] ?? []).map((name) => `'${name}'`).join(', ')}]`).join(', ')} }`;
  const parts = [`version: '${version}'`, `summary: '…'`];
  if (difference.lists.length > 0) parts.push(`lists: [${difference.lists.map((key) => `'${key}'`).join(', ')}]`);
  for (const kind of ['fields', 'indexes', 'views', 'retired', 'changed'] as const) {
    if (Object.keys(difference[kind]).length > 0) parts.push(`${kind}: ${perList(difference[kind])}`);
  }
  return `{ ${parts.join(', ')} }`;
}

/** The next minor version: 1.0.0.0 → 1.1.0.0. */
export function nextMinorVersion(version: string): string {
  const [major, minor] = version.split('.').map(Number);
  return `${major}.${minor + 1}.0.0`;
}

/** Compares four-part versions. */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < 4; index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

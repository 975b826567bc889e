/**
 * The feature's upgrade actions, generated from the schema's history (../history.ts).
 *
 * SharePoint Framework packages support two feature upgrade actions: ApplyElementManifests and
 * AddContentTypeField, inside VersionRange (sp-dev-docs, "Provision SharePoint assets from your
 * client-side web part", "Define upgrade actions for new version"). Each step becomes:
 * - `elements-<version>.xml`: site columns for the step's new columns, and the site columns,
 *   content type and list instance of each new list. It is listed in the feature's element
 *   manifests too, so a new install provisions it once and ends as an upgraded site does;
 * - `upgrade-actions-<version>.xml`: one `<VersionRange EndVersion="<version>">` applying that
 *   manifest and adding each new column to its list's content type with PushDown="TRUE". Each
 *   file holds one child of the feature's UpgradeActions element, with no declaration and no
 *   namespace, as Microsoft's SPFx examples do (their file is one `<ApplyElementManifests>`);
 *   `upgradeActions` in package-solution.json lists the files oldest first. EndVersion is
 *   exclusive and BeginVersion defaults to 0.0.0.0, so a site several versions behind gets every
 *   step it missed, in order, and none twice (sp-dev-docs, "Update add-in web components in
 *   SharePoint", "Subsequent updates of the add-in web").
 *
 * Element manifests cannot add a view or an index to a list that already exists, so those are
 * site follow-ups (`siteFollowUps`), applied by `npm run deploy` after the app is upgraded.
 * Nothing here ever removes: update markup cannot delete lists or columns, and a step that asks
 * to is refused.
 */
import { BASELINE_VERSION, ISchemaStep, PerList } from '../history';
import { FieldDefinition, IListDefinition, ListKey } from '../types';
import { IViewDefinition } from '../views';
import { contentTypeId } from './contentType';
import { elementsManifestXml, IAddedLater } from './elementsXml';
import { listViews, ViewsOf } from './listSchemaXml';
import { compareVersions } from './schemaSnapshot';
import { siteColumnsOf } from './siteColumns';
import { bracedGuid, element } from './xml';
import { viewsOf } from '../views';

export function stepManifestName(step: ISchemaStep): string {
  return `elements-${step.version}.xml`;
}

export function upgradeActionsFileName(step: ISchemaStep): string {
  return `upgrade-actions-${step.version}.xml`;
}

const STEP_KEYS: ReadonlySet<string> = new Set(['version', 'summary', 'lists', 'fields', 'indexes', 'views', 'retired', 'changed']);

function entries(perList: PerList | undefined): Array<[ListKey, string]> {
  const value = perList ?? {};
  return (Object.keys(value) as ListKey[]).flatMap((list) => (value[list] ?? []).map((name): [ListKey, string] => [list, name]));
}

function listOf(lists: readonly IListDefinition[], key: ListKey, step: ISchemaStep): IListDefinition {
  const list = lists.find((candidate) => candidate.key === key);
  if (!list) throw new Error(`Upgrade step ${step.version} names list '${key}', which src/schema does not define.`);
  return list;
}

function fieldOf(list: IListDefinition, name: string, step: ISchemaStep): FieldDefinition {
  const field = list.fields.find((candidate) => candidate.internalName === name);
  if (!field) throw new Error(`Upgrade step ${step.version} names column '${list.key}.${name}', which src/schema does not define.`);
  return field;
}

/**
 * Throws when a step cannot be generated: it removes something, names what the schema lacks,
 * or adds a column the feature framework cannot push to an existing list.
 */
export function assertStep(step: ISchemaStep, lists: readonly IListDefinition[], previousVersion: string): void {
  for (const key of Object.keys(step)) {
    if (!STEP_KEYS.has(key)) {
      throw new Error(
        `Upgrade step ${step.version} has '${key}'. Steps only add lists, columns, indexes and views; an upgrade never deletes. ` +
          `Record a column the product no longer uses under 'retired' (it stays on existing sites until an admin retires it: docs/upgrades.md).`
      );
    }
  }
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(step.version) || compareVersions(step.version, previousVersion) <= 0) {
    throw new Error(`Upgrade step ${step.version} must be a four-part version above ${previousVersion}.`);
  }
  const added = new Set(step.lists ?? []);
  for (const key of added) listOf(lists, key, step);
  for (const [key, name] of entries(step.fields)) {
    const list = listOf(lists, key, step);
    const field = fieldOf(list, name, step);
    if (added.has(key)) throw new Error(`Upgrade step ${step.version} adds list '${key}' and also its column '${name}'; the new list brings all its columns.`);
    if (!siteColumnsOf(list, lists).includes(field)) {
      throw new Error(
        `Upgrade step ${step.version} adds '${key}.${name}', which is not a site column (a lookup, a name SharePoint already uses, or a name another list uses), ` +
          `so AddContentTypeField cannot push it to existing lists. Give it a unique name and a non-lookup type, or add it by hand (docs/upgrades.md).`
      );
    }
  }
  for (const [key, name] of entries(step.indexes)) {
    const field = fieldOf(listOf(lists, key, step), name, step);
    if (field.indexed !== true) throw new Error(`Upgrade step ${step.version} indexes '${key}.${name}', which src/schema does not mark indexed.`);
  }
  for (const [key, name] of entries(step.changed)) {
    fieldOf(listOf(lists, key, step), name, step);
    if (added.has(key)) throw new Error(`Upgrade step ${step.version} adds list '${key}' and also changes its column '${name}'; the new list brings its columns as they are.`);
  }
  for (const [key, name] of entries(step.retired)) {
    if (listOf(lists, key, step).fields.some((field) => field.internalName === name)) {
      throw new Error(`Upgrade step ${step.version} retires '${key}.${name}', which src/schema still defines.`);
    }
  }
}

/** Lists and columns every step added, for leaving them out of elements.xml. */
export function addedByHistory(steps: readonly ISchemaStep[]): IAddedLater {
  return {
    lists: new Set(steps.flatMap((step) => step.lists ?? [])),
    fields: new Set(steps.flatMap((step) => entries(step.fields).map(([list, name]) => `${list}.${name}`)))
  };
}

/**
 * The step's own element manifest: new columns as site columns, and each new list whole — except
 * columns a later step adds to that list, which that step's manifest brings (each element once).
 */
export function stepManifestXml(step: ISchemaStep, lists: readonly IListDefinition[], addedLater: IAddedLater = { lists: new Set(), fields: new Set() }): string {
  const newLists = (step.lists ?? []).map((key) => listOf(lists, key, step));
  const newFields = entries(step.fields).map(([key, name]) => fieldOf(listOf(lists, key, step), name, step));
  const contentTypes = newLists.map((list) => ({
    list,
    columns: siteColumnsOf(list, lists).filter((field) => !addedLater.fields.has(`${list.key}.${field.internalName}`))
  }));
  return elementsManifestXml({
    siteColumns: [...newFields, ...contentTypes.flatMap(({ columns }) => columns)],
    contentTypes,
    listInstances: newLists
  });
}

function versionRangeXml(step: ISchemaStep, lists: readonly IListDefinition[], featureId: string): string {
  const apply = element(1, 'ApplyElementManifests', [], [
    element(2, 'ElementManifest', [['Location', `${featureId}\\${stepManifestName(step)}`]])
  ]);
  const addFields = entries(step.fields).map(([key, name]) => {
    const list = listOf(lists, key, step);
    return element(1, 'AddContentTypeField', [
      ['ContentTypeId', contentTypeId(list)],
      ['FieldId', bracedGuid(fieldOf(list, name, step).id)],
      ['PushDown', 'TRUE']
    ]);
  });
  return element(0, 'VersionRange', [['BeginVersion', BASELINE_FLOOR], ['EndVersion', step.version]], [apply, ...addFields]);
}

/** Every earlier version gets the step: BeginVersion's default, written out. */
const BASELINE_FLOOR = '0.0.0.0';

/** A step's upgrade actions file: its VersionRange alone. No comments: the upgrade infrastructure rejects them. */
export function upgradeActionsXml(step: ISchemaStep, lists: readonly IListDefinition[], featureId: string): string {
  return `${versionRangeXml(step, lists, featureId)}\n`;
}

/** The feature version the history leads to. */
export function featureVersionOf(steps: readonly ISchemaStep[]): string {
  return steps.length > 0 ? steps[steps.length - 1].version : BASELINE_VERSION;
}

/** Checks every step in order; throws on the first that cannot be generated. */
export function assertHistory(steps: readonly ISchemaStep[], lists: readonly IListDefinition[]): void {
  steps.reduce((previous, step) => {
    assertStep(step, lists, previous);
    return step.version;
  }, BASELINE_VERSION);
}

/** What `npm run deploy` does on the lists' site after the app upgrade: what element manifests cannot. */
export type SiteFollowUp =
  | { readonly kind: 'index'; readonly version: string; readonly list: IListDefinition; readonly field: FieldDefinition }
  | { readonly kind: 'view'; readonly version: string; readonly list: IListDefinition; readonly view: IViewDefinition }
  /** A column whose definition (required, validation) changed: set as src/schema defines it now. */
  | { readonly kind: 'column'; readonly version: string; readonly list: IListDefinition; readonly field: FieldDefinition };

export function siteFollowUps(steps: readonly ISchemaStep[], lists: readonly IListDefinition[], ownViews: ViewsOf = viewsOf): SiteFollowUp[] {
  return steps.flatMap((step) => [
    ...entries(step.indexes).map(([key, name]): SiteFollowUp => {
      const list = listOf(lists, key, step);
      return { kind: 'index', version: step.version, list, field: fieldOf(list, name, step) };
    }),
    ...entries(step.views).map(([key, url]): SiteFollowUp => {
      const list = listOf(lists, key, step);
      const view = listViews(list, ownViews).find((candidate) => candidate.url === url);
      if (!view) throw new Error(`Upgrade step ${step.version} adds view '${key}/${url}', which src/schema/views.ts does not define.`);
      return { kind: 'view', version: step.version, list, view };
    }),
    ...entries(step.changed).map(([key, name]): SiteFollowUp => {
      const list = listOf(lists, key, step);
      return { kind: 'column', version: step.version, list, field: fieldOf(list, name, step) };
    })
  ]);
}

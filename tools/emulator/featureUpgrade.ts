/**
 * The emulator's feature framework: activating the provisioning feature from its generated files
 * (elements.xml, the list schemas) and upgrading it from the `upgrade-actions-<version>.xml` files, the way SharePoint
 * does when an app is added to a site and later updated. It reads the XML, not src/schema: the
 * XML decides which lists, columns, content types, indexes and views exist. A catalogue of list
 * definitions (the package's src/schema) only supplies each element's full definition by id
 * (validation, formatting), and an element the catalogue does not know is an error.
 *
 * What it follows (SharePoint's documented behaviour):
 * - VersionRange: applies when BeginVersion (default 0.0.0.0) <= the site's feature version <
 *   EndVersion (exclusive); the feature then takes the package's version.
 * - ApplyElementManifests: provisions the manifest's new site columns, content types and list
 *   instances; an element that already exists is left as it is (a list keeps its items).
 * - AddContentTypeField: adds a site column to a site content type; PushDown adds it to the lists
 *   whose content type derives from it. An existing column is never changed or removed.
 * Not modelled: SharePoint's own ids for list content types (here the list's content type keeps its
 * parent's id) and the time an upgrade takes.
 */
import { XMLParser } from 'fast-xml-parser';
import type { FieldDefinition, IListDefinition, ListKey } from '../../src/schema';
import type { SiteFollowUp } from '../../src/schema/provisioning/upgradeActions';
import { compareVersions } from '../../src/schema/provisioning/schemaSnapshot';

/** A feature as the package carries it: its version, files by name, and which are element manifests / upgrade actions. */
export interface IFeaturePackage {
  readonly version: string;
  readonly files: ReadonlyMap<string, string>;
  readonly elementManifests: readonly string[];
  readonly upgradeActions?: readonly string[];
}

export interface IProvisionedList {
  definition: IListDefinition;
  /** The site content type the list's content type derives from. */
  readonly parentContentTypeId: string;
  readonly views: string[];
}

/** What the feature has provisioned on one site. */
export class ProvisionedSite {
  public featureVersion: string;
  public readonly siteColumns = new Map<string, FieldDefinition>();
  /** Site content types: id → field ids. */
  public readonly contentTypes = new Map<string, string[]>();
  public readonly lists = new Map<ListKey, IProvisionedList>();

  public constructor(version: string) {
    this.featureVersion = version;
  }

  /** The lists as the emulator's store serves them. */
  public definitions(): Record<ListKey, IListDefinition> {
    const result = {} as Record<ListKey, IListDefinition>;
    for (const [key, list] of this.lists) result[key] = list.definition;
    return result;
  }
}

type XmlNode = { readonly [name: string]: unknown };

const REPEATED = new Set(['Field', 'FieldRef', 'ContentType', 'ListInstance', 'View', 'VersionRange', 'ElementManifest', 'AddContentTypeField', 'ApplyElementManifests']);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => REPEATED.has(name) });
const TITLE_FIELD_ID = 'fa564e0f-0c70-4ab9-b863-0177e6ddd247';

function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  const value = node?.[name];
  return Array.isArray(value) ? (value[0] as XmlNode | undefined) : (value as XmlNode | undefined);
}

function attribute(node: XmlNode, name: string): string {
  const value = node[name];
  if (typeof value !== 'string') throw new Error(`Feature XML: <${name}> attribute missing on an element.`);
  return value;
}

function guidOf(braced: string): string {
  return braced.replace(/[{}]/g, '').toLowerCase();
}

function parse(pkg: IFeaturePackage, name: string): XmlNode {
  const content = pkg.files.get(name);
  if (content === undefined) throw new Error(`The feature has no file '${name}'.`);
  return parser.parse(content) as XmlNode;
}

/** A catalogue field by id, checked against the element's name so a stale id cannot pass. */
function catalogueField(catalogue: readonly IListDefinition[], element: XmlNode, list?: IListDefinition): FieldDefinition {
  const id = guidOf(attribute(element, 'ID'));
  const name = attribute(element, 'Name');
  const field = (list ? [list] : catalogue).flatMap((candidate) => candidate.fields).find((candidate) => candidate.id.toLowerCase() === id);
  if (!field || field.internalName !== name) {
    throw new Error(`Feature XML defines column '${name}' {${id}}, which the package's schema does not${list ? ` have on '${list.key}'` : ''}.`);
  }
  return field;
}

function withIndex(field: FieldDefinition, indexed: boolean): FieldDefinition {
  return { ...field, indexed, unique: indexed ? field.unique : undefined };
}

/** A list instance from its custom schema file: the columns, index flags, content type and views the file declares. */
function createList(site: ProvisionedSite, pkg: IFeaturePackage, instance: XmlNode, catalogue: readonly IListDefinition[], onExisting: OnExisting): void {
  const key = attribute(instance, 'Url').replace(/^Lists\//, '') as ListKey;
  if (site.lists.has(key) && onExisting === 'fail') throw new Error(`List 'Lists/${key}' is already provisioned.`);
  if (site.lists.has(key)) return;
  const base = catalogue.find((list) => list.key === key);
  if (!base) throw new Error(`Feature XML creates list '${key}', which the package's schema does not define.`);
  const metaData = child(child(parse(pkg, attribute(instance, 'CustomSchema')), 'List'), 'MetaData');
  const contentType = children(child(metaData, 'ContentTypes'), 'ContentType')[0];
  if (!contentType) throw new Error(`The schema of '${key}' has no content type.`);
  const fields = children(child(metaData, 'Fields'), 'Field')
    .filter((field) => guidOf(attribute(field, 'ID')) !== TITLE_FIELD_ID && field.ReadOnly !== 'TRUE')
    .map((field) => withIndex(catalogueField(catalogue, field, base), field.Indexed === 'TRUE'));
  site.lists.set(key, {
    definition: { ...base, fields },
    parentContentTypeId: attribute(contentType, 'ID'),
    views: children(child(metaData, 'Views'), 'View').map((view) => attribute(view, 'Url'))
  });
}

/** Activation fails on an element two manifests define; an upgrade leaves an existing one alone. */
type OnExisting = 'fail' | 'keep';

/** One element manifest: site columns, content types, then list instances. */
export function applyElementManifest(
  site: ProvisionedSite,
  pkg: IFeaturePackage,
  name: string,
  catalogue: readonly IListDefinition[],
  onExisting: OnExisting = 'keep'
): void {
  const elements = child(parse(pkg, name), 'Elements');
  for (const field of children(elements, 'Field')) {
    const definition = catalogueField(catalogue, field);
    const id = definition.id.toLowerCase();
    if (site.siteColumns.has(id) && onExisting === 'fail') throw new Error(`${name}: a duplicate field, '${definition.internalName}' {${id}}, is already defined.`);
    if (!site.siteColumns.has(id)) site.siteColumns.set(id, definition);
  }
  for (const contentType of children(elements, 'ContentType')) {
    const id = attribute(contentType, 'ID');
    if (site.contentTypes.has(id) && onExisting === 'fail') throw new Error(`${name}: content type ${id} is already defined.`);
    if (site.contentTypes.has(id)) continue;
    const refs = children(child(contentType, 'FieldRefs'), 'FieldRef').map((ref) => guidOf(attribute(ref, 'ID')));
    site.contentTypes.set(id, refs);
  }
  for (const instance of children(elements, 'ListInstance')) createList(site, pkg, instance, catalogue, onExisting);
}

/** Adding the app to a site: the feature's element manifests in order. */
export function activateFeature(pkg: IFeaturePackage, catalogue: readonly IListDefinition[]): ProvisionedSite {
  const site = new ProvisionedSite(pkg.version);
  for (const name of pkg.elementManifests) applyElementManifest(site, pkg, name, catalogue, 'fail');
  return site;
}

function addContentTypeField(site: ProvisionedSite, action: XmlNode): void {
  const contentTypeId = attribute(action, 'ContentTypeId');
  const fieldId = guidOf(attribute(action, 'FieldId'));
  const refs = site.contentTypes.get(contentTypeId);
  if (!refs) throw new Error(`AddContentTypeField: the site has no content type ${contentTypeId}.`);
  const field = site.siteColumns.get(fieldId);
  if (!field) throw new Error(`AddContentTypeField: the site has no site column {${fieldId}}; apply the manifest that defines it first.`);
  if (!refs.includes(fieldId)) refs.push(fieldId);
  if (action.PushDown !== 'TRUE') return;
  for (const list of site.lists.values()) {
    if (list.parentContentTypeId !== contentTypeId) continue;
    if (list.definition.fields.some((existing) => existing.id.toLowerCase() === fieldId)) continue;
    // A site column carries no index; `npm run deploy` indexes it afterwards when the schema says so.
    list.definition = { ...list.definition, fields: [...list.definition.fields, withIndex(field, false)] };
  }
}

/** Updating the app: every VersionRange the site's feature version falls in, in order; then the package's version. */
export function upgradeFeature(site: ProvisionedSite, pkg: IFeaturePackage, catalogue: readonly IListDefinition[]): void {
  if (compareVersions(pkg.version, site.featureVersion) <= 0) return;
  for (const file of pkg.upgradeActions ?? []) {
    // Each file holds one child of the feature's UpgradeActions element: here a VersionRange.
    for (const range of children(parse(pkg, file), 'VersionRange')) {
      const begin = typeof range.BeginVersion === 'string' ? range.BeginVersion : '0.0.0.0';
      const end = typeof range.EndVersion === 'string' ? range.EndVersion : undefined;
      const applies = compareVersions(site.featureVersion, begin) >= 0 && (end === undefined || compareVersions(site.featureVersion, end) < 0);
      if (!applies) continue;
      for (const apply of children(range, 'ApplyElementManifests')) {
        for (const manifest of children(apply, 'ElementManifest')) {
          const location = attribute(manifest, 'Location');
          applyElementManifest(site, pkg, location.slice(location.lastIndexOf('\\') + 1), catalogue);
        }
      }
      for (const action of children(range, 'AddContentTypeField')) addContentTypeField(site, action);
    }
  }
  site.featureVersion = pkg.version;
}

/** The site's column with the definition `spo field set` gives it: required and validation as now, all else as it was. */
function withDefinitionOf(field: FieldDefinition, current: FieldDefinition): FieldDefinition {
  const validation = 'validation' in current ? current.validation : undefined;
  // Same column, same type (an upgrade never changes a type), so the current validation kind fits it.
  return { ...field, required: current.required, validation } as FieldDefinition;
}

/** What `npm run deploy` does after the upgrade: index columns, add views and set changed columns' definitions (idempotent). */
export function applySiteFollowUps(site: ProvisionedSite, followUps: readonly SiteFollowUp[]): void {
  for (const followUp of followUps) {
    const list = site.lists.get(followUp.list.key);
    if (!list) throw new Error(`Follow-up for '${followUp.list.key}', which the site does not have.`);
    if (followUp.kind === 'view') {
      if (!list.views.includes(followUp.view.url)) list.views.push(followUp.view.url);
      continue;
    }
    const name = followUp.field.internalName;
    if (!list.definition.fields.some((field) => field.internalName === name)) {
      throw new Error(`Cannot ${followUp.kind === 'index' ? 'index' : 'change'} '${followUp.list.key}.${name}': the list has no such column.`);
    }
    const changed = (field: FieldDefinition): FieldDefinition =>
      followUp.kind === 'index' ? withIndex(followUp.field, true) : withDefinitionOf(field, followUp.field);
    list.definition = {
      ...list.definition,
      fields: list.definition.fields.map((field) => (field.internalName === name ? changed(field) : field))
    };
  }
}

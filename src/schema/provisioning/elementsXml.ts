import { FieldDefinition, IListDefinition } from '../types';
import { contentTypeXml } from './contentType';
import { fieldXml } from './fieldXml';
import { element, SHAREPOINT_NAMESPACE, XML_DECLARATION } from './xml';
import { siteColumnsOf } from './siteColumns';

/** SharePoint's Generic List template and the feature that defines it. */
export const CUSTOM_LIST_TEMPLATE_TYPE = 100;
export const CUSTOM_LIST_FEATURE_ID = '00bfea71-de22-43b2-a848-c05709900100';

/** File name of one list's custom schema in sharepoint/assets. */
export function listSchemaFileName(list: IListDefinition): string {
  return `schema-${list.key}.xml`;
}

export function listInstanceXml(list: IListDefinition, depth: number): string {
  return element(depth, 'ListInstance', [
    ['Title', list.title],
    ['Description', list.description],
    ['TemplateType', CUSTOM_LIST_TEMPLATE_TYPE],
    ['Url', `Lists/${list.key}`],
    ['CustomSchema', listSchemaFileName(list)],
    ['FeatureId', CUSTOM_LIST_FEATURE_ID]
  ]);
}

/** Throws unless every lookup targets a list that comes earlier in `lists`. */
export function assertDependencyOrder(lists: readonly IListDefinition[]): void {
  lists.forEach((list, position) => {
    for (const field of list.fields) {
      if (field.type !== 'Lookup' && field.type !== 'LookupMulti') continue;
      const targetPosition = lists.findIndex((candidate) => candidate.key === field.target);
      if (targetPosition === -1 || targetPosition >= position) {
        throw new Error(
          `Lookup '${list.key}.${field.internalName}' targets '${field.target}', which must be provisioned before '${list.key}'.`
        );
      }
    }
  });
}

/** What one element manifest provisions: site columns, then content types, then list instances. */
export interface IElementsContent {
  readonly siteColumns: readonly FieldDefinition[];
  readonly contentTypes: ReadonlyArray<{ readonly list: IListDefinition; readonly columns: readonly FieldDefinition[] }>;
  readonly listInstances: readonly IListDefinition[];
}

/** One element manifest (`<Elements>`) with the given content, in the order SharePoint needs it. */
export function elementsManifestXml(content: IElementsContent): string {
  const children = [
    ...content.siteColumns.map((field) => fieldXml(field, 'site', 1)),
    ...content.contentTypes.map(({ list, columns }) => contentTypeXml(list, columns, 1)),
    ...content.listInstances.map((list) => listInstanceXml(list, 1))
  ];
  return `${XML_DECLARATION}\n${element(0, 'Elements', [['xmlns', SHAREPOINT_NAMESPACE]], children)}\n`;
}

/** Lists and columns an upgrade step added: left out of elements.xml, because the step's own manifest provisions them. */
export interface IAddedLater {
  readonly lists: ReadonlySet<string>;
  /** `List.Field` */
  readonly fields: ReadonlySet<string>;
}

const NOTHING_ADDED_LATER: IAddedLater = { lists: new Set(), fields: new Set() };

/**
 * elements.xml: site columns, one content type per list, then the list instances in the
 * order given — lookup targets must come first, because a lookup resolves its list when
 * the list that holds it is created. What a later version added is in that version's
 * manifest instead, so a new install and an upgraded site provision each element once.
 */
export function elementsXml(lists: readonly IListDefinition[], addedLater: IAddedLater = NOTHING_ADDED_LATER): string {
  assertDependencyOrder(lists);
  const baseline = lists.filter((list) => !addedLater.lists.has(list.key));
  const siteColumns = baseline.map((list) => ({
    list,
    columns: siteColumnsOf(list, lists).filter((field) => !addedLater.fields.has(`${list.key}.${field.internalName}`))
  }));
  return elementsManifestXml({
    siteColumns: siteColumns.flatMap(({ columns }) => columns),
    contentTypes: siteColumns,
    listInstances: baseline
  });
}

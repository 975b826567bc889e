import { IListDefinition } from '../types';
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

function listInstanceXml(list: IListDefinition, depth: number): string {
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

/**
 * elements.xml: site columns, one content type per list, then the list instances in the
 * order given — lookup targets must come first, because a lookup resolves its list when
 * the list that holds it is created.
 */
export function elementsXml(lists: readonly IListDefinition[]): string {
  assertDependencyOrder(lists);
  const siteColumns = lists.map((list) => ({ list, columns: siteColumnsOf(list, lists) }));
  const children = [
    ...siteColumns.flatMap(({ columns }) => columns.map((field) => fieldXml(field, 'site', 1))),
    ...siteColumns.map(({ list, columns }) => contentTypeXml(list, columns, 1)),
    ...lists.map((list) => listInstanceXml(list, 1))
  ];
  return `${XML_DECLARATION}\n${element(0, 'Elements', [['xmlns', SHAREPOINT_NAMESPACE]], children)}\n`;
}

/**
 * A list's views (SP.View, SP.ViewFieldCollection) and content types (SP.ContentType), from the
 * same definitions the provisioning feature writes: "All items" plus src/schema/views, and the
 * list's content type from src/schema/provisioning/contentType.
 */
import type { IListDefinition } from '../../../src/schema';
import { contentTypeId, contentTypeName, contentTypeXml } from '../../../src/schema/provisioning/contentType';
import { SITE_GROUP } from '../../../src/schema/provisioning/fieldXml';
import { defaultView } from '../../../src/schema/provisioning/listSchemaXml';
import { queryXml } from '../../../src/schema/provisioning/viewXml';
import { escapeXml } from '../../../src/schema/provisioning/xml';
import { IViewDefinition, viewsOf } from '../../../src/schema/views';
import type { ODataFormat } from '../errors';
import type { IEntity, IEntityVocabulary } from '../odata/entityQuery';
import { stringCollection } from './entities';
import type { Json } from './fieldValues';
import { listPath, stableGuid } from './names';

export const VIEW_VOCABULARY: IEntityVocabulary = {
  typeName: 'SP.View',
  base: new Set([
    'BaseViewId',
    'ContentTypeId',
    'DefaultView',
    'DefaultViewForContentType',
    'EditorModified',
    'Hidden',
    'Id',
    'ImageUrl',
    'JSLink',
    'ListViewXml',
    'MobileDefaultView',
    'MobileView',
    'OrderedView',
    'Paged',
    'PersonalView',
    'ReadOnlyView',
    'RowLimit',
    'Scope',
    'ServerRelativeUrl',
    'TabularView',
    'Threaded',
    'Title',
    'ViewQuery',
    'ViewType'
  ])
};

export const CONTENT_TYPE_VOCABULARY: IEntityVocabulary = {
  typeName: 'SP.ContentType',
  base: new Set([
    'Description',
    'DisplayFormTemplateName',
    'DisplayFormUrl',
    'DocumentTemplate',
    'DocumentTemplateUrl',
    'EditFormTemplateName',
    'EditFormUrl',
    'Group',
    'Hidden',
    'Id',
    'JSLink',
    'Name',
    'NewFormTemplateName',
    'NewFormUrl',
    'ReadOnly',
    'SchemaXml',
    'Scope',
    'Sealed',
    'StringId'
  ])
};

function oneLine(xml: string): string {
  return xml.replace(/>\s+</g, '><').trim();
}

/** SP.ContentTypeId is a complex value: {StringValue}. */
function contentTypeIdValue(format: ODataFormat, value: string): Json {
  return format === 'verbose' ? { __metadata: { type: 'SP.ContentTypeId' }, StringValue: value } : { StringValue: value };
}

/** The list's views, the default ("All items") first, each with a stable id. */
function allViews(list: IListDefinition): { readonly view: IViewDefinition; readonly isDefault: boolean; readonly id: string }[] {
  return [defaultView(list), ...viewsOf(list)].map((view, index) => ({
    view,
    isDefault: index === 0,
    id: stableGuid(`${list.id}/views/${view.url.toLowerCase()}`)
  }));
}

/** View.ViewQuery is the inside of CAML's <Query>, on one line. */
function viewQuery(view: IViewDefinition): string {
  return oneLine(queryXml(view, 0)).replace(/^<Query>|<\/Query>$/g, '').replace(/^<Query\/>$|^<Query \/>$/, '');
}

function viewFieldsXml(view: IViewDefinition): string {
  return view.columns.map((name) => `<FieldRef Name="${escapeXml(name)}" />`).join('');
}

export function viewEntities(list: IListDefinition, format: ODataFormat, serverRelativeUrl: string): IEntity[] {
  return allViews(list).map(({ view, isDefault, id }, index) => {
    const url = `${serverRelativeUrl}/Lists/${list.key}/${view.url}`;
    const listViewXml =
      `<View Name="{${id.toUpperCase()}}" ${isDefault ? 'DefaultView="TRUE" ' : ''}MobileView="TRUE" Type="HTML" DisplayName="${escapeXml(view.title)}" Url="${escapeXml(url)}" Level="1" BaseViewID="${index + 1}">` +
      `<Query>${viewQuery(view)}</Query><ViewFields>${viewFieldsXml(view)}</ViewFields><RowLimit Paged="TRUE">${view.rowLimit}</RowLimit></View>`;
    return {
      type: 'SP.View',
      path: `${listPath(list)}/Views(guid'${id}')`,
      properties: {
        BaseViewId: String(index + 1),
        ContentTypeId: contentTypeIdValue(format, '0x'),
        DefaultView: isDefault,
        DefaultViewForContentType: false,
        EditorModified: false,
        Hidden: false,
        Id: id,
        ImageUrl: '/_layouts/15/images/generic.png?rev=47',
        JSLink: 'clienttemplates.js',
        ListViewXml: listViewXml,
        MobileDefaultView: isDefault,
        MobileView: true,
        OrderedView: false,
        Paged: true,
        PersonalView: false,
        ReadOnlyView: false,
        RowLimit: view.rowLimit,
        Scope: 0,
        ServerRelativeUrl: url,
        TabularView: true,
        Threaded: false,
        Title: view.title,
        ViewQuery: viewQuery(view),
        ViewType: 'HTML'
      }
    };
  });
}

/** SP.ViewFieldCollection of one view: {Items, SchemaXml}. */
export function viewFieldsEntity(list: IListDefinition, format: ODataFormat, viewId: string): IEntity {
  const found = allViews(list).find((candidate) => candidate.id === viewId);
  const columns = found ? found.view.columns : [];
  return {
    type: 'SP.ViewFieldCollection',
    path: `${listPath(list)}/Views(guid'${viewId}')/ViewFields`,
    properties: {
      Items: stringCollection(format, columns),
      SchemaXml: found ? `<FieldRefs>${viewFieldsXml(found.view)}</FieldRefs>` : '<FieldRefs />'
    }
  };
}

/**
 * The list's copy of its site content type: SharePoint gives it the site type's id, "00" and a
 * GUID of its own, so the emulator derives one from the list id.
 */
export function listContentTypeId(list: IListDefinition): string {
  return `${contentTypeId(list)}00${stableGuid(`${list.id}/contenttype`).replace(/-/g, '').toUpperCase()}`;
}

export function contentTypeEntities(list: IListDefinition, format: ODataFormat, serverRelativeUrl: string): IEntity[] {
  const id = listContentTypeId(list);
  const listUrl = `${serverRelativeUrl}/Lists/${list.key}`;
  return [
    {
      type: 'SP.ContentType',
      path: `${listPath(list)}/ContentTypes('${id}')`,
      properties: {
        Description: list.description,
        DisplayFormTemplateName: 'ListForm',
        DisplayFormUrl: '',
        DocumentTemplate: '',
        DocumentTemplateUrl: '',
        EditFormTemplateName: 'ListForm',
        EditFormUrl: '',
        Group: SITE_GROUP,
        Hidden: false,
        Id: contentTypeIdValue(format, id),
        JSLink: '',
        Name: contentTypeName(list),
        NewFormTemplateName: 'ListForm',
        NewFormUrl: '',
        ReadOnly: false,
        SchemaXml: oneLine(contentTypeXml(list, list.fields, 0)),
        Scope: listUrl,
        Sealed: false,
        StringId: id
      }
    }
  ];
}

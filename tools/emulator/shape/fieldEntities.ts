/**
 * A list's fields as SP.Field entities (SP.FieldText, SP.FieldChoice, SP.FieldLookup, …): the
 * columns SharePoint gives every list (ID, Title, Created, Author, …), the schema's columns and
 * their dependent lookup columns, with the properties of SharePoint's Fields REST reference.
 */
import { FieldDefinition, IListDefinition, ListKey, TITLE_FIELD_ID } from '../../../src/schema';
import { lookupProjectionsOf } from '../../../src/schema/lookupProjections';
import { fieldXml, projectionXml, SITE_GROUP, titleFieldXml } from '../../../src/schema/provisioning/fieldXml';
import { columnRuleOf } from '../../../src/schema/validation';
import type { ODataFormat } from '../errors';
import type { IEntity, IEntityVocabulary } from '../odata/entityQuery';
import { stringCollection } from './entities';
import type { Json } from './fieldValues';
import { listPath, stableGuid } from './names';

/** SharePoint's FieldTypeKind (SP.FieldType) for each TypeAsString. */
const FIELD_TYPE_KIND: Readonly<Record<string, number>> = {
  Text: 2,
  Note: 3,
  DateTime: 4,
  Counter: 5,
  Choice: 6,
  Lookup: 7,
  LookupMulti: 7,
  Boolean: 8,
  Number: 9,
  URL: 11,
  Computed: 12,
  Guid: 14,
  MultiChoice: 15,
  Attachments: 19,
  User: 20,
  ModStat: 23,
  ContentTypeId: 25,
  Thumbnail: 34
};

const TYPE_DISPLAY_NAME: Readonly<Record<string, string>> = {
  Text: 'Single line of text',
  Note: 'Multiple lines of text',
  DateTime: 'Date and Time',
  Counter: 'Counter',
  Choice: 'Choice',
  Lookup: 'Lookup',
  LookupMulti: 'Lookup',
  Boolean: 'Yes/No',
  Number: 'Number',
  URL: 'Hyperlink or Picture',
  Computed: 'Computed',
  Guid: 'Guid',
  MultiChoice: 'Choice',
  Attachments: 'Attachments',
  User: 'Person or Group',
  ModStat: 'Moderation Status',
  ContentTypeId: 'Content Type Id',
  Thumbnail: 'Image'
};

/** The OData type of each TypeAsString (SP.Field for the types without a subtype of their own). */
const ODATA_TYPE: Readonly<Record<string, string>> = {
  Text: 'SP.FieldText',
  Note: 'SP.FieldMultiLineText',
  DateTime: 'SP.FieldDateTime',
  Choice: 'SP.FieldChoice',
  MultiChoice: 'SP.FieldMultiChoice',
  Lookup: 'SP.FieldLookup',
  LookupMulti: 'SP.FieldLookup',
  Number: 'SP.FieldNumber',
  URL: 'SP.FieldUrl',
  Computed: 'SP.FieldComputed',
  Guid: 'SP.FieldGuid',
  User: 'SP.FieldUser',
  Thumbnail: 'SP.FieldThumbnail'
};

const SCHEMA_TYPE_AS_STRING: Readonly<Record<FieldDefinition['type'], string>> = {
  Text: 'Text',
  Note: 'Note',
  Choice: 'Choice',
  MultiChoice: 'MultiChoice',
  Boolean: 'Boolean',
  DateTime: 'DateTime',
  Number: 'Number',
  URL: 'URL',
  Image: 'Thumbnail',
  User: 'User',
  Lookup: 'Lookup',
  LookupMulti: 'LookupMulti'
};

/** SharePoint's range when a Number column sets no minimum or maximum (System.Double's). */
const DOUBLE_MAX = Number.MAX_VALUE;

/** Properties every SP.Field has; `$filter`/`$orderby` may use only these. */
export const FIELD_VOCABULARY: IEntityVocabulary = {
  typeName: 'SP.Field',
  base: new Set([
    'AutoIndexed',
    'CanBeDeleted',
    'ClientSideComponentId',
    'ClientSideComponentProperties',
    'CustomFormatter',
    'DefaultFormula',
    'DefaultValue',
    'Description',
    'Direction',
    'EnforceUniqueValues',
    'EntityPropertyName',
    'FieldTypeKind',
    'Filterable',
    'FromBaseType',
    'Group',
    'Hidden',
    'Id',
    'Indexed',
    'IndexStatus',
    'InternalName',
    'JSLink',
    'PinnedToFiltersPane',
    'ReadOnlyField',
    'Required',
    'SchemaXml',
    'Scope',
    'Sealed',
    'ShowInFiltersPane',
    'Sortable',
    'StaticName',
    'Title',
    'TypeAsString',
    'TypeDisplayName',
    'TypeShortDescription',
    'ValidationFormula',
    'ValidationMessage'
  ]),
  subtype: new Set([
    'MaxLength',
    'AllowHyperlink',
    'AppendOnly',
    'NumberOfLines',
    'RestrictedMode',
    'RichText',
    'UnlimitedLengthInDocumentLibrary',
    'MaximumValue',
    'MinimumValue',
    'ShowAsPercentage',
    'DateTimeCalendarType',
    'DisplayFormat',
    'FriendlyDisplayFormat',
    'Choices',
    'EditFormat',
    'FillInChoice',
    'Mappings',
    'AllowMultipleValues',
    'DependentLookupInternalNames',
    'IsDependentLookup',
    'IsRelationship',
    'LookupField',
    'LookupList',
    'LookupWebId',
    'PrimaryFieldId',
    'RelationshipDeleteBehavior',
    'AllowDisplay',
    'Presence',
    'SelectionGroup',
    'SelectionMode',
    'EnableLookup'
  ])
};

/** What one field is, before it is written as an entity. */
interface IFieldSpec {
  readonly id: string;
  readonly internalName: string;
  readonly title: string;
  readonly typeAsString: string;
  readonly hidden: boolean;
  readonly readOnly: boolean;
  readonly required: boolean;
  readonly indexed: boolean;
  readonly unique: boolean;
  readonly builtIn: boolean;
  readonly description: string;
  readonly defaultValue: string | null;
  readonly validation?: { readonly formula: string; readonly message: string };
  readonly schemaXml: string;
  /** Column formatting JSON, as the field's CustomFormatter. */
  readonly customFormatter?: string;
  readonly extra: { readonly [key: string]: Json };
}

/** SharePoint writes a field's SchemaXml on one line. */
function oneLine(xml: string): string {
  return xml.replace(/>\s+</g, '><').trim();
}

function builtInXml(id: string, name: string, title: string, type: string, readOnly: boolean, hidden: boolean): string {
  const flags = `${readOnly ? ' ReadOnly="TRUE"' : ''}${hidden ? ' Hidden="TRUE"' : ''}`;
  return `<Field ID="{${id}}" Name="${name}" StaticName="${name}" DisplayName="${title}" Type="${type}"${flags} SourceID="http://schemas.microsoft.com/sharepoint/v3" FromBaseType="TRUE" />`;
}

/** Context for the properties that point elsewhere (lookup lists, the web). */
interface IFieldContext {
  readonly format: ODataFormat;
  readonly webId: string;
  /** The site's lists, for the GUID a lookup points at. */
  readonly definitions: Readonly<Record<ListKey, IListDefinition>>;
}

function lookupExtra(
  context: IFieldContext,
  target: ListKey,
  lookupField: string,
  multiple: boolean,
  dependent: { readonly primaryId: string } | undefined,
  dependents: readonly string[]
): { [key: string]: Json } {
  return {
    AllowMultipleValues: multiple,
    DependentLookupInternalNames: stringCollection(context.format, dependents),
    IsDependentLookup: dependent !== undefined,
    IsRelationship: dependent === undefined,
    LookupField: lookupField,
    LookupList: `{${context.definitions[target].id}}`,
    LookupWebId: context.webId,
    PrimaryFieldId: dependent ? dependent.primaryId : null,
    RelationshipDeleteBehavior: 0,
    UnlimitedLengthInDocumentLibrary: false
  };
}

function userExtra(context: IFieldContext, multiple: boolean): { [key: string]: Json } {
  return {
    AllowDisplay: true,
    AllowMultipleValues: multiple,
    DependentLookupInternalNames: stringCollection(context.format, []),
    IsDependentLookup: false,
    IsRelationship: false,
    // Person columns point at the hidden User Information List, written "UserInfo" in field schemas.
    LookupField: 'ImnName',
    LookupList: 'UserInfo',
    LookupWebId: context.webId,
    Presence: true,
    PrimaryFieldId: null,
    RelationshipDeleteBehavior: 0,
    SelectionGroup: 0,
    SelectionMode: 0,
    UnlimitedLengthInDocumentLibrary: false
  };
}

function dateExtra(dateOnly: boolean): { [key: string]: Json } {
  return { DateTimeCalendarType: 1, DisplayFormat: dateOnly ? 0 : 1, FriendlyDisplayFormat: 1 };
}

function schemaExtra(field: FieldDefinition, list: IListDefinition, context: IFieldContext): { [key: string]: Json } {
  switch (field.type) {
    case 'Text':
      return { MaxLength: field.maxLength ?? 255 };
    case 'Note':
      return {
        AllowHyperlink: field.richText,
        AppendOnly: false,
        NumberOfLines: field.lines ?? 6,
        RestrictedMode: !field.richText,
        RichText: field.richText,
        UnlimitedLengthInDocumentLibrary: false
      };
    case 'Choice':
      return { Choices: stringCollection(context.format, field.choices), EditFormat: 0, FillInChoice: field.fillIn === true, Mappings: null };
    case 'MultiChoice':
      return { Choices: stringCollection(context.format, field.choices), FillInChoice: field.fillIn === true, Mappings: null };
    case 'DateTime':
      return dateExtra(field.dateOnly);
    case 'Number':
      return { MaximumValue: field.max ?? DOUBLE_MAX, MinimumValue: field.min ?? -DOUBLE_MAX, ShowAsPercentage: false };
    case 'URL':
      return { DisplayFormat: 0 };
    case 'User':
      return userExtra(context, false);
    case 'Lookup':
    case 'LookupMulti': {
      const dependents = lookupProjectionsOf(list)
        .filter(({ lookup }) => lookup.internalName === field.internalName)
        .map(({ projection }) => projection.internalName);
      return lookupExtra(context, field.target, field.showField, field.type === 'LookupMulti', undefined, dependents);
    }
    default:
      return {};
  }
}

function schemaDefault(field: FieldDefinition): string | null {
  if (field.type === 'Boolean') return field.defaultValue ? '1' : '0';
  if ((field.type === 'Choice' || field.type === 'MultiChoice') && field.defaultValue !== undefined) return field.defaultValue;
  return null;
}

function schemaSpec(field: FieldDefinition, list: IListDefinition, context: IFieldContext): IFieldSpec {
  const rule = columnRuleOf(field);
  return {
    id: field.id,
    internalName: field.internalName,
    title: field.displayName,
    typeAsString: SCHEMA_TYPE_AS_STRING[field.type],
    hidden: false,
    readOnly: false,
    required: field.required === true,
    indexed: field.indexed === true,
    unique: field.unique === true,
    builtIn: false,
    description: field.description ?? '',
    defaultValue: schemaDefault(field),
    validation: rule ? { formula: `=${rule.formula(field.internalName)}`, message: rule.message } : undefined,
    schemaXml: oneLine(fieldXml(field, 'list', 0)),
    customFormatter: field.formatter ? JSON.stringify(field.formatter) : undefined,
    extra: schemaExtra(field, list, context)
  };
}

function builtIn(
  id: string,
  internalName: string,
  title: string,
  typeAsString: string,
  options: { readonly hidden?: boolean; readonly readOnly?: boolean; readonly extra?: { [key: string]: Json } } = {}
): IFieldSpec {
  const hidden = options.hidden === true;
  const readOnly = options.readOnly !== false;
  return {
    id,
    internalName,
    title,
    typeAsString,
    hidden,
    readOnly,
    required: false,
    indexed: false,
    unique: false,
    builtIn: true,
    description: '',
    defaultValue: null,
    schemaXml: builtInXml(id, internalName, title, typeAsString, readOnly, hidden),
    extra: options.extra ?? {}
  };
}

/** The columns SharePoint adds to every custom list (a subset: the ones items here carry or views name). */
function builtInSpecs(list: IListDefinition, context: IFieldContext): IFieldSpec[] {
  const computed = { EnableLookup: false };
  const title: IFieldSpec = {
    ...builtIn(TITLE_FIELD_ID, 'Title', list.titleDisplayName, 'Text', { readOnly: false, extra: { MaxLength: 255 } }),
    required: list.titleRequired,
    schemaXml: oneLine(titleFieldXml(list, 0))
  };
  const specs: IFieldSpec[] = [
    builtIn('03e45e84-1992-4d42-9116-26f756012634', 'ContentTypeId', 'Content Type ID', 'ContentTypeId', { hidden: true }),
    title,
    builtIn('bc91a437-52e7-49e1-8c4e-4698904b2b6d', 'LinkTitleNoMenu', list.titleDisplayName, 'Computed', { extra: computed }),
    builtIn('82642ec8-ef9b-478f-acf9-31f7d45fbc31', 'LinkTitle', list.titleDisplayName, 'Computed', { extra: computed }),
    builtIn('1d22ea11-1e32-424e-89ab-9fedbadb6ce1', 'ID', 'ID', 'Counter'),
    builtIn('c042a256-787d-4a6f-8a8a-cf6ab767f12d', 'ContentType', 'Content Type', 'Computed', { readOnly: false, extra: computed }),
    builtIn('28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', 'Modified', 'Modified', 'DateTime', { extra: dateExtra(false) }),
    builtIn('8c06beca-0777-48f7-91c7-6da68bc07b69', 'Created', 'Created', 'DateTime', { extra: dateExtra(false) }),
    builtIn('1df5e554-ec7e-46a6-901d-d85a3881cb18', 'Author', 'Created By', 'User', { extra: userExtra(context, false) }),
    builtIn('d31655d1-1d5b-4511-95a1-7a09e9b75bf2', 'Editor', 'Modified By', 'User', { extra: userExtra(context, false) }),
    builtIn('dce8262a-3ae9-45aa-aab4-83bd75fb738a', '_UIVersionString', 'Version', 'Text', { extra: { MaxLength: 255 } }),
    builtIn('67df98f4-9dec-48ff-a553-29bece9c5bf4', 'Attachments', 'Attachments', 'Attachments', { readOnly: false }),
    builtIn('503f1caa-358e-4918-9094-4a2cdc4bc034', 'Edit', 'Edit', 'Computed', { extra: computed }),
    builtIn('ae069f25-3ac2-4256-b9c7-15dbc15da0e1', 'GUID', 'GUID', 'Guid', { hidden: true })
  ];
  if (list.contentApproval) {
    specs.push(
      builtIn('34ad21eb-75bd-4544-8c73-0e08330291fe', '_ModerationComments', 'Approver Comments', 'Note', {
        extra: { AllowHyperlink: false, AppendOnly: false, NumberOfLines: 6, RestrictedMode: true, RichText: false, UnlimitedLengthInDocumentLibrary: false }
      }),
      builtIn('fdc3b2ed-5bf2-4835-a4bc-b885f3396a61', '_ModerationStatus', 'Approval Status', 'ModStat')
    );
  }
  return specs;
}

function projectionSpecs(list: IListDefinition, context: IFieldContext): IFieldSpec[] {
  return lookupProjectionsOf(list).map((pair) => ({
    id: pair.projection.id,
    internalName: pair.projection.internalName,
    title: pair.projection.displayName,
    typeAsString: 'Lookup',
    hidden: false,
    readOnly: true,
    required: false,
    indexed: false,
    unique: false,
    builtIn: false,
    description: '',
    defaultValue: null,
    schemaXml: oneLine(projectionXml(pair, 0)),
    customFormatter: pair.projection.formatter ? JSON.stringify(pair.projection.formatter) : undefined,
    extra: lookupExtra(context, pair.lookup.target, pair.projection.showField, pair.lookup.type === 'LookupMulti', { primaryId: pair.lookup.id }, [])
  }));
}

/** `_UIVersionString` is OData__UIVersionString in JSON, as item properties are. */
function entityPropertyName(internalName: string): string {
  return internalName.startsWith('_') ? `OData_${internalName}` : internalName;
}

const UNSORTABLE = new Set(['Note', 'MultiChoice', 'LookupMulti', 'Thumbnail', 'Computed', 'Attachments']);

function toEntity(spec: IFieldSpec, list: IListDefinition, serverRelativeUrl: string): IEntity {
  const sortable = !UNSORTABLE.has(spec.typeAsString);
  const properties: { [key: string]: Json } = {
    AutoIndexed: false,
    CanBeDeleted: !spec.builtIn,
    ClientSideComponentId: '00000000-0000-0000-0000-000000000000',
    ClientSideComponentProperties: null,
    CustomFormatter: spec.customFormatter ?? null,
    DefaultFormula: null,
    DefaultValue: spec.defaultValue,
    Description: spec.description,
    Direction: 'none',
    EnforceUniqueValues: spec.unique,
    EntityPropertyName: entityPropertyName(spec.internalName),
    Filterable: spec.typeAsString !== 'Note' && spec.typeAsString !== 'Thumbnail',
    FromBaseType: spec.builtIn,
    Group: spec.builtIn ? (spec.hidden ? '_Hidden' : 'Custom Columns') : SITE_GROUP,
    Hidden: spec.hidden,
    Id: spec.id,
    IndexStatus: 0,
    Indexed: spec.indexed,
    InternalName: spec.internalName,
    JSLink: 'clienttemplates.js',
    PinnedToFiltersPane: false,
    ReadOnlyField: spec.readOnly,
    Required: spec.required,
    SchemaXml: spec.schemaXml,
    Scope: `${serverRelativeUrl}/Lists/${list.key}`,
    Sealed: spec.builtIn,
    ShowInFiltersPane: 0,
    Sortable: sortable,
    StaticName: spec.internalName,
    Title: spec.title,
    FieldTypeKind: FIELD_TYPE_KIND[spec.typeAsString] ?? 0,
    TypeAsString: spec.typeAsString,
    TypeDisplayName: TYPE_DISPLAY_NAME[spec.typeAsString] ?? spec.typeAsString,
    TypeShortDescription: TYPE_DISPLAY_NAME[spec.typeAsString] ?? spec.typeAsString,
    ValidationFormula: spec.validation?.formula ?? null,
    ValidationMessage: spec.validation?.message ?? null,
    ...spec.extra
  };
  return {
    type: ODATA_TYPE[spec.typeAsString] ?? 'SP.Field',
    path: `${listPath(list)}/Fields(guid'${spec.id}')`,
    properties
  };
}

/** Every field of the list, in SharePoint's order: built-in columns, then the list's own. */
export function fieldEntities(
  list: IListDefinition,
  format: ODataFormat,
  site: { readonly serverRelativeUrl: string; readonly definitions: Readonly<Record<ListKey, IListDefinition>> }
): IEntity[] {
  const { serverRelativeUrl } = site;
  const context: IFieldContext = { format, webId: stableGuid(serverRelativeUrl), definitions: site.definitions };
  const specs = [
    ...builtInSpecs(list, context),
    ...list.fields.map((field) => schemaSpec(field, list, context)),
    ...projectionSpecs(list, context)
  ];
  return specs.map((spec) => toEntity(spec, list, serverRelativeUrl));
}

/** GetByInternalNameOrTitle: the internal name first, then the display name (both case-sensitive). */
export function findField(fields: readonly IEntity[], name: string, by: 'internalNameOrTitle' | 'title' | 'id'): IEntity | undefined {
  if (by === 'id') {
    const id = name.replace(/^\{|\}$/g, '').toLowerCase();
    return fields.find((field) => String(field.properties.Id).toLowerCase() === id);
  }
  if (by === 'internalNameOrTitle') {
    const byName = fields.find((field) => field.properties.InternalName === name);
    if (byName) return byName;
  }
  return fields.find((field) => field.properties.Title === name);
}

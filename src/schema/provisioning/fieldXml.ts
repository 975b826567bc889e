import { FieldDefinition, FieldType, IListDefinition } from '../types';
import { schema, TITLE_FIELD_ID } from '../index';
import { IListProjection } from '../lookupProjections';
import { PROJECTABLE_FIELD_TYPES } from '../selectFor';
import { columnRuleOf, MAX_VALIDATION_LENGTH } from '../validation';
import { bracedGuid, camlBoolean, element, XmlAttributes } from './xml';

/** Where a field definition is written: as a site column (elements.xml) or inside one list's schema. */
export type FieldScope = 'site' | 'list';

/** Group that holds the solution's site columns and content types in site settings. */
export const SITE_GROUP = 'Member–Officer Hub';

const TITLE_SOURCE_ID = 'http://schemas.microsoft.com/sharepoint/v3';

/** Column types SharePoint cannot index, so they can be neither indexed nor unique. */
const UNINDEXABLE_TYPES: ReadonlySet<FieldType> = new Set<FieldType>(['Note', 'MultiChoice', 'LookupMulti', 'Image']);

/** SharePoint's field type name for each schema type. */
const SHAREPOINT_TYPE: Readonly<Record<FieldType, string>> = {
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

/**
 * Throws when a field asks for something SharePoint refuses at provisioning time,
 * so the mistake shows up when the assets are generated, not when a council installs the app.
 */
export function assertProvisionable(field: FieldDefinition): void {
  if ((field.indexed || field.unique) && UNINDEXABLE_TYPES.has(field.type)) {
    throw new Error(`Field '${field.internalName}' is ${field.type}, which SharePoint cannot index.`);
  }
  if (field.unique && !field.indexed) {
    throw new Error(`Field '${field.internalName}' enforces unique values, which SharePoint allows only on an indexed column.`);
  }
  const rule = columnRuleOf(field);
  if (rule) assertValidationLength(field.internalName, rule.formula(field.internalName), rule.message);
  if ((field.type === 'Choice' || field.type === 'MultiChoice') && field.defaultValue !== undefined) {
    if (field.choices.indexOf(field.defaultValue) === -1) {
      throw new Error(`Field '${field.internalName}' has default '${field.defaultValue}', which is not one of its choices.`);
    }
  }
}

/** SharePoint rejects a validation formula or message over 1,024 characters; fail when generating instead. */
export function assertValidationLength(owner: string, formula: string, message: string): void {
  const written = `=${formula}`;
  if (written.length > MAX_VALIDATION_LENGTH || message.length > MAX_VALIDATION_LENGTH) {
    throw new Error(
      `Validation of '${owner}' is too long for SharePoint: formula ${written.length}, message ${message.length} characters (limit ${MAX_VALIDATION_LENGTH}).`
    );
  }
}

/** `<Validation Message="…">=formula</Validation>`, the form a field's and a list's rule take in CAML. */
export function validationXml(depth: number, formula: string, message: string): string {
  return element(depth, 'Validation', [['Message', message]], [], `=${formula}`);
}

function typeAttributes(field: FieldDefinition): XmlAttributes {
  switch (field.type) {
    case 'Text':
      return [['MaxLength', field.maxLength]];
    case 'Note':
      return field.richText
        ? [['NumLines', field.lines], ['RichText', 'TRUE'], ['RichTextMode', 'FullHtml']]
        : [['NumLines', field.lines], ['RichText', 'FALSE']];
    case 'Choice':
      return [['Format', 'Dropdown'], ['FillInChoice', camlBoolean(field.fillIn === true)]];
    case 'MultiChoice':
      return [['FillInChoice', camlBoolean(field.fillIn === true)]];
    case 'DateTime':
      return [['Format', field.dateOnly ? 'DateOnly' : 'DateTime'], ['FriendlyDisplayFormat', 'Disabled']];
    case 'Number':
      return [['Decimals', field.decimals], ['Min', field.min], ['Max', field.max]];
    case 'URL':
      return [['Format', 'Hyperlink']];
    case 'User':
      return [['List', 'UserInfo'], ['ShowField', 'ImnName'], ['UserSelectionMode', 'PeopleOnly'], ['UserSelectionScope', 0]];
    case 'Lookup':
      return [['List', `Lists/${field.target}`], ['ShowField', field.showField]];
    case 'LookupMulti':
      return [['List', `Lists/${field.target}`], ['ShowField', field.showField], ['Mult', 'TRUE']];
    case 'Boolean':
    case 'Image':
      return [];
  }
}

function childElements(field: FieldDefinition, depth: number): string[] {
  const rule = columnRuleOf(field);
  const validation = rule ? [validationXml(depth, rule.formula(field.internalName), rule.message)] : [];
  return [...valueElements(field, depth), ...validation];
}

function valueElements(field: FieldDefinition, depth: number): string[] {
  switch (field.type) {
    case 'Choice':
    case 'MultiChoice': {
      const children = [
        element(
          depth,
          'CHOICES',
          [],
          field.choices.map((choice) => element(depth + 1, 'CHOICE', [], [], choice))
        )
      ];
      if (field.defaultValue !== undefined) {
        children.push(element(depth, 'Default', [], [], field.defaultValue));
      }
      return children;
    }
    case 'Boolean':
      return [element(depth, 'Default', [], [], field.defaultValue ? '1' : '0')];
    default:
      return [];
  }
}

/**
 * The `<Field>` element for one schema field. Site columns carry the group; list fields carry
 * the per-list settings SharePoint keeps on the list (indexes, unique values).
 */
export function fieldXml(field: FieldDefinition, scope: FieldScope, depth: number): string {
  assertProvisionable(field);
  const listOnly: XmlAttributes =
    scope === 'list'
      ? [
          ['Indexed', field.indexed ? 'TRUE' : undefined],
          ['EnforceUniqueValues', field.unique ? 'TRUE' : undefined]
        ]
      : [['Group', SITE_GROUP]];
  const attributes: XmlAttributes = [
    ['ID', bracedGuid(field.id)],
    ['Name', field.internalName],
    ['StaticName', field.internalName],
    ['DisplayName', field.displayName],
    ['Type', SHAREPOINT_TYPE[field.type]],
    ['Description', field.description],
    ['Required', camlBoolean(field.required === true)],
    ...typeAttributes(field),
    ['CustomFormatter', field.formatter ? JSON.stringify(field.formatter) : undefined],
    ...listOnly
  ];
  return element(depth, 'Field', attributes, childElements(field, depth + 1));
}

/** The list's own version of the built-in Title column: its display name and whether it is required. */
export function titleFieldXml(list: IListDefinition, depth: number): string {
  return element(depth, 'Field', [
    ['ID', bracedGuid(TITLE_FIELD_ID)],
    ['Name', 'Title'],
    ['StaticName', 'Title'],
    ['SourceID', TITLE_SOURCE_ID],
    ['DisplayName', list.titleDisplayName],
    ['Type', 'Text'],
    ['Required', camlBoolean(list.titleRequired)],
    ['MaxLength', 255]
  ]);
}

/**
 * A dependent lookup column: read-only, showing another column of the item the lookup points at.
 * FieldRef ties it to its lookup, so SharePoint fills it in whenever the lookup changes.
 */
export function projectionXml({ lookup, projection }: IListProjection, depth: number): string {
  const target = schema[lookup.target];
  const shown = target.fields.find((field) => field.internalName === projection.showField);
  if (!shown || !PROJECTABLE_FIELD_TYPES.has(shown.type)) {
    throw new Error(
      `'${projection.internalName}' shows '${lookup.target}.${projection.showField}', which is not a text, number or date column of '${lookup.target}'.`
    );
  }
  return element(depth, 'Field', [
    ['ID', bracedGuid(projection.id)],
    ['Name', projection.internalName],
    ['StaticName', projection.internalName],
    ['DisplayName', projection.displayName],
    ['Type', 'Lookup'],
    ['List', `Lists/${lookup.target}`],
    ['ShowField', projection.showField],
    ['FieldRef', bracedGuid(lookup.id)],
    ['ReadOnly', 'TRUE'],
    ['CustomFormatter', projection.formatter ? JSON.stringify(projection.formatter) : undefined]
  ]);
}

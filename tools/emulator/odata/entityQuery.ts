/**
 * $select, $filter, $orderby, $top and $skip over collections of plain SharePoint entities
 * (SP.List, SP.Field, SP.View, SP.ContentType, SP.User, SP.Group), checked the way SharePoint
 * checks them: an unknown property or an unsupported query option is a 400, never ignored.
 */
import { spErrors } from '../errors';
import type { Json } from '../shape/fieldValues';
import { Comparable, compareMatches, compareScalars, Scalar, textMatches } from './evaluate';
import { FilterNode, parseFilter } from './filterParser';

/** One entity: its OData type, its path under _api (for ids and edit links) and its properties. */
export interface IEntity {
  readonly type: string;
  /** e.g. Web/Lists(guid'…')/Fields(guid'…') */
  readonly path: string;
  readonly properties: { readonly [key: string]: Json };
}

/**
 * What a collection's $select and $filter may name: the properties of the collection's base type
 * (SP.Field) and those only some members carry (SP.FieldChoice's Choices). SharePoint returns a
 * subtype's property for the members that have it.
 */
export interface IEntityVocabulary {
  /** e.g. SP.Field, for error messages. */
  readonly typeName: string;
  readonly base: ReadonlySet<string>;
  readonly subtype?: ReadonlySet<string>;
}

export interface IEntityQuery {
  readonly select?: readonly string[];
  readonly filter?: FilterNode;
  readonly orderby: readonly { readonly name: string; readonly descending: boolean }[];
  readonly top?: number;
  readonly skip?: number;
}

const COLLECTION_OPTIONS = new Set(['$select', '$filter', '$orderby', '$top', '$skip']);
const ENTITY_OPTIONS = new Set(['$select']);

function names(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

function wholeNumber(option: string, text: string): number {
  if (!/^\d+$/.test(text.trim())) {
    throw spErrors.invalidQuery(`The ${option} query option value '${text}' is not valid.`);
  }
  return Number(text);
}

/** Any $-option the endpoint does not implement ($expand, $count, $inlinecount, $format, …) is refused. */
function assertOptionsSupported(search: URLSearchParams, supported: ReadonlySet<string>, typeName: string): void {
  for (const key of search.keys()) {
    if (key.startsWith('$') && !supported.has(key)) {
      throw spErrors.unsupportedQueryOption(key, typeName);
    }
  }
}

function assertKnown(name: string, vocabulary: IEntityVocabulary, allowSubtype: boolean): void {
  if (vocabulary.base.has(name) || (allowSubtype && vocabulary.subtype?.has(name))) return;
  throw spErrors.propertyNotOnType(name, vocabulary.typeName);
}

function filterNames(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return [...filterNames(node.left), ...filterNames(node.right)];
    case 'not':
      return filterNames(node.operand);
    default:
      return [node.path];
  }
}

export function readEntityQuery(search: URLSearchParams, vocabulary: IEntityVocabulary, collection: boolean): IEntityQuery {
  assertOptionsSupported(search, collection ? COLLECTION_OPTIONS : ENTITY_OPTIONS, vocabulary.typeName);
  const selectText = search.get('$select');
  const select = selectText === null || selectText.trim() === '' ? undefined : names(selectText);
  for (const name of select ?? []) {
    if (name !== '*') assertKnown(name, vocabulary, true);
  }
  const filterText = search.get('$filter');
  const filter = filterText === null || filterText.trim() === '' ? undefined : parseFilter(filterText);
  // A subtype's property in $filter would need a type cast SharePoint's docs do not describe: refused.
  for (const name of filter ? filterNames(filter) : []) assertKnown(name, vocabulary, false);
  const orderby = names(search.get('$orderby') ?? '').map((clause) => {
    const [name, direction, ...rest] = clause.split(/\s+/);
    const lowered = (direction ?? 'asc').toLowerCase();
    if (rest.length > 0 || (lowered !== 'asc' && lowered !== 'desc')) {
      throw spErrors.invalidQuery(`The expression "${clause}" is not valid.`);
    }
    assertKnown(name, vocabulary, false);
    return { name, descending: lowered === 'desc' };
  });
  const top = search.get('$top');
  const skip = search.get('$skip');
  return {
    select,
    filter,
    orderby,
    top: top === null ? undefined : wholeNumber('$top', top),
    skip: skip === null ? undefined : wholeNumber('$skip', skip)
  };
}

/** The value a filter or sort compares: ISO dates as instants, string arrays as they are. */
function comparable(value: Json | undefined, dateLiteral: boolean): Comparable {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.filter((entry): entry is string => typeof entry === 'string');
  if (typeof value === 'object') {
    // A complex value (e.g. SP.User's UserId) cannot be compared; SharePoint refuses it.
    throw spErrors.invalidQuery('The query is not valid: a complex property cannot be compared.');
  }
  if (dateLiteral && typeof value === 'string') return Date.parse(value);
  return value as Scalar;
}

function matches(node: FilterNode, properties: { readonly [key: string]: Json }): boolean {
  switch (node.kind) {
    case 'and':
      return matches(node.left, properties) && matches(node.right, properties);
    case 'or':
      return matches(node.left, properties) || matches(node.right, properties);
    case 'not':
      return !matches(node.operand, properties);
    case 'compare':
      return compareMatches(comparable(properties[node.path], node.value.type === 'datetime'), node);
    default: {
      const needle = node.value.toLowerCase();
      const test = node.kind === 'startswith' ? (text: string) => text.startsWith(needle) : (text: string) => text.includes(needle);
      return textMatches(comparable(properties[node.path], false), test);
    }
  }
}

function orderScalar(value: Json | undefined): Scalar {
  const scalar = comparable(value, false);
  return Array.isArray(scalar) ? scalar[0] ?? null : scalar;
}

/** Applies a query to a whole collection: filter, order, skip, top; $select is applied per entity by selectProperties. */
export function queryEntities(entities: readonly IEntity[], query: IEntityQuery): IEntity[] {
  const { filter } = query;
  let result = filter ? entities.filter((entity) => matches(filter, entity.properties)) : [...entities];
  if (query.orderby.length > 0) {
    result = result.sort((a, b) => {
      for (const clause of query.orderby) {
        const order = compareScalars(orderScalar(a.properties[clause.name]), orderScalar(b.properties[clause.name]));
        if (order !== 0) return clause.descending ? -order : order;
      }
      return 0;
    });
  }
  const start = query.skip ?? 0;
  return result.slice(start, query.top === undefined ? undefined : start + query.top);
}

/** $select on one entity; a subtype's property the entity lacks is left out, as SharePoint does. */
export function selectProperties(properties: { readonly [key: string]: Json }, select: readonly string[] | undefined): { [key: string]: Json } {
  if (select === undefined || select.includes('*')) return { ...properties };
  const selected: { [key: string]: Json } = {};
  for (const name of select) {
    if (name in properties) selected[name] = properties[name];
  }
  return selected;
}

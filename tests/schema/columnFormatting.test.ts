import { allLists, FieldDefinition, schema } from '../../src/schema';
import {
  COLOUR_SWATCH_FORMATTER,
  PARTY_COLOUR_FORMATTER,
  CURRENT_MEMBER_FORMATTER,
  EMAIL_LINK_FORMATTER,
  FORMATTER_ATTRIBUTES,
  FORMATTER_ELEMENT_TYPES,
  FORMATTER_OPERATORS,
  FORMATTER_STYLES,
  FormatterExpression,
  IColumnFormatter,
  IFormatterElement,
  LIAISON_BADGE_FORMATTER,
  REVIEW_DUE_FORMATTER
} from '../../src/schema/columnFormatting';
import { lookupProjectionsOf } from '../../src/schema/lookupProjections';
import { projectionXml } from '../../src/schema/provisioning/fieldXml';
import { attribute, elementsNamed, parseAsset } from './provisioning/parseXml';

/**
 * From SharePoint's formatting syntax reference (learn.microsoft.com, "Formatting detailed syntax
 * reference"): the element types, attribute names and operators it accepts, and the style
 * properties of its allowed list that a formatter here might use. Anything else is an error there.
 */
const DOCUMENTED_ELEMENT_TYPES = ['div', 'span', 'a', 'img', 'svg', 'path', 'button', 'p'];
const DOCUMENTED_ATTRIBUTES = ['href', 'rel', 'src', 'class', 'target', 'title', 'role', 'iconName', 'd', 'aria', 'data-interception', 'viewBox', 'preserveAspectRatio', 'draggable'];
const DOCUMENTED_OPERATORS = [
  '+', '-', '/', '*', '<', '>', '%', '==', '!=', '<=', '>=', '||', '&&', 'toString()', 'Number()', 'Date()', 'cos', 'sin', '?', ':',
  'toLocaleString()', 'toLocaleDateString()', 'toLocaleTimeString()', 'indexOf', 'toLowerCase', 'join', 'length', 'abs', 'loopIndex',
  'floor', 'ceiling', 'pow', 'substring', 'getDate', 'getMonth', 'getYear', 'toUpperCase', 'lastIndexOf', 'startsWith', 'endsWith',
  'replace', 'padStart', 'padEnd', 'getUserImage'
];
const DOCUMENTED_STYLES = [
  'background-color', 'border', 'border-radius', 'color', 'display', 'height', 'margin-right', 'padding', 'vertical-align', 'width',
  'font-weight', 'margin', 'margin-left', 'text-align'
];
const SPECIAL_STRING = /^@(currentField(\.[A-Za-z]+)?|now|me)$/;

/** Columns with a formatter: fields, and dependent lookup columns. */
const formatted = allLists.flatMap((list) =>
  [...list.fields, ...lookupProjectionsOf(list).map(({ projection }) => projection)]
    .filter((field) => field.formatter)
    .map((field) => [`${list.key}.${field.internalName}`, list.key, field] as const)
);

function walkElements(element: IFormatterElement): IFormatterElement[] {
  return [element, ...(element.children ?? []).flatMap(walkElements)];
}

function walkExpressions(expression: FormatterExpression): FormatterExpression[] {
  return typeof expression === 'object' ? [expression, ...expression.operands.flatMap(walkExpressions)] : [expression];
}

function expressionsOf(element: IFormatterElement): FormatterExpression[] {
  return [
    ...(element.txtContent === undefined ? [] : [element.txtContent]),
    ...Object.values(element.style ?? {}),
    ...Object.values(element.attributes ?? {})
  ].flatMap((expression) => walkExpressions(expression as FormatterExpression));
}

describe('column formatting in the committed XML', () => {
  test('the formatted columns are email, review date, liaison, current member and party colour', () => {
    expect(formatted.map(([name]) => name).sort()).toEqual(
      ['Members.Email', 'Members.IsCurrent', 'Members.PartyColour', 'Officers.Email', 'Officers.IsLiaisonOfficer', 'Officers.LastReviewed', 'Parties.Colour', 'Services.ServiceEmail'].sort()
    );
  });

  test.each(formatted)('%s: CustomFormatter is JSON equal to its definition', (_name, key, field) => {
    const document = parseAsset(`schema-${key}.xml`);
    const element = elementsNamed(document, 'Field').find((candidate) => candidate.getAttribute('Name') === field.internalName)!;
    expect(JSON.parse(attribute(element, 'CustomFormatter'))).toEqual(field.formatter);
  });

  test('fields without a formatter have no CustomFormatter', () => {
    const unformatted = allLists.flatMap((list) => {
      const document = parseAsset(`schema-${list.key}.xml`);
      return list.fields
        .filter((field) => !field.formatter)
        .map((field: FieldDefinition) => elementsNamed(document, 'Field').find((candidate) => candidate.getAttribute('Name') === field.internalName));
    });
    expect(unformatted.length).toBeGreaterThan(0);
    expect(unformatted.filter((element) => element?.hasAttribute('CustomFormatter'))).toEqual([]);
  });
});

describe('formatters use only what SharePoint\'s formatting syntax accepts', () => {
  test('the allowed lists in src/schema are subsets of the documented ones', () => {
    expect(FORMATTER_ELEMENT_TYPES.filter((type) => !DOCUMENTED_ELEMENT_TYPES.includes(type))).toEqual([]);
    expect(FORMATTER_ATTRIBUTES.filter((name) => !DOCUMENTED_ATTRIBUTES.includes(name))).toEqual([]);
    expect(FORMATTER_OPERATORS.filter((operator) => !DOCUMENTED_OPERATORS.includes(operator))).toEqual([]);
    expect(FORMATTER_STYLES.filter((name) => !DOCUMENTED_STYLES.includes(name))).toEqual([]);
  });

  test.each(formatted)('%s: schema, elements, styles, attributes, operators and special strings', (_name, _key, field) => {
    const formatter = field.formatter as IColumnFormatter;
    expect(formatter.$schema).toBe('https://developer.microsoft.com/json-schemas/sp/v2/column-formatting.schema.json');
    for (const element of walkElements(formatter)) {
      expect(DOCUMENTED_ELEMENT_TYPES).toContain(element.elmType);
      expect(Object.keys(element).filter((key) => !['$schema', 'elmType', 'txtContent', 'style', 'attributes', 'children'].includes(key))).toEqual([]);
      expect(Object.keys(element.style ?? {}).filter((name) => !DOCUMENTED_STYLES.includes(name))).toEqual([]);
      expect(Object.keys(element.attributes ?? {}).filter((name) => !DOCUMENTED_ATTRIBUTES.includes(name))).toEqual([]);
      for (const expression of expressionsOf(element)) {
        if (typeof expression === 'object') {
          expect(DOCUMENTED_OPERATORS).toContain(expression.operator);
          expect(expression.operands.length).toBe(expression.operator === '?' ? 3 : /\(\)$/.test(expression.operator) ? 1 : 2);
        } else if (typeof expression === 'string' && expression.startsWith('@')) {
          expect(expression).toMatch(SPECIAL_STRING);
        }
      }
    }
  });
});

/**
 * Renders a formatter for one value the way SharePoint evaluates its expressions: dates are Date
 * objects and an empty value is '', `Number()` of a date is its milliseconds, `toLocaleDateString()`
 * follows the reader's locale (en-GB here). Returns each element's text, class, display and the
 * rest of what the tests look at.
 */
interface IRendered {
  readonly text: string;
  readonly classes: string[];
  readonly hidden: boolean;
  readonly styles: Record<string, string>;
  readonly attributes: Record<string, string>;
}

type Value = string | number | boolean | Date | { readonly lookupId: number; readonly lookupValue: string };

function evaluate(expression: FormatterExpression, currentField: Value, now: Date): Value {
  if (typeof expression !== 'object') {
    if (expression === '@currentField') return currentField;
    if (expression === '@currentField.lookupValue') return typeof currentField === 'object' && 'lookupValue' in currentField ? currentField.lookupValue : '';
    if (expression === '@now') return now;
    return expression;
  }
  const [a, b, c] = expression.operands;
  const value = (operand: FormatterExpression): Value => evaluate(operand, currentField, now);
  const primitive = (operand: Value): string | number | boolean => {
    if (operand instanceof Date) return operand.getTime();
    if (typeof operand === 'object') throw new Error('A lookup object cannot be compared; use its lookupValue.');
    return operand;
  };
  switch (expression.operator) {
    case '?':
      return value(a) ? value(b) : value(c);
    case '==':
      return primitive(value(a)) === primitive(value(b));
    case '!=':
      return primitive(value(a)) !== primitive(value(b));
    case '<':
      return (primitive(value(a)) as number) < (primitive(value(b)) as number);
    case '-':
      return (primitive(value(a)) as number) - (primitive(value(b)) as number);
    case '+':
      return String(value(a) instanceof Date ? (value(a) as Date).toISOString() : value(a)) + String(value(b));
    case '&&':
      return Boolean(value(a)) && Boolean(value(b));
    case '||':
      return Boolean(value(a)) || Boolean(value(b));
    case 'Number()': {
      const operand = value(a);
      return operand instanceof Date ? operand.getTime() : operand === '' ? 0 : Number(operand);
    }
    case 'toLocaleDateString()': {
      const operand = value(a);
      return operand instanceof Date ? operand.toLocaleDateString('en-GB', { timeZone: 'Europe/London' }) : '';
    }
  }
}

function render(formatter: IFormatterElement, currentField: Value, now: Date): IRendered[] {
  return walkElements(formatter).map((element) => {
    const text = element.txtContent === undefined ? '' : String(evaluate(element.txtContent, currentField, now));
    const styles = Object.fromEntries(Object.entries(element.style ?? {}).map(([name, expression]) => [name, String(evaluate(expression as FormatterExpression, currentField, now))]));
    const attributes = Object.fromEntries(
      Object.entries(element.attributes ?? {}).map(([name, expression]) => [name, String(evaluate(expression as FormatterExpression, currentField, now))])
    );
    return { text, classes: (attributes.class ?? '').split(' ').filter(Boolean), hidden: styles.display === 'none', styles, attributes };
  });
}

const visibleText = (rendered: IRendered[]): string => rendered.filter((element) => !element.hidden).map((element) => element.text).join('');

describe('what admins see', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  const date = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

  test.each([
    ['never reviewed', '' as Value, 'Not reviewed', 'sp-field-severity--warning'],
    ['reviewed 18 months ago', date('2025-05-20'), '20/05/2025 – review due', 'sp-field-severity--blocked'],
    ['reviewed 366 days ago', date('2025-11-22'), '22/11/2025 – review due', 'sp-field-severity--blocked'],
    ['reviewed 364 days ago', date('2025-11-24'), '24/11/2025', undefined],
    ['reviewed last month', date('2026-10-19'), '19/10/2026', undefined]
  ])('last reviewed, %s: "%s"', (_case, value, text, severity) => {
    const [root, icon, label] = render(REVIEW_DUE_FORMATTER, value, now);
    expect(label.text).toBe(text);
    expect(root.classes).toEqual(severity ? [severity] : []);
    expect(icon.attributes.iconName).toBe(severity === undefined ? '' : severity.endsWith('blocked') ? 'Error' : 'Warning');
  });

  test('a liaison officer gets a badge with words in it; others get nothing', () => {
    expect(visibleText(render(LIAISON_BADGE_FORMATTER, true, now))).toBe('Liaison officer');
    expect(render(LIAISON_BADGE_FORMATTER, false, now).every((element) => element.text === '' || element.hidden)).toBe(true);
  });

  test('current and former members are told apart in words', () => {
    expect(visibleText(render(CURRENT_MEMBER_FORMATTER, true, now))).toBe('Current');
    expect(visibleText(render(CURRENT_MEMBER_FORMATTER, false, now))).toBe('Former member');
  });

  test('a party colour shows as a swatch of that colour beside its code; an empty one shows nothing', () => {
    const [, swatch, code] = render(COLOUR_SWATCH_FORMATTER, '#0087DC', now);
    expect([swatch.styles['background-color'], swatch.hidden, code.text]).toEqual(['#0087DC', false, '#0087DC']);
    const [, emptySwatch] = render(COLOUR_SWATCH_FORMATTER, '', now);
    expect(emptySwatch.hidden).toBe(true);
  });

  test('a member\'s party colour (a lookup of the party\'s Colour) shows as a swatch', () => {
    const [, swatch, code] = render(PARTY_COLOUR_FORMATTER, { lookupId: 3, lookupValue: '#E4003B' }, now);
    expect([swatch.styles['background-color'], swatch.hidden, code.text]).toEqual(['#E4003B', false, '#E4003B']);
    expect(render(PARTY_COLOUR_FORMATTER, { lookupId: 4, lookupValue: '' }, now)[1].hidden).toBe(true);
  });

  test('an email address is a mailto link named for the address; an empty one links nowhere', () => {
    const [link] = render(EMAIL_LINK_FORMATTER, 'jo.bloggs@example.gov.uk', now);
    expect([link.text, link.attributes.href, link.attributes.title]).toEqual([
      'jo.bloggs@example.gov.uk',
      'mailto:jo.bloggs@example.gov.uk',
      'Email jo.bloggs@example.gov.uk'
    ]);
    expect(render(EMAIL_LINK_FORMATTER, '', now)[0].attributes.href).toBe('');
  });
});

test('a dependent lookup may show only a text, number or date column of the target list', () => {
  const party = schema.Members.fields.find((field) => field.internalName === 'Party');
  if (party?.type !== 'Lookup') throw new Error('Members.Party is a lookup');
  const projection = { internalName: 'PartyKindShown', displayName: 'Party kind', id: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0', showField: 'PartyKind' };
  expect(() => projectionXml({ lookup: party, projection }, 0)).toThrow(/'Parties.PartyKind', which is not a text, number or date column/);
  expect(() => projectionXml({ lookup: party, projection: { ...projection, showField: 'ShortName' } }, 0)).not.toThrow();
});

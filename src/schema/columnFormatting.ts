/**
 * Column formatting provisioned with the lists, as typed objects in SharePoint's
 * column-formatting JSON (https://developer.microsoft.com/json-schemas/sp/v2/column-formatting.schema.json).
 * The generator writes each as the field's CustomFormatter attribute.
 *
 * Expressions use the abstract-syntax-tree form ({ operator, operands }) rather than Excel-style
 * strings, so the operators can be checked against the documented list. Colour is never the only
 * signal: every highlighted state also says what it means in words (WCAG 1.4.1).
 */

export const COLUMN_FORMATTING_SCHEMA = 'https://developer.microsoft.com/json-schemas/sp/v2/column-formatting.schema.json';

/** The element types column formatting allows. */
export const FORMATTER_ELEMENT_TYPES = ['div', 'span', 'a', 'img', 'svg', 'path', 'button', 'p'] as const;
export type FormatterElementType = (typeof FORMATTER_ELEMENT_TYPES)[number];

/** The operators used here; every one is in SharePoint's documented list. */
export const FORMATTER_OPERATORS = ['?', '==', '!=', '<', '+', '-', '&&', '||', 'Number()', 'toLocaleDateString()'] as const;
export type FormatterOperator = (typeof FORMATTER_OPERATORS)[number];

/** The style properties used here; every one is in SharePoint's allowed list. */
export const FORMATTER_STYLES = ['background-color', 'border', 'border-radius', 'color', 'display', 'height', 'margin-right', 'padding', 'vertical-align', 'width'] as const;
export type FormatterStyle = (typeof FORMATTER_STYLES)[number];

/** The attributes used here; every one is in SharePoint's allowed list. */
export const FORMATTER_ATTRIBUTES = ['class', 'iconName', 'title', 'href'] as const;
export type FormatterAttribute = (typeof FORMATTER_ATTRIBUTES)[number];

export type FormatterExpression =
  | string
  | number
  | boolean
  | { readonly operator: FormatterOperator; readonly operands: readonly FormatterExpression[] };

export interface IFormatterElement {
  readonly elmType: FormatterElementType;
  readonly txtContent?: FormatterExpression;
  readonly style?: Readonly<Partial<Record<FormatterStyle, FormatterExpression>>>;
  readonly attributes?: Readonly<Partial<Record<FormatterAttribute, FormatterExpression>>>;
  readonly children?: readonly IFormatterElement[];
}

export interface IColumnFormatter extends IFormatterElement {
  readonly $schema: typeof COLUMN_FORMATTING_SCHEMA;
}

// The formatters are built by calls at module level; `#__PURE__` lets the minifier drop them from the web parts,
// which load this module only for constants of the list modules and never read a formatter.
const op = (operator: FormatterOperator, ...operands: FormatterExpression[]): FormatterExpression => ({ operator, operands });
const when = (condition: FormatterExpression, then: FormatterExpression, otherwise: FormatterExpression): FormatterExpression =>
  op('?', condition, then, otherwise);

/** 365 days in milliseconds: date arithmetic in column formatting works on milliseconds. */
export const TWELVE_MONTHS_MS = 365 * 24 * 60 * 60 * 1000;

const isEmpty = /*#__PURE__*/ op('==', '@currentField', '');
const isOverdue = /*#__PURE__*/ (() => op('&&', op('!=', '@currentField', ''), op('<', op('Number()', '@currentField'), op('-', op('Number()', '@now'), TWELVE_MONTHS_MS))))();

/**
 * Officers.LastReviewed: the date, or "Not reviewed"; a review more than 12 months old shows on
 * SharePoint's "blocked" severity background with "review due", an empty one on "warning".
 */
export const REVIEW_DUE_FORMATTER: IColumnFormatter = /*#__PURE__*/ (() => ({
  $schema: COLUMN_FORMATTING_SCHEMA,
  elmType: 'div',
  attributes: {
    class: when(isEmpty, 'sp-field-severity--warning', when(isOverdue, 'sp-field-severity--blocked', ''))
  },
  style: { padding: '0 4px' },
  children: [
    {
      elmType: 'span',
      style: { display: 'inline-block', 'margin-right': '4px' },
      attributes: { iconName: when(isEmpty, 'Warning', when(isOverdue, 'Error', '')) }
    },
    {
      elmType: 'span',
      txtContent: when(isEmpty, 'Not reviewed', when(isOverdue, op('+', op('toLocaleDateString()', '@currentField'), ' – review due'), op('toLocaleDateString()', '@currentField')))
    }
  ]
}))();

/** A pill with a word in it for a yes/no column: shown only when the value is yes. */
function badgeFor(label: string, background: string, text: string): IColumnFormatter {
  return {
    $schema: COLUMN_FORMATTING_SCHEMA,
    elmType: 'div',
    children: [
      {
        elmType: 'span',
        txtContent: when(op('==', '@currentField', true), label, ''),
        style: {
          display: when(op('==', '@currentField', true), 'inline-block', 'none'),
          padding: '2px 8px',
          'border-radius': '12px',
          'background-color': background,
          color: text
        }
      }
    ]
  };
}

/** Officers.IsLiaisonOfficer: "Liaison officer" in a badge; nothing for other officers. */
// #0F5132 on #D1E7DD is 7.2:1, well above the 4.5:1 WCAG AA needs for small text.
export const LIAISON_BADGE_FORMATTER = /*#__PURE__*/ badgeFor('Liaison officer', '#D1E7DD', '#0F5132');

/** Members.IsCurrent: "Current" or "Former member", so the difference is in words, not colour. */
export const CURRENT_MEMBER_FORMATTER: IColumnFormatter = /*#__PURE__*/ (() => ({
  $schema: COLUMN_FORMATTING_SCHEMA,
  elmType: 'div',
  attributes: { class: when(op('==', '@currentField', true), '', 'sp-field-severity--low') },
  txtContent: when(op('==', '@currentField', true), 'Current', 'Former member')
}))();

/** A swatch of a `#RRGGBB` colour beside its code; `value` is the column's text, or a lookup's. */
function colourSwatch(value: '@currentField' | '@currentField.lookupValue'): IColumnFormatter {
  return {
    $schema: COLUMN_FORMATTING_SCHEMA,
    elmType: 'div',
    children: [
      {
        elmType: 'span',
        style: {
          display: when(op('==', value, ''), 'none', 'inline-block'),
          width: '16px',
          height: '16px',
          'vertical-align': 'middle',
          'margin-right': '8px',
          border: '1px solid #605E5C',
          'border-radius': '2px',
          'background-color': value
        }
      },
      { elmType: 'span', txtContent: value }
    ]
  };
}

/**
 * Parties.Colour: a swatch of the colour beside its code, so admins see at once whether the
 * code is the colour they meant. An invalid code cannot be saved (see ./validation).
 */
export const COLOUR_SWATCH_FORMATTER = /*#__PURE__*/ colourSwatch('@currentField');

/** Members.PartyColour, the party's colour shown beside the member (a lookup of Parties.Colour). */
export const PARTY_COLOUR_FORMATTER = /*#__PURE__*/ colourSwatch('@currentField.lookupValue');

/** Email columns: a mailto link, so admins can check an address by writing to it. */
export const EMAIL_LINK_FORMATTER: IColumnFormatter = /*#__PURE__*/ (() => ({
  $schema: COLUMN_FORMATTING_SCHEMA,
  elmType: 'a',
  txtContent: '@currentField',
  attributes: { href: when(isEmpty, '', op('+', 'mailto:', '@currentField')), title: when(isEmpty, '', op('+', 'Email ', '@currentField')) }
}))();

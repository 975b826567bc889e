/**
 * Validation rules for list columns, defined once: each rule gives the SharePoint validation
 * formula provisioned with the column (so admins' own list forms enforce it), the same rule as a
 * JavaScript predicate (for the importer and the emulator), and the message admins see.
 *
 * Formulas use en-US syntax (commas between arguments, English function names) and the columns'
 * internal names, as SharePoint stores them in a field's or list's schema XML. Every formula
 * passes a blank value: whether a column must be filled in is its Required setting, not a rule.
 * The predicates take the value a column holds: text as text, a date-only column as its
 * calendar date `YYYY-MM-DD` (read a stored instant with `calendarDateOfStored` first).
 */
import type { FieldDefinition, IListDefinition } from './types';
import { isCalendarDate, isMonday } from './ukDates';
import { isPlainEmailAddress, NOT_IN_A_PLAIN_ADDRESS } from './emailAddress';

/** SharePoint refuses a validation formula or message longer than this. */
export const MAX_VALIDATION_LENGTH = 1024;

/** Rules a single line of text column can carry. */
export type TextRuleKind = 'email' | 'hexColour' | 'gssCode';
/** Rules a date-only column can carry. */
export type DateRuleKind = 'monday';
export type ColumnRuleKind = TextRuleKind | DateRuleKind;

export interface IColumnRule {
  readonly kind: ColumnRuleKind;
  /** Shown under the column in SharePoint's form, and by the importer, when a value breaks the rule. */
  readonly message: string;
  /** The column validation formula for the column with this internal name, without the leading `=`. */
  formula(column: string): string;
  /** True when the value keeps the rule; a blank value always does. */
  accepts(value: string | null | undefined): boolean;
}

/**
 * A rule across two columns of one item, written as the list's validation formula (SharePoint
 * allows one per list). Both columns are date-only; either may be blank.
 */
export interface IDateOrderRule {
  readonly kind: 'dateOrder';
  readonly earlier: string;
  readonly later: string;
  /** True when both dates may be the same day. */
  readonly sameDayAllowed: boolean;
}

export type ListRule = IDateOrderRule;

function isBlank(value: string | null | undefined): value is null | undefined | '' {
  return value === null || value === undefined || value === '';
}

/** `IF(ISBLANK([Column]),TRUE,test)`: IF evaluates only the branch it takes, so the test never sees a blank. */
function blankOr(column: string, test: string): string {
  return `IF(ISBLANK([${column}]),TRUE,${test})`;
}

const HEX_DIGITS = '0123456789ABCDEF';
const HEX_COLOUR_DIGIT_POSITIONS = [2, 3, 4, 5, 6, 7];

/** A character as a formula's text: CHAR(n) for controls, a doubled quote for a quote. */
function formulaCharacter(character: string): string {
  const code = character.charCodeAt(0);
  if (code < 32) return `CHAR(${code})`;
  return character === '"' ? '""""' : `"${character}"`;
}

/**
 * Exactly one plain address (src/model/emailAddress): the same checks, as a formula, with one FIND
 * per character an address may not hold (SharePoint allows only eight levels of nested functions,
 * so they sit side by side in the AND).
 */
const email: IColumnRule = {
  kind: 'email',
  message: 'Enter one email address, such as jo.bloggs@example.gov.uk, with no spaces, commas or semicolons.',
  formula: (column) => {
    const at = `FIND("@",[${column}])`;
    const forbidden = NOT_IN_A_PLAIN_ADDRESS.map((character) => `ISERROR(FIND(${formulaCharacter(character)},[${column}]))`);
    return blankOr(
      column,
      `IF(ISERROR(${at}),FALSE,AND(${at}>1,${forbidden.join(',')},ISERROR(FIND("@",[${column}],${at}+1)),` +
        `MID([${column}],${at}+1,1)<>".",NOT(ISERROR(FIND(".",[${column}],${at}+2))),RIGHT([${column}],1)<>"."))`
    );
  },
  accepts: (value) => isBlank(value) || isPlainEmailAddress(value)
};

/** `#RRGGBB`, upper or lower case: FIND is case-sensitive, so each digit is upper-cased first. */
const hexColour: IColumnRule = {
  kind: 'hexColour',
  message: 'Enter the colour as # followed by six digits or letters A to F, for example #0087DC.',
  formula: (column) => {
    const digits = HEX_COLOUR_DIGIT_POSITIONS.map(
      (position) => `ISNUMBER(FIND(UPPER(MID([${column}],${position},1)),"${HEX_DIGITS}"))`
    );
    return blankOr(column, `AND(LEN([${column}])=7,LEFT([${column}],1)="#",${digits.join(',')})`);
  },
  accepts: (value) => isBlank(value) || /^#[0-9A-Fa-f]{6}$/.test(value)
};

const GSS_COUNTRY_LETTERS = 'ENSW';
const DIGITS = '0123456789';
const GSS_DIGIT_POSITIONS = [2, 3, 4, 5, 6, 7, 8, 9];

/**
 * An ONS GSS code: the country's letter (England, Northern Ireland, Scotland, Wales) and eight
 * digits, e.g. E05000001. Imports match wards by it, so a mistyped code would duplicate a ward.
 */
const gssCode: IColumnRule = {
  kind: 'gssCode',
  message: 'Enter the nine-character ONS code: E, W, S or N and eight digits, for example E05000001.',
  formula: (column) => {
    const digits = GSS_DIGIT_POSITIONS.map((position) => `ISNUMBER(FIND(MID([${column}],${position},1),"${DIGITS}"))`);
    return blankOr(column, `AND(LEN([${column}])=9,ISNUMBER(FIND(LEFT([${column}],1),"${GSS_COUNTRY_LETTERS}")),${digits.join(',')})`);
  },
  accepts: (value) => isBlank(value) || /^[ENSW]\d{8}$/.test(value)
};

/** WEEKDAY with return type 2 numbers Monday 1 to Sunday 7. */
const monday: IColumnRule = {
  kind: 'monday',
  message: 'Choose a Monday: briefings are filed under the Monday their week starts.',
  formula: (column) => blankOr(column, `WEEKDAY([${column}],2)=1`),
  accepts: (value) => isBlank(value) || isMonday(value)
};

export const COLUMN_RULES: Readonly<Record<ColumnRuleKind, IColumnRule>> = { email, hexColour, gssCode, monday };

/** The rule a field carries, if any. */
export function columnRuleOf(field: FieldDefinition): IColumnRule | undefined {
  if ((field.type === 'Text' || field.type === 'DateTime') && field.validation !== undefined) {
    return COLUMN_RULES[field.validation];
  }
  return undefined;
}

function dateFieldOf(list: IListDefinition, internalName: string): FieldDefinition {
  const field = list.fields.find((candidate) => candidate.internalName === internalName);
  if (!field || field.type !== 'DateTime' || !field.dateOnly) {
    throw new Error(`List validation on '${list.key}' names '${internalName}', which is not a date-only column of the list.`);
  }
  return field;
}

/** The list's validation formula, without the leading `=`; undefined when the list has no rule. */
export function listValidationFormula(list: IListDefinition): string | undefined {
  const rule = list.validation;
  if (!rule) return undefined;
  dateFieldOf(list, rule.earlier);
  dateFieldOf(list, rule.later);
  const operator = rule.sameDayAllowed ? '>=' : '>';
  return `IF(OR(ISBLANK([${rule.earlier}]),ISBLANK([${rule.later}])),TRUE,[${rule.later}]${operator}[${rule.earlier}])`;
}

/** What admins see when an item breaks the list's rule, naming the columns as the form does. */
export function listValidationMessage(list: IListDefinition): string | undefined {
  const rule = list.validation;
  if (!rule) return undefined;
  const earlier = dateFieldOf(list, rule.earlier).displayName;
  const later = dateFieldOf(list, rule.later).displayName;
  return rule.sameDayAllowed
    ? `'${later}' must be the same day as '${earlier}' or later.`
    : `'${later}' must be after '${earlier}'.`;
}

/** The list rule as a predicate over calendar dates (`YYYY-MM-DD` strings sort as dates do). */
export function listRuleAccepts(rule: ListRule, earlier: string | null | undefined, later: string | null | undefined): boolean {
  if (isBlank(earlier) || isBlank(later)) return true;
  if (!isCalendarDate(earlier) || !isCalendarDate(later)) return false;
  return rule.sameDayAllowed ? later >= earlier : later > earlier;
}

export interface IValidationProblem {
  /** Internal name of the column at fault; undefined for the list's rule across columns. */
  readonly column?: string;
  readonly message: string;
}

/**
 * Every rule an item breaks, as SharePoint would report them: column rules for the columns given,
 * then the list's rule. `values` maps internal names to text, or a date-only column's calendar date.
 * Columns not given are not checked (an update sends only the columns it changes).
 */
export function validationProblems(list: IListDefinition, values: Readonly<Record<string, string | null | undefined>>): IValidationProblem[] {
  const problems: IValidationProblem[] = [];
  for (const field of list.fields) {
    const rule = columnRuleOf(field);
    if (rule && field.internalName in values && !rule.accepts(values[field.internalName])) {
      problems.push({ column: field.internalName, message: rule.message });
    }
  }
  const listRule = list.validation;
  if (listRule && !listRuleAccepts(listRule, values[listRule.earlier], values[listRule.later])) {
    problems.push({ message: listValidationMessage(list) ?? '' });
  }
  return problems;
}

/**
 * Test oracle: evaluates the small part of SharePoint's formula language (Excel's, with columns
 * written [InternalName]) that src/schema/validation.ts uses, so tests can run the provisioned
 * formula itself against the same table as the JavaScript predicate. Semantics follow the
 * documented Excel functions: FIND is case-sensitive and fails (#VALUE!) when the text is not
 * found or the start is past the end; IF evaluates only the branch it takes; any other function
 * given an error returns that error; "=" and "<>" compare text case-insensitively.
 * A formula that uses anything else fails to parse, which also fails the test.
 */

/** A column's value: text, a date as its serial number (days since 1899-12-30), or blank. */
export type CellValue = string | number | null;

class FormulaError {
  public constructor(public readonly code: string) {}
}

type Value = string | number | boolean | null | FormulaError;

type Node =
  | { readonly kind: 'literal'; readonly value: string | number | boolean }
  | { readonly kind: 'column'; readonly name: string }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Node[] }
  | { readonly kind: 'binary'; readonly operator: string; readonly left: Node; readonly right: Node };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|("(?:[^"]|"")*")|\[([^\]]+)\]|([A-Z]+)(?=\()|(TRUE|FALSE)\b|(<>|<=|>=|[=<>&+\-(),]))/y;

interface IToken {
  readonly type: 'number' | 'string' | 'column' | 'function' | 'boolean' | 'operator';
  readonly text: string;
}

function tokenise(formula: string): IToken[] {
  const tokens: IToken[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(formula);
    if (!match) throw new Error(`Cannot read the formula at character ${start + 1}: ${formula.slice(start, start + 20)}`);
    const [, number, text, column, name, boolean, operator] = match;
    if (number !== undefined) tokens.push({ type: 'number', text: number });
    else if (text !== undefined) tokens.push({ type: 'string', text: text.slice(1, -1).replace(/""/g, '"') });
    else if (column !== undefined) tokens.push({ type: 'column', text: column });
    else if (name !== undefined) tokens.push({ type: 'function', text: name });
    else if (boolean !== undefined) tokens.push({ type: 'boolean', text: boolean });
    else tokens.push({ type: 'operator', text: operator });
  }
  return tokens;
}

/** Precedence climbing: comparison, then &, then + and -. */
function parse(formula: string): Node {
  const tokens = tokenise(formula);
  let position = 0;
  const peek = (): IToken | undefined => tokens[position];
  const expect = (text: string): void => {
    if (peek()?.text !== text) throw new Error(`Expected '${text}' at token ${position + 1} of ${formula}`);
    position += 1;
  };
  const levels: readonly (readonly string[])[] = [['=', '<>', '<', '>', '<=', '>='], ['&'], ['+', '-']];
  const binary = (level: number): Node => {
    if (level === levels.length) return primary();
    let left = binary(level + 1);
    while (peek()?.type === 'operator' && levels[level].includes(peek()!.text)) {
      const operator = tokens[position++].text;
      left = { kind: 'binary', operator, left, right: binary(level + 1) };
    }
    return left;
  };
  const primary = (): Node => {
    const token = tokens[position++];
    if (!token) throw new Error(`Formula ends too soon: ${formula}`);
    switch (token.type) {
      case 'number':
        return { kind: 'literal', value: Number(token.text) };
      case 'string':
        return { kind: 'literal', value: token.text };
      case 'boolean':
        return { kind: 'literal', value: token.text === 'TRUE' };
      case 'column':
        return { kind: 'column', name: token.text };
      case 'function': {
        expect('(');
        const args: Node[] = [];
        if (peek()?.text !== ')') {
          args.push(binary(0));
          while (peek()?.text === ',') {
            position += 1;
            args.push(binary(0));
          }
        }
        expect(')');
        return { kind: 'call', name: token.text, args };
      }
      case 'operator':
        if (token.text === '(') {
          const inner = binary(0);
          expect(')');
          return inner;
        }
    }
    throw new Error(`Unexpected '${token.text}' in ${formula}`);
  };
  const tree = binary(0);
  if (position !== tokens.length) throw new Error(`Unexpected '${tokens[position].text}' in ${formula}`);
  return tree;
}

const VALUE_ERROR = new FormulaError('#VALUE!');

function asText(value: Exclude<Value, FormulaError>): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function asNumber(value: Exclude<Value, FormulaError>): number | FormulaError {
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  const number = Number(value);
  return value.trim() === '' || Number.isNaN(number) ? VALUE_ERROR : number;
}

function asBoolean(value: Exclude<Value, FormulaError>): boolean | FormulaError {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (value === null) return false;
  return VALUE_ERROR;
}

function compare(operator: string, left: Exclude<Value, FormulaError>, right: Exclude<Value, FormulaError>): boolean {
  const bothNumbers = typeof left === 'number' && typeof right === 'number';
  const a = bothNumbers ? (left as number) : asText(left).toLowerCase();
  const b = bothNumbers ? (right as number) : asText(right).toLowerCase();
  switch (operator) {
    case '=':
      return a === b;
    case '<>':
      return a !== b;
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    default:
      return a >= b;
  }
}

const MS_PER_DAY = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** The serial number SharePoint (like Excel) gives a calendar date `YYYY-MM-DD`. */
export function serialOf(date: string): number {
  return (Date.parse(`${date}T00:00:00Z`) - SERIAL_EPOCH) / MS_PER_DAY;
}

type Strict = (...args: Exclude<Value, FormulaError>[]) => Value;

/** Functions that see their arguments only when none is an error. */
const STRICT_FUNCTIONS: Readonly<Record<string, Strict>> = {
  AND: (...args) => {
    const booleans = args.map(asBoolean);
    const error = booleans.find((value): value is FormulaError => value instanceof FormulaError);
    return error ?? booleans.every(Boolean);
  },
  OR: (...args) => {
    const booleans = args.map(asBoolean);
    const error = booleans.find((value): value is FormulaError => value instanceof FormulaError);
    return error ?? booleans.some(Boolean);
  },
  NOT: (value) => {
    const boolean = asBoolean(value);
    return boolean instanceof FormulaError ? boolean : !boolean;
  },
  FIND: (findText, withinText, start = 1) => {
    const within = asText(withinText);
    const from = asNumber(start);
    if (from instanceof FormulaError || from < 1 || from > within.length) return VALUE_ERROR;
    const index = within.indexOf(asText(findText), from - 1);
    return index === -1 ? VALUE_ERROR : index + 1;
  },
  LEN: (text) => asText(text).length,
  MID: (text, start, count) => {
    const from = asNumber(start);
    const length = asNumber(count);
    if (from instanceof FormulaError || length instanceof FormulaError || from < 1 || length < 0) return VALUE_ERROR;
    return asText(text).substr(from - 1, length);
  },
  LEFT: (text, count = 1) => {
    const length = asNumber(count);
    return length instanceof FormulaError || length < 0 ? VALUE_ERROR : asText(text).slice(0, length);
  },
  RIGHT: (text, count = 1) => {
    const length = asNumber(count);
    if (length instanceof FormulaError || length < 0) return VALUE_ERROR;
    const value = asText(text);
    return length === 0 ? '' : value.slice(-length);
  },
  UPPER: (text) => asText(text).toUpperCase(),
  CHAR: (code) => {
    const number = asNumber(code);
    return number instanceof FormulaError || number < 1 || number > 255 ? VALUE_ERROR : String.fromCharCode(Math.floor(number));
  },

  WEEKDAY: (serial, returnType = 1) => {
    const day = asNumber(serial);
    if (day instanceof FormulaError || typeof serial === 'string' || serial === null) return VALUE_ERROR;
    const sundayIsZero = new Date(SERIAL_EPOCH + Math.floor(day) * MS_PER_DAY).getUTCDay();
    switch (returnType) {
      case 1:
        return sundayIsZero + 1;
      case 2:
        return ((sundayIsZero + 6) % 7) + 1;
      case 3:
        return (sundayIsZero + 6) % 7;
      default:
        return VALUE_ERROR;
    }
  }
};

function evaluate(node: Node, columns: Readonly<Record<string, CellValue>>): Value {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'column':
      if (!(node.name in columns)) throw new Error(`The formula names [${node.name}], which the test did not give a value.`);
      return columns[node.name];
    case 'binary': {
      const left = evaluate(node.left, columns);
      const right = evaluate(node.right, columns);
      if (left instanceof FormulaError) return left;
      if (right instanceof FormulaError) return right;
      if (node.operator === '&') return asText(left) + asText(right);
      if (node.operator === '+' || node.operator === '-') {
        const a = asNumber(left);
        const b = asNumber(right);
        if (a instanceof FormulaError) return a;
        if (b instanceof FormulaError) return b;
        return node.operator === '+' ? a + b : a - b;
      }
      return compare(node.operator, left, right);
    }
    case 'call': {
      const args = node.args;
      switch (node.name) {
        case 'IF': {
          const condition = evaluate(args[0], columns);
          if (condition instanceof FormulaError) return condition;
          const test = asBoolean(condition);
          if (test instanceof FormulaError) return test;
          return test ? evaluate(args[1], columns) : args.length > 2 ? evaluate(args[2], columns) : false;
        }
        case 'ISERROR':
          return evaluate(args[0], columns) instanceof FormulaError;
        case 'ISBLANK':
          return evaluate(args[0], columns) === null;
        case 'ISNUMBER':
          return typeof evaluate(args[0], columns) === 'number';
      }
      const strict = STRICT_FUNCTIONS[node.name];
      if (!strict) throw new Error(`The test evaluator does not know ${node.name}().`);
      const values = args.map((arg) => evaluate(arg, columns));
      const error = values.find((value): value is FormulaError => value instanceof FormulaError);
      return error ?? strict(...(values as Exclude<Value, FormulaError>[]));
    }
  }
}

function depthOf(node: Node): number {
  switch (node.kind) {
    case 'call':
      return 1 + Math.max(0, ...node.args.map(depthOf));
    case 'binary':
      return Math.max(depthOf(node.left), depthOf(node.right));
    default:
      return 0;
  }
}

/**
 * How deeply functions are nested (a function given as another's argument is one level deeper).
 * SharePoint refuses a formula nested more than eight levels deep ("Introduction to SharePoint
 * formulas and functions", Microsoft Support: "A formula can contain up to eight levels of nested functions").
 */
export function functionNestingDepth(formula: string): number {
  return depthOf(parse(formula));
}

/** Columns a formula refers to, in order of first use. */
export function columnsIn(formula: string): string[] {
  return [...new Set(tokenise(formula).filter((token) => token.type === 'column').map((token) => token.text))];
}

/**
 * SharePoint saves the item when the formula is TRUE (or a non-zero number); FALSE or an error
 * refuses it with the validation message.
 */
export function formulaAccepts(formula: string, columns: Readonly<Record<string, CellValue>>): boolean {
  const result = evaluate(parse(formula), columns);
  if (result instanceof FormulaError) return false;
  const boolean = asBoolean(result);
  return boolean === true;
}

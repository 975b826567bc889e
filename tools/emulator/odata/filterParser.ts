/**
 * Parses the OData v3 `$filter` subset SharePoint's REST API accepts into a small tree:
 * comparisons (eq ne lt le gt ge), and/or/not, parentheses, startswith() and substringof(),
 * with string, number, datetime'…', boolean and null literals.
 */
import { spErrors } from '../errors';

export type ComparisonOperator = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

export type FilterLiteral =
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'datetime'; readonly value: number }
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'null' };

export type FilterNode =
  | { readonly kind: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly kind: 'not'; readonly operand: FilterNode }
  | { readonly kind: 'compare'; readonly op: ComparisonOperator; readonly path: string; readonly value: FilterLiteral }
  | { readonly kind: 'startswith' | 'substringof'; readonly path: string; readonly value: string };

type Token =
  | { readonly kind: 'name'; readonly text: string }
  | { readonly kind: 'literal'; readonly literal: FilterLiteral }
  | { readonly kind: 'punct'; readonly text: '(' | ')' | ',' };

const OPERATORS: readonly ComparisonOperator[] = ['eq', 'ne', 'lt', 'le', 'gt', 'ge'];

function isOperator(text: string): text is ComparisonOperator {
  return (OPERATORS as readonly string[]).includes(text);
}

class FilterSyntaxError extends Error {}

function readQuoted(source: string, start: number): [string, number] {
  let value = '';
  let index = start + 1;
  for (;;) {
    if (index >= source.length) {
      throw new FilterSyntaxError('unterminated string');
    }
    const char = source[index];
    if (char === "'") {
      if (source[index + 1] === "'") {
        value += "'";
        index += 2;
        continue;
      }
      return [value, index + 1];
    }
    value += char;
    index += 1;
  }
}

function tokenise(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < source.length) {
    const char = source[index];
    if (/\s/.test(char)) {
      index += 1;
    } else if (char === '(' || char === ')' || char === ',') {
      tokens.push({ kind: 'punct', text: char });
      index += 1;
    } else if (char === "'") {
      const [value, next] = readQuoted(source, index);
      tokens.push({ kind: 'literal', literal: { type: 'string', value } });
      index = next;
    } else if (/[-0-9]/.test(char)) {
      const match = /^-?\d+(\.\d+)?/.exec(source.slice(index));
      if (!match) {
        throw new FilterSyntaxError(`unexpected '${char}'`);
      }
      tokens.push({ kind: 'literal', literal: { type: 'number', value: Number(match[0]) } });
      index += match[0].length;
    } else if (/[A-Za-z_]/.test(char)) {
      const match = /^[A-Za-z_][A-Za-z0-9_/]*/.exec(source.slice(index)) as RegExpExecArray;
      const word = match[0];
      index += word.length;
      if (word.toLowerCase() === 'datetime' && source[index] === "'") {
        const [value, next] = readQuoted(source, index);
        const time = Date.parse(value);
        if (Number.isNaN(time)) {
          throw new FilterSyntaxError(`invalid datetime '${value}'`);
        }
        tokens.push({ kind: 'literal', literal: { type: 'datetime', value: time } });
        index = next;
      } else if (word === 'true' || word === 'false') {
        tokens.push({ kind: 'literal', literal: { type: 'boolean', value: word === 'true' } });
      } else if (word === 'null') {
        tokens.push({ kind: 'literal', literal: { type: 'null' } });
      } else {
        tokens.push({ kind: 'name', text: word });
      }
    } else {
      throw new FilterSyntaxError(`unexpected '${char}'`);
    }
  }
  return tokens;
}

class Parser {
  private position = 0;

  public constructor(private readonly tokens: readonly Token[]) {}

  public parseAll(): FilterNode {
    const node = this.parseOr();
    if (this.position !== this.tokens.length) {
      throw new FilterSyntaxError('unexpected trailing tokens');
    }
    return node;
  }

  private peekWord(): string | undefined {
    const token = this.tokens[this.position];
    return token?.kind === 'name' ? token.text : undefined;
  }

  private take(): Token {
    const token = this.tokens[this.position];
    if (!token) {
      throw new FilterSyntaxError('unexpected end of expression');
    }
    this.position += 1;
    return token;
  }

  private expectPunct(text: '(' | ')' | ','): void {
    const token = this.take();
    if (token.kind !== 'punct' || token.text !== text) {
      throw new FilterSyntaxError(`expected '${text}'`);
    }
  }

  private parseOr(): FilterNode {
    let left = this.parseAnd();
    while (this.peekWord() === 'or') {
      this.position += 1;
      left = { kind: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): FilterNode {
    let left = this.parseUnary();
    while (this.peekWord() === 'and') {
      this.position += 1;
      left = { kind: 'and', left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): FilterNode {
    if (this.peekWord() === 'not') {
      this.position += 1;
      return { kind: 'not', operand: this.parseUnary() };
    }
    const token = this.tokens[this.position];
    if (token?.kind === 'punct' && token.text === '(') {
      this.position += 1;
      const inner = this.parseOr();
      this.expectPunct(')');
      return inner;
    }
    const word = this.peekWord();
    if (word === 'startswith' || word === 'substringof') {
      return this.parseFunction(word);
    }
    return this.parseComparison();
  }

  private parseFunction(name: 'startswith' | 'substringof'): FilterNode {
    this.position += 1;
    this.expectPunct('(');
    const first = this.take();
    this.expectPunct(',');
    const second = this.take();
    this.expectPunct(')');
    // startswith(Field,'text') but substringof('text',Field)
    const [fieldToken, textToken] = name === 'startswith' ? [first, second] : [second, first];
    if (fieldToken.kind !== 'name' || textToken.kind !== 'literal' || textToken.literal.type !== 'string') {
      throw new FilterSyntaxError(`bad arguments to ${name}`);
    }
    const node: FilterNode = { kind: name, path: fieldToken.text, value: textToken.literal.value };
    // Tolerate the explicit form `startswith(Title,'a') eq true`.
    if (this.peekWord() === 'eq') {
      const after = this.tokens[this.position + 1];
      if (after?.kind === 'literal' && after.literal.type === 'boolean') {
        this.position += 2;
        return after.literal.value ? node : { kind: 'not', operand: node };
      }
    }
    return node;
  }

  private parseComparison(): FilterNode {
    const field = this.take();
    if (field.kind !== 'name') {
      throw new FilterSyntaxError('expected a field name');
    }
    const operator = this.take();
    if (operator.kind !== 'name' || !isOperator(operator.text)) {
      throw new FilterSyntaxError('expected a comparison operator');
    }
    const value = this.take();
    if (value.kind !== 'literal') {
      throw new FilterSyntaxError('expected a literal value');
    }
    return { kind: 'compare', op: operator.text, path: field.text, value: value.literal };
  }
}

/** Parses a $filter expression; throws SharePoint's 400 error when it is not valid. */
export function parseFilter(source: string): FilterNode {
  try {
    return new Parser(tokenise(source)).parseAll();
  } catch (error) {
    if (error instanceof FilterSyntaxError) {
      throw spErrors.invalidQuery(`The expression "${source}" is not valid.`);
    }
    throw error;
  }
}

/** Every field path the filter mentions, left to right. */
export function filterPaths(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return [...filterPaths(node.left), ...filterPaths(node.right)];
    case 'not':
      return filterPaths(node.operand);
    default:
      return [node.path];
  }
}

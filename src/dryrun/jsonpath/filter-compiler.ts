import { CharacterIndex } from './char-index.js';
import { JsonPathError, invalidPath } from './errors.js';
import { compileJsonPath } from './compiler.js';
import type { FilterExpression, FilterOperand, RelationalOperator } from './filter-ast.js';
import { parseLenientJson } from './lenient-json.js';
import { jaywayUnescape } from './unescape.js';

const OPERATORS: Record<string, RelationalOperator> = {
  '==': '==', '===': '===', '!=': '!=', '!==': '!==', '<': '<', '<=': '<=', '>': '>', '>=': '>=', '=~': '=~',
  IN: 'IN', NIN: 'NIN', CONTAINS: 'CONTAINS', ALL: 'ALL', SIZE: 'SIZE', EXISTS: 'EXISTS', EMPTY: 'EMPTY',
  SUBSETOF: 'SUBSETOF', ANYOF: 'ANYOF', NONEOF: 'NONEOF', TYPE: 'TYPE', MATCHES: 'MATCHES',
};

/**
 * Compiles `[?(...)]` with Jayway's own filter grammar (`FilterCompiler`, json-path 2.10.0):
 *
 *     LogicalOR         = LogicalAND { '||' LogicalAND }
 *     LogicalAND        = LogicalANDOperand { '&&' LogicalANDOperand }
 *     LogicalANDOperand = RelationalExpression | '(' LogicalOR ')' | '!' LogicalANDOperand
 *     Relational        = Value [ operator Value ]      (no operator: existence test)
 *
 * Values: `@…`/`$…` paths, `'…'`/`"…"` strings, numbers, true/false/null, JSON arrays/objects,
 * `/regex/flags`. No JavaScript is ever evaluated.
 * @throws JsonPathError (`InvalidPathException`) with Jayway's messages.
 */
export function compileFilter(criteria: string): FilterExpression {
  let f = criteria.trim();
  if (!f.startsWith('[') || !f.endsWith(']')) throw invalidPath(`Filter must start with '[' and end with ']'. ${f}`);
  f = f.slice(1, -1).trim();
  if (!f.startsWith('?')) throw invalidPath(`Filter must start with '[?' and end with ']'. ${f}`);
  f = f.slice(1).trim();
  if (!f.startsWith('(') || !f.endsWith(')')) throw invalidPath(`Filter must start with '[?(' and end with ')]'. ${f}`);
  const c = new FilterCompiler(new CharacterIndex(f));
  return c.compile();
}

class FilterCompiler {
  constructor(private readonly f: CharacterIndex) {}

  compile(): FilterExpression {
    try {
      const result = this.readLogicalOR();
      this.f.skipBlanks();
      if (this.f.inBounds()) {
        throw invalidPath(`Expected end of filter expression instead of: ${this.f.subSequence(this.f.position, this.f.length())}`);
      }
      return result;
    } catch (e) {
      if (e instanceof JsonPathError) throw e;
      throw invalidPath(`Failed to parse filter: ${this.f.text}, error on position: ${this.f.position}, char: ${this.f.currentChar()}`);
    }
  }

  private readLogicalOR(): FilterExpression {
    const ops = [this.readLogicalAND()];
    for (;;) {
      const save = this.f.position;
      if (this.f.hasSignificantSubSequence('||')) ops.push(this.readLogicalAND());
      else {
        this.f.setPosition(save);
        break;
      }
    }
    return ops.length === 1 ? (ops[0] as FilterExpression) : { kind: 'or', operands: ops };
  }

  private readLogicalAND(): FilterExpression {
    const ops = [this.readLogicalANDOperand()];
    for (;;) {
      const save = this.f.position;
      if (this.f.hasSignificantSubSequence('&&')) ops.push(this.readLogicalANDOperand());
      else {
        this.f.setPosition(save);
        break;
      }
    }
    return ops.length === 1 ? (ops[0] as FilterExpression) : { kind: 'and', operands: ops };
  }

  private readLogicalANDOperand(): FilterExpression {
    const save = this.f.skipBlanks().position;
    if (this.f.skipBlanks().currentCharIs('!')) {
      this.f.readSignificantChar('!');
      const c = this.f.skipBlanks().currentChar();
      if (c === '$' || c === '@') this.f.setPosition(save);
      else return { kind: 'not', operand: this.readLogicalANDOperand() };
    }
    if (this.f.skipBlanks().currentCharIs('(')) {
      this.f.readSignificantChar('(');
      const op = this.readLogicalOR();
      this.f.readSignificantChar(')');
      return op;
    }
    return this.readExpression();
  }

  private readExpression(): FilterExpression {
    const left = this.readValueNode();
    const save = this.f.position;
    try {
      const operator = this.readRelationalOperator();
      const right = this.readValueNode();
      return { kind: 'relation', left, operator, right };
    } catch (e) {
      if (!(e instanceof JsonPathError)) throw e;
      this.f.setPosition(save);
    }
    if (left.kind !== 'path') throw invalidPath('Expected path node');
    const exists: FilterOperand = { ...left, existsCheck: true };
    return { kind: 'relation', left: exists, operator: 'EXISTS', right: { kind: 'boolean', value: left.shouldExist } };
  }

  private readRelationalOperator(): RelationalOperator {
    const f = this.f;
    const begin = f.skipBlanks().position;
    if (isOperatorChar(f.currentChar())) {
      while (f.inBounds() && isOperatorChar(f.currentChar())) f.incrementPosition(1);
    } else {
      while (f.inBounds() && f.currentChar() !== ' ') f.incrementPosition(1);
    }
    const text = f.subSequence(begin, f.position);
    const op = OPERATORS[text.toUpperCase()];
    if (!op) throw invalidPath(`Filter operator ${text} is not supported!`);
    return op;
  }

  private readValueNode(): FilterOperand {
    const f = this.f;
    switch (f.skipBlanks().currentChar()) {
      case '$':
      case '@':
        return this.readPath();
      case '!': {
        f.incrementPosition(1);
        const c = f.skipBlanks().currentChar();
        if (c === '$' || c === '@') return this.readPath();
        throw invalidPath('Unexpected character: !');
      }
      default:
        return this.readLiteral();
    }
  }

  private readLiteral(): FilterOperand {
    const f = this.f;
    switch (f.skipBlanks().currentChar()) {
      case "'":
        return this.readStringLiteral("'");
      case '"':
        return this.readStringLiteral('"');
      case 't':
      case 'f':
        return this.readBooleanLiteral();
      case '-':
        return this.readNumberLiteral();
      case 'n':
        return this.readNullLiteral();
      case '{':
      case '[':
        return this.readJsonLiteral();
      case '/':
        return this.readPattern();
      default:
        return this.readNumberLiteral();
    }
  }

  private readNullLiteral(): FilterOperand {
    const f = this.f;
    if (f.currentChar() === 'n' && f.inBounds(f.position + 3) && f.subSequence(f.position, f.position + 4) === 'null') {
      f.incrementPosition(4);
      return { kind: 'null' };
    }
    throw invalidPath('Expected <null> value');
  }

  private readJsonLiteral(): FilterOperand {
    const f = this.f;
    const begin = f.position;
    const open = f.currentChar();
    const close = open === '[' ? ']' : '}';
    const closing = f.indexOfMatchingCloseChar(f.position, open, close, true, false);
    if (closing === -1) throw invalidPath(`String not closed. Expected ' in ${f.text}`);
    f.setPosition(closing + 1);
    const text = f.subSequence(begin, f.position);
    return { kind: 'json', value: parseLenientJson(text), parsed: true, text };
  }

  private readPattern(): FilterOperand {
    const f = this.f;
    const begin = f.position;
    let closing = f.nextIndexOfUnescaped('/');
    if (closing === -1) throw invalidPath(`Pattern not closed. Expected / in ${f.text}`);
    if (f.inBounds(closing + 1)) {
      const eq = f.nextIndexOf(f.position, '=');
      const end = eq > closing ? eq : f.nextIndexOfUnescaped(')');
      const flags = f.subSequence(closing + 1, end);
      closing += flags.length;
    }
    f.setPosition(closing + 1);
    const source = f.subSequence(begin, f.position);
    return { kind: 'pattern', regex: compilePattern(source), source };
  }

  private readStringLiteral(quote: string): FilterOperand {
    const f = this.f;
    const begin = f.position;
    const closing = f.nextIndexOfUnescaped(quote);
    if (closing === -1) throw invalidPath(`String literal does not have matching quotes. Expected ${quote} in ${f.text}`);
    f.setPosition(closing + 1);
    const literal = f.subSequence(begin, f.position);
    return { kind: 'string', value: jaywayUnescape(literal.slice(1, -1)) };
  }

  private readNumberLiteral(): FilterOperand {
    const f = this.f;
    const begin = f.position;
    while (f.inBounds() && f.isNumberCharacter(f.position)) f.incrementPosition(1);
    const text = f.subSequence(begin, f.position);
    if (!/^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) {
      throw new Error(`not a number: ${text}`);
    }
    return { kind: 'number', value: Number(text), text: bigDecimalString(text) };
  }

  private readBooleanLiteral(): FilterOperand {
    const f = this.f;
    const begin = f.position;
    const end = f.currentChar() === 't' ? f.position + 3 : f.position + 4;
    if (!f.inBounds(end)) throw invalidPath('Expected boolean literal');
    const text = f.subSequence(begin, end + 1);
    if (text !== 'true' && text !== 'false') throw invalidPath('Expected boolean literal');
    f.incrementPosition(text.length);
    return { kind: 'boolean', value: text === 'true' };
  }

  private readPath(): FilterOperand {
    const f = this.f;
    const previous = f.previousSignificantChar();
    const begin = f.position;
    f.incrementPosition(1);
    while (f.inBounds()) {
      if (f.currentChar() === '[') {
        const close = f.indexOfMatchingCloseChar(f.position, '[', ']', true, false);
        if (close === -1) throw invalidPath(`Square brackets does not match in filter ${f.text}`);
        f.setPosition(close + 1);
      }
      const closingFunction = f.currentChar() === ')' && this.closesFunction(begin);
      const closingLogical = f.currentChar() === ')' && !closingFunction;
      if (!f.inBounds() || isOperatorChar(f.currentChar()) || f.currentChar() === ' ' || closingLogical) break;
      f.incrementPosition(1);
    }
    const text = f.subSequence(begin, f.position);
    return { kind: 'path', path: compileJsonPath(text), existsCheck: false, shouldExist: previous !== '!' };
  }

  private closesFunction(lowerBound: number): boolean {
    const f = this.f;
    if (f.currentChar() !== ')') return false;
    let idx = f.indexOfPreviousSignificantChar();
    if (idx === -1 || f.charAt(idx) !== '(') return false;
    idx--;
    while (f.inBounds(idx) && idx > lowerBound) {
      if (f.charAt(idx) === '.') return true;
      idx--;
    }
    return false;
  }
}

function isOperatorChar(c: string): boolean {
  return c === '<' || c === '>' || c === '=' || c === '~' || c === '!';
}

/** `java.math.BigDecimal(text).toString()` for the usual literal forms. */
function bigDecimalString(text: string): string {
  if (!/[eE]/.test(text)) return text.replace(/^(-?)\./, '$10.');
  const n = Number(text);
  return Number.isInteger(n) && Math.abs(n) < 1e21 ? String(n) : text.toUpperCase();
}

/**
 * A Java regex literal `/src/flags` as a JS RegExp anchored for `Matcher.matches()` (the whole
 * input must match). Flag `i` maps to `i`; Java-only constructs are left as JS reads them.
 */
function compilePattern(literal: string): RegExp {
  const last = literal.lastIndexOf('/');
  const src = literal.slice(1, last);
  const flags = literal.slice(last + 1);
  let js = '';
  if (flags.includes('i')) js += 'i';
  if (flags.includes('m')) js += 'm';
  if (flags.includes('s')) js += 's';
  try {
    return new RegExp(`^(?:${src})$`, js);
  } catch (e) {
    throw invalidPath(`Invalid regex ${literal}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

import { bigDecimalToString, parseBigDecimal } from './big-decimal.js';
import { CharacterIndex } from './char-index.js';
import { compileUncached } from './compiler.js';
import { JsonPathError, invalidPath } from './errors.js';
import type { FilterExpression, FilterOperand, RelationalOperator, ValueNode } from './filter-ast.js';
import { JsonSmartParseError, parsePermissiveJson } from './json-smart.js';
import { compileJavaPattern } from './java-pattern.js';
import { jaywayUnescape } from './unescape.js';

const OPERATORS: Record<string, RelationalOperator> = {
  '>=': '>=', '<=': '<=', '==': '==', '===': '===', '!=': '!=', '!==': '!==', '<': '<', '>': '>', '=~': '=~',
  NIN: 'NIN', IN: 'IN', CONTAINS: 'CONTAINS', ALL: 'ALL', SIZE: 'SIZE', EXISTS: 'EXISTS', TYPE: 'TYPE',
  MATCHES: 'MATCHES', EMPTY: 'EMPTY', SUBSETOF: 'SUBSETOF', ANYOF: 'ANYOF', NONEOF: 'NONEOF',
};

/**
 * Compiles `[?(...)]` with Jayway's own filter grammar (`FilterCompiler`, json-path 2.10.0, ported
 * from the released bytecode):
 *
 *     LogicalOR         = LogicalAND { '||' LogicalAND }
 *     LogicalAND        = LogicalANDOperand { '&&' LogicalANDOperand }
 *     LogicalANDOperand = '!' LogicalANDOperand | '(' LogicalOR ')' | RelationalExpression
 *     Relational        = Value [ operator Value ]      (no operator: existence test)
 *
 * Values: `@…`/`$…` paths, `'…'`/`"…"` strings, numbers (BigDecimal syntax), true/false/null,
 * JSON arrays/objects, `/regex/flags`. No JavaScript is ever evaluated. Positions in messages
 * count from the `[` of the filter, as Jayway's do. The logical grammar runs on an explicit
 * stack, so thousands of nested parentheses compile.
 * @throws JsonPathError (`InvalidPathException`) with Jayway's messages.
 */
export function compileFilter(criteria: string): FilterExpression {
  const f = new CharacterIndex(criteria);
  f.trim();
  if (!f.currentCharIs('[') || !f.lastCharIs(']')) throw invalidPath(`Filter must start with '[' and end with ']'. ${criteria}`);
  f.incrementPosition(1);
  f.decrementEndPosition(1);
  f.trim();
  if (!f.currentCharIs('?')) throw invalidPath(`Filter must start with '[?' and end with ']'. ${criteria}`);
  f.incrementPosition(1);
  f.trim();
  if (!f.currentCharIs('(') || !f.lastCharIs(')')) throw invalidPath(`Filter must start with '[?(' and end with ')]'. ${criteria}`);
  return new FilterCompiler(f).compile();
}

type Frame = { t: 'or' | 'and'; ops: FilterExpression[] } | { t: 'not' } | { t: 'paren' };

class FilterCompiler {
  constructor(private readonly f: CharacterIndex) {}

  compile(): FilterExpression {
    try {
      const result = this.readLogicalOR();
      this.f.skipBlanks();
      if (this.f.inBounds()) throw invalidPath(`Expected end of filter expression instead of: ${this.f.subSequence(this.f.position(), this.f.length())}`);
      return result;
    } catch (e) {
      if (e instanceof JsonPathError && e.kind === 'InvalidPathException') throw e;
      if (e instanceof RangeError) throw invalidPath('Filter is nested too deeply to compile');
      // Jayway builds this message with currentChar(), which may itself throw (SIOOBE).
      throw invalidPath(`Failed to parse filter: ${this.f.toString()}, error on position: ${this.f.position()}, char: ${this.f.currentChar()}`);
    }
  }

  /**
   * `readLogicalOR` / `readLogicalAND` / `readLogicalANDOperand` of Jayway, with the recursion
   * replaced by a stack of pending frames; positions, save points and results are the same.
   */
  private readLogicalOR(): FilterExpression {
    const f = this.f;
    const stack: Frame[] = [
      { t: 'or', ops: [] },
      { t: 'and', ops: [] },
    ];
    for (;;) {
      // readLogicalANDOperand
      const savepoint = f.skipBlanks().position();
      if (f.skipBlanks().currentCharIs('!')) {
        f.readSignificantChar('!');
        const c = f.skipBlanks().currentChar();
        if (c === '$' || c === '@') f.setPosition(savepoint);
        else {
          stack.push({ t: 'not' });
          continue;
        }
      }
      if (f.skipBlanks().currentCharIs('(')) {
        f.readSignificantChar('(');
        stack.push({ t: 'paren' }, { t: 'or', ops: [] }, { t: 'and', ops: [] });
        continue;
      }
      let value: FilterExpression = this.readExpression();
      // return the value through the pending frames until one asks for another operand
      let more = false;
      while (!more) {
        const top = stack[stack.length - 1] as Frame;
        if (top.t === 'not') {
          stack.pop();
          value = { kind: 'not', operand: value };
        } else if (top.t === 'paren') {
          stack.pop();
          f.readSignificantChar(')');
        } else {
          top.ops.push(value);
          const save = f.position();
          if (f.hasSignificantSubSequence(top.t === 'and' ? '&&' : '||')) {
            if (top.t === 'or') stack.push({ t: 'and', ops: [] });
            more = true;
          } else {
            f.setPosition(save);
            stack.pop();
            value = top.ops.length === 1 ? (top.ops[0] as FilterExpression) : { kind: top.t, operands: top.ops };
            if (stack.length === 0) return value;
          }
        }
      }
    }
  }

  private readExpression(): FilterExpression {
    const left = this.readValueNode();
    const save = this.f.position();
    try {
      const operator = this.readRelationalOperator();
      const right = this.readValueNode();
      return { kind: 'relation', left, operator, right };
    } catch (e) {
      if (!(e instanceof JsonPathError && e.kind === 'InvalidPathException')) throw e;
      this.f.setPosition(save);
    }
    if (left.kind !== 'path') throw invalidPath('Expected path node');
    return { kind: 'relation', left: { ...left, existsCheck: true }, operator: 'EXISTS', right: { kind: 'boolean', value: left.shouldExist } };
  }

  private readRelationalOperator(): RelationalOperator {
    const f = this.f;
    const begin = f.skipBlanks().position();
    if (isRelationalOperatorChar(f.currentChar())) {
      while (f.inBounds() && isRelationalOperatorChar(f.currentChar())) f.incrementPosition(1);
    } else {
      while (f.inBounds() && f.currentChar() !== ' ') f.incrementPosition(1);
    }
    const text = f.subSequence(begin, f.position());
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

  private readLiteral(): ValueNode {
    switch (this.f.skipBlanks().currentChar()) {
      case '"':
        return this.readStringLiteral('"');
      case "'":
        return this.readStringLiteral("'");
      case '-':
        return this.readNumberLiteral();
      case '/':
        return this.readPattern();
      case '[':
      case '{':
        return this.readJsonLiteral();
      case 'f':
      case 't':
        return this.readBooleanLiteral();
      case 'n':
        return this.readNullLiteral();
      default:
        return this.readNumberLiteral();
    }
  }

  private readNullLiteral(): ValueNode {
    const f = this.f;
    if (f.currentChar() === 'n' && f.inBounds(f.position() + 3) && f.subSequence(f.position(), f.position() + 4) === 'null') {
      f.incrementPosition(4);
      return { kind: 'null' };
    }
    throw invalidPath('Expected <null> value');
  }

  private readJsonLiteral(): ValueNode {
    const f = this.f;
    const begin = f.position();
    const open = f.currentChar();
    const closing = f.indexOfMatchingCloseChar(f.position(), open, open === '[' ? ']' : '}', true, false);
    if (closing === -1) throw invalidPath(`String not closed. Expected ' in ${f.toString()}`);
    f.setPosition(closing + 1);
    const text = f.subSequence(begin, f.position());
    try {
      return { kind: 'json', value: parsePermissiveJson(text), parsed: false, text };
    } catch (e) {
      if (!(e instanceof JsonSmartParseError)) throw e;
      return { kind: 'json', value: undefined, parsed: false, text, error: e.toString() };
    }
  }

  private readPattern(): ValueNode {
    const f = this.f;
    const begin = f.position();
    let closing = f.nextIndexOfUnescaped(f.position(), '/');
    if (closing === -1) throw invalidPath(`Pattern not closed. Expected / in ${f.toString()}`);
    if (f.inBounds(closing + 1)) {
      let end = closing + 1;
      while (f.inBounds(end) && 'dixmsuU'.includes(f.charAt(end))) end++;
      closing += end - (closing + 1);
    }
    f.setPosition(closing + 1);
    const source = f.subSequence(begin, f.position());
    return { kind: 'pattern', regex: compileJavaPattern(source), source };
  }

  private readStringLiteral(quote: string): ValueNode {
    const f = this.f;
    const begin = f.position();
    const closing = f.nextIndexOfUnescaped(f.position(), quote);
    if (closing === -1) throw invalidPath(`String literal does not have matching quotes. Expected ${quote} in ${f.toString()}`);
    f.setPosition(closing + 1);
    return stringNode(f.subSequence(begin, f.position()), true);
  }

  private readNumberLiteral(): ValueNode {
    const f = this.f;
    const begin = f.position();
    while (f.inBounds() && f.isNumberCharacter(f.position())) f.incrementPosition(1);
    return numberNode(f.subSequence(begin, f.position()));
  }

  private readBooleanLiteral(): ValueNode {
    const f = this.f;
    const begin = f.position();
    const end = f.currentChar() === 't' ? f.position() + 3 : f.position() + 4;
    if (!f.inBounds(end)) throw invalidPath('Expected boolean literal');
    const text = f.subSequence(begin, end + 1);
    if (text !== 'true' && text !== 'false') throw invalidPath('Expected boolean literal');
    f.incrementPosition(text.length);
    return { kind: 'boolean', value: text === 'true' };
  }

  private readPath(): FilterOperand {
    const f = this.f;
    const previous = f.previousSignificantChar();
    const begin = f.position();
    f.incrementPosition(1);
    while (f.inBounds()) {
      if (f.currentChar() === '[') {
        const close = f.indexOfMatchingCloseChar(f.position(), '[', ']', true, false);
        if (close === -1) throw invalidPath(`Square brackets does not match in filter ${f.toString()}`);
        f.setPosition(close + 1);
      }
      const closingFunction = f.currentChar() === ')' && this.currentCharIsClosingFunctionBracket(begin);
      const closingLogical = f.currentChar() === ')' && !closingFunction;
      if (!f.inBounds() || isRelationalOperatorChar(f.currentChar()) || f.currentChar() === ' ' || closingLogical) break;
      f.incrementPosition(1);
    }
    const text = f.subSequence(begin, f.position());
    return { kind: 'path', path: compileUncached(text), existsCheck: false, shouldExist: previous !== '!' };
  }

  private currentCharIsClosingFunctionBracket(lowerBound: number): boolean {
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

function isRelationalOperatorChar(c: string): boolean {
  return c === '<' || c === '>' || c === '=' || c === '~' || c === '!';
}

/**
 * Jayway `StringNode(text, escape)`: with `escape`, one pair of matching surrounding quotes is
 * removed and `Utils.unescape` applied.
 */
export function stringNode(text: string, escape: boolean): ValueNode {
  if (!escape || text.length <= 1) return { kind: 'string', value: text };
  const first = text[0];
  const last = text[text.length - 1];
  const inner = (first === "'" && last === "'") || (first === '"' && last === '"') ? text.slice(1, -1) : text;
  return { kind: 'string', value: jaywayUnescape(inner) };
}

/**
 * Jayway `NumberNode(text)`: `new BigDecimal(text)`.
 * @throws JavaException (`NumberFormatException`) when the text is not a BigDecimal.
 */
export function numberNode(text: string): ValueNode {
  const decimal = parseBigDecimal(text);
  return { kind: 'number', value: Number(bigDecimalToString(decimal)), text, decimal };
}


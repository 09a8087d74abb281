import { type JavaBigInteger, parseIntegral } from './java-big-integer.js';
import { JavaDouble } from './java-double.js';
import { type JsonObject, type JsonValue, setMember } from './model.js';

/**
 * A strict RFC 8259 parse failure. `message` ends with ` at line L, column C` (1-based), in the
 * wording of the oracle's `Json.java`, so step 8/10 errors read the same as the oracle's.
 */
export class JsonParseError extends Error {
  override name = 'JsonParseError';
}

const MAX_DEPTH = 1000;

/**
 * Parses one JSON value, strictly (no comments, no trailing commas, no single quotes).
 * Integral numbers become JS numbers, or {@link JavaBigInteger} beyond the safe range (every
 * digit kept, as the oracle's reader and json-smart keep Long/BigInteger); numbers with a
 * fraction or exponent become {@link JavaDouble} (json-smart/Jackson keep them as doubles:
 * genesys-runtime.md §5.3). `-0` is the integer 0. Duplicate keys: last wins.
 * @throws JsonParseError with the oracle's message wording and a 1-based line/column.
 */
export function parseJson(text: string): JsonValue {
  return new Parser(text).parseDocument();
}

/** True when `text` is exactly one valid JSON value. */
export function isValidJson(text: string): boolean {
  try {
    parseJson(text);
    return true;
  } catch {
    return false;
  }
}

class Parser {
  private pos = 0;
  constructor(private readonly s: string) {}

  parseDocument(): JsonValue {
    this.skipWs();
    if (this.pos >= this.s.length) throw new JsonParseError('No content to parse (empty input)');
    const v = this.value(0);
    this.skipWs();
    if (this.pos < this.s.length) throw this.error(`Unexpected trailing content ${this.describeChar()} after the JSON value`);
    return v;
  }

  private error(msg: string): JsonParseError {
    let line = 1;
    let col = 1;
    for (let i = 0; i < this.pos && i < this.s.length; i++) {
      if (this.s[i] === '\n') {
        line++;
        col = 1;
      } else col++;
    }
    return new JsonParseError(`${msg} at line ${line}, column ${col}`);
  }

  private describeChar(): string {
    if (this.pos >= this.s.length) return '<end of input>';
    const code = this.s.charCodeAt(this.pos);
    const shown = code < 0x20 ? `\\u${code.toString(16).padStart(4, '0')}` : this.s[this.pos];
    return `'${shown}' (code ${code})`;
  }

  private skipWs(): void {
    while (this.pos < this.s.length) {
      const c = this.s[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.pos++;
      else break;
    }
  }

  private value(depth: number): JsonValue {
    if (depth > MAX_DEPTH) throw this.error('Nesting too deep');
    this.skipWs();
    if (this.pos >= this.s.length) throw this.error('Unexpected end of input: expected a JSON value');
    const c = this.s[this.pos];
    switch (c) {
      case '{': return this.object(depth);
      case '[': return this.array(depth);
      case '"': return this.string();
      case 't': return this.literal('true', true);
      case 'f': return this.literal('false', false);
      case 'n': return this.literal('null', null);
      default:
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
        throw this.error(`Unexpected character ${this.describeChar()}: expected a JSON value`);
    }
  }

  private literal(word: string, v: JsonValue): JsonValue {
    if (this.s.startsWith(word, this.pos)) {
      const end = this.pos + word.length;
      if (end >= this.s.length || !/[\p{L}\p{Nd}]/u.test(this.s[end] ?? '')) {
        this.pos = end;
        return v;
      }
    }
    let end = this.pos;
    while (end < this.s.length && /[\p{L}\p{Nd}]/u.test(this.s[end] ?? '')) end++;
    throw this.error(`Unrecognized token '${this.s.slice(this.pos, Math.min(end, this.pos + 40))}': expected a JSON value`);
  }

  private object(depth: number): JsonObject {
    const m: JsonObject = {};
    this.pos++;
    this.skipWs();
    if (this.s[this.pos] === '}') {
      this.pos++;
      return m;
    }
    for (;;) {
      this.skipWs();
      if (this.pos >= this.s.length) throw this.error('Unexpected end of input: expected a field name');
      if (this.s[this.pos] !== '"') throw this.error(`Unexpected character ${this.describeChar()}: expected a double-quoted field name`);
      const k = this.string();
      this.skipWs();
      if (this.s[this.pos] !== ':') throw this.error(`Unexpected character ${this.describeChar()}: expected ':' after field name`);
      this.pos++;
      setMember(m, k, this.value(depth + 1));
      this.skipWs();
      if (this.pos >= this.s.length) throw this.error("Unexpected end of input: expected ',' or '}'");
      const c = this.s[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === '}') {
        this.pos++;
        return m;
      }
      throw this.error(`Unexpected character ${this.describeChar()}: expected ',' or '}'`);
    }
  }

  private array(depth: number): JsonValue[] {
    const l: JsonValue[] = [];
    this.pos++;
    this.skipWs();
    if (this.s[this.pos] === ']') {
      this.pos++;
      return l;
    }
    for (;;) {
      l.push(this.value(depth + 1));
      this.skipWs();
      if (this.pos >= this.s.length) throw this.error("Unexpected end of input: expected ',' or ']'");
      const c = this.s[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === ']') {
        this.pos++;
        return l;
      }
      throw this.error(`Unexpected character ${this.describeChar()}: expected ',' or ']'`);
    }
  }

  private string(): string {
    this.pos++;
    let b = '';
    for (;;) {
      if (this.pos >= this.s.length) throw this.error('Unexpected end of input inside a string');
      const c = this.s[this.pos] as string;
      const code = c.charCodeAt(0);
      if (c === '"') {
        this.pos++;
        return b;
      }
      if (code < 0x20) throw this.error(`Illegal unescaped control character (code ${code}) in string`);
      if (c !== '\\') {
        b += c;
        this.pos++;
        continue;
      }
      this.pos++;
      if (this.pos >= this.s.length) throw this.error('Unexpected end of input inside an escape sequence');
      const e = this.s[this.pos++];
      switch (e) {
        case '"': b += '"'; break;
        case '\\': b += '\\'; break;
        case '/': b += '/'; break;
        case 'b': b += '\b'; break;
        case 'f': b += '\f'; break;
        case 'n': b += '\n'; break;
        case 'r': b += '\r'; break;
        case 't': b += '\t'; break;
        case 'u': {
          if (this.pos + 4 > this.s.length) throw this.error('Unexpected end of input inside a \\u escape');
          const hex = this.s.slice(this.pos, this.pos + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw this.error(`Invalid \\u escape '${hex}'`);
          b += String.fromCharCode(Number.parseInt(hex, 16));
          this.pos += 4;
          break;
        }
        default:
          this.pos--;
          throw this.error(`Unrecognized escape '\\${e}' in string`);
      }
    }
  }

  private number(): number | JavaDouble | JavaBigInteger {
    const start = this.pos;
    const digit = (i: number) => {
      const ch = this.s[i];
      return ch !== undefined && ch >= '0' && ch <= '9';
    };
    if (this.s[this.pos] === '-') this.pos++;
    if (!digit(this.pos)) throw this.error('Invalid number: expected a digit');
    if (this.s[this.pos] === '0') {
      this.pos++;
      if (digit(this.pos)) throw this.error('Invalid number: leading zeroes are not allowed');
    } else {
      while (digit(this.pos)) this.pos++;
    }
    let integral = true;
    if (this.s[this.pos] === '.') {
      integral = false;
      this.pos++;
      if (!digit(this.pos)) throw this.error('Invalid number: expected a digit after the decimal point');
      while (digit(this.pos)) this.pos++;
    }
    if (this.s[this.pos] === 'e' || this.s[this.pos] === 'E') {
      integral = false;
      this.pos++;
      if (this.s[this.pos] === '+' || this.s[this.pos] === '-') this.pos++;
      if (!digit(this.pos)) throw this.error('Invalid number: expected a digit in the exponent');
      while (digit(this.pos)) this.pos++;
    }
    const text = this.s.slice(start, this.pos);
    return integral ? parseIntegral(text) : new JavaDouble(Number(text));
  }
}

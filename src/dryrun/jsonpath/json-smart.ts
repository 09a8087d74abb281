import { type JavaBigInteger, parseIntegral } from '../json/java-big-integer.js';
import { JavaDouble } from '../json/java-double.js';
import { type JsonObject, type JsonValue, setMember } from '../json/model.js';

/** json-smart's `ParseException`; `toString()` gives the text Jayway wraps into its messages. */
export class JsonSmartParseError extends Error {
  override name = 'JsonSmartParseError';
  override toString(): string {
    return `net.minidev.json.parser.ParseException: ${this.message}`;
  }
}

/**
 * json-smart `JSONParser.MODE_PERMISSIVE` as Jayway uses it for function parameters
 * (`JsonSmartJsonProvider.parse`) and filter JSON literals (`JsonNode.parse`), calibrated on
 * json-smart 2.6.0 through the oracle (test/dryrun/oracle/jsonpath-fidelity.json):
 *
 * - single- or double-quoted strings, unquoted words (`{a b:1}` has the key "a b"), `tru` is a
 *   string, `-` alone is 0, leading zeros and a trailing `.` are accepted (`01` → 1, `1.` → 1.0);
 * - integral numbers are integers, numbers with a fraction or exponent are doubles;
 * - a top-level unquoted value runs to the end (`1 2` → "1 2"), content after a complete
 *   quoted string, object or array is ignored (`"x"y` → "x"), a comma before `}`/`]` is allowed.
 *
 * Integers keep every digit (beyond 2^53 a {@link JavaBigInteger}, json-smart's Long or
 * BigInteger: oracle, `$.a12.append(123456789012345678901)`); decimals longer than 18 characters
 * (BigDecimal in json-smart) are read as doubles and lose precision.
 * Escapes: the JSON ones, `\uXXXX` and `\xXX`; another escaped character is dropped with its
 * backslash.
 * @throws JsonSmartParseError for malformed objects and bad `\u`/`\x` escapes.
 */
export function parsePermissiveJson(text: string): JsonValue {
  return new Reader(text).top();
}

class Reader {
  private i = 0;
  constructor(private readonly s: string) {}

  top(): JsonValue {
    this.ws();
    return this.value('');
  }

  private ws(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i] as string)) this.i++;
  }

  private error(message: string): JsonSmartParseError {
    return new JsonSmartParseError(message);
  }

  private unexpected(): JsonSmartParseError {
    const c = this.s[this.i];
    return c === undefined ? this.error(`Unexpected End Of File position ${this.i}: null`) : this.error(`Unexpected character (${c}) at position ${this.i}.`);
  }

  /** A value; an unquoted one ends at any character of `stops` (or the end of the text). */
  private value(stops: string): JsonValue {
    const c = this.s[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"' || c === "'") return this.string(c);
    return this.word(stops);
  }

  private object(): JsonObject {
    this.i++;
    const out: JsonObject = {};
    for (;;) {
      this.ws();
      const c = this.s[this.i];
      if (c === '}') {
        this.i++;
        return out;
      }
      if (c === ',') {
        this.i++;
        continue;
      }
      if (c === undefined || c === ':') throw this.unexpected();
      const key = c === '"' || c === "'" ? this.string(c) : String(this.word(':,}'));
      this.ws();
      if (this.s[this.i] !== ':') {
        // json-smart reports the missing `:` one position before the offending character.
        const unexpected = this.unexpected();
        throw this.error(unexpected.message.replace(/at position (\d+)\.$/, (_, n: string) => `at position ${Number(n) - 1}.`));
      }
      this.i++;
      this.ws();
      if (this.s[this.i] === '}' || this.s[this.i] === ',' || this.s[this.i] === undefined) throw this.unexpected();
      setMember(out, key, this.value(',}'));
      this.ws();
      const d = this.s[this.i];
      if (d === ',') this.i++;
      else if (d !== '}') throw this.unexpected();
    }
  }

  private array(): JsonValue[] {
    this.i++;
    const out: JsonValue[] = [];
    for (;;) {
      this.ws();
      const c = this.s[this.i];
      if (c === ']') {
        this.i++;
        return out;
      }
      if (c === ',') {
        this.i++;
        continue;
      }
      if (c === undefined) throw this.unexpected();
      out.push(this.value(',]'));
      this.ws();
      const d = this.s[this.i];
      if (d === ',') this.i++;
      else if (d !== ']') throw this.unexpected();
    }
  }

  private string(quote: string): string {
    this.i++;
    let out = '';
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined) throw this.error(`Unexpected End Of File position ${this.i}: null`);
      if (c === quote) {
        this.i++;
        return out;
      }
      if (c !== '\\') {
        out += c;
        this.i++;
        continue;
      }
      const e = this.s[this.i + 1];
      const simple: Record<string, string> = { '"': '"', "'": "'", '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (e !== undefined && simple[e] !== undefined) {
        out += simple[e];
        this.i += 2;
      } else if (e === 'u' || e === 'x') {
        const width = e === 'u' ? 4 : 2;
        this.i += 2;
        for (let k = 0; k < width; k++) {
          if (!/^[0-9a-fA-F]$/.test(this.s[this.i + k] ?? '')) {
            this.i += k;
            throw this.error(`Unexpected unicode escape sequence ${this.s[this.i] ?? 'null'} at position ${this.i}.`);
          }
        }
        out += String.fromCharCode(Number.parseInt(this.s.slice(this.i, this.i + width), 16));
        this.i += width;
      } else {
        // json-smart drops an unknown escape (`\q`) together with its backslash.
        this.i += 2;
      }
    }
  }

  private word(stops: string): JsonValue {
    const start = this.i;
    while (this.i < this.s.length && !stops.includes(this.s[this.i] as string)) this.i++;
    const w = this.s.slice(start, this.i).trim();
    if (w === 'true') return true;
    if (w === 'false') return false;
    if (w === 'null') return null;
    if (w === '-') return 0;
    if (/^-?\d+$/.test(w)) return parseIntegral(w);
    if (/^-?\d+(\.\d*)?([eE][+-]?\d+)?$/.test(w)) return new JavaDouble(Number(w));
    return w;
  }
}

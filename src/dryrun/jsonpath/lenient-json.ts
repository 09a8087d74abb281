import { JavaDouble } from '../json/java-double.js';
import { type JsonObject, type JsonValue, setMember } from '../json/model.js';

/**
 * A small permissive JSON reader in the spirit of json-smart's `MODE_PERMISSIVE`, which Jayway
 * uses for filter literals and its provider's `parse` (`['a','b']`, `{"k": 1}`): single- or
 * double-quoted strings, unquoted words as strings, and — with `allowTrailing` — content after
 * the first value ignored (`[0].[0]` reads as `[0]`). Returns the text itself when it cannot be
 * read.
 */
export function parseLenientJson(text: string, allowTrailing = false): JsonValue {
  const r = new Reader(text);
  try {
    const v = r.value();
    r.ws();
    return r.atEnd() || allowTrailing ? v : text;
  } catch {
    return text;
  }
}

class Reader {
  private i = 0;
  constructor(private readonly s: string) {}
  atEnd(): boolean {
    return this.i >= this.s.length;
  }
  ws(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i] as string)) this.i++;
  }
  value(): JsonValue {
    this.ws();
    const c = this.s[this.i];
    if (c === '[') {
      this.i++;
      const out: JsonValue[] = [];
      this.ws();
      if (this.s[this.i] === ']') {
        this.i++;
        return out;
      }
      for (;;) {
        out.push(this.value());
        this.ws();
        const d = this.s[this.i++];
        if (d === ']') return out;
        if (d !== ',') throw new Error('bad array');
      }
    }
    if (c === '{') {
      this.i++;
      const out: JsonObject = {};
      this.ws();
      if (this.s[this.i] === '}') {
        this.i++;
        return out;
      }
      for (;;) {
        this.ws();
        const k = this.value();
        this.ws();
        if (this.s[this.i++] !== ':') throw new Error('bad object');
        setMember(out, String(k), this.value());
        this.ws();
        const d = this.s[this.i++];
        if (d === '}') return out;
        if (d !== ',') throw new Error('bad object');
      }
    }
    if (c === '"' || c === "'") {
      this.i++;
      let out = '';
      while (this.i < this.s.length && this.s[this.i] !== c) {
        if (this.s[this.i] === '\\') {
          this.i++;
          const e = this.s[this.i];
          out += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : (e ?? '');
        } else out += this.s[this.i];
        this.i++;
      }
      if (this.s[this.i] !== c) throw new Error('unterminated string');
      this.i++;
      return out;
    }
    const m = /^[^,:\][{}\s]+/.exec(this.s.slice(this.i));
    if (!m) throw new Error('unexpected');
    this.i += m[0].length;
    const w = m[0];
    if (w === 'true') return true;
    if (w === 'false') return false;
    if (w === 'null') return null;
    if (/^-?\d+$/.test(w)) return Number(w);
    if (/^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(w)) return new JavaDouble(Number(w));
    return w;
  }
}

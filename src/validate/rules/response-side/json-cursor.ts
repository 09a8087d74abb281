/**
 * Follows the JSON structure of template text that is interrupted by Velocity references, so
 * that each reference can be placed: inside a JSON string literal or not, and at which property
 * path of the output (`["user", "name"]`, `"*"` for an array element). Tolerant: malformed or
 * partial JSON never throws, it only makes positions unknown.
 */

/** A step of an output position: a property name, or `*` for any element of an array. */
export type JsonStep = string | { item: true };

type Frame = { type: 'object'; key?: string | null; phase: 'key' | 'colon' | 'value' | 'after' } | { type: 'array' };

/**
 * Containers deeper than this are counted, not tracked (positions inside them are unknown):
 * keeps {@link JsonCursor.clone} cheap on hostile templates. Genesys limits JSON to 50 levels
 * (genesys-runtime.md §8).
 */
const MAX_TRACKED_DEPTH = 64;

/** Where a reference sits in the JSON text around it. */
export interface JsonPlace {
  /** True inside a JSON string literal (`"name": "${x}"`). */
  quoted: boolean;
  /** `key` when the reference writes (part of) a property name, else `value`. */
  role: 'key' | 'value';
  /** The output position of the value, when every enclosing property name is literal text. */
  path?: JsonStep[];
}

/** A JSON scanner fed with template text pieces and references, in document order. */
export class JsonCursor {
  private stack: Frame[] = [];
  /** Containers open beyond {@link MAX_TRACKED_DEPTH}. */
  private untracked = 0;
  private inString = false;
  private stringIsKey = false;
  private escape = false;
  private buffer = '';
  private keyUnknown = false;

  /** An independent copy (for the branches of `#if`). */
  clone(): JsonCursor {
    const c = new JsonCursor();
    c.stack = this.stack.map((f) => ({ ...f }));
    c.untracked = this.untracked;
    c.inString = this.inString;
    c.stringIsKey = this.stringIsKey;
    c.escape = this.escape;
    c.buffer = this.buffer;
    c.keyUnknown = this.keyUnknown;
    return c;
  }

  /** Takes over the state of `other`. */
  assign(other: JsonCursor): void {
    const c = other.clone();
    this.stack = c.stack;
    this.untracked = c.untracked;
    this.inString = c.inString;
    this.stringIsKey = c.stringIsKey;
    this.escape = c.escape;
    this.buffer = c.buffer;
    this.keyUnknown = c.keyUnknown;
  }

  private top(): Frame | undefined {
    return this.untracked > 0 ? undefined : this.stack[this.stack.length - 1];
  }

  private open(frame: Frame): void {
    if (this.untracked > 0 || this.stack.length >= MAX_TRACKED_DEPTH) this.untracked++;
    else this.stack.push(frame);
  }

  private close(): void {
    if (this.untracked > 0) this.untracked--;
    else this.stack.pop();
  }

  private afterValue(): void {
    const top = this.top();
    if (top?.type === 'object') top.phase = 'after';
  }

  /** Feeds literal template text. */
  text(s: string): void {
    for (const c of s) {
      if (this.inString) {
        if (this.escape) {
          this.escape = false;
          this.buffer += c;
        } else if (c === '\\') this.escape = true;
        else if (c === '"') {
          this.inString = false;
          const top = this.top();
          if (this.stringIsKey && top?.type === 'object') {
            top.key = this.keyUnknown ? null : this.buffer;
            top.phase = 'colon';
          } else this.afterValue();
        } else this.buffer += c;
        continue;
      }
      const top = this.top();
      switch (c) {
        case '"':
          this.inString = true;
          this.stringIsKey = top?.type === 'object' && top.phase === 'key';
          this.buffer = '';
          this.keyUnknown = false;
          break;
        case '{':
          this.open({ type: 'object', phase: 'key' });
          break;
        case '[':
          this.open({ type: 'array' });
          break;
        case '}':
        case ']':
          this.close();
          this.afterValue();
          break;
        case ':':
          if (top?.type === 'object') top.phase = 'value';
          break;
        case ',':
          if (top?.type === 'object') {
            top.phase = 'key';
            delete top.key;
          }
          break;
        default:
          if (top?.type === 'object' && top.phase === 'value' && !/\s/.test(c)) top.phase = 'after';
      }
    }
  }

  /** The place of a reference written at the current position; the reference counts as a value. */
  reference(): JsonPlace {
    const top = this.top();
    if (this.inString) {
      if (this.stringIsKey) {
        this.keyUnknown = true;
        return { quoted: true, role: 'key' };
      }
      const path = this.valuePath();
      return path ? { quoted: true, role: 'value', path } : { quoted: true, role: 'value' };
    }
    if (top?.type === 'object' && top.phase !== 'value') {
      if (top.phase === 'key') top.key = null;
      return { quoted: false, role: top.phase === 'key' ? 'key' : 'value' };
    }
    const path = this.valuePath();
    this.afterValue();
    return path ? { quoted: false, role: 'value', path } : { quoted: false, role: 'value' };
  }

  /** The output position of the value being written, if known. */
  private valuePath(): JsonStep[] | undefined {
    if (this.untracked > 0) return undefined;
    const steps: JsonStep[] = [];
    for (const f of this.stack) {
      if (f.type === 'array') steps.push({ item: true });
      else if (typeof f.key === 'string' && f.phase === 'value') steps.push(f.key);
      else return undefined;
    }
    return steps;
  }
}

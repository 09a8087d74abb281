import { PatternSyntaxError } from './errors.js';

/** `java.util.regex.Pattern` flag bits (the values of the public constants). */
export const UNIX_LINES = 0x01;
export const CASE_INSENSITIVE = 0x02;
export const COMMENTS = 0x04;
export const MULTILINE = 0x08;
export const DOTALL = 0x20;
export const UNICODE_CASE = 0x40;
export const CANON_EQ = 0x80;
export const UNICODE_CHARACTER_CLASS = 0x100;

/** `ASCII.isSpace`: TAB, LF, VT, FF, CR and SPACE. */
export function isAsciiSpace(ch: number): boolean {
  return (ch >= 0x09 && ch <= 0x0d) || ch === 0x20;
}

/** `ASCII.isDigit`. */
export function isAsciiDigit(ch: number): boolean {
  return ch >= 0x30 && ch <= 0x39;
}

/** `ASCII.isAlpha`. */
export function isAsciiAlpha(ch: number): boolean {
  return (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a);
}

/** `ASCII.isHexDigit`. */
export function isAsciiHex(ch: number): boolean {
  return isAsciiDigit(ch) || (ch >= 0x41 && ch <= 0x46) || (ch >= 0x61 && ch <= 0x66);
}

/** Code point of a one-character string (for readable comparisons). */
export const C = (s: string): number => s.codePointAt(0) as number;

/**
 * The reading state of Java's regex parser: the pattern as an array of code points ending in two
 * zeros (`Pattern.temp`), the cursor and the active flags. The methods mirror `Pattern.peek`,
 * `read`, `next`, `skip`, `unread`, `accept` and their COMMENTS-mode whitespace skipping, so
 * that errors carry Java's index (`cursor - 1`).
 */
export class PatternCursor {
  readonly temp: number[];
  readonly patternLength: number;
  cursor = 0;
  flags0: number;

  /**
   * @param pattern the regex text
   * @param flags initial flag bits
   */
  constructor(
    readonly pattern: string,
    flags: number,
  ) {
    this.flags0 = flags;
    const cps = [...pattern].map((c) => c.codePointAt(0) as number);
    const quoted = removeQuoting(cps);
    this.patternLength = quoted.length;
    this.temp = [...quoted, 0, 0];
  }

  /** `temp[i]`, 0 beyond the end. */
  at(i: number): number {
    return this.temp[i] ?? 0;
  }

  has(flag: number): boolean {
    return (this.flags0 & flag) !== 0;
  }

  peek(): number {
    let ch = this.at(this.cursor);
    if (this.has(COMMENTS)) ch = this.peekPastWhitespace(ch);
    return ch;
  }

  read(): number {
    let ch = this.at(this.cursor++);
    if (this.has(COMMENTS)) ch = this.parsePastWhitespace(ch);
    return ch;
  }

  next(): number {
    let ch = this.at(++this.cursor);
    if (this.has(COMMENTS)) ch = this.peekPastWhitespace(ch);
    return ch;
  }

  nextEscaped(): number {
    return this.at(++this.cursor);
  }

  skip(): number {
    const ch = this.at(this.cursor + 1);
    this.cursor += 2;
    return ch;
  }

  unread(): void {
    this.cursor--;
  }

  /** @throws PatternSyntaxError with `message` when the next character is not `ch`. */
  accept(ch: number, message: string): void {
    let test = this.at(this.cursor++);
    if (this.has(COMMENTS)) test = this.parsePastWhitespace(test);
    if (ch !== test) throw this.error(message);
  }

  /** Writes `c` at the end marker (`Pattern.mark`, used while scanning `\p{…}`). */
  mark(c: number): void {
    this.temp[this.patternLength] = c;
  }

  /** Java's `Pattern.error`: the exception at index `cursor - 1`. */
  error(description: string): PatternSyntaxError {
    return new PatternSyntaxError(description, this.pattern, this.cursor - 1);
  }

  private isLineSeparator(ch: number): boolean {
    if (this.has(UNIX_LINES)) return ch === 0x0a;
    return ch === 0x0a || ch === 0x0d || (ch | 1) === 0x2029 || ch === 0x85;
  }

  private peekPastWhitespace(ch: number): number {
    while (isAsciiSpace(ch) || ch === C('#')) {
      while (isAsciiSpace(ch)) ch = this.at(++this.cursor);
      if (ch === C('#')) ch = this.peekPastLine();
    }
    return ch;
  }

  private parsePastWhitespace(ch: number): number {
    while (isAsciiSpace(ch) || ch === C('#')) {
      while (isAsciiSpace(ch)) ch = this.at(this.cursor++);
      if (ch === C('#')) ch = this.parsePastLine();
    }
    return ch;
  }

  private parsePastLine(): number {
    let ch = this.at(this.cursor++);
    while (ch !== 0 && !this.isLineSeparator(ch)) ch = this.at(this.cursor++);
    if (ch === 0 && this.cursor > this.patternLength) {
      this.cursor = this.patternLength;
      ch = this.at(this.cursor++);
    }
    return ch;
  }

  private peekPastLine(): number {
    let ch = this.at(++this.cursor);
    while (ch !== 0 && !this.isLineSeparator(ch)) ch = this.at(++this.cursor);
    if (ch === 0 && this.cursor > this.patternLength) {
      this.cursor = this.patternLength;
      ch = this.at(this.cursor);
    }
    return ch;
  }
}

/**
 * `Pattern.RemoveQEQuoting`: rewrites every `\Q…\E` section as escaped characters before
 * parsing (letters and non-ASCII stay as they are, digits right after `\Q` become `\x3d`, other
 * ASCII gets a backslash), exactly as Java does — error indexes refer to this rewritten form.
 */
function removeQuoting(temp: number[]): number[] {
  const pLen = temp.length;
  let i = 0;
  while (i < pLen - 1) {
    if (temp[i] !== 0x5c) i += 1;
    else if (temp[i + 1] !== C('Q')) i += 2;
    else break;
  }
  if (i >= pLen - 1) return temp;
  const out = temp.slice(0, i);
  i += 2;
  let inQuote = true;
  let beginQuote = true;
  while (i < pLen) {
    const c = temp[i++] as number;
    if (c >= 0x80 || isAsciiAlpha(c)) out.push(c);
    else if (isAsciiDigit(c)) {
      if (beginQuote) out.push(0x5c, C('x'), C('3'));
      out.push(c);
    } else if (c !== 0x5c) {
      if (inQuote) out.push(0x5c);
      out.push(c);
    } else if (inQuote) {
      if (temp[i] === C('E')) {
        i++;
        inQuote = false;
      } else out.push(0x5c, 0x5c);
    } else if (temp[i] === C('Q')) {
      i++;
      inQuote = true;
      beginQuote = true;
      continue;
    } else {
      out.push(c);
      if (i !== pLen) out.push(temp[i++] as number);
    }
    beginQuote = false;
  }
  return out;
}

import { invalidPath, stringIndexOutOfBounds } from './errors.js';

/**
 * A port of Jayway's `com.jayway.jsonpath.internal.CharacterIndex` (json-path 2.10.0, read from
 * the released bytecode): a cursor over path or filter text with an inclusive end position.
 * Faithful in the details the compilers' messages depend on: positions are not clamped,
 * {@link charAt} reads the underlying text (not the trimmed window) and throws Java's
 * `StringIndexOutOfBoundsException` outside it, `skipBlanks` only skips U+0020 and never the
 * last character of the window.
 */
export class CharacterIndex {
  private pos = 0;
  private endPosition: number;

  constructor(readonly text: string) {
    this.endPosition = text.length - 1;
  }

  /** `endPosition + 1`. */
  length(): number {
    return this.endPosition + 1;
  }
  /** The UTF-16 unit at `i` of the whole text. @throws JavaException (SIOOBE) outside the text. */
  charAt(i: number): string {
    if (i < 0 || i >= this.text.length) throw stringIndexOutOfBounds(i);
    return this.text[i] as string;
  }
  currentChar(): string {
    return this.charAt(this.pos);
  }
  currentCharIs(c: string): boolean {
    return this.charAt(this.pos) === c;
  }
  lastCharIs(c: string): boolean {
    return this.charAt(this.endPosition) === c;
  }
  nextCharIs(c: string): boolean {
    return this.inBounds(this.pos + 1) && this.charAt(this.pos + 1) === c;
  }
  incrementPosition(n: number): number {
    return this.setPosition(this.pos + n);
  }
  decrementEndPosition(n: number): number {
    this.endPosition -= n;
    return this.endPosition;
  }
  setPosition(p: number): number {
    this.pos = p;
    return p;
  }
  position(): number {
    return this.pos;
  }

  /**
   * Index of the `close` matching the `open` at `start`, skipping quoted strings (and
   * `/regex/` when `skipRegex`); -1 when unbalanced.
   * @throws JsonPathError (InvalidPathException) when `start` is not `open` or a quote is never closed.
   */
  indexOfMatchingCloseChar(start: number, open: string, close: string, skipStrings: boolean, skipRegex: boolean): number {
    if (this.charAt(start) !== open) throw invalidPath(`Expected ${open} but found ${this.charAt(start)}`);
    let opened = 1;
    let p = start + 1;
    while (this.inBounds(p)) {
      if (skipStrings) {
        const c = this.charAt(p);
        if (c === "'" || c === '"') {
          p = this.nextIndexOfUnescaped(p, c);
          if (p === -1) throw invalidPath(`Could not find matching close quote for ${c} when parsing : ${this.text}`);
          p++;
        }
      }
      if (skipRegex && this.charAt(p) === '/') {
        p = this.nextIndexOfUnescaped(p, '/');
        if (p === -1) throw invalidPath(`Could not find matching close for / when parsing regex in : ${this.text}`);
        p++;
      }
      if (this.charAt(p) === open) opened++;
      if (this.charAt(p) === close) {
        opened--;
        if (opened === 0) return p;
      }
      p++;
    }
    return -1;
  }

  /** Index of the next non-blank character after `start` if it is `c`, else -1. */
  indexOfNextSignificantChar(c: string, start: number = this.pos): number {
    let p = start + 1;
    while (!this.isOutOfBounds(p) && this.charAt(p) === ' ') p++;
    return this.charAt(p) === c ? p : -1;
  }
  /** First index of `c` at or after `start` (default: the position after the current one). */
  nextIndexOf(c: string, start: number = this.pos + 1): number {
    for (let p = start; !this.isOutOfBounds(p); p++) if (this.charAt(p) === c) return p;
    return -1;
  }
  /** First index of `c` after `start`, skipping backslash-escaped characters; -1 if none. */
  nextIndexOfUnescaped(start: number, c: string): number {
    let p = start + 1;
    let inEscape = false;
    while (!this.isOutOfBounds(p)) {
      if (inEscape) inEscape = false;
      else if (this.charAt(p) === '\\') inEscape = true;
      else if (this.charAt(p) === c) return p;
      p++;
    }
    return -1;
  }
  nextSignificantCharIs(c: string, start: number = this.pos): boolean {
    let p = start + 1;
    while (!this.isOutOfBounds(p) && this.charAt(p) === ' ') p++;
    return !this.isOutOfBounds(p) && this.charAt(p) === c;
  }
  /** The next non-blank character after `start`, or ' ' at the end. */
  nextSignificantChar(start: number = this.pos): string {
    let p = start + 1;
    while (!this.isOutOfBounds(p) && this.charAt(p) === ' ') p++;
    return this.isOutOfBounds(p) ? ' ' : this.charAt(p);
  }
  /** Skips blanks, then consumes `c`. @throws JsonPathError `Expected character: c`. */
  readSignificantChar(c: string): void {
    if (this.skipBlanks().currentChar() !== c) throw invalidPath(`Expected character: ${c}`);
    this.incrementPosition(1);
  }
  /** Skips blanks; if `s` follows, consumes it and returns true. */
  hasSignificantSubSequence(s: string): boolean {
    this.skipBlanks();
    if (!this.inBounds(this.pos + s.length - 1)) return false;
    if (this.subSequence(this.pos, this.pos + s.length) !== s) return false;
    this.incrementPosition(s.length);
    return true;
  }
  indexOfPreviousSignificantChar(start: number = this.pos): number {
    let p = start - 1;
    while (!this.isOutOfBounds(p) && this.charAt(p) === ' ') p--;
    return this.isOutOfBounds(p) ? -1 : p;
  }
  previousSignificantChar(start: number = this.pos): string {
    const p = this.indexOfPreviousSignificantChar(start);
    return p === -1 ? ' ' : this.charAt(p);
  }
  currentIsTail(): boolean {
    return this.pos >= this.endPosition;
  }
  hasMoreCharacters(): boolean {
    return this.inBounds(this.pos + 1);
  }
  inBounds(i: number = this.pos): boolean {
    return i >= 0 && i <= this.endPosition;
  }
  isOutOfBounds(i: number): boolean {
    return !this.inBounds(i);
  }
  subSequence(start: number, end: number): string {
    return this.text.slice(start, end);
  }
  /** Java `Character.isDigit` or one of `- . E e`. */
  isNumberCharacter(i: number): boolean {
    const c = this.charAt(i);
    return isJavaDigit(c) || c === '-' || c === '.' || c === 'E' || c === 'e';
  }
  skipBlanks(): this {
    while (this.inBounds() && this.pos < this.endPosition && this.currentChar() === ' ') this.incrementPosition(1);
    return this;
  }
  private skipBlanksAtEnd(): this {
    while (this.inBounds() && this.pos < this.endPosition && this.lastCharIs(' ')) this.decrementEndPosition(1);
    return this;
  }
  trim(): this {
    this.skipBlanks();
    this.skipBlanksAtEnd();
    return this;
  }
  toString(): string {
    return this.text;
  }
}

const DECIMAL_DIGIT = /^\p{Nd}$/u;

/** Java `Character.isDigit(char)` (Unicode category Nd, one UTF-16 unit). */
export function isJavaDigit(c: string): boolean {
  return c.length === 1 && DECIMAL_DIGIT.test(c);
}

/**
 * Java `Character.digit(c, 10)` for a decimal digit of any script: Unicode lays out every Nd
 * run as ten consecutive code points from zero, so the value is the offset from the start of
 * the run modulo 10. Returns -1 for a non-digit.
 */
export function javaDigitValue(c: string): number {
  if (!isJavaDigit(c)) return -1;
  const code = c.charCodeAt(0);
  let start = code;
  while (start > 0 && isJavaDigit(String.fromCharCode(start - 1))) start--;
  return (code - start) % 10;
}

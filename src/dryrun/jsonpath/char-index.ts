/**
 * A cursor over path/filter text, after Jayway's `CharacterIndex` (json-path 2.10.0). Only the
 * operations the compilers need are ported; their edge behaviour (what counts as "significant",
 * how closing brackets skip strings) follows the Java code.
 */
export class CharacterIndex {
  position = 0;
  end: number;

  constructor(readonly text: string) {
    this.end = text.length;
  }

  length(): number {
    return this.end;
  }
  charAt(i: number): string {
    return this.text[i] ?? '';
  }
  currentChar(): string {
    return this.charAt(this.position);
  }
  currentCharIs(c: string): boolean {
    return this.currentChar() === c;
  }
  lastCharIs(c: string): boolean {
    return this.charAt(this.end - 1) === c;
  }
  nextCharIs(c: string): boolean {
    return this.inBounds(this.position + 1) && this.charAt(this.position + 1) === c;
  }
  incrementPosition(n: number): number {
    this.position = Math.min(this.position + n, this.end);
    return this.position;
  }
  setPosition(p: number): number {
    this.position = Math.min(p, this.end);
    return this.position;
  }
  inBounds(i: number = this.position): boolean {
    return i >= 0 && i < this.end;
  }
  isOutOfBounds(i: number): boolean {
    return !this.inBounds(i);
  }
  hasMoreCharacters(): boolean {
    return this.inBounds(this.position + 1);
  }
  currentIsTail(): boolean {
    return this.position >= this.end - 1;
  }
  subSequence(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  /** The next non-space character after `start` (default: the current position), or ' '. */
  nextSignificantChar(start: number = this.position): string {
    let p = start + 1;
    while (this.inBounds(p) && this.charAt(p) === ' ') p++;
    return this.inBounds(p) ? this.charAt(p) : ' ';
  }
  nextSignificantCharIs(c: string, start: number = this.position): boolean {
    let p = start + 1;
    while (this.inBounds(p) && this.charAt(p) === ' ') p++;
    return this.inBounds(p) && this.charAt(p) === c;
  }
  /** Index of the next non-space character after `start` if it is `c`, else -1. */
  indexOfNextSignificantChar(c: string, start: number = this.position): number {
    let p = start + 1;
    while (this.inBounds(p) && this.charAt(p) === ' ') p++;
    return this.inBounds(p) && this.charAt(p) === c ? p : -1;
  }
  nextIndexOf(start: number, c: string): number {
    for (let p = start; this.inBounds(p); p++) if (this.charAt(p) === c) return p;
    return -1;
  }
  /** Next index of `c` from the position after the current one, skipping backslash-escaped ones. */
  nextIndexOfUnescaped(c: string, start: number = this.position): number {
    let p = start + 1;
    let inEscape = false;
    while (this.inBounds(p)) {
      const ch = this.charAt(p);
      if (inEscape) inEscape = false;
      else if (ch === '\\') inEscape = true;
      else if (ch === c) return p;
      p++;
    }
    return -1;
  }
  /** Index of the bracket closing the one at `start`, skipping quoted strings (and regexes). */
  indexOfMatchingCloseChar(start: number, open: string, close: string, skipStrings: boolean, skipRegex: boolean): number {
    if (this.charAt(start) !== open) return -1;
    let opened = 1;
    let p = start + 1;
    while (this.inBounds(p)) {
      const ch = this.charAt(p);
      if (skipStrings && (ch === "'" || ch === '"')) {
        const q = this.nextIndexOfUnescaped(ch, p);
        if (q === -1) return -1;
        p = q + 1;
        continue;
      }
      if (skipRegex && ch === '/') {
        const q = this.nextIndexOfUnescaped('/', p);
        if (q === -1) return -1;
        p = q + 1;
        continue;
      }
      if (ch === open) opened++;
      else if (ch === close) {
        opened--;
        if (opened === 0) return p;
      }
      p++;
    }
    return -1;
  }
  skipBlanks(): this {
    while (this.inBounds() && this.position < this.end && this.currentChar() === ' ') this.incrementPosition(1);
    return this;
  }
  skipBlanksAtEnd(): this {
    while (this.end > this.position && this.charAt(this.end - 1) === ' ') this.end--;
    return this;
  }
  trim(): this {
    this.skipBlanks();
    this.skipBlanksAtEnd();
    return this;
  }
  /** Skips blanks; if `s` follows, consumes it and returns true. */
  hasSignificantSubSequence(s: string): boolean {
    this.skipBlanks();
    if (!this.inBounds(this.position + s.length - 1)) return false;
    if (this.subSequence(this.position, this.position + s.length) !== s) return false;
    this.incrementPosition(s.length);
    return true;
  }
  readSignificantChar(c: string): void {
    if (this.skipBlanks().currentChar() !== c) throw new Error(`Expected character: ${c}`);
    this.incrementPosition(1);
  }
  previousSignificantChar(): string {
    let p = this.position - 1;
    while (p >= 0 && this.charAt(p) === ' ') p--;
    return p >= 0 ? this.charAt(p) : ' ';
  }
  indexOfPreviousSignificantChar(): number {
    let p = this.position - 1;
    while (p >= 0 && this.charAt(p) === ' ') p--;
    return p;
  }
  isNumberCharacter(i: number): boolean {
    const c = this.charAt(i);
    return (c >= '0' && c <= '9') || c === '-' || c === '.' || c === 'E' || c === 'e';
  }
}

/**
 * Line/column bookkeeping for template text, with Velocity's conventions: lines and columns are
 * 1-based, `\r\n`, `\r` and `\n` each end a line, and a tab advances the column to the next
 * multiple of 8 (JavaCC `SimpleCharStream`, tab size 8 — verified with the oracle:
 * `{\t"n": ${nme}}` reports column 14).
 */
export class SourceText {
  /** Offsets where each line starts (line 1 at index 0). */
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\r') {
        if (text[i + 1] === '\n') i++;
        starts.push(i + 1);
      } else if (c === '\n') starts.push(i + 1);
    }
    this.lineStarts = starts;
  }

  /** Offset of a jison position (1-based line, 0-based column counted in characters). */
  offsetOf(line: number, column: number): number {
    const start = this.lineStarts[Math.max(0, line - 1)] ?? this.text.length;
    return Math.min(start + column, this.text.length);
  }

  /** Velocity's 1-based line and column of `offset` (tabs expanded to 8). */
  lineColumn(offset: number): { line: number; column: number } {
    let line = 1;
    while (line < this.lineStarts.length && (this.lineStarts[line] as number) <= offset) line++;
    const start = this.lineStarts[line - 1] as number;
    let col = 0;
    for (let i = start; i < offset && i < this.text.length; i++) {
      col++;
      if (this.text[i] === '\t') {
        col--;
        col += 8 - (col % 8);
      }
    }
    return { line, column: col + 1 };
  }
}

/** ` at NAME[line L, column C]`-style location text, as Velocity appends it to messages. */
export function atLocation(name: string, source: SourceText, offset: number): string {
  const { line, column } = source.lineColumn(offset);
  return `${name}[line ${line}, column ${column}]`;
}

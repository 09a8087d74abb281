/**
 * Where a JSON parse error of a rendered request body is, in the rendered text and (where the
 * characters around it come from literal template text) in the template.
 */

/**
 * The offset in `text` of a dry-run JSON parse error message ending in `at line L, column C`
 * (1-based, lines split at `\n`; dryrun/json/parse.ts). Undefined when the message has no
 * position.
 */
export function errorOffset(text: string, message: string): number | undefined {
  const m = / at line (\d+), column (\d+)$/.exec(message);
  if (!m) return undefined;
  const line = Number(m[1]);
  const column = Number(m[2]);
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return undefined;
    offset = nl + 1;
  }
  return Math.min(offset + column - 1, text.length);
}

/** The parse error message without its rendered-text position (`… at line L, column C`). */
export function errorReason(message: string): string {
  return message.replace(/ at line \d+, column \d+$/, '');
}

/**
 * The template offset that wrote the character at `offset` of `rendered`: the widest window of
 * rendered text around it (up to 24 characters) that occurs exactly once in `template` decides.
 * An error at the end of the text maps to the last character the window matched. Undefined
 * when no window is unique (the characters came from input values or repeat).
 */
export function templateOffset(rendered: string, offset: number, template: string): number | undefined {
  for (let size = Math.min(24, rendered.length); size >= 2; size--) {
    for (let before = Math.min(size, offset); before >= 0; before--) {
      const start = offset - before;
      const end = start + size;
      if (end > rendered.length) continue;
      if (offset < rendered.length && end <= offset) continue;
      const window = rendered.slice(start, end);
      const at = template.indexOf(window);
      if (at < 0 || template.indexOf(window, at + 1) >= 0) continue;
      return offset < rendered.length ? at + before : at + window.length - 1;
    }
  }
  return undefined;
}

/** Up to `radius` characters of `text` either side of `offset`, line breaks shown as `\n`. */
export function excerpt(text: string, offset: number, radius = 20): string {
  const start = Math.max(0, offset - radius);
  const end = Math.min(text.length, offset + radius);
  const body = text.slice(start, end).replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}

/**
 * Block balance: every `#if`, `#foreach`, `#macro`, `#define` and `#@macro` block needs its
 * `#end`, and an `#end` needs a block. Apache Velocity refuses such templates at parse time
 * (`Encountered "<EOF>"`, `Encountered "#end"`, verified with the oracle on Velocity 2.4.1);
 * velocityjs closes open blocks at the end of the template and drops stray `#end`s, so this
 * scan restores Velocity's verdict.
 *
 * The scan skips what Velocity does not parse as directives: `##` line comments, `#* … *#`
 * block comments, `#[[ … ]]#` unparsed sections and escaped `\#`.
 */
import { TemplateSyntaxError } from './errors.js';

const OPENERS = new Set(['if', 'foreach', 'macro', 'define']);
const NAME = /^#(?:\{(@?[a-zA-Z][a-zA-Z0-9_]*)\}|(@?[a-zA-Z][a-zA-Z0-9_]*))/;

/**
 * Throws a {@link TemplateSyntaxError} at the first `#end` without a block, or at the end of the
 * text when a block is still open. Offsets are relative to `text`, plus `base`.
 */
export function checkBlockBalance(text: string, base = 0): void {
  let open = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\' && text[i + 1] === '#') {
      i += 2;
      continue;
    }
    if (c !== '#') {
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === '#') {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? text.length : eol + 1;
      continue;
    }
    if (next === '*') {
      const close = text.indexOf('*#', i + 2);
      i = close < 0 ? text.length : close + 2;
      continue;
    }
    if (next === '[' && text[i + 2] === '[') {
      const close = text.indexOf(']]#', i + 3);
      i = close < 0 ? text.length : close + 3;
      continue;
    }
    const m = NAME.exec(text.slice(i, i + 64));
    if (!m) {
      i++;
      continue;
    }
    const name = (m[1] ?? m[2])!;
    if (OPENERS.has(name) || name.startsWith('@')) open++;
    else if (name === 'end') {
      if (open === 0) throw new TemplateSyntaxError(m[0], base + i);
      open--;
    }
    i += m[0].length;
  }
  if (open > 0) throw new TemplateSyntaxError('<EOF>', base + text.length);
}

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

/**
 * The deepest nesting the dry run evaluates: directive blocks plus parentheses, brackets and
 * braces. Velocity itself renders about 30,000 nested `#if`s; real templates nest a few levels.
 */
export const MAX_TEMPLATE_NESTING = 1000;

const OPENERS = new Set(['if', 'foreach', 'macro', 'define']);
const NAME = /^#(?:\{(@?[a-zA-Z][a-zA-Z0-9_]*)\}|(@?[a-zA-Z][a-zA-Z0-9_]*))/;

/**
 * When the `#` at `i` starts text Velocity does not parse — a `##` line comment (with its line
 * break), a `#* … *#` block comment or a `#[[ … ]]#` unparsed section — the offset just after
 * it (the end of `text` when it is not closed); otherwise undefined.
 */
export function endOfUnparsed(text: string, i: number): number | undefined {
  const next = text[i + 1];
  const closeAfter = (close: string, from: number) => {
    const at = text.indexOf(close, from);
    return at < 0 ? text.length : at + close.length;
  };
  if (next === '#') return closeAfter('\n', i);
  if (next === '*') return closeAfter('*#', i + 2);
  if (next === '[' && text[i + 2] === '[') return closeAfter(']]#', i + 3);
  return undefined;
}

/**
 * Throws a {@link TemplateSyntaxError} at the first `#end` without a block, or at the end of the
 * text when a block is still open. Offsets are relative to `text`, plus `base`.
 */
export function checkBlockBalance(text: string, base = 0): void {
  let open = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') {
      // A backslash run escapes the `#` after it only when its length is odd (`\\#if` is a
      // backslash, then a directive).
      let j = i;
      while (text[j] === '\\') j++;
      i = text[j] === '#' && (j - i) % 2 === 1 ? j + 1 : j;
      continue;
    }
    if (c !== '#') {
      i++;
      continue;
    }
    const after = endOfUnparsed(text, i);
    if (after !== undefined) {
      i = after;
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

/**
 * Offset of the deepest point of a template — where the nesting of directive blocks plus
 * parentheses and brackets first reaches its maximum — used to locate a "nesting too deep" error.
 * Comments and unparsed sections are skipped as in {@link checkBlockBalance}.
 */
export function deepestPoint(text: string): number {
  return nesting(text).at;
}

/**
 * The maximum nesting of a template (directive blocks plus parentheses, brackets and braces),
 * the offset where it is first reached, and the offset where the nesting first goes beyond
 * `limit` (undefined when it never does).
 */
export function nesting(text: string, limit = Number.POSITIVE_INFINITY): { depth: number; at: number; beyondLimit?: number } {
  let depth = 0;
  let max = -1;
  let at = 0;
  let beyondLimit: number | undefined;
  let i = 0;
  const note = (offset: number) => {
    if (depth > limit && beyondLimit === undefined) beyondLimit = offset;
    if (depth > max) {
      max = depth;
      at = offset;
    }
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') {
      depth++;
      note(i);
    } else if (c === ')' || c === ']' || c === '}') {
      depth = Math.max(0, depth - 1);
    } else if (c === '#') {
      const after = endOfUnparsed(text, i);
      if (after !== undefined) {
        i = after;
        continue;
      }
      const m = NAME.exec(text.slice(i, i + 64));
      if (m) {
        const name = (m[1] ?? m[2]) as string;
        if (OPENERS.has(name) || name.startsWith('@')) {
          depth++;
          note(i);
        } else if (name === 'end') depth = Math.max(0, depth - 1);
        i += m[0].length;
        continue;
      }
    }
    i++;
  }
  return { depth: Math.max(max, 0), at, ...(beyondLimit !== undefined ? { beyondLimit } : {}) };
}

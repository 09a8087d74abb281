import { JavaException } from './errors.js';

/**
 * Compiles a Jayway pattern literal `/source/flags` (`PatternNode`, json-path 2.10.0) into a JS
 * RegExp that answers Java's `Matcher.matches()` — the whole input must match — for
 * `regex.test(input)` (the RegExp is sticky; {@link matchesWhole} resets it). Java flags: `i`
 * case-insensitive, `m` multiline, `s` dotall, `x` comments (whitespace and `#…` outside classes
 * removed); `d`, `u`, `U` have no JS counterpart and are ignored (without `u`, Java's `i` folds
 * ASCII only — JS folds all letters). Java-only syntax (possessive quantifiers, `\Q…\E`, inline
 * `(?i)`, POSIX `\p{Alpha}`) is not translated.
 * @throws JavaException `java.util.regex.PatternSyntaxException` when JS rejects the source.
 */
export function compileJavaPattern(literal: string): RegExp {
  const first = literal.indexOf('/');
  const last = literal.lastIndexOf('/');
  let source = literal.slice(first + 1, last);
  const flags = literal.slice(last + 1);
  let js = 'y';
  if (flags.includes('i')) js += 'i';
  if (flags.includes('m')) js += 'm';
  if (flags.includes('s')) js += 's';
  if (flags.includes('x')) source = stripComments(source);
  const unclosed = unclosedClass(source);
  if (unclosed >= 0) throw new JavaException('java.util.regex.PatternSyntaxException', `Unclosed character class near index ${unclosed}`);
  try {
    return new RegExp(`(?:${source})(?![\\s\\S])`, js);
  } catch (e) {
    throw new JavaException('java.util.regex.PatternSyntaxException', e instanceof Error ? e.message : String(e));
  }
}

/** `Matcher.matches()` with a pattern from {@link compileJavaPattern}. */
export function matchesWhole(regex: RegExp, input: string): boolean {
  regex.lastIndex = 0;
  return regex.test(input);
}

/** Index of a `[` that is never closed (JS reads it as a literal, Java rejects it), else -1. */
function unclosedClass(source: string): number {
  let open = -1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (open < 0 && c === '[') {
      open = i;
      if (source[i + 1] === '^') i++;
      if (source[i + 1] === ']') i++;
    } else if (open >= 0 && c === ']') open = -1;
  }
  return open >= 0 ? source.length - 1 : -1;
}

/** Java `Pattern.COMMENTS`: drops unescaped whitespace and `#` comments outside character classes. */
function stripComments(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === '#') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (!/\s/.test(c)) out += c;
  }
  return out;
}

import { JavaInvocationError } from '../values.js';

const MAX_PATTERN = 1000;

/**
 * Translates a Java regular expression to a JS RegExp for `replaceAll`, `replaceFirst`,
 * `matches` and `split`. Java and JS agree on the constructs templates use (classes, groups,
 * quantifiers, anchors); possessive quantifiers and `\Q…\E` are handled, other Java-only syntax
 * fails as a PatternSyntaxException.
 * @throws JavaInvocationError (java.util.regex.PatternSyntaxException) when the pattern is invalid.
 */
export function javaRegex(pattern: string, flags: string): RegExp {
  if (pattern.length > MAX_PATTERN) throw new JavaInvocationError('java.util.regex.PatternSyntaxException: pattern too long for the dry run');
  let src = pattern.replace(/\\Q([\s\S]*?)(\\E|$)/g, (_, lit: string) => lit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  src = src.replace(/([*+?}])\+/g, '$1');
  try {
    return new RegExp(src, flags);
  } catch (e) {
    throw new JavaInvocationError(`java.util.regex.PatternSyntaxException: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Java `Matcher.replaceAll/replaceFirst` with Java replacement syntax (`$1` group references,
 * `\\` escapes).
 * @throws JavaInvocationError for a bad group reference, as Java throws.
 */
export function javaRegexReplace(s: string, pattern: string, replacement: string, all: boolean): string {
  const re = javaRegex(pattern, 'g');
  let out = '';
  let last = 0;
  for (const m of s.matchAll(re)) {
    out += s.slice(last, m.index) + expandReplacement(replacement, m);
    last = m.index + m[0].length;
    if (!all) break;
  }
  return out + s.slice(last);
}

function expandReplacement(replacement: string, m: RegExpMatchArray): string {
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i];
    if (c === '\\') {
      if (i + 1 >= replacement.length) throw new JavaInvocationError('java.lang.IllegalArgumentException: character to be escaped is missing');
      out += replacement[++i];
    } else if (c === '$') {
      let j = i + 1;
      let num = '';
      while (j < replacement.length && /\d/.test(replacement[j] as string)) num += replacement[j++];
      if (num === '') throw new JavaInvocationError('java.lang.IllegalArgumentException: Illegal group reference');
      const idx = Number(num);
      if (idx >= m.length) throw new JavaInvocationError(`java.lang.IndexOutOfBoundsException: No group ${idx}`);
      out += m[idx] ?? '';
      i = j - 1;
    } else out += c;
  }
  return out;
}

/**
 * Java `String.split(regex, limit)`: no leading empty string for a zero-width match at the
 * start, trailing empty strings removed when `limit` is 0, at most `limit` parts when positive.
 */
export function javaSplit(s: string, pattern: string, limit: number): string[] {
  if (s.length === 0) return [''];
  const re = javaRegex(pattern, 'g');
  const out: string[] = [];
  let last = 0;
  for (const m of s.matchAll(re)) {
    const len = m[0].length;
    if (len === 0 && m.index === 0) continue;
    if (len === 0 && m.index >= s.length) break;
    if (limit > 0 && out.length === limit - 1) break;
    out.push(s.slice(last, m.index));
    last = m.index + len;
  }
  out.push(s.slice(last));
  if (limit === 0) while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

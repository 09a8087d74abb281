import { type JavaPattern, checkInput } from './pattern.js';
import { expandReplacement } from './replacement.js';

/** One match: its start and end (UTF-16 indexes) and the JavaScript match for group lookups. */
export interface JavaMatch {
  start: number;
  end: number;
  groups: RegExpExecArray;
}

/**
 * Java `Matcher.find()` in a loop: each search starts where the previous match ended, one
 * character further after an empty match; a pattern starting with `\G` must match exactly there.
 * Calls `visit` for every match until it returns false.
 */
export function forEachMatch(p: JavaPattern, input: string, visit: (m: JavaMatch) => boolean): void {
  checkInput(p, input);
  const re = p.search;
  let next = 0;
  let lastEnd = 0;
  for (;;) {
    if (next > input.length) return;
    if (p.leadingLastMatch && next !== lastEnd) return;
    re.lastIndex = next;
    const m = re.exec(input);
    if (!m) return;
    const start = m.index;
    const end = start + m[0].length;
    if (!visit({ start, end, groups: m })) return;
    lastEnd = end;
    next = end === start ? end + 1 : end;
  }
}

/** The text of Java group `n` in a match, or undefined when the group did not take part. */
export function groupText(p: JavaPattern, m: JavaMatch, n: number): string | undefined {
  if (n === 0) return m.groups[0];
  const k = p.jsGroup[n];
  return k === undefined || k < 0 ? undefined : m.groups[k];
}

/** `String.matches(regex)` / `Matcher.matches()`: the whole input must match. */
export function javaMatches(p: JavaPattern, input: string): boolean {
  checkInput(p, input);
  p.whole.lastIndex = 0;
  return p.whole.test(input);
}

/**
 * `String.replaceAll` / `replaceFirst` (`Matcher.replaceAll`): the replacement is expanded per
 * match with Java's rules (`$n`, `${name}`, `\` escapes); without a match the input is returned
 * unchanged and the replacement is never read.
 * @throws JavaInvocationError (IllegalArgumentException / IndexOutOfBoundsException) for a bad group reference.
 */
export function javaReplace(p: JavaPattern, input: string, replacement: string, all: boolean): string {
  let out = '';
  let last = 0;
  forEachMatch(p, input, (m) => {
    out += input.slice(last, m.start) + expandReplacement(replacement, p, (n) => groupText(p, m, n));
    last = m.end;
    return all;
  });
  return out + input.slice(last);
}

/**
 * `String.split(regex, limit)` (`Pattern.split`, JDK 17): no leading empty string for an
 * empty match at index 0; with `limit > 0` at most `limit` parts (the last holds the rest);
 * with `limit == 0` trailing empty strings are removed; no match gives the input itself.
 */
export function javaSplit(p: JavaPattern, input: string, limit: number): string[] {
  const parts: string[] = [];
  let index = 0;
  const limited = limit > 0;
  forEachMatch(p, input, (m) => {
    if (!limited || parts.length < limit - 1) {
      if (index === 0 && m.start === 0 && m.start === m.end) return true;
      parts.push(input.slice(index, m.start));
      index = m.end;
    } else if (parts.length === limit - 1) {
      parts.push(input.slice(index));
      index = m.end;
    }
    return true;
  });
  if (index === 0) return [input];
  if (!limited || parts.length < limit) parts.push(input.slice(index));
  let size = parts.length;
  if (limit === 0) while (size > 0 && parts[size - 1] === '') size--;
  return parts.slice(0, size);
}

import { type JavaPattern, PatternSyntaxError, UnsupportedRegexFeature, compileJavaRegex, javaMatches } from '../velocity/regex/index.js';
import { JavaException, JsonPathError } from './errors.js';

/**
 * A compiled Jayway pattern literal: the Java pattern, or — for a valid Java construct the dry
 * run cannot reproduce — the reason, raised when the filter is evaluated (the path itself is
 * valid, so compiling it must not fail).
 */
export type JaywayPattern = { pattern: JavaPattern } | { unsupported: string };

/**
 * Compiles a Jayway pattern literal `/source/flags` (`PatternNode`, json-path 2.10.0:
 * `Pattern.compile(source, flags)`) with the dry run's Java regex compiler (velocity/regex, the
 * same one the String methods of templates use). Jayway's flags `d i m s u x U` are Java's
 * inline flags, so they are compiled as a `(?flags)` prefix; error indexes are given back
 * relative to `source`, as Java reports them.
 * @throws JavaException `java.util.regex.PatternSyntaxException` with Java's message.
 */
export function compileJavaPattern(literal: string): JaywayPattern {
  const first = literal.indexOf('/');
  const last = literal.lastIndexOf('/');
  const source = literal.slice(first + 1, last);
  const flags = literal.slice(last + 1);
  const prefix = flags ? `(?${flags})` : '';
  try {
    return { pattern: compileJavaRegex(prefix + source) };
  } catch (e) {
    if (e instanceof PatternSyntaxError) {
      const index = e.index < 0 ? -1 : Math.max(0, e.index - prefix.length);
      throw new JavaException('java.util.regex.PatternSyntaxException', new PatternSyntaxError(e.description, source, index).message);
    }
    if (e instanceof UnsupportedRegexFeature) return { unsupported: e.message };
    throw e;
  }
}

/**
 * `Matcher.matches()` with a pattern from {@link compileJavaPattern}.
 * @throws JsonPathError (`JsonPathException`) for a pattern or input the dry run cannot reproduce.
 */
export function matchesWhole(p: JaywayPattern, input: string): boolean {
  if ('unsupported' in p) throw new JsonPathError('JsonPathException', p.unsupported);
  try {
    return javaMatches(p.pattern, input);
  } catch (e) {
    if (e instanceof UnsupportedRegexFeature) throw new JsonPathError('JsonPathException', e.message);
    throw e;
  }
}

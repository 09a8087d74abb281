import { PatternSyntaxError, compileJavaRegex, javaMatches, javaReplace, javaSplit, type JavaPattern } from '../regex/index.js';
import { JavaInvocationError } from '../values.js';

/**
 * Compiles a Java regex for a String method; a syntax error becomes the
 * `java.util.regex.PatternSyntaxException` Java throws (message verified with the oracle).
 * @throws JavaInvocationError for an invalid pattern.
 * @throws UnsupportedRegexFeature for a construct the dry run cannot reproduce.
 */
function compile(regex: string): JavaPattern {
  try {
    return compileJavaRegex(regex);
  } catch (e) {
    if (e instanceof PatternSyntaxError) throw new JavaInvocationError(e.javaException);
    throw e;
  }
}

/** `String.matches(regex)`: the whole string must match. */
export function stringMatches(s: string, regex: string): boolean {
  return javaMatches(compile(regex), s);
}

/** `String.replaceAll(regex, replacement)` / `replaceFirst` with Java replacement syntax. */
export function stringReplaceRegex(s: string, regex: string, replacement: string, all: boolean): string {
  return javaReplace(compile(regex), s, replacement, all);
}

/** `String.split(regex, limit)`. */
export function stringSplit(s: string, regex: string, limit: number): string[] {
  return javaSplit(compile(regex), s, limit);
}

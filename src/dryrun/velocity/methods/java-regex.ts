import { PatternSyntaxError, compileJavaRegex, javaMatches, javaReplace, javaSplit, type JavaPattern } from '../regex/index.js';
import { JavaInvocationError, UnsupportedJavaFeature } from '../values.js';

let refuseRegex = 0;

/**
 * Runs `fn` with Java regular expressions refused: every String method that takes one
 * (`matches`, `replaceAll`, `replaceFirst`, `split`) throws {@link UnsupportedJavaFeature}
 * instead of running it. For the renders the validation rules do on the main thread: a
 * JavaScript regular expression cannot be interrupted, so a catastrophic pattern written in a
 * pull request must only ever run in the dry run's isolated worker, under its time limit.
 */
export function withoutRegexEvaluation<T>(fn: () => T): T {
  refuseRegex++;
  try {
    return fn();
  } finally {
    refuseRegex--;
  }
}

/**
 * Compiles a Java regex for a String method; a syntax error becomes the
 * `java.util.regex.PatternSyntaxException` Java throws (message verified with the oracle).
 * @throws JavaInvocationError for an invalid pattern.
 * @throws UnsupportedRegexFeature for a construct the dry run cannot reproduce.
 * @throws UnsupportedJavaFeature inside {@link withoutRegexEvaluation}.
 */
function compile(regex: string): JavaPattern {
  if (refuseRegex > 0) throw new UnsupportedJavaFeature('regular expressions are evaluated only by the dry run, not during validation');
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

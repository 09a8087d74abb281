import { UnsupportedJavaFeature } from '../values.js';

/**
 * The two ways a Java regular expression can fail in the dry run.
 */

/**
 * `java.util.regex.PatternSyntaxException`, with the message Java builds in `getMessage()`:
 * `<description> near index <i>`, a line break, the pattern, and (when the index is inside the
 * pattern) a line with a caret under the index. The index is Java's parser cursor minus one
 * (`Pattern.error`), counted in code points after `\Q…\E` quoting is expanded — the same quirk
 * Java has. Verified with the oracle (JDK 17): `Unclosed group near index 2\n(a`.
 */
export class PatternSyntaxError extends Error {
  override name = 'PatternSyntaxError';

  /**
   * @param description Java's description, e.g. `Unclosed character class`
   * @param pattern the regex as the template passed it
   * @param index Java's error index (-1 for none)
   */
  constructor(
    readonly description: string,
    readonly pattern: string,
    readonly index: number,
  ) {
    super(javaPatternMessage(description, pattern, index));
  }

  /** `java.util.regex.PatternSyntaxException: <message>`, as Velocity prints a thrown exception. */
  get javaException(): string {
    return `java.util.regex.PatternSyntaxException: ${this.message}`;
  }
}

function javaPatternMessage(description: string, pattern: string, index: number): string {
  let out = description;
  if (index >= 0) out += ` near index ${index}`;
  out += `\n${pattern}`;
  if (index >= 0 && index < pattern.length) out += `\n${' '.repeat(index)}^`;
  return out;
}

/**
 * A valid Java regex construct the dry run cannot reproduce with a JavaScript RegExp (for
 * example `\X`, `\N{name}`, `(?c)` on non-ASCII text, a Unicode block outside the built-in
 * table). The run stops with this message instead of matching differently from Java.
 */
export class UnsupportedRegexFeature extends UnsupportedJavaFeature {
  override name = 'UnsupportedRegexFeature';

  /**
   * @param feature the Java construct, e.g. `\X (extended grapheme cluster)`
   * @param pattern the regex it appeared in
   */
  constructor(
    readonly feature: string,
    readonly pattern: string,
  ) {
    super(`the dry run cannot reproduce the Java regex feature ${feature} (pattern "${pattern}")`);
  }
}

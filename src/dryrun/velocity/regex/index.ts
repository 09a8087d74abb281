/**
 * Java regular expressions (`java.util.regex`, JDK 17) for the dry run: parsed with Java's
 * grammar and error messages, matched by a translated JavaScript RegExp.
 */
export { PatternSyntaxError, UnsupportedRegexFeature } from './errors.js';
export { type JavaPattern, compileJavaRegex } from './pattern.js';
export { type JavaMatch, forEachMatch, groupText, javaMatches, javaReplace, javaSplit } from './matcher.js';

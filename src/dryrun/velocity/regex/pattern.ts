import { emitPattern } from './emit.js';
import { UnsupportedRegexFeature } from './errors.js';
import { parseJavaRegex } from './parser.js';

/** A Java regex compiled for JavaScript: what the matcher functions need. */
export interface JavaPattern {
  /** The Java source. */
  readonly pattern: string;
  /** Finds the next match (global, `v` flag); sticky instead when {@link leadingLastMatch}. */
  readonly search: RegExp;
  /** Matches the whole input from index 0 (`Matcher.matches()`). */
  readonly whole: RegExp;
  /** Java `groupCount()`. */
  readonly groupCount: number;
  /** JavaScript capture index of each Java group; index 0 is the whole match. */
  readonly jsGroup: readonly number[];
  /** Named groups → Java group number. */
  readonly names: ReadonlyMap<string, number>;
  /** The pattern starts with `\G`: each match must start where the previous one ended. */
  readonly leadingLastMatch: boolean;
  /** CANON_EQ (`(?c)`) was used: the matcher accepts only ASCII input (see {@link checkInput}). */
  readonly canonEq: boolean;
}

const MAX_PATTERN = 10_000;
const CACHE_LIMIT = 256;
const cache = new Map<string, JavaPattern>();

/**
 * Compiles a Java regex (`Pattern.compile(regex)`, JDK 17) into JavaScript RegExps with Java's
 * matching semantics; see parser.ts for the syntax and emit.ts for the translation. Results are
 * cached by pattern text.
 * @throws PatternSyntaxError with Java's message and index for an invalid pattern.
 * @throws UnsupportedRegexFeature for a valid construct the dry run cannot reproduce.
 */
export function compileJavaRegex(pattern: string): JavaPattern {
  const hit = cache.get(pattern);
  if (hit) return hit;
  if (pattern.length > MAX_PATTERN) throw new UnsupportedRegexFeature(`patterns longer than ${MAX_PATTERN} characters`, pattern.slice(0, 40));
  const parsed = parseJavaRegex(pattern);
  const emitted = emitPattern(parsed.root, parsed.groupCount, pattern);
  let search: RegExp;
  let whole: RegExp;
  try {
    search = new RegExp(emitted.source, emitted.leadingLastMatch ? 'vy' : 'vg');
    whole = new RegExp(`(?:${emitted.source})(?![\\s\\S])`, 'vy');
  } catch (e) {
    throw new UnsupportedRegexFeature(`as translated (${e instanceof Error ? e.message : String(e)})`, pattern);
  }
  const compiled: JavaPattern = {
    pattern,
    search,
    whole,
    groupCount: parsed.groupCount,
    jsGroup: emitted.jsGroup,
    names: parsed.names,
    leadingLastMatch: emitted.leadingLastMatch,
    canonEq: parsed.canonEq,
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(pattern, compiled);
  return compiled;
}

/**
 * CANON_EQ matches canonically equivalent sequences (`é` and `e\u0301`); the translation does
 * not, so it is accepted only when pattern and input are both ASCII, where it changes nothing.
 * @throws UnsupportedRegexFeature otherwise.
 */
export function checkInput(p: JavaPattern, input: string): void {
  // eslint-disable-next-line no-control-regex
  if (p.canonEq && (/[^\u0000-\u007f]/.test(input) || /[^\u0000-\u007f]/.test(p.pattern))) {
    throw new UnsupportedRegexFeature('(?c) CANON_EQ on non-ASCII text', p.pattern);
  }
}

import type { AssertKind, CaseMode, CharSet, RegexNode } from './ast.js';
import { UnsupportedRegexFeature } from './errors.js';
import { UNICODE_WORD } from './properties.js';

/** A parsed Java regex written as JavaScript RegExp source (for the `v` flag). */
export interface EmittedPattern {
  source: string;
  /** JavaScript capture index of each Java group (index 0 is the whole match). */
  jsGroup: number[];
  /** True when the pattern starts with `\G` (removed from `source`; the matcher anchors instead). */
  leadingLastMatch: boolean;
}

/** `\u{…}` for any code point: safe both inside and outside `v`-mode classes. */
function lit(cp: number): string {
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return String.fromCharCode(cp);
  return `\\u{${cp.toString(16).toUpperCase()}}`;
}

/** A `v`-mode class operand for a set. */
export function setSource(s: CharSet): string {
  switch (s.k) {
    case 'cps':
      return `[${s.cps.map(lit).join('')}]`;
    case 'range':
      return `[${lit(s.lo)}-${lit(s.hi)}]`;
    case 'js':
      return s.src;
    case 'union':
      return `[${s.items.map(setSource).join('')}]`;
    case 'and':
      return `[${setSource(s.a)}&&${setSource(s.b)}]`;
    case 'not':
      return `[^${setSource(s.a)}]`;
  }
}

const ANY = '[\\s\\S]';
const AT_END = `(?!${ANY})`;
const AT_START = `(?<!${ANY})`;
/** `Character.isLetterOrDigit || '_'`: JDK 17's `\b` word test (not `\w`). */
const BOUND_WORD = '[\\p{L}\\p{Nd}_]';
/** A non-spacing mark counts as a word character when letters or digits precede its run of marks. */
const MARK_AFTER_BASE = '[\\p{L}\\p{Nd}]\\p{Mn}+';

function assertion(kind: AssertKind, unicodeWord: boolean): string {
  switch (kind) {
    case 'begin':
      return AT_START;
    case 'end':
      return AT_END;
    case 'dollar':
      return `(?=\\r\\n${AT_END}|[\\r\\u{85}\\u{2028}\\u{2029}]${AT_END}|(?<!\\r)\\n${AT_END}|${AT_END})`;
    case 'dollarMulti':
      return `(?=(?<!\\r)\\n|[\\r\\u{85}\\u{2028}\\u{2029}]|${AT_END})`;
    case 'unixDollar':
      return `(?=\\n?${AT_END})`;
    case 'unixDollarMulti':
      return `(?=\\n|${AT_END})`;
    case 'caret':
      return `(?=${ANY})(?:${AT_START}|(?<=[\\n\\u{85}\\u{2028}\\u{2029}])|(?<=\\r)(?!\\n))`;
    case 'unixCaret':
      return `(?=${ANY})(?:${AT_START}|(?<=\\n))`;
    case 'bound':
    case 'nonBound': {
      const left = unicodeWord ? `(?<=${UNICODE_WORD})` : `(?<=${BOUND_WORD}|${MARK_AFTER_BASE})`;
      const notLeft = unicodeWord ? `(?<!${UNICODE_WORD})` : `(?<!${BOUND_WORD}|${MARK_AFTER_BASE})`;
      const rightBody = unicodeWord ? UNICODE_WORD : `${BOUND_WORD}|(?<=[\\p{L}\\p{Nd}]\\p{Mn}*)\\p{Mn}`;
      const right = `(?=${rightBody})`;
      const notRight = `(?!${rightBody})`;
      return kind === 'bound' ? `(?:${left}${notRight}|${notLeft}${right})` : `(?:${left}${right}|${notLeft}${notRight})`;
    }
    case 'lastMatch':
      throw new Error('\\G is handled by the caller');
  }
}

function fold(src: string, mode: CaseMode): string {
  return mode === 'unicode' ? `(?i:${src})` : src;
}

/**
 * Writes a parsed Java regex as JavaScript RegExp source for the `v` flag, keeping Java's
 * semantics where the two engines differ: `.` excludes Java's five line terminators, `$` also
 * matches before a final line terminator, `^`/`$` in MULTILINE treat `\r\n` as one terminator,
 * `\b` uses JDK 17's letter-or-digit test, ASCII-only case folding is spelled out (`[aA]`),
 * Unicode case folding uses the `(?i:…)` modifier, atomic groups and possessive quantifiers
 * become `(?=(…))\n`. Extra capturing groups are recorded in {@link EmittedPattern.jsGroup}.
 * @throws UnsupportedRegexFeature for `\X`, `\b{g}`, `\N{…}` and `\G` other than at the start.
 */
export function emitPattern(root: RegexNode, groupCount: number, pattern: string): EmittedPattern {
  const jsGroup: number[] = [0];
  for (let i = 1; i <= groupCount; i++) jsGroup.push(-1);
  let jsCount = 0;
  let leadingLastMatch = false;
  let body = root;
  if (root.t === 'assert' && root.kind === 'lastMatch') {
    leadingLastMatch = true;
    body = { t: 'seq', items: [] };
  } else if (root.t === 'seq' && root.items[0]?.t === 'assert' && root.items[0].kind === 'lastMatch') {
    leadingLastMatch = true;
    body = { t: 'seq', items: root.items.slice(1) };
  }

  const atomic = (inner: () => string): string => {
    const k = ++jsCount;
    return `(?=(${inner()}))\\${k}`;
  };

  const emit = (n: RegexNode): string => {
    switch (n.t) {
      case 'seq':
        return n.items.map(emit).join('');
      case 'alt':
        return `(?:${n.branches.map(emit).join('|')})`;
      case 'char': {
        if (n.caseMode === 'ascii' && ((n.cp >= 0x41 && n.cp <= 0x5a) || (n.cp >= 0x61 && n.cp <= 0x7a))) {
          return `[${lit(n.cp | 0x20)}${lit(n.cp & ~0x20)}]`;
        }
        return fold(lit(n.cp), n.caseMode);
      }
      case 'set':
        return fold(setSource(n.set), n.caseMode);
      case 'group': {
        if (n.capture === null) return `(?:${emit(n.body)})`;
        jsGroup[n.capture] = ++jsCount;
        return `(${emit(n.body)})`;
      }
      case 'look':
        return `(?${n.behind ? '<' : ''}${n.negate ? '!' : '='}${emit(n.body)})`;
      case 'atomic':
        return `(?:${atomic(() => emit(n.body))})`;
      case 'quant': {
        // Java's Curly/Ques try a quantified atom once per repetition: `\R` cannot give back "\n" of "\r\n".
        const inner = n.body.t === 'linebreak' ? () => atomic(() => emit(n.body)) : () => emit(n.body);
        const q = n.min === 0 && n.max === Infinity ? '*' : n.min === 1 && n.max === Infinity ? '+' : n.min === 0 && n.max === 1 ? '?' : n.max === Infinity ? `{${n.min},}` : n.min === n.max ? `{${n.min}}` : `{${n.min},${n.max}}`;
        if (n.kind === 'possessive') return `(?:${atomic(() => `(?:${inner()})${q}`)})`;
        return `(?:${inner()})${q}${n.kind === 'lazy' ? '?' : ''}`;
      }
      case 'backref': {
        const k = jsGroup[n.group];
        // Java: a group that has not matched (or does not exist yet) makes the reference fail.
        if (k === undefined || k < 0) return '[]';
        return n.caseMode === 'none' ? `(?:\\${k})` : `(?i:\\${k})`;
      }
      case 'assert':
        if (n.kind === 'lastMatch') throw new UnsupportedRegexFeature('\\G (end of the previous match) other than at the start of the pattern', pattern);
        return assertion(n.kind, n.unicodeWord);
      case 'linebreak':
        return '(?:\\r\\n|[\\n\\u{B}\\u{C}\\r\\u{85}\\u{2028}\\u{2029}])';
      case 'unsupported':
        throw new UnsupportedRegexFeature(n.feature, pattern);
    }
  };

  return { source: emit(body), jsGroup, leadingLastMatch };
}

import type { CharSet, Escaped } from './ast.js';
import { asciiOtherCase, javaToLower, javaToUpper } from './case.js';
import { C, CASE_INSENSITIVE, PatternCursor, UNICODE_CASE, UNICODE_CHARACTER_CLASS } from './cursor.js';
import { forProperty, forUnicodeBlock, forUnicodeProperty, forUnicodeScript, posixProperty } from './properties.js';

/** What the class parser needs from the main parser. */
export interface ClassContext {
  cur: PatternCursor;
  /** Java's `escape(inclass, create, isrange)`, positioned on the backslash. */
  escape(inclass: boolean, create: boolean, isrange: boolean): Escaped;
}

/** Java's `BitClass`: Latin-1 code points collected one by one. */
class Bits {
  readonly cps = new Set<number>();
  /** `BitClass.add(c, flags)`: with CASE_INSENSITIVE, ASCII letters add both cases (all of Latin-1 with UNICODE_CASE). */
  add(c: number, flags: number): void {
    if ((flags & CASE_INSENSITIVE) !== 0) {
      if (c < 0x80) {
        this.cps.add(asciiOtherCase(c));
      } else if ((flags & UNICODE_CASE) !== 0) {
        this.cps.add(javaToLower(c));
        this.cps.add(javaToUpper(c));
      }
    }
    this.cps.add(c);
  }
  snapshot(): CharSet {
    return { k: 'cps', cps: [...this.cps].sort((a, b) => a - b) };
  }
}

const union = (a: CharSet, b: CharSet): CharSet => ({ k: 'union', items: [a, b] });

/**
 * `Pattern.clazz(consume)`: a character class after its `[` (the cursor is on the `[`).
 * Nested classes are unions, `&&` intersects everything before it with everything after it up to
 * the next `&&` or `]`, and a leading `^` negates the whole class (JDK 9+ semantics).
 * @throws PatternSyntaxError `Unclosed character class`, `Bad class syntax`, `Illegal character range` …
 */
export function parseClass(ctx: ClassContext, consume: boolean): CharSet {
  const cur = ctx.cur;
  let prev: CharSet | null = null;
  let curr: CharSet | null = null;
  const bits = new Bits();
  let isNeg = false;
  let hasBits = false;
  let ch = cur.next();
  if (ch === C('^') && cur.at(cur.cursor - 1) === C('[')) {
    ch = cur.next();
    isNeg = true;
  }
  for (;;) {
    switch (ch) {
      case C('['):
        curr = parseClass(ctx, true);
        prev = prev === null ? curr : union(prev, curr);
        ch = cur.peek();
        continue;
      case C('&'):
        ch = cur.next();
        if (ch === C('&')) {
          ch = cur.next();
          let right: CharSet | null = null;
          while (ch !== C(']') && ch !== C('&')) {
            if (ch === C('[')) {
              const r = parseClass(ctx, true);
              right = right === null ? r : union(right, r);
            } else {
              cur.unread();
              const r = parseClass(ctx, false);
              right = right === null ? r : union(right, r);
            }
            ch = cur.peek();
          }
          if (hasBits) {
            if (prev === null) prev = curr = bits.snapshot();
            else prev = union(prev, bits.snapshot());
            hasBits = false;
          }
          if (right !== null) curr = right;
          if (prev === null) {
            if (right === null) throw cur.error('Bad class syntax');
            prev = right;
          } else {
            prev = { k: 'and', a: prev, b: curr as CharSet };
          }
        } else {
          cur.unread();
          break;
        }
        continue;
      case 0:
        if (cur.cursor >= cur.patternLength) throw cur.error('Unclosed character class');
        break;
      case C(']'):
        if (prev !== null || hasBits) {
          if (consume) cur.next();
          if (prev === null) prev = bits.snapshot();
          else if (hasBits) prev = union(prev, bits.snapshot());
          return isNeg ? { k: 'not', a: prev } : prev;
        }
        break;
      default:
        break;
    }
    curr = parseRange(ctx, bits);
    if (curr === null) hasBits = true;
    else if (prev === null) prev = curr;
    else if (prev !== curr) prev = union(prev, curr);
    ch = cur.peek();
  }
}

/** `Pattern.range(bits)`: one character, an escape, a property, or a range `a-z`. */
function parseRange(ctx: ClassContext, bits: Bits): CharSet | null {
  const cur = ctx.cur;
  let ch = cur.peek();
  if (ch === C('\\')) {
    ch = cur.nextEscaped();
    if (ch === C('p') || ch === C('P')) return parseFamilyEscape(cur, ch);
    const isrange = cur.at(cur.cursor + 1) === C('-');
    cur.unread();
    const e = ctx.escape(true, true, isrange);
    if (e.kind === 'set') return e.set;
    ch = e.kind === 'cp' ? e.cp : -1;
  } else {
    cur.next();
  }
  if (ch >= 0) {
    if (cur.peek() === C('-')) {
      const endRange = cur.at(cur.cursor + 1);
      if (endRange === C('[')) return bitsOrSingle(cur, bits, ch);
      if (endRange !== C(']')) {
        cur.next();
        let m = cur.peek();
        if (m === C('\\')) {
          const e = ctx.escape(true, false, true);
          m = e.kind === 'cp' ? e.cp : -1;
        } else {
          cur.next();
        }
        if (m < ch) throw cur.error('Illegal character range');
        if (cur.has(CASE_INSENSITIVE) && !cur.has(UNICODE_CASE)) return asciiCaseRange(ch, m);
        return { k: 'range', lo: ch, hi: m };
      }
    }
    return bitsOrSingle(cur, bits, ch);
  }
  throw cur.error(`Unexpected character '${String.fromCharCode(ch & 0xffff)}'`);
}

/** Latin-1 characters Java keeps out of its bit table under Unicode case folding. */
const UNICODE_CASE_SPECIALS = new Set([0xff, 0xb5, 0x49, 0x69, 0x53, 0x73, 0x4b, 0x6b, 0xc5, 0xe5]);

/** `Pattern.bitsOrSingle`: Latin-1 characters go into the bit table (null), others become a single. */
function bitsOrSingle(cur: PatternCursor, bits: Bits, ch: number): CharSet | null {
  if (ch < 256 && !(cur.has(CASE_INSENSITIVE) && cur.has(UNICODE_CASE) && UNICODE_CASE_SPECIALS.has(ch))) {
    bits.add(ch, cur.flags0);
    return null;
  }
  return single(cur, ch);
}

/**
 * `Pattern.single`: one code point; with ASCII-only case folding an ASCII letter matches both
 * cases. Unicode case folding is applied by the emitter (JavaScript `i`).
 */
export function single(cur: PatternCursor, ch: number): CharSet {
  if (cur.has(CASE_INSENSITIVE) && !cur.has(UNICODE_CASE) && ch < 0x80 && asciiOtherCase(ch) !== ch) {
    return { k: 'cps', cps: [ch, asciiOtherCase(ch)] };
  }
  return { k: 'cps', cps: [ch] };
}

/** `Pattern.CIRange` (ASCII-only case folding): the range plus the other case of its ASCII letters. */
function asciiCaseRange(lo: number, hi: number): CharSet {
  const items: CharSet[] = [{ k: 'range', lo, hi }];
  const upperLo = Math.max(lo, 0x41);
  const upperHi = Math.min(hi, 0x5a);
  if (upperLo <= upperHi) items.push({ k: 'range', lo: upperLo + 0x20, hi: upperHi + 0x20 });
  const lowerLo = Math.max(lo, 0x61);
  const lowerHi = Math.min(hi, 0x7a);
  if (lowerLo <= lowerHi) items.push({ k: 'range', lo: lowerLo - 0x20, hi: lowerHi - 0x20 });
  return items.length === 1 ? (items[0] as CharSet) : { k: 'union', items };
}

/**
 * A `\p…` / `\P…` property after its backslash was read (`letter` is the `p` or `P`), as Java's
 * `Pattern.escape` hands it to `family`: one letter (`\pL`) or a braced name (`\p{Alpha}`).
 */
export function parseFamilyEscape(cur: PatternCursor, letter: number): CharSet {
  const oneLetter = cur.next() !== C('{');
  if (oneLetter) cur.unread();
  return parseFamily(cur, oneLetter, letter === C('P'));
}

/**
 * `Pattern.family(singleLetter, isComplement)`: `\pL`, `\p{Name}`, `\p{IsName}`, `\p{InBlock}`,
 * `\p{sc=…}`, `\p{blk=…}`, `\p{gc=…}` (the cursor is on the letter or the `{`).
 * @throws PatternSyntaxError `Unknown character property name {…}` and friends, as Java.
 * @throws UnsupportedRegexFeature for a Unicode block outside the built-in table.
 */
export function parseFamily(cur: PatternCursor, singleLetter: boolean, isComplement: boolean): CharSet {
  cur.next();
  let name: string;
  if (singleLetter) {
    name = String.fromCodePoint(cur.at(cur.cursor));
    cur.read();
  } else {
    const i = cur.cursor;
    cur.mark(C('}'));
    while (cur.read() !== C('}')) {
      /* scan to the closing brace */
    }
    cur.mark(0);
    const j = cur.cursor;
    if (j > cur.patternLength) throw cur.error('Unclosed character family');
    if (i + 1 >= j) throw cur.error('Empty character family');
    name = String.fromCodePoint(...cur.temp.slice(i, j - 1));
  }
  const caseIns = cur.has(CASE_INSENSITIVE);
  let p: CharSet | null = null;
  const eq = name.indexOf('=');
  if (eq !== -1) {
    const value = name.slice(eq + 1);
    const key = name.slice(0, eq).toLowerCase();
    switch (key) {
      case 'sc':
      case 'script':
        p = forUnicodeScript(value);
        break;
      case 'blk':
      case 'block':
        p = forUnicodeBlock(value, cur.pattern);
        break;
      case 'gc':
      case 'general_category':
        p = forProperty(value, caseIns, cur.pattern);
        break;
      default:
        break;
    }
    if (p === null) throw cur.error(`Unknown Unicode property {name=<${key}>, value=<${value}>}`);
  } else {
    if (name.startsWith('In')) {
      p = forUnicodeBlock(name.slice(2), cur.pattern);
    } else if (name.startsWith('Is')) {
      const short = name.slice(2);
      p = forUnicodeProperty(short, caseIns) ?? forProperty(short, caseIns, cur.pattern) ?? forUnicodeScript(short);
    } else {
      if (cur.has(UNICODE_CHARACTER_CLASS)) p = posixProperty(name.toUpperCase(), caseIns);
      if (p === null) p = forProperty(name, caseIns, cur.pattern);
    }
    if (p === null) throw cur.error(`Unknown character property name {${name}}`);
  }
  return isComplement ? { k: 'not', a: p } : p;
}

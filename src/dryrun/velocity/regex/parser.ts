import { type CaseMode, type CharSet, type Escaped, type RegexNode, seq } from './ast.js';
import { type ClassContext, parseClass, parseFamilyEscape } from './class-parser.js';
import {
  C, CANON_EQ, CASE_INSENSITIVE, COMMENTS, DOTALL, MULTILINE, PatternCursor, UNICODE_CASE, UNICODE_CHARACTER_CLASS, UNIX_LINES,
  isAsciiAlpha, isAsciiDigit, isAsciiHex,
} from './cursor.js';
import { UNICODE_WORD, WHITE_SPACE } from './properties.js';

/** The result of parsing a Java regex. */
export interface ParsedPattern {
  root: RegexNode;
  /** Number of capturing groups (Java `groupCount()`). */
  groupCount: number;
  /** Named groups → group number. */
  names: Map<string, number>;
  /** True when some part of the pattern was parsed with CANON_EQ (`(?c)`). */
  canonEq: boolean;
}

const MAX_REPS = 0x7fffffff;
const js = (src: string): CharSet => ({ k: 'js', src });
const ASCII_DIGIT = js('[0-9]');
const ASCII_WORD = js('[a-zA-Z0-9_]');
const ASCII_SPACE = js('[\\u{9}-\\u{D}\\u{20}]');
const HORIZ_WS = js('[\\u{20}\\u{9}\\u{A0}\\u{1680}\\u{180E}\\u{2000}-\\u{200A}\\u{202F}\\u{205F}\\u{3000}]');
const VERT_WS = js('[\\u{A}-\\u{D}\\u{85}\\u{2028}\\u{2029}]');

/**
 * Parses a regex with the grammar, quirks and error messages of JDK 17's
 * `java.util.regex.Pattern` (recursive descent: `expr`, `sequence`, `atom`, `group0`, `closure`,
 * `escape`, `clazz`, `family`). Inline flags `(?idmsuxU-…)` and `(?flags:…)` change the
 * flags for the rest of the enclosing group.
 * @throws PatternSyntaxError exactly where Java throws `PatternSyntaxException`.
 * @throws UnsupportedRegexFeature for constructs reported by the property tables.
 */
export function parseJavaRegex(pattern: string, flags = 0): ParsedPattern {
  return new JavaRegexParser(pattern, flags).parse();
}

class JavaRegexParser implements ClassContext {
  readonly cur: PatternCursor;
  private groupCount = 0;
  private readonly names = new Map<string, number>();
  private canonEq = false;

  constructor(pattern: string, flags: number) {
    this.cur = new PatternCursor(pattern, (flags & UNICODE_CHARACTER_CLASS) !== 0 ? flags | UNICODE_CASE : flags);
  }

  parse(): ParsedPattern {
    const cur = this.cur;
    const root = cur.patternLength === 0 ? seq([]) : this.expr();
    if (cur.patternLength !== 0 && cur.patternLength !== cur.cursor) {
      if (cur.peek() === C(')')) throw cur.error("Unmatched closing ')'");
      throw cur.error('Unexpected internal error');
    }
    return { root, groupCount: this.groupCount, names: this.names, canonEq: this.canonEq };
  }

  private caseMode(): CaseMode {
    if (!this.cur.has(CASE_INSENSITIVE)) return 'none';
    return this.cur.has(UNICODE_CASE) ? 'unicode' : 'ascii';
  }

  /**
   * A one-character set. Only character classes fold case at match time (their single
   * characters and ranges, Java's `bitsOrSingle`/`CIRangeU`); predefined classes and properties
   * do not (`(?i)\\w` is still ASCII word characters).
   */
  private setNode(set: CharSet, isClass = false): RegexNode {
    return { t: 'set', set, caseMode: isClass ? this.caseMode() : 'none' };
  }

  private noteFlags(): void {
    if (this.cur.has(CANON_EQ)) this.canonEq = true;
  }

  private expr(): RegexNode {
    const branches: RegexNode[] = [];
    for (;;) {
      branches.push(this.sequence());
      if (this.cur.peek() !== C('|')) return branches.length === 1 ? (branches[0] as RegexNode) : { t: 'alt', branches };
      this.cur.next();
    }
  }

  private sequence(): RegexNode {
    const cur = this.cur;
    const items: RegexNode[] = [];
    for (;;) {
      this.noteFlags();
      let ch = cur.peek();
      let node: RegexNode;
      if (ch === C('(')) {
        const g = this.group0();
        if (g !== null) items.push(g);
        continue;
      } else if (ch === C('[')) {
        node = this.setNode(parseClass(this, true), true);
      } else if (ch === C('\\')) {
        ch = cur.nextEscaped();
        if (ch === C('p') || ch === C('P')) {
          node = this.setNode(parseFamilyEscape(cur, ch));
        } else {
          cur.unread();
          node = this.atom();
        }
      } else if (ch === C('^')) {
        cur.next();
        node = this.assertion(cur.has(MULTILINE) ? (cur.has(UNIX_LINES) ? 'unixCaret' : 'caret') : 'begin');
      } else if (ch === C('$')) {
        cur.next();
        const m = cur.has(MULTILINE);
        node = this.assertion(cur.has(UNIX_LINES) ? (m ? 'unixDollarMulti' : 'unixDollar') : m ? 'dollarMulti' : 'dollar');
      } else if (ch === C('.')) {
        cur.next();
        const set = cur.has(DOTALL) ? js('[\\u{0}-\\u{10FFFF}]') : cur.has(UNIX_LINES) ? js('[^\\u{A}]') : js('[^\\u{A}\\u{D}\\u{85}\\u{2028}\\u{2029}]');
        node = { t: 'set', set, caseMode: 'none' };
      } else if (ch === C('|') || ch === C(')')) {
        break;
      } else if (ch === C(']') || ch === C('}')) {
        node = this.atom();
      } else if (ch === C('?') || ch === C('*') || ch === C('+')) {
        cur.next();
        throw cur.error(`Dangling meta character '${String.fromCodePoint(ch)}'`);
      } else if (ch === 0 && cur.cursor >= cur.patternLength) {
        break;
      } else {
        node = this.atom();
      }
      items.push(this.closure(node));
    }
    return seq(items);
  }

  private assertion(kind: Extract<RegexNode, { t: 'assert' }>['kind']): RegexNode {
    return { t: 'assert', kind, unicodeWord: this.cur.has(UNICODE_CHARACTER_CLASS) };
  }

  /** `Pattern.atom`: a run of literal characters; before a quantifier only the last one is taken. */
  private atom(): RegexNode {
    const cur = this.cur;
    let first = 0;
    let prev = -1;
    const buffer: number[] = [];
    let ch = cur.peek();
    for (;;) {
      if (ch === C('*') || ch === C('+') || ch === C('?') || ch === C('{')) {
        if (first > 1) {
          cur.cursor = prev;
          first--;
        }
      } else if (ch === C('$') || ch === C('.') || ch === C('^') || ch === C('(') || ch === C('[') || ch === C('|') || ch === C(')')) {
        /* ends the run */
      } else if (ch === C('\\')) {
        ch = cur.nextEscaped();
        if (ch === C('p') || ch === C('P')) {
          if (first > 0) {
            cur.unread();
          } else {
            return this.setNode(parseFamilyEscape(cur, ch));
          }
        } else {
          cur.unread();
          prev = cur.cursor;
          const e = this.escape(false, first === 0, false);
          if (e.kind === 'cp') {
            buffer[first++] = e.cp;
            ch = cur.peek();
            continue;
          }
          if (first === 0) return e.kind === 'node' ? e.node : e.kind === 'set' ? this.setNode(e.set) : seq([]);
          cur.cursor = prev;
        }
      } else if (!(ch === 0 && cur.cursor >= cur.patternLength)) {
        prev = cur.cursor;
        buffer[first++] = ch;
        ch = cur.next();
        continue;
      }
      break;
    }
    const mode = this.caseMode();
    return seq(buffer.slice(0, first).map((cp) => ({ t: 'char', cp, caseMode: mode })));
  }

  /** `Pattern.ref`: `\n` takes more digits only while such a group exists. */
  private ref(refNum: number): RegexNode {
    const cur = this.cur;
    for (;;) {
      const ch = cur.peek();
      if (!isAsciiDigit(ch)) break;
      const next = refNum * 10 + (ch - 0x30);
      if (this.groupCount < next) break;
      refNum = next;
      cur.read();
    }
    return { t: 'backref', group: refNum, caseMode: this.caseMode() };
  }

  /** `Pattern.escape(inclass, create, isrange)`, positioned on the backslash. */
  escape(inclass: boolean, create: boolean, isrange: boolean): Escaped {
    const cur = this.cur;
    const ch = cur.skip();
    const uwc = cur.has(UNICODE_CHARACTER_CLASS);
    const set = (s: CharSet): Escaped => (create ? { kind: 'set', set: s } : { kind: 'none' });
    const node = (n: () => RegexNode): Escaped => (create ? { kind: 'node', node: n() } : { kind: 'none' });
    const cp = (c: number): Escaped => ({ kind: 'cp', cp: c });
    switch (String.fromCodePoint(ch)) {
      case '0':
        return cp(this.octal());
      case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
        if (inclass) break;
        return node(() => this.ref(ch - 0x30));
      case 'A':
        if (inclass) break;
        return node(() => this.assertion('begin'));
      case 'B':
        if (inclass) break;
        return node(() => this.assertion('nonBound'));
      case 'D':
        return set({ k: 'not', a: uwc ? js('\\p{Nd}') : ASCII_DIGIT });
      case 'G':
        if (inclass) break;
        return node(() => this.assertion('lastMatch'));
      case 'H':
        return set({ k: 'not', a: HORIZ_WS });
      case 'N':
        return this.characterName();
      case 'R':
        if (inclass) break;
        return node(() => ({ t: 'linebreak' }));
      case 'S':
        return set({ k: 'not', a: uwc ? js(WHITE_SPACE) : ASCII_SPACE });
      case 'V':
        return set({ k: 'not', a: VERT_WS });
      case 'W':
        return set({ k: 'not', a: uwc ? js(UNICODE_WORD) : ASCII_WORD });
      case 'X':
        if (inclass) break;
        return node(() => ({ t: 'unsupported', feature: '\\X (extended grapheme cluster)' }));
      case 'Z':
        if (inclass) break;
        return node(() => this.assertion(cur.has(UNIX_LINES) ? 'unixDollar' : 'dollar'));
      case 'a':
        return cp(0x07);
      case 'b':
        if (inclass) break;
        if (create) {
          if (cur.peek() === C('{')) {
            if (cur.skip() === C('g')) {
              if (cur.read() === C('}')) return { kind: 'node', node: { t: 'unsupported', feature: '\\b{g} (grapheme cluster boundary)' } };
              break;
            }
            cur.unread();
            cur.unread();
          }
          return { kind: 'node', node: this.assertion('bound') };
        }
        return { kind: 'none' };
      case 'c':
        if (cur.cursor < cur.patternLength) return cp(cur.read() ^ 64);
        throw cur.error('Illegal control escape sequence');
      case 'd':
        return set(uwc ? js('\\p{Nd}') : ASCII_DIGIT);
      case 'e':
        return cp(0x1b);
      case 'f':
        return cp(0x0c);
      case 'h':
        return set(HORIZ_WS);
      case 'k': {
        if (inclass) break;
        if (cur.read() !== C('<')) throw cur.error("\\k is not followed by '<' for named capturing group");
        const name = this.groupName(cur.read());
        const group = this.names.get(name);
        if (group === undefined) throw cur.error(`named capturing group <${name}> does not exist`);
        return node(() => ({ t: 'backref', group, caseMode: this.caseMode() }));
      }
      case 'n':
        return cp(0x0a);
      case 'r':
        return cp(0x0d);
      case 's':
        return set(uwc ? js(WHITE_SPACE) : ASCII_SPACE);
      case 't':
        return cp(0x09);
      case 'u':
        return cp(this.unicodeEscape());
      case 'v':
        if (isrange) return cp(0x0b);
        return set(VERT_WS);
      case 'w':
        return set(uwc ? js(UNICODE_WORD) : ASCII_WORD);
      case 'x':
        return cp(this.hexEscape());
      case 'z':
        if (inclass) break;
        return node(() => this.assertion('end'));
      case 'C': case 'E': case 'F': case 'I': case 'J': case 'K': case 'L': case 'M': case 'O': case 'P': case 'Q': case 'T': case 'U': case 'Y':
      case 'g': case 'i': case 'j': case 'l': case 'm': case 'o': case 'p': case 'q': case 'y':
        break;
      default:
        return cp(ch);
    }
    throw cur.error('Illegal/unsupported escape sequence');
  }

  /** `Pattern.o`: `\0n`, `\0nn`, `\0mnn` (m ≤ 3). */
  private octal(): number {
    const cur = this.cur;
    const isOct = (c: number) => c >= 0x30 && c <= 0x37;
    const n = cur.read();
    if (isOct(n)) {
      const m = cur.read();
      if (isOct(m)) {
        const o = cur.read();
        if (isOct(o) && n <= 0x33) return (n - 0x30) * 64 + (m - 0x30) * 8 + (o - 0x30);
        cur.unread();
        return (n - 0x30) * 8 + (m - 0x30);
      }
      cur.unread();
      return n - 0x30;
    }
    throw cur.error('Illegal octal escape sequence');
  }

  /** `Pattern.x`: `\xhh` or `\x{h…h}`. */
  private hexEscape(): number {
    const cur = this.cur;
    let n = cur.read();
    if (isAsciiHex(n)) {
      const m = cur.read();
      if (isAsciiHex(m)) return Number.parseInt(String.fromCharCode(n, m), 16);
    } else if (n === C('{') && isAsciiHex(cur.peek())) {
      let ch = 0;
      while (isAsciiHex((n = cur.read()))) {
        ch = ch * 16 + Number.parseInt(String.fromCharCode(n), 16);
        if (ch > 0x10ffff) throw cur.error('Hexadecimal codepoint is too big');
      }
      if (n !== C('}')) throw cur.error('Unclosed hexadecimal escape sequence');
      return ch;
    }
    throw cur.error('Illegal hexadecimal escape sequence');
  }

  private uxxxx(): number {
    let n = 0;
    for (let i = 0; i < 4; i++) {
      const ch = this.cur.read();
      if (!isAsciiHex(ch)) throw this.cur.error('Illegal Unicode escape sequence');
      n = n * 16 + Number.parseInt(String.fromCharCode(ch), 16);
    }
    return n;
  }

  /** `Pattern.u`: `\uhhhh`, joining a surrogate pair written as two escapes. */
  private unicodeEscape(): number {
    const cur = this.cur;
    const n = this.uxxxx();
    if (n >= 0xd800 && n <= 0xdbff) {
      const save = cur.cursor;
      if (cur.read() === C('\\') && cur.read() === C('u')) {
        const n2 = this.uxxxx();
        if (n2 >= 0xdc00 && n2 <= 0xdfff) return (n - 0xd800) * 0x400 + (n2 - 0xdc00) + 0x10000;
      }
      cur.cursor = save;
    }
    return n;
  }

  /** `Pattern.N`: `\N{name}` — checked like Java, but character names are not available here. */
  private characterName(): Escaped {
    const cur = this.cur;
    if (cur.read() === C('{')) {
      const i = cur.cursor;
      while (cur.read() !== C('}')) {
        if (cur.cursor >= cur.patternLength) throw cur.error('Unclosed character name escape sequence');
      }
      const name = String.fromCodePoint(...cur.temp.slice(i, cur.cursor - 1));
      return { kind: 'node', node: { t: 'unsupported', feature: `\\N{${name}} (Unicode character names)` } };
    }
    throw cur.error('Illegal character name escape sequence');
  }

  /** `Pattern.groupname`: an ASCII letter, then ASCII letters and digits, then `>`. */
  private groupName(ch: number): string {
    const cur = this.cur;
    if (!isAsciiAlpha(ch)) throw cur.error('capturing group name does not start with a Latin letter');
    let name = '';
    do {
      name += String.fromCharCode(ch);
    } while (isAsciiAlpha((ch = cur.read())) || isAsciiDigit(ch));
    if (ch !== C('>')) throw cur.error("named capturing group is missing trailing '>'");
    return name;
  }

  /** `Pattern.group0`: a group, lookaround, atomic group or inline flags (null: flags only). */
  private group0(): RegexNode | null {
    const cur = this.cur;
    const save = cur.flags0;
    let node: RegexNode;
    let ch = cur.next();
    if (ch === C('?')) {
      ch = cur.skip();
      if (ch === C(':')) {
        node = { t: 'group', capture: null, body: this.expr() };
      } else if (ch === C('=') || ch === C('!')) {
        node = { t: 'look', behind: false, negate: ch === C('!'), body: this.expr() };
      } else if (ch === C('>')) {
        node = { t: 'atomic', body: this.expr() };
      } else if (ch === C('<')) {
        ch = cur.read();
        if (ch !== C('=') && ch !== C('!')) {
          const name = this.groupName(ch);
          if (this.names.has(name)) throw cur.error(`Named capturing group <${name}> is already defined`);
          const index = ++this.groupCount;
          this.names.set(name, index);
          node = { t: 'group', capture: index, body: this.expr() };
        } else {
          const body = this.expr();
          if (maxLength(body) === Infinity) throw cur.error('Look-behind group does not have an obvious maximum length');
          node = { t: 'look', behind: true, negate: ch === C('!'), body };
        }
      } else if (ch === C('$') || ch === C('@')) {
        throw cur.error('Unknown group type');
      } else {
        cur.unread();
        this.addFlag();
        ch = cur.read();
        if (ch === C(')')) {
          this.noteFlags();
          return null;
        }
        if (ch !== C(':')) throw cur.error('Unknown inline modifier');
        this.noteFlags();
        node = { t: 'group', capture: null, body: this.expr() };
      }
    } else {
      const index = ++this.groupCount;
      node = { t: 'group', capture: index, body: this.expr() };
    }
    cur.accept(C(')'), 'Unclosed group');
    cur.flags0 = save;
    return this.closure(node);
  }

  /** `Pattern.addFlag` / `subFlag`: `idmsuxU`, then optionally `-` and flags to turn off. */
  private addFlag(): void {
    const cur = this.cur;
    let ch = cur.peek();
    let on = true;
    for (;;) {
      const bit = FLAG_BITS[String.fromCodePoint(ch)];
      if (bit !== undefined) {
        cur.flags0 = on ? cur.flags0 | bit : cur.flags0 & ~bit;
      } else if (ch === C('-') && on) {
        on = false;
      } else {
        return;
      }
      ch = cur.next();
    }
  }

  /** `Pattern.closure`: `?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}`, each greedy, lazy (`?`) or possessive (`+`). */
  private closure(node: RegexNode): RegexNode {
    const cur = this.cur;
    let ch = cur.peek();
    if (ch === C('?')) return this.quant(node, 0, 1);
    if (ch === C('*')) return this.quant(node, 0, MAX_REPS);
    if (ch === C('+')) return this.quant(node, 1, MAX_REPS);
    if (ch !== C('{')) return node;
    ch = cur.skip();
    if (!isAsciiDigit(ch)) throw cur.error('Illegal repetition');
    let cmin = 0;
    let cmax: number;
    do {
      cmin = cmin * 10 + (ch - 0x30);
      if (cmin > MAX_REPS) throw cur.error('Illegal repetition range');
    } while (isAsciiDigit((ch = cur.read())));
    if (ch === C(',')) {
      ch = cur.read();
      if (ch === C('}')) {
        cur.unread();
        return this.quant(node, cmin, MAX_REPS);
      }
      cmax = 0;
      while (isAsciiDigit(ch)) {
        cmax = cmax * 10 + (ch - 0x30);
        if (cmax > MAX_REPS) throw cur.error('Illegal repetition range');
        ch = cur.read();
      }
    } else {
      cmax = cmin;
    }
    if (ch !== C('}')) throw cur.error('Unclosed counted closure');
    if (cmax < cmin) throw cur.error('Illegal repetition range');
    cur.unread();
    return this.quant(node, cmin, cmax);
  }

  /** `Pattern.qtype` after a quantifier: a following `?` makes it lazy, `+` possessive. */
  private quant(body: RegexNode, min: number, max: number): RegexNode {
    const cur = this.cur;
    const ch = cur.next();
    let kind: 'greedy' | 'lazy' | 'possessive' = 'greedy';
    if (ch === C('?')) {
      cur.next();
      kind = 'lazy';
    } else if (ch === C('+')) {
      cur.next();
      kind = 'possessive';
    }
    return { t: 'quant', body, min, max: max === MAX_REPS ? Infinity : max, kind };
  }
}

const FLAG_BITS: Record<string, number> = {
  i: CASE_INSENSITIVE,
  m: MULTILINE,
  s: DOTALL,
  d: UNIX_LINES,
  u: UNICODE_CASE,
  c: CANON_EQ,
  x: COMMENTS,
  U: UNICODE_CHARACTER_CLASS | UNICODE_CASE,
};

/**
 * The longest text a node can match, in characters, as Java's `TreeInfo` sees it for a
 * look-behind (Infinity when unbounded: `*`, `+`, `{n,}` or a back reference).
 */
export function maxLength(n: RegexNode): number {
  switch (n.t) {
    case 'seq':
      return n.items.reduce((s, x) => s + maxLength(x), 0);
    case 'alt':
      return Math.max(0, ...n.branches.map(maxLength));
    case 'char':
    case 'set':
      return 1;
    case 'group':
    case 'atomic':
      return maxLength(n.body);
    case 'quant':
      if (n.max === 0) return 0;
      return n.max === Infinity ? Infinity : n.max * maxLength(n.body);
    case 'backref':
      return Infinity;
    case 'linebreak':
      return 2;
    default:
      return 0;
  }
}

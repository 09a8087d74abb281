import type { CharSet } from './ast.js';
import { UnsupportedRegexFeature } from './errors.js';

/**
 * Java's character properties (`\p{…}`, JDK 17 `CharPredicates`) as JavaScript `v`-mode class
 * operands. Unicode data comes from the JavaScript engine (its Unicode version may be newer than
 * JDK 17's Unicode 13; characters assigned since then can differ).
 */

const js = (src: string): CharSet => ({ k: 'js', src });

/** `\p{Lu}` etc. under CASE_INSENSITIVE: Java widens Lu/Ll/Lt to all three. */
const CASED = '[\\p{Lu}\\p{Ll}\\p{Lt}]';
const CASED_PROP = '[\\p{Lowercase}\\p{Uppercase}\\p{Lt}]';

/** `CharPredicates.WHITE_SPACE` (`\p{IsWhite_Space}`, `\s` with UNICODE_CHARACTER_CLASS). */
export const WHITE_SPACE = '[\\p{Zs}\\p{Zl}\\p{Zp}\\u{9}-\\u{D}\\u{85}]';
/** `CharPredicates.WORD` (`\w` with UNICODE_CHARACTER_CLASS). */
export const UNICODE_WORD = '[\\p{Alphabetic}\\p{Mn}\\p{Me}\\p{Mc}\\p{Nd}\\p{Pc}\\u{200C}\\u{200D}]';
const HEX_DIGIT = '[\\p{Nd}0-9A-Fa-f\\u{FF10}-\\u{FF19}\\u{FF21}-\\u{FF26}\\u{FF41}-\\u{FF46}]';
const GRAPH = '[^\\p{Zs}\\p{Zl}\\p{Zp}\\p{Cc}\\p{Cs}\\p{Cn}]';
const BLANK = '[\\p{Zs}\\u{9}]';
const IGNORABLE = '[\\u{0}-\\u{8}\\u{E}-\\u{1B}\\u{7F}-\\u{9F}\\p{Cf}]';

/** `CharPredicates.forUnicodeProperty` names (after `Is`, upper-cased), and the POSIX names. */
function unicodeProperty(name: string, caseIns: boolean): CharSet | null {
  switch (name) {
    case 'ALPHABETIC':
      return js('\\p{Alphabetic}');
    case 'ASSIGNED':
      return js('\\P{Cn}');
    case 'CONTROL':
      return js('\\p{Cc}');
    case 'HEXDIGIT':
    case 'HEX_DIGIT':
      return js(HEX_DIGIT);
    case 'IDEOGRAPHIC':
      return js('\\p{Ideographic}');
    case 'JOINCONTROL':
    case 'JOIN_CONTROL':
      return js('[\\u{200C}\\u{200D}]');
    case 'LETTER':
      return js('\\p{L}');
    case 'LOWERCASE':
      return js(caseIns ? CASED_PROP : '\\p{Lowercase}');
    case 'NONCHARACTERCODEPOINT':
    case 'NONCHARACTER_CODE_POINT':
      return js('\\p{Noncharacter_Code_Point}');
    case 'TITLECASE':
      return js(caseIns ? CASED_PROP : '\\p{Lt}');
    case 'PUNCTUATION':
      return js('\\p{P}');
    case 'UPPERCASE':
      return js(caseIns ? CASED_PROP : '\\p{Uppercase}');
    case 'WHITESPACE':
    case 'WHITE_SPACE':
      return js(WHITE_SPACE);
    case 'WORD':
      return js(UNICODE_WORD);
    default:
      return posixProperty(name, caseIns);
  }
}

/** `CharPredicates.getPosixPredicate` (POSIX names with UNICODE_CHARACTER_CLASS, upper-cased). */
export function posixProperty(name: string, caseIns: boolean): CharSet | null {
  switch (name) {
    case 'ALPHA':
      return js('\\p{Alphabetic}');
    case 'LOWER':
      return js(caseIns ? CASED_PROP : '\\p{Lowercase}');
    case 'UPPER':
      return js(caseIns ? CASED_PROP : '\\p{Uppercase}');
    case 'SPACE':
      return js(WHITE_SPACE);
    case 'PUNCT':
      return js('\\p{P}');
    case 'XDIGIT':
      return js(HEX_DIGIT);
    case 'ALNUM':
      return js('[\\p{Alphabetic}\\p{Nd}]');
    case 'CNTRL':
      return js('\\p{Cc}');
    case 'DIGIT':
      return js('\\p{Nd}');
    case 'BLANK':
      return js(BLANK);
    case 'GRAPH':
      return js(GRAPH);
    case 'PRINT':
      return js(`[[${GRAPH}${BLANK}]--\\p{Cc}]`);
    default:
      return null;
  }
}

const CATEGORIES = new Set(['Cn', 'Lm', 'Lo', 'Mn', 'Me', 'Mc', 'Nd', 'Nl', 'No', 'Zs', 'Zl', 'Zp', 'Cc', 'Cf', 'Co', 'Cs', 'Pd', 'Ps', 'Pe', 'Pc', 'Po', 'Sm', 'Sc', 'Sk', 'So', 'Pi', 'Pf', 'L', 'M', 'N', 'Z', 'C', 'P', 'S']);

/** ASCII POSIX classes (`ASCII.*` ctype tables). */
const ASCII_CLASSES: Record<string, string> = {
  ASCII: '[\\u{0}-\\u{7F}]',
  Alnum: '[0-9A-Za-z]',
  Alpha: '[A-Za-z]',
  Blank: '[\\u{9}\\u{20}]',
  Cntrl: '[\\u{0}-\\u{1F}\\u{7F}]',
  Digit: '[0-9]',
  Graph: '[\\u{21}-\\u{7E}]',
  Print: '[\\u{20}-\\u{7E}]',
  Punct: '[\\u{21}-\\u{2F}\\u{3A}-\\u{40}\\u{5B}-\\u{60}\\u{7B}-\\u{7E}]',
  Space: '[\\u{9}-\\u{D}\\u{20}]',
  XDigit: '[0-9A-Fa-f]',
};

/** `java.lang.Character` predicates (`\p{javaLowerCase}` …). */
const JAVA_CLASSES: Record<string, string> = {
  javaAlphabetic: '\\p{Alphabetic}',
  javaIdeographic: '\\p{Ideographic}',
  javaDigit: '\\p{Nd}',
  javaDefined: '\\P{Cn}',
  javaLetter: '\\p{L}',
  javaLetterOrDigit: '[\\p{L}\\p{Nd}]',
  javaJavaIdentifierStart: '[\\p{L}\\p{Nl}\\p{Sc}\\p{Pc}]',
  javaJavaIdentifierPart: `[\\p{L}\\p{Sc}\\p{Pc}\\p{Nd}\\p{Nl}\\p{Mc}\\p{Mn}${IGNORABLE}]`,
  javaIdentifierIgnorable: IGNORABLE,
  javaSpaceChar: '\\p{Z}',
  javaWhitespace: '[[\\u{9}-\\u{D}\\u{1C}-\\u{1F}\\p{Zs}\\p{Zl}\\p{Zp}]--[\\u{A0}\\u{2007}\\u{202F}]]',
  javaISOControl: '[\\u{0}-\\u{1F}\\u{7F}-\\u{9F}]',
  javaMirrored: '\\p{Bidi_Mirrored}',
};

/**
 * `CharPredicates.forProperty(name, caseIns)`: general categories (`L`, `Lu` …, `LC`, `LD`,
 * `L1`, `all`), the ASCII POSIX classes (`Alpha`, `Punct` …) and the `java…` classes. Under
 * CASE_INSENSITIVE, `Lu`/`Ll`/`Lt` and `javaLowerCase`-style classes widen to all cased
 * letters and `Lower`/`Upper` to `Alpha`, as in Java.
 * @returns null for an unknown name (Java then tries other lookups or reports it).
 * @throws UnsupportedRegexFeature for `javaUnicodeIdentifierStart/Part` (no exact JS equivalent).
 */
export function forProperty(name: string, caseIns: boolean, pattern: string): CharSet | null {
  if (name === 'Lu' || name === 'Ll' || name === 'Lt') return js(caseIns ? CASED : `\\p{${name}}`);
  if (CATEGORIES.has(name)) return js(`\\p{${name}}`);
  switch (name) {
    case 'LC':
      return js(CASED);
    case 'LD':
      return js('[\\p{L}\\p{Nd}]');
    case 'L1':
      return js('[\\u{0}-\\u{FF}]');
    case 'all':
      return js('[\\u{0}-\\u{10FFFF}]');
    case 'Lower':
      return js(caseIns ? ASCII_CLASSES.Alpha as string : '[a-z]');
    case 'Upper':
      return js(caseIns ? ASCII_CLASSES.Alpha as string : '[A-Z]');
    case 'javaLowerCase':
      return js(caseIns ? CASED_PROP : '\\p{Lowercase}');
    case 'javaUpperCase':
      return js(caseIns ? CASED_PROP : '\\p{Uppercase}');
    case 'javaTitleCase':
      return js(caseIns ? CASED_PROP : '\\p{Lt}');
    case 'javaUnicodeIdentifierStart':
    case 'javaUnicodeIdentifierPart':
      throw new UnsupportedRegexFeature(`\\p{${name}}`, pattern);
  }
  const ascii = ASCII_CLASSES[name];
  if (ascii !== undefined) return js(ascii);
  const java = JAVA_CLASSES[name];
  return java === undefined ? null : js(java);
}

/** `forUnicodeProperty`: binary properties and POSIX names after `Is`, case-insensitive. */
export function forUnicodeProperty(name: string, caseIns: boolean): CharSet | null {
  return unicodeProperty(name.toUpperCase(), caseIns);
}

const scriptCache = new Map<string, boolean>();

function jsKnows(src: string): boolean {
  let ok = scriptCache.get(src);
  if (ok === undefined) {
    try {
      new RegExp(src, 'v');
      ok = true;
    } catch {
      ok = false;
    }
    scriptCache.set(src, ok);
  }
  return ok;
}

/**
 * `Character.UnicodeScript.forName`: a script name (`Latin`, `LATIN`, `Old_Italic`) or its ISO
 * 15924 alias (`Latn`), case-insensitive. JavaScript names scripts in Title_Case, so the name is
 * converted; a script JavaScript does not know is treated as unknown to Java too.
 */
export function forUnicodeScript(name: string): CharSet | null {
  if (!/^[A-Za-z_]+$/.test(name)) return null;
  const title = name
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('_');
  const src = `\\p{Script=${title}}`;
  return jsKnows(src) ? js(src) : null;
}

/** Unicode blocks the dry run knows (JavaScript regexes have no block property). */
const BLOCKS: Record<string, [number, number]> = {
  BASICLATIN: [0x0000, 0x007f],
  LATIN1SUPPLEMENT: [0x0080, 0x00ff],
  LATINEXTENDEDA: [0x0100, 0x017f],
  LATINEXTENDEDB: [0x0180, 0x024f],
  IPAEXTENSIONS: [0x0250, 0x02af],
  SPACINGMODIFIERLETTERS: [0x02b0, 0x02ff],
  COMBININGDIACRITICALMARKS: [0x0300, 0x036f],
  GREEK: [0x0370, 0x03ff],
  GREEKANDCOPTIC: [0x0370, 0x03ff],
  CYRILLIC: [0x0400, 0x04ff],
  HEBREW: [0x0590, 0x05ff],
  ARABIC: [0x0600, 0x06ff],
  DEVANAGARI: [0x0900, 0x097f],
  THAI: [0x0e00, 0x0e7f],
  HANGULJAMO: [0x1100, 0x11ff],
  LATINEXTENDEDADDITIONAL: [0x1e00, 0x1eff],
  GREEKEXTENDED: [0x1f00, 0x1fff],
  GENERALPUNCTUATION: [0x2000, 0x206f],
  SUPERSCRIPTSANDSUBSCRIPTS: [0x2070, 0x209f],
  CURRENCYSYMBOLS: [0x20a0, 0x20cf],
  LETTERLIKESYMBOLS: [0x2100, 0x214f],
  NUMBERFORMS: [0x2150, 0x218f],
  ARROWS: [0x2190, 0x21ff],
  MATHEMATICALOPERATORS: [0x2200, 0x22ff],
  MISCELLANEOUSTECHNICAL: [0x2300, 0x23ff],
  BOXDRAWING: [0x2500, 0x257f],
  BLOCKELEMENTS: [0x2580, 0x259f],
  GEOMETRICSHAPES: [0x25a0, 0x25ff],
  MISCELLANEOUSSYMBOLS: [0x2600, 0x26ff],
  DINGBATS: [0x2700, 0x27bf],
  CJKSYMBOLSANDPUNCTUATION: [0x3000, 0x303f],
  HIRAGANA: [0x3040, 0x309f],
  KATAKANA: [0x30a0, 0x30ff],
  CJKUNIFIEDIDEOGRAPHS: [0x4e00, 0x9fff],
  HANGULSYLLABLES: [0xac00, 0xd7af],
  PRIVATEUSEAREA: [0xe000, 0xf8ff],
  HALFWIDTHANDFULLWIDTHFORMS: [0xff00, 0xffef],
  SPECIALS: [0xfff0, 0xffff],
  MISCELLANEOUSSYMBOLSANDPICTOGRAPHS: [0x1f300, 0x1f5ff],
  EMOTICONS: [0x1f600, 0x1f64f],
  TRANSPORTANDMAPSYMBOLS: [0x1f680, 0x1f6ff],
  SUPPLEMENTALSYMBOLSANDPICTOGRAPHS: [0x1f900, 0x1f9ff],
};

/**
 * `Character.UnicodeBlock.forName` for the blocks in the table above (names compared
 * case-insensitively, ignoring spaces, `_` and `-`).
 * @throws UnsupportedRegexFeature for any other block name (Java may know it; the dry run does not).
 */
export function forUnicodeBlock(name: string, pattern: string): CharSet {
  const key = name.toUpperCase().replace(/[ _-]/g, '');
  const range = BLOCKS[key];
  if (!range) throw new UnsupportedRegexFeature(`\\p{In${name}} (Unicode block outside the dry run's table)`, pattern);
  return { k: 'range', lo: range[0], hi: range[1] };
}

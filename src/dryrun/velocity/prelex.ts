import { TemplateInitError, TemplateLexicalError, TemplateSyntaxError } from './errors.js';
import { endOfUnparsed } from './blocks.js';
import { checkUnicodeEscapes } from './literals.js';

/**
 * Placeholders written over characters of string literals that velocityjs would misread:
 * a backslash (Velocity has no backslash escapes in string literals) and the doubled quotes
 * `""` / `''` (Velocity's way to write a quote inside a literal). Private-use code points; the
 * pass is skipped for a template that already contains one.
 */
export const PLACEHOLDER = {
  backslash: '\uE000',
  doubleQuote: '\uE001',
  singleQuote: '\uE002',
  /** A backslash of a run before a reference (removed from text; the reference keeps the count). */
  referenceEscape: '\uE003',
  /** A backslash before a `$` or `#` that starts no reference or directive: plain text in Velocity. */
  textBackslash: '\uE004',
  /** The `{` right after `#end`/`#else`, which velocityjs cannot lex after a reference. */
  textBrace: '\uE005',
} as const;

/** Names that start a directive after `#` (Velocity 2.x), besides macros defined in the template. */
const DIRECTIVE_NAMES = new Set(['if', 'elseif', 'else', 'end', 'foreach', 'set', 'macro', 'define', 'break', 'stop', 'evaluate', 'parse', 'include']);

/** The outcome of {@link prelex}. */
export interface PreLexed {
  /** The text velocityjs should parse: same length and same offsets as the template. */
  text: string;
  /** True when string-literal placeholders were written (string values must be restored). */
  placeholders: boolean;
  /** Offsets of operands preceded by a unary minus that velocityjs cannot parse (`-$x`, `-'3'`). */
  negated: Set<number>;
  /**
   * Bare macro calls (`#name` without parentheses) velocityjs reads as text: offset → length of
   * `#name` / `#{name}`. Their `#` is written as `$` so velocityjs yields a positioned reference
   * that parse.ts turns into a macro call.
   */
  bareMacros: Map<number, number>;
  /**
   * References preceded by a backslash run in text (`\\$x`, `\\\\$x`): offset of the `$` → number of
   * backslashes. The run is written as {@link PLACEHOLDER.referenceEscape} characters so that
   * velocityjs yields the reference; parse.ts removes them from the text and marks the reference
   * (Velocity's escaped-reference rules are applied when it renders).
   */
  escapedReferences: Map<number, number>;
  /** The first lexical or syntax error the pass found (Velocity stops there). */
  error?: TemplateSyntaxError;
  /**
   * Where the directive or reference holding {@link error} starts: velocityjs errors from that
   * point on are consequences of the same construct and give way to {@link error}.
   */
  errorContext?: number;
  /** A template initialisation error (bad `\u` escape), reported only when the template parses. */
  initError?: TemplateInitError;
}

type Prev = 'start' | 'operand' | 'operator' | 'unary';
type ExprKind = 'directive' | 'macroArgs' | 'method' | 'index' | 'paren' | 'list' | 'map';
type Frame =
  | { t: 'ref'; wrapped: boolean; start: number }
  | { t: 'expr'; kind: ExprKind; state: number; close: string; prev: Prev; start: number };

/** Directives whose arguments are expressions (whitespace may precede the parenthesis). */
const ARG_DIRECTIVES = new Set(['if', 'elseif', 'set', 'foreach', 'macro', 'define', 'evaluate', 'parse', 'include', 'break']);
const WORD_OPERATORS = new Set(['and', 'or', 'not', 'eq', 'ne', 'lt', 'gt', 'le', 'ge', 'in']);
const isIdentStart = (c: string | undefined) => c !== undefined && /[A-Za-z_]/.test(c);
const isIdentPart = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_-]/.test(c);
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const OPERATOR_CHARS = new Set(['!', '+', '*', '/', '%', '<', '>', '=', '&', '|']);

/**
 * A lexer pass over template text, run before velocityjs parses it, for the constructs where
 * velocityjs's grammar differs from Velocity 2.4.1's lexer (each verified with the oracle):
 * - a backslash inside directive, method or index arguments (outside a string literal, not
 *   escaping a `$`) is a Velocity *lexical error*, as is `(` or `@` inside method arguments;
 * - string literals have no backslash escapes and write quotes doubled (`'It''s'`), so those
 *   characters are masked with {@link PLACEHOLDER}s (restored in the string nodes afterwards);
 * - a unary minus before a reference or string literal (`#set($y = -$x)`) is blanked and its
 *   operand recorded, to be negated in the tree; it is a syntax error after another unary minus
 *   and inside list, map or macro-call arguments;
 * - a tab or line break between a directive name and its `(` becomes a space;
 * - `#name` without parentheses is a macro call when a macro of that name is defined in the
 *   template, or (a Velocity 2.x lexer quirk) when the name starts with `end` (`#endif`,
 *   `#ending`): strict rendering then fails with `Macro '#endif' is not defined`. Other bare
 *   names (`#fff`, `#{x}`) stay text.
 * The pass keeps every offset; it never recurses, so deep nesting cannot exhaust the stack.
 * @param base offset of `text` in the template, added to the offsets of reported errors
 *   (`negated` offsets stay relative to `text`).
 */
export function prelex(text: string, base = 0): PreLexed {
  const usePlaceholders = !/[\uE000-\uE005]/.test(text);
  const chars = text.split('');
  const negated = new Set<number>();
  const bareMacros = new Map<number, number>();
  const escapedReferences = new Map<number, number>();
  const definedMacros = new Set<string>();
  for (const m of text.matchAll(/#\{?macro\}?\s*\(\s*([A-Za-z][A-Za-z0-9_-]*)/g)) definedMacros.add(m[1] as string);
  let changed = false;
  let error: TemplateSyntaxError | undefined;
  let initError: TemplateInitError | undefined;
  const stack: Frame[] = [];
  const n = text.length;
  const put = (i: number, c: string) => {
    chars[i] = c;
    changed = true;
  };
  const parentGetsOperand = () => {
    const top = stack[stack.length - 1];
    if (top?.t === 'expr') top.prev = 'operand';
  };

  /** A reference head at `i` (`$`, `$!`, `${`, `$!{` then an identifier): pushes a ref frame. */
  const startReference = (i: number): number => {
    let k = i + 1;
    if (text[k] === '!') k++;
    const wrapped = text[k] === '{';
    if (wrapped) k++;
    if (!isIdentStart(text[k])) return i + 1;
    while (isIdentPart(text[k])) k++;
    stack.push({ t: 'ref', wrapped, start: i });
    return k;
  };

  const stringLiteral = (i: number): number => {
    const q = text[i] as string;
    let k = i + 1;
    for (;;) {
      if (k >= n) return n;
      const c = text[k];
      if (c === q) {
        if (text[k + 1] !== q) break;
        if (usePlaceholders) {
          const ph = q === '"' ? PLACEHOLDER.doubleQuote : PLACEHOLDER.singleQuote;
          put(k, ph);
          put(k + 1, ph);
        }
        k += 2;
        continue;
      }
      if (c === '\\' && usePlaceholders) put(k, PLACEHOLDER.backslash);
      k++;
    }
    if (q === '"' && !initError) {
      const bad = checkUnicodeEscapes(text.slice(i + 1, k));
      if (bad) initError = new TemplateInitError(base + i, bad);
    }
    return k + 1;
  };

  /** True when the `#` at `j` starts a directive, a comment or a macro call (not plain text). */
  const startsDirective = (j: number): boolean => {
    if (text[j + 1] === '@' || endOfUnparsed(text, j) !== undefined) return true;
    const m = /^#\{?([A-Za-z][A-Za-z0-9_]*)/.exec(text.slice(j, j + 80));
    return m !== null && (DIRECTIVE_NAMES.has(m[1] as string) || definedMacros.has(m[1] as string));
  };

  const textToken = (i: number): number => {
    const c = text[i];
    if (c === '\\') {
      let j = i;
      while (text[j] === '\\') j++;
      if (usePlaceholders && /^\$!?\{?[A-Za-z_]/.test(text.slice(j, j + 4))) {
        for (let b = i; b < j; b++) put(b, PLACEHOLDER.referenceEscape);
        escapedReferences.set(j, j - i);
        return startReference(j);
      }
      if (usePlaceholders && (text[j] === '$' || (text[j] === '#' && !startsDirective(j)))) {
        // Velocity escapes only references and directives; other backslashes are text.
        for (let b = i; b < j; b++) put(b, PLACEHOLDER.textBackslash);
        return j + 1;
      }
      return (text[j] === '$' || text[j] === '#') && (j - i) % 2 === 1 ? j + 1 : j;
    }
    if (c === '$') return startReference(i);
    if (c !== '#') return i + 1;
    const unparsed = endOfUnparsed(text, i);
    if (unparsed !== undefined) return unparsed;
    const m = /^#(\{)?([A-Za-z][A-Za-z0-9_]*)(\})?/.exec(text.slice(i, i + 80));
    if (!m || (m[1] !== undefined) !== (m[3] !== undefined)) return i + 1;
    const name = m[2] as string;
    let k = i + m[0].length;
    if (ARG_DIRECTIVES.has(name)) {
      let w = k;
      while (isSpace(text[w])) w++;
      if (text[w] !== '(') return k;
      if (m[1] === undefined) for (let s = k; s < w; s++) if (text[s] !== ' ') put(s, ' ');
      stack.push({ t: 'expr', kind: 'directive', state: 8, close: ')', prev: 'start', start: i });
      return w + 1;
    }
    if (name === 'else' || name === 'end' || name === 'stop') {
      if (text[k] === '{' && usePlaceholders) put(k, PLACEHOLDER.textBrace);
      return k;
    }
    if (text[k] !== '(') {
      const braced = m[1] !== undefined;
      if (definedMacros.has(name) || (!braced && name.length > 3 && name.startsWith('end'))) {
        put(i, '$');
        bareMacros.set(i, m[0].length);
      }
      return k;
    }
    stack.push({ t: 'expr', kind: 'macroArgs', state: 8, close: ')', prev: 'start', start: i });
    return k + 1;
  };

  const referenceTail = (i: number, f: Extract<Frame, { t: 'ref' }>): number => {
    if (text[i] === '.' && isIdentStart(text[i + 1])) {
      let k = i + 1;
      while (isIdentPart(text[k])) k++;
      if (text[k] !== '(') return k;
      stack.push({ t: 'expr', kind: 'method', state: 9, close: ')', prev: 'start', start: i });
      return k + 1;
    }
    if (text[i] === '[') {
      stack.push({ t: 'expr', kind: 'index', state: 7, close: ']', prev: 'start', start: i });
      return i + 1;
    }
    stack.pop();
    parentGetsOperand();
    return f.wrapped && text[i] === '}' ? i + 1 : i;
  };

  const exprToken = (i: number, f: Extract<Frame, { t: 'expr' }>): number => {
    const c = text[i] as string;
    if (isSpace(c)) return i + 1;
    if (c === '"' || c === "'") {
      f.prev = 'operand';
      return stringLiteral(i);
    }
    if (c === '\\') {
      let j = i;
      while (text[j] === '\\') j++;
      if (text[j] === '$') return j;
      error = new TemplateLexicalError(base + j, text[j], text.slice(i, j), f.state);
      return n;
    }
    if (c === '$') {
      const k = startReference(i);
      if (k === i + 1) f.prev = 'operand';
      return k;
    }
    if (f.kind === 'method' && (c === '(' || c === '@')) {
      error = new TemplateLexicalError(base + i, c, '', f.state);
      return n;
    }
    if (c === f.close) {
      stack.pop();
      parentGetsOperand();
      return i + 1;
    }
    if (c === '(' || c === '[' || c === '{') {
      f.prev = 'start';
      const kind: ExprKind = c === '(' ? 'paren' : c === '[' ? 'list' : 'map';
      stack.push({ t: 'expr', kind, state: f.state, close: c === '(' ? ')' : c === '[' ? ']' : '}', prev: 'start', start: i });
      return i + 1;
    }
    if (c === '-') return minus(i, f);
    if (OPERATOR_CHARS.has(c)) {
      f.prev = 'operator';
      return i + 1;
    }
    if (c === ',' || c === ':') {
      f.prev = 'start';
      return i + 1;
    }
    if (c === '.' && text[i + 1] === '.') {
      f.prev = 'operator';
      return i + 2;
    }
    if (/[A-Za-z0-9_]/.test(c)) {
      let k = i;
      while (k < n && /[A-Za-z0-9_.]/.test(text[k] as string) && !(text[k] === '.' && text[k + 1] === '.')) k++;
      f.prev = WORD_OPERATORS.has(text.slice(i, k)) ? 'operator' : 'operand';
      return k;
    }
    f.prev = 'operand';
    return i + 1;
  };

  const minus = (i: number, f: Extract<Frame, { t: 'expr' }>): number => {
    if (f.prev === 'operand') {
      f.prev = 'operator';
      return i + 1;
    }
    let k = i + 1;
    while (isSpace(text[k])) k++;
    const d = text[k];
    const onOperand = d === '$' || d === '"' || d === "'";
    if (f.prev === 'unary' || (onOperand && (f.kind === 'list' || f.kind === 'map' || f.kind === 'macroArgs'))) {
      error = new TemplateSyntaxError('-', base + i);
      return n;
    }
    f.prev = 'unary';
    if (onOperand) {
      put(i, ' ');
      negated.add(k);
    }
    return i + 1;
  };

  let i = 0;
  while (i < n) {
    const top = stack[stack.length - 1];
    if (!top) i = textToken(i);
    else if (top.t === 'ref') i = referenceTail(i, top);
    else i = exprToken(i, top);
  }
  const outer = stack[0];
  return {
    text: changed ? chars.join('') : text,
    ...(error && outer ? { errorContext: base + outer.start } : {}),
    placeholders: usePlaceholders && changed,
    negated,
    bareMacros,
    escapedReferences,
    ...(error ? { error } : {}),
    ...(initError ? { initError } : {}),
  };
}

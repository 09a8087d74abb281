import velocityjs from 'velocityjs';
import type { AstItem, AstNode, ExprNode, Pos, RefNode } from './ast.js';
import { TemplateSyntaxError, TemplateTooDeepError, TemplateTooLargeError } from './errors.js';
import { MAX_TEMPLATE_NESTING, checkBlockBalance, nesting } from './blocks.js';
import { rewriteExpressions } from './expr-walk.js';
import { PLACEHOLDER, prelex } from './prelex.js';
import { applySpaceGobbling } from './gobble.js';
import { scanReference } from './layout.js';
import { locateNested } from './locate.js';
import { SourceText } from './source.js';
import { allLists, allNodes } from './tree.js';

type VelocityParse = (str: string, blocks?: Record<string, boolean>, ignoreSpace?: boolean) => AstItem[];
const vjs = ((velocityjs as unknown as { default?: unknown }).default ?? velocityjs) as { parse: VelocityParse };

/**
 * A parsed piece of template text: the whole template, or the content of an interpolated
 * string literal. Offsets in `starts`/`ends` are relative to `text`; `base` is where `text`
 * starts in the template (for a string literal that could not be located exactly: the start of
 * the enclosing directive or reference).
 */
export interface TemplateUnit {
  text: string;
  base: number;
  items: AstItem[];
  /** Start offset of nodes (top-level from velocityjs positions, nested ones located in the text). */
  starts: WeakMap<object, number>;
  /** End offset of top-level nodes. */
  ends: WeakMap<object, number>;
}

/** A parsed template: its text (for line/column) and root unit. Immutable once built. */
export interface ParsedTemplate {
  source: SourceText;
  root: TemplateUnit;
}

/**
 * The most references and directives (`$` and `#` characters) a template may hold: velocityjs
 * builds its statement lists by concatenation, so parsing takes time quadratic in their number
 * (measured: 5,000 → 1 s, 30,000 → 18 s); real templates hold at most a few hundred.
 */
export const MAX_TEMPLATE_TOKENS = 5000;

/** Offset of the `n`-th `$` or `#` of `text`, or undefined when it has fewer. */
function offsetOfToken(text: string, n: number): number | undefined {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 36 || c === 35) && ++seen === n) return i;
  }
  return undefined;
}

const cache = new Map<string, ParsedTemplate>();
const CACHE_LIMIT = 500;

/**
 * Parses a template with velocityjs, then applies what velocityjs does differently from Apache
 * Velocity 2.x: hyphens end identifiers (`$a-b` is `$a` then text; `${a-b}` is a syntax error,
 * as in Velocity 2.x without `parser.allow_hyphen_in_identifiers`), `##` comments swallow their
 * newline, and directive lines are gobbled (`space.gobbling=lines`, the 2.x default). Results
 * are cached by text.
 * @throws TemplateSyntaxError with the offending token and its offset;
 *   {@link TemplateTooDeepError} for nesting beyond {@link MAX_TEMPLATE_NESTING} levels;
 *   {@link TemplateTooLargeError} beyond {@link MAX_TEMPLATE_TOKENS} references and directives.
 */
export function parseTemplate(text: string): ParsedTemplate {
  const hit = cache.get(text);
  if (hit) return hit;
  const { beyondLimit } = nesting(text, MAX_TEMPLATE_NESTING);
  if (beyondLimit !== undefined) throw new TemplateTooDeepError(beyondLimit, MAX_TEMPLATE_NESTING);
  const tooMany = offsetOfToken(text, MAX_TEMPLATE_TOKENS + 1);
  if (tooMany !== undefined) throw new TemplateTooLargeError(tooMany, MAX_TEMPLATE_TOKENS);
  const source = new SourceText(text);
  const root = parseUnit(text, 0, true);
  applySpaceGobbling(root.items);
  const parsed: ParsedTemplate = { source, root };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, parsed);
  return parsed;
}

/**
 * {@link parseTemplate}, or undefined when the template has a syntax error (a
 * {@link TemplateSyntaxError}, {@link TemplateTooDeepError} included): for the static rules,
 * which skip a template that rule `template-syntax` reports.
 * @throws whatever else parsing throws (a bug, not a template error).
 */
export function parseOrUndefined(text: string): ParsedTemplate | undefined {
  try {
    return parseTemplate(text);
  } catch (e) {
    if (e instanceof TemplateSyntaxError) return undefined;
    throw e;
  }
}

/**
 * Parses the content of an interpolated string literal (`"a ${x} b"`) whose first character is
 * at offset `base` of the template.
 * @throws TemplateSyntaxError
 */
export function parseFragment(text: string, base: number): TemplateUnit {
  return parseUnit(text, base, true);
}

function parseUnit(text: string, base: number, locate: boolean): TemplateUnit {
  const pre = prelex(text, base);
  const parseSource = new SourceText(pre.text);
  let items: AstItem[] | undefined;
  let parseError: TemplateSyntaxError | undefined;
  try {
    items = vjs.parse(pre.text, {}, false);
  } catch (e) {
    parseError = syntaxErrorFrom(e, parseSource, base);
  }
  let blockError: TemplateSyntaxError | undefined;
  try {
    checkBlockBalance(text, base);
  } catch (e) {
    if (!(e instanceof TemplateSyntaxError)) throw e;
    blockError = e;
  }
  // Velocity reports the first error in the text; velocityjs errors inside the construct that
  // holds a pre-lexer error are its consequences, and velocityjs errors without a location rank last.
  if (parseError && pre.error && (parseError.offset >= (pre.errorContext ?? pre.error.offset) || !located(parseError))) parseError = undefined;
  const first = [pre.error, parseError, blockError].reduce<TemplateSyntaxError | undefined>((a, e) => (e && (!a || e.offset < a.offset) ? e : a), undefined);
  if (first) throw first;
  if (!items) throw new TemplateSyntaxError('<EOF>', base);
  if (pre.initError) throw pre.initError;
  const unit: TemplateUnit = { text, base, items, starts: new WeakMap(), ends: new WeakMap() };
  recordPositions(unit, parseSource, items);
  rejectStrayBranches(unit, items, base);
  splitHyphenatedReferences(unit, items, base);
  if (pre.bareMacros.size > 0) bareMacroCalls(unit, items, pre.bareMacros);
  if (pre.escapedReferences.size > 0) markEscapedReferences(unit, items, pre.escapedReferences);
  if (pre.placeholders) restoreText(items);
  if (pre.placeholders) restorePlaceholders(items);
  if (locate) locateNested(unit, items);
  if (pre.negated.size > 0) negateOperands(unit, items, pre.negated);
  return unit;
}

const unlocated = new WeakSet<TemplateSyntaxError>();

function located(e: TemplateSyntaxError): boolean {
  return !unlocated.has(e);
}

function syntaxErrorFrom(e: unknown, source: SourceText, base: number): TemplateSyntaxError {
  if (e instanceof RangeError) throw e;
  const hash = (e as { hash?: { text?: string; loc?: Pos } }).hash;
  if (hash?.loc) {
    const offset = source.offsetOf(hash.loc.first_line, hash.loc.first_column);
    const token = hash.text ? hash.text : '<EOF>';
    // jison's location is that of the last token read; the offending token is at or after it.
    const found = hash.text ? source.text.indexOf(hash.text, offset) : -1;
    const at = hash.text ? (found >= 0 ? found : offset) : source.offsetOf(hash.loc.last_line, hash.loc.last_column);
    return new TemplateSyntaxError(token, base + at);
  }
  const err = new TemplateSyntaxError(e instanceof Error ? e.message.split('\n')[0] ?? 'parse error' : String(e), base);
  unlocated.add(err);
  return err;
}

function recordPositions(unit: TemplateUnit, source: SourceText, items: AstItem[]): void {
  for (const item of allNodes(items)) {
    const pos = (item as { pos?: Pos }).pos;
    if (pos) {
      unit.starts.set(item, source.offsetOf(pos.first_line, pos.first_column));
      unit.ends.set(item, source.offsetOf(pos.last_line, pos.last_column));
    }
  }
}

/** `#else`/`#elseif` outside an `#if` block is a syntax error in Velocity (velocityjs accepts it). */
function rejectStrayBranches(unit: TemplateUnit, items: AstItem[], base: number): void {
  let first: TemplateSyntaxError | undefined;
  for (const list of allLists(items)) {
    const inIf = list !== items && (list[0] as AstNode | undefined)?.type === 'if';
    list.forEach((item, i) => {
      if (typeof item === 'string' || Array.isArray(item)) return;
      const isBranch = item.type === 'else' || item.type === 'elseif';
      if (isBranch && !(inIf && i > 0)) {
        const at = base + (unit.starts.get(item) ?? 0);
        if (!first || at < first.offset) first = new TemplateSyntaxError(item.type === 'else' ? '#else' : '#elseif', at);
      }
    });
  }
  if (first) throw first;
}

/** Puts back the characters {@link prelex} masked in string literals (their raw source form). */
function restorePlaceholders(items: AstItem[]): void {
  rewriteExpressions(items, (e) => {
    if (e.type === 'string' && /[\uE000-\uE002]/.test(e.value)) {
      e.value = e.value.replace(/\uE000/g, '\\').replace(/\uE001/g, '"').replace(/\uE002/g, "'");
    }
    return e;
  });
}

/**
 * Turns the references {@link prelex} made of bare macro calls (`#endif` read as `$endif`) into
 * macro calls without arguments; what velocityjs took as the reference's path (`.x` of
 * `#m.x`) is text again.
 */
function bareMacroCalls(unit: TemplateUnit, items: AstItem[], calls: Map<number, number>): void {
  for (const list of allLists(items)) {
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (typeof item !== 'object' || Array.isArray(item) || item.type !== 'references') continue;
      const start = unit.starts.get(item);
      const length = start === undefined ? undefined : calls.get(start);
      if (start === undefined || length === undefined) continue;
      const call: AstNode = { type: 'macro_call', id: (item as RefNode).id, args: false };
      unit.starts.set(call, start);
      unit.ends.set(call, start + length);
      const end = unit.ends.get(item) ?? start + length;
      const rest = unit.text.slice(start + length, end);
      list.splice(i, 1, call, ...(rest ? [rest] : []));
    }
  }
}

/**
 * Puts the text characters {@link prelex} masked back into the text nodes: backslashes that
 * escape nothing, the `{` after `#end`/`#else`; the backslashes of escaped references go (the
 * reference carries their count).
 */
function restoreText(items: AstItem[]): void {
  for (const list of allLists(items)) {
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (typeof item !== 'string' || !/[\uE003-\uE005]/.test(item)) continue;
      list[i] = item.split(PLACEHOLDER.referenceEscape).join('').split(PLACEHOLDER.textBackslash).join('\\').split(PLACEHOLDER.textBrace).join('{');
    }
  }
}

/** Gives each reference {@link prelex} found behind a backslash run its `escape` (the run's length). */
function markEscapedReferences(unit: TemplateUnit, items: AstItem[], runs: Map<number, number>): void {
  for (const list of allLists(items)) {
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (typeof item === 'string' || Array.isArray(item) || item === undefined || item.type !== 'references') continue;
      const start = unit.starts.get(item);
      const run = start === undefined ? undefined : runs.get(start);
      if (run !== undefined) (item as RefNode).escape = run;
    }
  }
}

/** Wraps each operand {@link prelex} found after a unary minus in a `minus` node. */
function negateOperands(unit: TemplateUnit, items: AstItem[], negated: Set<number>): void {
  rewriteExpressions(items, (e) => {
    if (e.type !== 'references' && e.type !== 'string') return e;
    const at = unit.starts.get(e);
    if (at === undefined || !negated.has(at)) return e;
    const minus: ExprNode = { type: 'math', operator: 'minus', expression: [e] };
    unit.starts.set(minus, at);
    return minus;
  });
}

/** Velocity 2.x identifiers have no `-`: `$a.b-c` is `$a.b` followed by text `-c`. */
function splitHyphenatedReferences(unit: TemplateUnit, items: AstItem[], base: number): void {
  for (const list of allLists(items)) {
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (typeof item === 'string' || Array.isArray(item) || item === undefined || item.type !== 'references') continue;
      const ref = item as RefNode;
      const start = unit.starts.get(ref);
      const end = unit.ends.get(ref);
      if (start === undefined || end === undefined || !hasHyphen(ref)) continue;
      const layout = scanReference(unit.text, start);
      const cut = hyphenCut(ref, layout, unit.text);
      if (cut === undefined) continue;
      if (layout.wrapped) throw new TemplateSyntaxError(unit.text.slice(cut.offset, end), base + cut.offset);
      const remainderText = unit.text.slice(cut.offset, end);
      const remainder = parseUnit(remainderText, base + cut.offset, false);
      const shifted = shiftUnit(remainder, cut.offset, unit);
      unit.starts.set(cut.node, start);
      unit.ends.set(cut.node, cut.offset);
      list.splice(i, 1, cut.node, ...shifted);
      i += shifted.length;
    }
  }
}

function hasHyphen(ref: RefNode): boolean {
  return ref.id.includes('-') || (ref.path ?? []).some((p) => p.type === 'property' && p.id.includes('-'));
}

function hyphenCut(ref: RefNode, layout: ReturnType<typeof scanReference>, text: string): { node: RefNode; offset: number } | undefined {
  const h = ref.id.indexOf('-');
  if (h >= 0) {
    const copy: RefNode = { ...ref, id: ref.id.slice(0, h) };
    delete copy.path;
    return { node: copy, offset: layout.idStart + h };
  }
  const path = ref.path ?? [];
  for (let k = 0; k < path.length; k++) {
    const seg = path[k];
    if (seg?.type !== 'property' || !seg.id.includes('-')) continue;
    const lseg = layout.segments[k];
    if (!lseg) return undefined;
    const hk = seg.id.indexOf('-');
    const kept = path.slice(0, k);
    if (hk > 0) kept.push({ type: 'property', id: seg.id.slice(0, hk) });
    const offset = hk > 0 ? lseg.nameStart + hk : lseg.nameStart - 1;
    if (text[offset] === undefined) return undefined;
    return { node: { ...ref, path: kept.length > 0 ? kept : undefined } as RefNode, offset };
  }
  return undefined;
}

/** Moves a sub-unit's nodes into `unit` at `offset`. */
function shiftUnit(sub: TemplateUnit, offset: number, unit: TemplateUnit): AstItem[] {
  for (const item of allNodes(sub.items)) {
    const s = sub.starts.get(item);
    const e = sub.ends.get(item);
    if (s !== undefined) unit.starts.set(item, s + offset);
    if (e !== undefined) unit.ends.set(item, e + offset);
  }
  return sub.items;
}

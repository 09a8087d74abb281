import velocityjs from 'velocityjs';
import type { AstItem, AstNode, Pos, RefNode } from './ast.js';
import { TemplateSyntaxError } from './errors.js';
import { checkBlockBalance } from './blocks.js';
import { applySpaceGobbling } from './gobble.js';
import { scanReference } from './layout.js';
import { locateNested } from './locate.js';
import { SourceText } from './source.js';

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

const cache = new Map<string, ParsedTemplate>();
const CACHE_LIMIT = 500;

/**
 * Parses a template with velocityjs, then applies what velocityjs does differently from Apache
 * Velocity 2.x: hyphens end identifiers (`$a-b` is `$a` then text; `${a-b}` is a syntax error,
 * as in Velocity 2.x without `parser.allow_hyphen_in_identifiers`), `##` comments swallow their
 * newline, and directive lines are gobbled (`space.gobbling=lines`, the 2.x default). Results
 * are cached by text.
 * @throws TemplateSyntaxError with the offending token and its offset.
 */
export function parseTemplate(text: string): ParsedTemplate {
  const hit = cache.get(text);
  if (hit) return hit;
  const source = new SourceText(text);
  const root = parseUnit(text, 0, true);
  applySpaceGobbling(root.items);
  const parsed: ParsedTemplate = { source, root };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, parsed);
  return parsed;
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
  const source = new SourceText(text);
  let items: AstItem[] | undefined;
  let parseError: TemplateSyntaxError | undefined;
  try {
    items = vjs.parse(text, {}, false);
  } catch (e) {
    parseError = syntaxErrorFrom(e, source, base);
  }
  let blockError: TemplateSyntaxError | undefined;
  try {
    checkBlockBalance(text, base);
  } catch (e) {
    if (!(e instanceof TemplateSyntaxError)) throw e;
    blockError = e;
  }
  // Velocity reports the first error in the text.
  const first = parseError && blockError ? (blockError.offset < parseError.offset ? blockError : parseError) : (parseError ?? blockError);
  if (first) throw first;
  if (!items) throw new TemplateSyntaxError('<EOF>', base);
  const unit: TemplateUnit = { text, base, items, starts: new WeakMap(), ends: new WeakMap() };
  recordPositions(unit, source, items);
  rejectStrayBranches(unit, items, base, false);
  splitHyphenatedReferences(unit, items, base);
  if (locate) locateNested(unit, items);
  return unit;
}

function syntaxErrorFrom(e: unknown, source: SourceText, base: number): TemplateSyntaxError {
  const hash = (e as { hash?: { text?: string; loc?: Pos } }).hash;
  if (hash?.loc) {
    const offset = source.offsetOf(hash.loc.first_line, hash.loc.first_column);
    const token = hash.text ? hash.text : '<EOF>';
    // jison's location is that of the last token read; the offending token is at or after it.
    const found = hash.text ? source.text.indexOf(hash.text, offset) : -1;
    const at = hash.text ? (found >= 0 ? found : offset) : source.offsetOf(hash.loc.last_line, hash.loc.last_column);
    return new TemplateSyntaxError(token, base + at);
  }
  return new TemplateSyntaxError(e instanceof Error ? e.message.split('\n')[0] ?? 'parse error' : String(e), base);
}

function recordPositions(unit: TemplateUnit, source: SourceText, items: AstItem[]): void {
  for (const item of items) {
    if (typeof item === 'string') continue;
    if (Array.isArray(item)) {
      recordPositions(unit, source, item);
      continue;
    }
    const pos = (item as { pos?: Pos }).pos;
    if (pos) {
      unit.starts.set(item, source.offsetOf(pos.first_line, pos.first_column));
      unit.ends.set(item, source.offsetOf(pos.last_line, pos.last_column));
    }
  }
}

/** `#else`/`#elseif` outside an `#if` block is a syntax error in Velocity (velocityjs accepts it). */
function rejectStrayBranches(unit: TemplateUnit, items: AstItem[], base: number, inIf: boolean): void {
  items.forEach((item, i) => {
    if (typeof item === 'string') return;
    if (Array.isArray(item)) {
      rejectStrayBranches(unit, item, base, (item[0] as AstNode | undefined)?.type === 'if');
      return;
    }
    const isBranch = item.type === 'else' || item.type === 'elseif';
    if (isBranch && !(inIf && i > 0)) {
      const at = unit.starts.get(item) ?? 0;
      throw new TemplateSyntaxError(item.type === 'else' ? '#else' : '#elseif', base + at);
    }
  });
}

/** Velocity 2.x identifiers have no `-`: `$a.b-c` is `$a.b` followed by text `-c`. */
function splitHyphenatedReferences(unit: TemplateUnit, items: AstItem[], base: number): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (typeof item === 'string') continue;
    if (Array.isArray(item)) {
      splitHyphenatedReferences(unit, item, base);
      continue;
    }
    if (item.type !== 'references') continue;
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
    items.splice(i, 1, cut.node, ...shifted);
    i += shifted.length;
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
  const visit = (items: AstItem[]) => {
    for (const item of items) {
      if (typeof item === 'string') continue;
      if (Array.isArray(item)) {
        visit(item);
        continue;
      }
      const s = sub.starts.get(item as AstNode);
      const e = sub.ends.get(item as AstNode);
      if (s !== undefined) unit.starts.set(item, s + offset);
      if (e !== undefined) unit.ends.set(item, e + offset);
    }
  };
  visit(sub.items);
  return sub.items;
}

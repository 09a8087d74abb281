/**
 * Where each written reference of a request template lands: inside a JSON string literal of
 * the output or not, and which inputs the enclosing `#if`/`#elseif` conditions test (the guard
 * idioms of genesys-runtime.md §3.3: `#if($input.x)`, `#if("$!{input.x}" != "")`, `#if($!input.x)`).
 */
import type { ExprNode, RefNode } from '../../../dryrun/velocity/ast.js';
import type { Piece, RefPiece, TemplateLayout } from './layout.js';

/** A written reference and its surroundings. */
export interface PlacedReference {
  piece: RefPiece;
  /** True when the text written before it leaves an open JSON string literal (`"name": "$x`). */
  inJsonString: boolean;
  /** Input names tested by the conditions of the `#if`/`#elseif` branches that contain it. */
  guards: Set<string>;
  /** True inside a `#foreach` body. */
  inLoop: boolean;
}

interface JsonState {
  inString: boolean;
  escape: boolean;
}

const INPUT_IN_TEXT = /\$!?\{?input\.([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * The input names an `#if` condition tests, leaving out operands of `!`/`not` (which test for
 * absence). References inside interpolated string literals (`"$!{input.x}" != ""`) count.
 */
export function conditionInputs(expr: ExprNode | undefined): Set<string> {
  const out = new Set<string>();
  const work: unknown[] = expr ? [expr] : [];
  while (work.length > 0) {
    const e = work.pop() as ExprNode | string | number;
    if (typeof e !== 'object' || e === null) continue;
    if (e.type === 'references') {
      const ref = e as RefNode;
      const first = ref.path?.[0];
      if (ref.id === 'input' && first?.type === 'property') out.add(first.id);
      for (const seg of ref.path ?? []) if (seg.type === 'method' && Array.isArray(seg.args)) work.push(...seg.args);
    } else if (e.type === 'string') {
      if (e.isEval) for (const m of e.value.matchAll(INPUT_IN_TEXT)) out.add(m[1] as string);
    } else if (e.type === 'math') {
      if (e.operator !== 'not' && e.operator !== '!') work.push(...e.expression);
    } else if (e.type === 'array') work.push(...(e.value ?? []));
  }
  return out;
}

/** True for `$esc.q`, `$esc.quote` (and their getters), which write a `"`. */
function writesQuote(ref: RefNode): boolean {
  const first = ref.path?.[0];
  if (ref.id !== 'esc' || !first || ref.path?.length !== 1) return false;
  return first.type === 'property' ? first.id === 'q' || first.id === 'quote' : first.type === 'method' && (first.id === 'getQ' || first.id === 'getQuote');
}

function advance(state: JsonState, text: string): JsonState {
  let { inString, escape } = state;
  for (const c of text) {
    if (!inString) {
      if (c === '"') inString = true;
    } else if (escape) escape = false;
    else if (c === '\\') escape = true;
    else if (c === '"') inString = false;
  }
  return { inString, escape };
}

/**
 * Every written reference of the layout with its JSON-string state and guards, in template
 * order. Branches of an `#if` each start from the state before the block; the state after
 * the block is that at the end of its first branch (well-formed templates balance quotes in
 * every branch).
 */
export function placeReferences(layout: TemplateLayout): PlacedReference[] {
  const out: PlacedReference[] = [];
  const visit = (pieces: Piece[], start: JsonState, guards: Set<string>, inLoop: boolean): JsonState => {
    let state = start;
    for (const p of pieces) {
      switch (p.kind) {
        case 'text':
          state = advance(state, p.text);
          break;
        case 'ref':
          out.push({ piece: p, inJsonString: state.inString, guards, inLoop });
          if (writesQuote(p.node)) state = advance(state, '"');
          break;
        case 'if': {
          let after: JsonState | undefined;
          for (const b of p.branches) {
            const inner = b.directive === 'else' ? guards : new Set([...guards, ...conditionInputs(b.condition)]);
            const end = visit(b.pieces, state, inner, inLoop);
            after ??= end;
          }
          state = after ?? state;
          break;
        }
        case 'foreach':
          state = visit(p.body, state, guards, true);
          break;
      }
    }
    return state;
  };
  visit(layout.pieces, { inString: false, escape: false }, new Set(), false);
  return out.sort((a, b) => a.piece.offset - b.piece.offset);
}

/**
 * The input name a reference reads directly (`${input.x}`, `$!input.x`, `${input.x.trim()}`):
 * the first property after the root `input`; undefined for other references.
 */
export function directInput(ref: RefNode): string | undefined {
  const first = ref.path?.[0];
  return ref.id === 'input' && first?.type === 'property' ? first.id : undefined;
}

/**
 * The inputs read inside a reference's method arguments (`$esc.jsonString(${input.x})`,
 * `$esc.url("FIND {${input.x}}")`), with the offset of each inner reference when the parser
 * located it (`starts` of the template unit).
 */
export function argumentInputs(ref: RefNode, starts: WeakMap<object, number>): Array<{ name: string; offset?: number }> {
  const out: Array<{ name: string; offset?: number }> = [];
  const work: unknown[] = [];
  for (const seg of ref.path ?? []) if (seg.type === 'method' && Array.isArray(seg.args)) work.push(...seg.args);
  while (work.length > 0) {
    const e = work.pop() as ExprNode | string | number;
    if (typeof e !== 'object' || e === null) continue;
    if (e.type === 'references') {
      const inner = e as RefNode;
      const name = directInput(inner);
      const at = starts.get(inner);
      if (name !== undefined) out.push({ name, ...(at !== undefined ? { offset: at } : {}) });
      for (const seg of inner.path ?? []) if (seg.type === 'method' && Array.isArray(seg.args)) work.push(...seg.args);
    } else if (e.type === 'string') {
      if (e.isEval) for (const m of e.value.matchAll(INPUT_IN_TEXT)) out.push({ name: m[1] as string });
    } else if (e.type === 'math') work.push(...e.expression);
    else if (e.type === 'array') work.push(...(e.value ?? []));
  }
  return out;
}

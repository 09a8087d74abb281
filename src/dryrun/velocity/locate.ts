import type { AstItem, AstNode, DirectiveNode, ExprNode, RefNode } from './ast.js';
import type { TemplateUnit } from './parse.js';
import { allNodes } from './tree.js';

type Locatable = RefNode | { type: 'string'; value: string; isEval?: boolean } | { type: 'in' };

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * velocityjs positions only top-level nodes. Velocity's error messages need the column of nested
 * references too (`#if($x == 1)`, `firstFromArray("${x}")`), and interpolated strings need their
 * own position. This walks every positioned node's sub-expressions in source order and finds
 * each reference / string literal by a forward search inside the node's text span.
 */
export function locateNested(unit: TemplateUnit, items: AstItem[]): void {
  for (const item of allNodes(items)) locateIn(unit, item);
}

function locateIn(unit: TemplateUnit, item: AstNode): void {
  const start = unit.starts.get(item);
  const end = unit.ends.get(item);
  if (start === undefined || end === undefined) return;
  let cursor = start + 1;
  for (const n of nodeOrder(item)) {
    if (n.type === 'in') {
      const m = /\s+in\s+/g;
      m.lastIndex = cursor;
      const hit = m.exec(unit.text);
      if (hit && hit.index < end) cursor = hit.index + hit[0].length;
      continue;
    }
    if (n.type === 'references') {
      const re = new RegExp(`\\$!?\\{?${escapeRe(n.id)}(?![A-Za-z0-9_])`, 'g');
      re.lastIndex = cursor;
      const hit = re.exec(unit.text);
      if (hit && hit.index < end) {
        unit.starts.set(n, hit.index);
        cursor = hit.index + 1;
      }
      continue;
    }
    const q = n.isEval ? '"' : "'";
    const at = unit.text.indexOf(`${q}${n.value}${q}`, cursor);
    if (at >= 0 && at < end) {
      unit.starts.set(n, at);
      cursor = at + n.value.length + 2;
    }
  }
}

type Pending = { kind: 'expr'; e: ExprNode | string | number } | { kind: 'refParts'; ref: RefNode } | { kind: 'in' };

/** The references, string literals and `in` keywords of a node, in source order (iterative pre-order). */
function nodeOrder(node: AstNode): Locatable[] {
  const roots: Pending[] = [];
  switch (node.type) {
    case 'references':
      roots.push({ kind: 'refParts', ref: node as RefNode });
      break;
    case 'set': {
      const eq = (node as DirectiveNode).equal;
      if (eq) roots.push({ kind: 'expr', e: eq[0] }, { kind: 'expr', e: eq[1] });
      break;
    }
    case 'if':
    case 'elseif': {
      const c = (node as DirectiveNode).condition;
      if (c) roots.push({ kind: 'expr', e: c });
      break;
    }
    case 'foreach': {
      roots.push({ kind: 'in' });
      const f = (node as DirectiveNode).from;
      if (f) roots.push({ kind: 'expr', e: f });
      break;
    }
    case 'macro_call': {
      const args = (node as DirectiveNode).args;
      if (Array.isArray(args)) args.forEach((a) => roots.push({ kind: 'expr', e: a }));
      break;
    }
    default:
      break;
  }
  const out: Locatable[] = [];
  const stack: Pending[] = roots.reverse();
  const pushAll = (xs: Pending[]) => {
    for (let i = xs.length - 1; i >= 0; i--) stack.push(xs[i] as Pending);
  };
  const refChildren = (ref: RefNode): Pending[] => {
    const xs: Pending[] = [];
    if (Array.isArray(ref.args)) ref.args.forEach((a) => xs.push({ kind: 'expr', e: a }));
    for (const seg of ref.path ?? []) {
      if (seg.type === 'method' && Array.isArray(seg.args)) seg.args.forEach((a) => xs.push({ kind: 'expr', e: a }));
      else if (seg.type === 'index') xs.push({ kind: 'expr', e: seg.id });
    }
    return xs;
  };
  while (stack.length > 0) {
    const p = stack.pop() as Pending;
    if (p.kind === 'in') {
      out.push({ type: 'in' });
      continue;
    }
    if (p.kind === 'refParts') {
      pushAll(refChildren(p.ref));
      continue;
    }
    const e = p.e;
    if (typeof e !== 'object' || e === null) continue;
    switch (e.type) {
      case 'references':
        out.push(e);
        pushAll(refChildren(e));
        break;
      case 'string':
        out.push(e);
        break;
      case 'math':
        pushAll(e.expression.map((x) => ({ kind: 'expr', e: x })));
        break;
      case 'array':
        pushAll((e.value ?? []).map((x) => ({ kind: 'expr', e: x })));
        break;
      case 'map':
        pushAll(Object.values(e.value ?? {}).map((x) => ({ kind: 'expr', e: x })));
        break;
      default:
        break;
    }
  }
  return out;
}

import type { AstItem, AstNode, DirectiveNode, ExprNode, RefNode } from './ast.js';
import type { TemplateUnit } from './parse.js';

type Locatable = RefNode | { type: 'string'; value: string; isEval?: boolean } | { type: 'in' };

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * velocityjs positions only top-level nodes. Velocity's error messages need the column of nested
 * references too (`#if($x == 1)`, `firstFromArray("${x}")`), and interpolated strings need their
 * own position. This walks every positioned node's sub-expressions in source order and finds
 * each reference / string literal by a forward search inside the node's text span.
 */
export function locateNested(unit: TemplateUnit, items: AstItem[]): void {
  for (const item of items) {
    if (typeof item === 'string') continue;
    if (Array.isArray(item)) {
      locateNested(unit, item);
      continue;
    }
    const start = unit.starts.get(item);
    const end = unit.ends.get(item);
    if (start === undefined || end === undefined) continue;
    const order: Locatable[] = [];
    nodeOrder(item, order);
    let cursor = start + 1;
    for (const n of order) {
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
}

function nodeOrder(node: AstNode, out: Locatable[]): void {
  switch (node.type) {
    case 'references':
      refParts(node as RefNode, out);
      return;
    case 'set': {
      const eq = (node as DirectiveNode).equal;
      if (eq) {
        expr(eq[0], out);
        expr(eq[1], out);
      }
      return;
    }
    case 'if':
    case 'elseif':
      if ((node as DirectiveNode).condition) expr((node as DirectiveNode).condition as ExprNode, out);
      return;
    case 'foreach':
      out.push({ type: 'in' });
      if ((node as DirectiveNode).from) expr((node as DirectiveNode).from as ExprNode, out);
      return;
    case 'macro_call': {
      const args = (node as DirectiveNode).args;
      if (Array.isArray(args)) args.forEach((a) => expr(a, out));
      return;
    }
    default:
      return;
  }
}

function refParts(ref: RefNode, out: Locatable[]): void {
  if (Array.isArray(ref.args)) ref.args.forEach((a) => expr(a, out));
  for (const seg of ref.path ?? []) {
    if (seg.type === 'method' && Array.isArray(seg.args)) seg.args.forEach((a) => expr(a, out));
    else if (seg.type === 'index') expr(seg.id, out);
  }
}

function expr(e: ExprNode | string | number, out: Locatable[]): void {
  if (typeof e !== 'object' || e === null) return;
  switch (e.type) {
    case 'references':
      out.push(e);
      refParts(e, out);
      return;
    case 'string':
      out.push(e);
      return;
    case 'math':
      e.expression.forEach((x) => expr(x, out));
      return;
    case 'array':
      (e.value ?? []).forEach((x) => expr(x, out));
      return;
    case 'map':
      Object.values(e.value ?? {}).forEach((x) => expr(x, out));
      return;
    default:
      return;
  }
}

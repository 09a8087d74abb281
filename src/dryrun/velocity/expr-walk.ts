import type { AstItem, DirectiveNode, ExprNode, PathNode, RefNode } from './ast.js';
import { allNodes } from './tree.js';

/** Replaces an expression node (return the node itself to keep it). */
export type ExprRewrite = (e: ExprNode) => ExprNode;

type Slot = { get: () => unknown; set: (v: ExprNode) => void };

/**
 * Visits every expression of a template tree — directive arguments, `#set` sides, reference
 * method arguments and indexes, list/map literal members, operator operands — children before
 * their parent, and lets `rewrite` replace each. Iterative (an explicit work list), so deeply
 * nested templates cannot exhaust the call stack.
 */
export function rewriteExpressions(items: AstItem[], rewrite: ExprRewrite): void {
  const work: Slot[] = [];
  const addExpr = (get: () => unknown, set: (v: ExprNode) => void) => work.push({ get, set });
  const addRefParts = (ref: RefNode) => {
    if (Array.isArray(ref.args)) ref.args.forEach((_, i, a) => addExpr(() => a[i], (v) => (a[i] = v)));
    for (const seg of ref.path ?? []) addPath(seg);
  };
  const addPath = (seg: PathNode) => {
    if (seg.type === 'method' && Array.isArray(seg.args)) {
      const a = seg.args;
      a.forEach((_, i) => addExpr(() => a[i], (v) => (a[i] = v)));
    } else if (seg.type === 'index') {
      addExpr(() => seg.id, (v) => (seg.id = v));
    }
  };
  for (const item of allNodes(items)) {
    if (item.type === 'references') {
      addRefParts(item as RefNode);
      continue;
    }
    const d = item as DirectiveNode;
    if (d.condition) addExpr(() => d.condition, (v) => (d.condition = v));
    if (d.from) addExpr(() => d.from, (v) => (d.from = v));
    if (d.equal) {
      const eq = d.equal;
      addRefParts(eq[0]);
      addExpr(() => eq[1], (v) => (eq[1] = v));
    }
    if (Array.isArray(d.args)) {
      const a = d.args;
      a.forEach((_, i) => addExpr(() => a[i], (v) => (a[i] = v)));
    }
  }
  // Expand every slot into its sub-expressions first (pre-order), then rewrite in reverse (post-order).
  const order: Slot[] = [];
  while (work.length > 0) {
    const slot = work.pop() as Slot;
    order.push(slot);
    const e = slot.get();
    if (typeof e !== 'object' || e === null) continue;
    const x = e as ExprNode;
    switch (x.type) {
      case 'references':
        addRefParts(x);
        break;
      case 'math':
        x.expression.forEach((_, i, a) => addExpr(() => a[i], (v) => (a[i] = v)));
        break;
      case 'array':
        (x.value ?? []).forEach((m, i, a) => {
          if (typeof m === 'object') addExpr(() => a[i], (v) => (a[i] = v));
        });
        break;
      case 'map': {
        const m = x.value ?? {};
        for (const k of Object.keys(m)) addExpr(() => m[k], (v) => (m[k] = v));
        break;
      }
      default:
        break;
    }
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const slot = order[i] as Slot;
    const e = slot.get();
    if (typeof e !== 'object' || e === null) continue;
    const r = rewrite(e as ExprNode);
    if (r !== e) slot.set(r);
  }
}

import type { AstItem, DirectiveNode, RefNode } from './ast.js';

/** An inline macro: its body and parameter names. */
export interface MacroDefinition {
  body: AstItem[];
  params: string[];
}

/**
 * Every `#macro` of a parsed template or fragment, in source order, into `into` (a later
 * definition of the same name replaces an earlier one). Velocity registers inline macros while
 * it initialises the template, so a macro can be called before its definition and a definition
 * inside an untaken `#if` still counts (oracle, Velocity 2.4.1: `#m()#macro(m)X#end` → `X`).
 * Iterative, so deep nesting cannot exhaust the stack.
 */
export function collectMacros(items: AstItem[], into: Map<string, MacroDefinition>): void {
  const stack: { list: AstItem[]; i: number }[] = [{ list: items, i: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { list: AstItem[]; i: number };
    if (top.i >= top.list.length) {
      stack.pop();
      continue;
    }
    const item = top.list[top.i++];
    if (!Array.isArray(item)) continue;
    const head = item[0] as DirectiveNode | undefined;
    if (head?.type === 'macro' && head.id) {
      const params = (Array.isArray(head.args) ? head.args : []).map((a) => (a as RefNode).id);
      into.set(head.id, { body: item.slice(1), params });
    }
    stack.push({ list: item, i: 1 });
  }
}

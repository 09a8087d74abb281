/**
 * Walking a velocityjs tree: a template is a list of items, and a block (`#if`, `#foreach` …)
 * is a nested list `[head, ...children]` (ast.ts). These helpers visit every list without
 * recursion, so deeply nested templates cannot exhaust the call stack.
 */
import type { AstItem, AstNode } from './ast.js';

/**
 * Every list (block) of the tree rooted at `items`, `items` itself first, each exactly once.
 * Order: depth first, a list's nested blocks from last to first (an explicit stack). The lists
 * are collected up front: a caller may replace or splice items while it walks them, and blocks
 * it splices in are not visited.
 */
export function allLists(items: AstItem[]): AstItem[][] {
  const lists: AstItem[][] = [];
  const pending = [items];
  while (pending.length > 0) {
    const list = pending.pop() as AstItem[];
    lists.push(list);
    for (const item of list) if (Array.isArray(item)) pending.push(item);
  }
  return lists;
}

/**
 * Every node (reference or directive, not text and not a block) of the tree rooted at `items`:
 * the nodes of each list of {@link allLists}, in that order of lists and in list order within one.
 */
export function allNodes(items: AstItem[]): AstNode[] {
  const nodes: AstNode[] = [];
  for (const list of allLists(items)) {
    for (const item of list) if (typeof item !== 'string' && !Array.isArray(item)) nodes.push(item);
  }
  return nodes;
}

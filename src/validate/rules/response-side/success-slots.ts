/**
 * The places where the successTemplate writes translation values into its JSON output
 * ("slots"), for the type rules. Each rendered reference of the template (one that stands in
 * template text, not inside a directive) is classified:
 * - `${key}` of a translationMap key: the key's value, which is JSON text (genesys-runtime.md §5.3);
 * - `${successTemplateUtils.firstFromArray(X[, D])}` with X a translation key (`${key}`,
 *   `"${key}"` or `"$key"`): the first element of the key's array, else D verbatim (§5.6);
 * - anything else (tools, rawResult, #set variables, method calls): not followed.
 * Each slot also gets its JSON place: inside a JSON string literal or not, and the output
 * property path, found by following the template's literal JSON text (json-cursor.ts). `#if`
 * branches are followed separately from the same starting point; `#foreach` bodies once.
 */
import type { AstItem, DirectiveNode, ExprNode, RefNode, StringNode } from '../../../dryrun/velocity/ast.js';
import { type TemplateUnit, parseOrUndefined } from '../../../dryrun/velocity/parse.js';
import { createTools, renderTemplate, withoutRegexEvaluation } from '../../../dryrun/velocity/index.js';
import { templateReferences } from '../../template-refs.js';
import { JsonCursor, type JsonPlace } from './json-cursor.js';
import { hasKey } from './response-config.js';

/** What a slot writes. */
export type SlotValue =
  | { kind: 'translation'; key: string }
  | { kind: 'first'; key?: string; fallback?: { text: string } | { key: string } }
  | { kind: 'other' };

/** One rendered reference of the successTemplate and its place in the JSON output. */
export interface Slot extends JsonPlace {
  /** Offset of the reference's `$` in the template. */
  offset: number;
  value: SlotValue;
}

const SINGLE_REFERENCE = /^\s*\$!?(?:\{([A-Za-z][\w-]*)\}|([A-Za-z][\w-]*))\s*$/;

/** The translation key an argument names: `${key}`, `$key`, `"${key}"`, `"$key"`. */
function argumentKey(arg: ExprNode | undefined, keys: Record<string, unknown>): string | undefined {
  if (!arg) return undefined;
  if (arg.type === 'references') {
    const ref = arg as RefNode;
    return (ref.path ?? []).length === 0 && hasKey(keys, ref.id) ? ref.id : undefined;
  }
  if (arg.type === 'string' && (arg as StringNode).isEval) {
    const m = SINGLE_REFERENCE.exec((arg as StringNode).value);
    const key = m?.[1] ?? m?.[2];
    return key !== undefined && hasKey(keys, key) ? key : undefined;
  }
  return undefined;
}

/** The text a literal string argument renders to, when it uses no variable but `$esc`. */
function literalArgument(arg: ExprNode | undefined): string | undefined {
  if (!arg || arg.type !== 'string') return undefined;
  const s = arg as StringNode;
  if (!s.isEval || !s.value.includes('$')) return s.value;
  const refs = templateReferences(s.value);
  if (refs.length === 0 || refs.some((r) => r.root !== 'esc')) return undefined;
  try {
    return withoutRegexEvaluation(() => renderTemplate(s.value, createTools([]), { name: 'argument', strict: true, notes: [] }));
  } catch {
    return undefined;
  }
}

function classify(ref: RefNode, keys: Record<string, unknown>): SlotValue {
  const path = ref.path ?? [];
  if (hasKey(keys, ref.id)) return path.length === 0 ? { kind: 'translation', key: ref.id } : { kind: 'other' };
  const call = path[0];
  if (ref.id !== 'successTemplateUtils' || path.length !== 1 || call?.type !== 'method' || call.id !== 'firstFromArray') return { kind: 'other' };
  const args = Array.isArray(call.args) ? call.args : [];
  const value: SlotValue = { kind: 'first' };
  const key = argumentKey(args[0], keys);
  if (key !== undefined) value.key = key;
  if (args.length >= 2) {
    const fallbackKey = argumentKey(args[1], keys);
    const text = fallbackKey === undefined ? literalArgument(args[1]) : undefined;
    if (fallbackKey !== undefined) value.fallback = { key: fallbackKey };
    else if (text !== undefined) value.fallback = { text };
  }
  return value;
}

function walk(unit: TemplateUnit, items: AstItem[], cursor: JsonCursor, keys: Record<string, unknown>, out: Slot[]): void {
  for (const item of items) {
    if (typeof item === 'string') cursor.text(item);
    else if (Array.isArray(item)) block(unit, item, cursor, keys, out);
    else if (item.type === 'references') {
      const ref = item as RefNode;
      out.push({ offset: unit.base + (unit.starts.get(ref) ?? 0), value: classify(ref, keys), ...cursor.reference() });
    }
  }
}

function block(unit: TemplateUnit, list: AstItem[], cursor: JsonCursor, keys: Record<string, unknown>, out: Slot[]): void {
  const head = list[0] as DirectiveNode | undefined;
  if (!head || head.type === 'macro' || head.type === 'define') return;
  if (head.type !== 'if') {
    walk(unit, list.slice(1), cursor, keys, out);
    return;
  }
  const branches: AstItem[][] = [[]];
  for (const item of list.slice(1)) {
    if (typeof item === 'object' && !Array.isArray(item) && (item.type === 'else' || item.type === 'elseif')) branches.push([]);
    else branches[branches.length - 1]?.push(item);
  }
  let first: JsonCursor | undefined;
  for (const branch of branches) {
    const c = cursor.clone();
    walk(unit, branch, c, keys, out);
    first ??= c;
  }
  if (first) cursor.assign(first);
}

/**
 * The slots of `template`, in document order; empty when it does not parse (rule
 * `template-syntax` reports that).
 * @param translationMap the translationMap (only its keys are read).
 */
export function successSlots(template: string, translationMap: Record<string, unknown>): Slot[] {
  const root = parseOrUndefined(template)?.root;
  if (!root) return [];
  const out: Slot[] = [];
  walk(root, root.items, new JsonCursor(), translationMap, out);
  return out;
}

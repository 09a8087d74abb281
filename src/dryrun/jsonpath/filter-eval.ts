import { JavaDouble, javaNumberToString } from '../json/java-double.js';
import { type JsonValue, isJsonObject } from '../json/model.js';
import { JsonPathError, invalidPath, jsonPathException } from './errors.js';
import { evaluatePath } from './evaluator.js';
import type { FilterExpression, FilterOperand, ValueNode } from './filter-ast.js';

/**
 * Jayway `PredicatePathToken.accept`: applies the filter, and an `InvalidPathException` raised
 * while evaluating it (e.g. `in` against a missing list) makes the item not match.
 */
export function acceptItem(expr: FilterExpression, item: JsonValue, root: JsonValue): boolean {
  try {
    return acceptFilter(expr, item, root);
  } catch (e) {
    if (e instanceof JsonPathError && e.kind === 'InvalidPathException') return false;
    throw e;
  }
}

/**
 * Applies a compiled Jayway filter to one item (`@`), with `root` as `$`
 * (`RelationalExpressionNode.apply` and `EvaluatorFactory`, json-path 2.10.0). Comparison rules
 * follow Jayway's `ValueNode` equality: a string equals a number when the number's text or the
 * string's numeric value matches (`[?(@.v=='1')]` matches `v: 1`), a missing property is an
 * *undefined* node that equals nothing (so `!=` is true for items lacking the property).
 * @throws JsonPathError when an operator meets operands it cannot handle, as Jayway does.
 */
export function acceptFilter(expr: FilterExpression, item: JsonValue, root: JsonValue): boolean {
  switch (expr.kind) {
    case 'or':
      return expr.operands.some((e) => acceptFilter(e, item, root));
    case 'and':
      return expr.operands.every((e) => acceptFilter(e, item, root));
    case 'not':
      return !acceptFilter(expr.operand, item, root);
    case 'relation': {
      const l = resolve(expr.left, item, root);
      const r = resolve(expr.right, item, root);
      return applyOperator(expr.operator, l, r);
    }
  }
}

function resolve(op: FilterOperand, item: JsonValue, root: JsonValue): ValueNode {
  if (op.kind !== 'path') return op;
  const doc = op.path.root === '$' ? root : item;
  if (op.existsCheck) {
    try {
      evaluatePath(op.path, doc, { root, requireProperties: true });
      return { kind: 'boolean', value: true };
    } catch (e) {
      if (e instanceof JsonPathError && e.kind === 'PathNotFoundException') return { kind: 'boolean', value: false };
      throw e;
    }
  }
  try {
    return toValueNode(evaluatePath(op.path, doc, { root }).value);
  } catch (e) {
    if (e instanceof JsonPathError && e.kind === 'PathNotFoundException') return { kind: 'undefined' };
    throw e;
  }
}

/** Jayway `ValueNode.toValueNode` for values read from the document. */
function toValueNode(v: JsonValue): ValueNode {
  if (v === null) return { kind: 'null' };
  if (typeof v === 'string') return { kind: 'string', value: v };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (typeof v === 'number' || v instanceof JavaDouble) {
    const value = typeof v === 'number' ? v : v.value;
    return { kind: 'number', value, text: javaNumberToString(v) };
  }
  return { kind: 'json', value: v, parsed: true };
}

function asString(n: ValueNode): string | undefined {
  if (n.kind === 'string') return n.value;
  if (n.kind === 'number') return n.text;
  return undefined;
}

function asNumber(n: ValueNode): number | undefined {
  if (n.kind === 'number') return n.value;
  if (n.kind === 'string') {
    const t = n.value.trim();
    if (t !== n.value || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return undefined;
    return Number(t);
  }
  return undefined;
}

/** Jayway `ValueNode.equals`, including its asymmetry between string and number nodes. */
function nodeEquals(a: ValueNode, b: ValueNode): boolean {
  switch (a.kind) {
    case 'string':
      if (b.kind !== 'string' && b.kind !== 'number') return false;
      return a.value === asString(b);
    case 'number': {
      if (b.kind !== 'string' && b.kind !== 'number') return false;
      const other = asNumber(b);
      return other !== undefined && other === a.value;
    }
    case 'boolean':
      return b.kind === 'boolean' && a.value === b.value;
    case 'null':
      return b.kind === 'null';
    case 'json':
      return b.kind === 'json' && jsonEquals(a.value, b.value);
    case 'pattern':
      return b.kind === 'pattern' && a.source === b.source;
    case 'undefined':
      return false;
  }
}

function jsonEquals(a: unknown, b: unknown): boolean {
  if (a instanceof JavaDouble || b instanceof JavaDouble) {
    const x = a instanceof JavaDouble ? a.value : a;
    const y = b instanceof JavaDouble ? b.value : b;
    return x === y;
  }
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => jsonEquals(x, b[i]));
  if (isJsonObject(a as JsonValue) && isJsonObject(b as JsonValue)) {
    const ka = Object.keys(a as object);
    const kb = Object.keys(b as object);
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEquals((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

/** `asValueListNode`: the elements of a JSON array node, or undefined when not an array. */
function valueList(n: ValueNode): ValueNode[] | undefined {
  if (n.kind === 'json') return Array.isArray(n.value) ? (n.value as JsonValue[]).map(toValueNode) : undefined;
  throw invalidPath('Expected value list node');
}

function listContains(list: ValueNode[], v: ValueNode): boolean {
  return list.some((x) => nodeEquals(x, v));
}

function compare(l: ValueNode, r: ValueNode): number | undefined {
  if (l.kind === 'number' && r.kind === 'number') return l.value < r.value ? -1 : l.value > r.value ? 1 : 0;
  if (l.kind === 'string' && r.kind === 'string') return l.value < r.value ? -1 : l.value > r.value ? 1 : 0;
  return undefined;
}

function regexInput(n: ValueNode): string {
  if (n.kind === 'string' || n.kind === 'number') return asString(n) ?? '';
  if (n.kind === 'boolean') return String(n.value);
  return '';
}

function applyOperator(op: string, l: ValueNode, r: ValueNode): boolean {
  switch (op) {
    case 'EXISTS':
      if (l.kind !== 'boolean' || r.kind !== 'boolean') throw jsonPathException('Failed to evaluate exists expression');
      return l.value === r.value;
    case '==':
      return nodeEquals(l, r);
    case '!=':
      return !nodeEquals(l, r);
    case '===':
      return l.kind === r.kind && nodeEquals(l, r);
    case '!==':
      return !(l.kind === r.kind && nodeEquals(l, r));
    case '<': {
      const c = compare(l, r);
      return c !== undefined && c < 0;
    }
    case '<=': {
      const c = compare(l, r);
      return c !== undefined && c <= 0;
    }
    case '>': {
      const c = compare(l, r);
      return c !== undefined && c > 0;
    }
    case '>=': {
      const c = compare(l, r);
      return c !== undefined && c >= 0;
    }
    case '=~': {
      if (!((l.kind === 'pattern') !== (r.kind === 'pattern'))) return false;
      const [pattern, other] = l.kind === 'pattern' ? [l, r] : [r as Extract<ValueNode, { kind: 'pattern' }>, l];
      if (other.kind === 'json' && Array.isArray(other.value)) {
        return (other.value as JsonValue[]).map(toValueNode).some((x) => pattern.regex.test(regexInput(x)));
      }
      return pattern.regex.test(regexInput(other));
    }
    case 'IN': {
      const list = valueList(r);
      return list !== undefined && listContains(list, l);
    }
    case 'NIN': {
      const list = valueList(r);
      return !(list !== undefined && listContains(list, l));
    }
    case 'CONTAINS': {
      if (l.kind === 'string' && r.kind === 'string') return l.value.includes(r.value);
      if (l.kind === 'json') {
        const list = valueList(l);
        return list !== undefined && listContains(list, r);
      }
      return false;
    }
    case 'ALL': {
      const want = valueList(r);
      if (l.kind !== 'json') return false;
      const have = valueList(l);
      if (!have || !want) return true;
      return want.every((w) => listContains(have, w));
    }
    case 'SIZE': {
      if (r.kind !== 'number') return false;
      const expected = Math.trunc(r.value);
      if (l.kind === 'string') return l.value.length === expected;
      if (l.kind === 'json') return jsonLength(l.value) === expected;
      return false;
    }
    case 'EMPTY': {
      if (r.kind !== 'boolean') throw invalidPath('Expected boolean node');
      if (l.kind === 'string') return (l.value.length === 0) === r.value;
      if (l.kind === 'json') return (jsonLength(l.value) === 0) === r.value;
      return false;
    }
    case 'SUBSETOF':
    case 'ANYOF':
    case 'NONEOF': {
      const right = valueList(r);
      const left = valueList(l);
      if (!right || !left) return false;
      if (op === 'SUBSETOF') return left.every((x) => listContains(right, x));
      if (op === 'ANYOF') return left.some((x) => listContains(right, x));
      return !left.some((x) => listContains(right, x));
    }
    default:
      throw invalidPath(`Filter operator ${op} is not supported!`);
  }
}

function jsonLength(v: unknown): number {
  if (Array.isArray(v)) return v.length;
  if (isJsonObject(v as JsonValue)) return Object.keys(v as object).length;
  if (typeof v === 'string') return v.length;
  return -1;
}

import type { JavaBigInteger } from '../json/java-big-integer.js';
import { type JavaDouble, javaNumberToString } from '../json/java-double.js';
import type { JsonValue } from '../json/model.js';
import { bigDecimalIntValue, bigDecimalToString, compareBigDecimal, parseBigDecimal } from './big-decimal.js';
import { compileUncached } from './compiler.js';
import { JavaException, JsonPathError, invalidPath, isKind, jsonPathException } from './errors.js';
import { type ReadState, evaluatePath } from './evaluator.js';
import type { FilterExpression, FilterOperand, RelationalOperator, ValueNode } from './filter-ast.js';
import { numberNode, stringNode } from './filter-compiler.js';
import { matchesWhole } from './java-pattern.js';
import { JavaKeySet, isJavaNumber, isJaywayArray, isJaywayMap, javaEquals, javaToString } from './java-types.js';
import { parsePermissiveJson } from './json-smart.js';
import type { CompiledPath } from './tokens.js';

/** What a filter sees besides the item: the document (`$`), the read's state, its `$`-path cache. */
export interface FilterContext {
  root: JsonValue;
  state: ReadState;
  /** Jayway `documentEvalCache`: `$` paths are read once per evaluation context. */
  rootPathCache: Map<CompiledPath, JsonValue>;
}

type Node = ValueNode;
type JsonNode = Extract<ValueNode, { kind: 'json' }>;

/**
 * Jayway `PredicatePathToken.accept` (json-path 2.10.0): applies the filter to `item`; an
 * `InvalidPathException` raised while evaluating it (`in` against a non-list, `exists` on a
 * non-boolean, `all` …) makes the item not match. Other exceptions escape.
 */
export function acceptItem(expr: FilterExpression, item: JsonValue, ctx: FilterContext): boolean {
  try {
    return apply(expr, item, ctx);
  } catch (e) {
    if (isKind(e, 'InvalidPathException')) return false;
    throw e;
  }
}

/**
 * `LogicalExpressionNode.apply` with short-circuit `||`/`&&` and `!`, on an explicit stack so that
 * filters nested thousands deep evaluate (Jayway's recursion runs on the larger JVM stack).
 */
function apply(expr: FilterExpression, item: JsonValue, ctx: FilterContext): boolean {
  const stack: { node: Extract<FilterExpression, { kind: 'and' | 'or' }>; index: number; negate: boolean }[] = [];
  let current = expr;
  for (;;) {
    let negate = false;
    while (current.kind === 'not') {
      negate = !negate;
      current = current.operand;
    }
    if (current.kind !== 'relation') {
      stack.push({ node: current, index: 0, negate });
      current = current.operands[0] as FilterExpression;
      continue;
    }
    let result = evaluate(current.operator, resolve(current.left, item, ctx), resolve(current.right, item, ctx));
    if (negate) result = !result;
    for (;;) {
      const top = stack[stack.length - 1];
      if (!top) return result;
      const decided = top.node.kind === 'or' ? result : !result;
      if (decided || top.index === top.node.operands.length - 1) {
        stack.pop();
        if (top.negate) result = !result;
        continue;
      }
      top.index++;
      current = top.node.operands[top.index] as FilterExpression;
      break;
    }
  }
}

/** Jayway `PathNode.evaluate`: a bare path tests existence, otherwise its value becomes a node. */
function resolve(op: FilterOperand, item: JsonValue, ctx: FilterContext): Node {
  if (op.kind !== 'path') return op;
  if (op.existsCheck) {
    // Jayway reads the path from the item even when it starts with `$`, with REQUIRE_PROPERTIES.
    try {
      evaluatePath(op.path, item, { root: ctx.root, requireProperties: true, state: ctx.state });
      return { kind: 'boolean', value: true };
    } catch (e) {
      if (isKind(e, 'PathNotFoundException')) return { kind: 'boolean', value: false };
      throw e;
    }
  }
  let value: JsonValue;
  try {
    if (op.path.root === '$') {
      const hit = ctx.rootPathCache.get(op.path);
      if (hit !== undefined) value = hit;
      else {
        value = evaluatePath(op.path, ctx.root, { root: ctx.root, state: ctx.state }).value;
        ctx.rootPathCache.set(op.path, value);
      }
    } else {
      value = evaluatePath(op.path, item, { root: ctx.root, state: ctx.state }).value;
    }
  } catch (e) {
    if (isKind(e, 'PathNotFoundException')) return { kind: 'undefined' };
    throw e;
  }
  return documentNode(value);
}

/** The node for a value read by a filter path (`PathNode.evaluate`). */
function documentNode(v: JsonValue): Node {
  if (isJavaNumber(v)) return javaNumberNode(v);
  if (typeof v === 'string') return { kind: 'string', value: v };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (v === null) return { kind: 'null' };
  if (v instanceof JavaKeySet) throw jsonPathException(`Could not convert class java.util.LinkedHashMap$LinkedKeySet:${javaToString(v)} to a ValueNode`);
  return { kind: 'json', value: v, parsed: true };
}

/**
 * `createNumberNode(number.toString())`: a Long/BigInteger keeps every digit, so filters compare
 * big integers exactly (oracle: `[?(@.id == 9007199254740993)]` does not match
 * 9007199254740992); a non-finite double is no BigDecimal (NumberFormatException).
 */
function javaNumberNode(v: number | JavaDouble | JavaBigInteger): Node {
  try {
    return numberNode(javaNumberToString(v));
  } catch (e) {
    if (e instanceof JavaException) throw new JsonPathError('NumberFormatException', e.message);
    throw e;
  }
}

/**
 * Jayway `ValueNode.toValueNode` for the elements of a JSON list: a string that compiles as a
 * path becomes a path node (equal to nothing), one that parses as a JSON array/object a JSON
 * node, other strings are unescaped string nodes; a nested array or object cannot be converted.
 */
function listElementNode(o: JsonValue): Node {
  if (o === null) return { kind: 'null' };
  if (typeof o === 'string') {
    const t = o.trim();
    if (t.length > 0 && (t[0] === '@' || t[0] === '$')) {
      try {
        compileUncached(t);
        return { kind: 'pathValue', text: o };
      } catch {
        // not a path
      }
    }
    if (t.length > 1 && ((t[0] === '[' && t.endsWith(']')) || (t[0] === '{' && t.endsWith('}')))) {
      try {
        return { kind: 'json', value: parsePermissiveJson(t), parsed: false, text: o };
      } catch {
        // not JSON
      }
    }
    return stringNode(o, true);
  }
  if (isJavaNumber(o)) return javaNumberNode(o);
  if (typeof o === 'boolean') return { kind: 'boolean', value: o };
  throw jsonPathException('Could not determine value type');
}

// --- JsonNode -------------------------------------------------------------------------------

function parseJsonNode(n: JsonNode): JsonValue {
  if (n.parsed) return n.value as JsonValue;
  if (n.error !== undefined) throw new JsonPathError('IllegalArgumentException', n.error);
  return n.value as JsonValue;
}

function jsonLength(n: JsonNode): number {
  const v = parseJsonNode(n);
  return isJaywayArray(v) ? v.length : -1;
}

/** `JsonNode.isEmpty`: a map is cast to `Collection`, which fails in Java. */
function jsonIsEmpty(n: JsonNode): boolean {
  const v = parseJsonNode(n);
  if (isJaywayArray(v)) return v.length === 0;
  if (isJaywayMap(v)) {
    const cls = n.parsed ? 'java.util.LinkedHashMap' : 'net.minidev.json.JSONObject';
    const where = n.parsed
      ? 'java.util.LinkedHashMap and java.util.Collection are in module java.base of loader \'bootstrap\''
      : "net.minidev.json.JSONObject is in unnamed module of loader 'app'; java.util.Collection is in module java.base of loader 'bootstrap'";
    throw new JsonPathError('ClassCastException', `class ${cls} cannot be cast to class java.util.Collection (${where})`);
  }
  if (typeof v === 'string') return v.length === 0;
  return true;
}

/** `JsonNode.asValueListNode(ctx)`: the elements as nodes, or undefined when not an array. */
function jsonValueList(n: JsonNode): Node[] | undefined {
  const v = parseJsonNode(n);
  return isJaywayArray(v) ? v.map(listElementNode) : undefined;
}

/** A list operand: a JSON node's elements (undefined when it is no array); any other node fails. */
function valueList(n: Node): Node[] | undefined {
  if (n.kind === 'json') return jsonValueList(n);
  throw invalidPath('Expected value list node');
}

// --- equality and comparison ------------------------------------------------------------------

function asString(n: Node): string | undefined {
  if (n.kind === 'string') return n.value;
  if (n.kind === 'number') return bigDecimalToString(n.decimal);
  return undefined;
}

/** `ValueNode.equals` of Jayway: string and number nodes compare across types, asymmetrically. */
function nodeEquals(a: Node, b: Node): boolean {
  if (a === b) return true;
  switch (a.kind) {
    case 'string':
      return (b.kind === 'string' || b.kind === 'number') && a.value === asString(b);
    case 'number': {
      if (b.kind === 'number') return compareBigDecimal(a.decimal, b.decimal) === 0;
      if (b.kind !== 'string') return false;
      try {
        return compareBigDecimal(a.decimal, parseBigDecimal(b.value)) === 0;
      } catch {
        return false;
      }
    }
    case 'boolean':
      return b.kind === 'boolean' && a.value === b.value;
    case 'null':
      return b.kind === 'null';
    case 'json':
      return b.kind === 'json' && javaEquals(rawJson(a), rawJson(b));
    default:
      return false;
  }
}

/** The field `JsonNode.json`: the literal's text, or the document value. */
function rawJson(n: JsonNode): JsonValue {
  return n.parsed ? (n.value as JsonValue) : (n.text as string);
}

/** `EqualsEvaluator`: JSON against JSON is `left.json.equals(right.parse())`, else `left.equals(right)`. */
function isEqual(l: Node, r: Node): boolean {
  if (l.kind === 'json' && r.kind === 'json') return javaEquals(rawJson(l), parseJsonNode(r));
  return nodeEquals(l, r);
}

function sameClass(l: Node, r: Node): boolean {
  return l.kind === r.kind;
}

function compare(l: Node, r: Node): number | undefined {
  if (l.kind === 'number' && r.kind === 'number') return compareBigDecimal(l.decimal, r.decimal);
  if (l.kind === 'string' && r.kind === 'string') return l.value < r.value ? -1 : l.value > r.value ? 1 : 0;
  return undefined;
}

function asBoolean(n: Node): boolean {
  if (n.kind !== 'boolean') throw invalidPath('Expected boolean node');
  return n.value;
}

function regexInput(n: Node): string {
  if (n.kind === 'string' || n.kind === 'number') return asString(n) as string;
  if (n.kind === 'boolean') return String(n.value);
  return '';
}

function regexMatch(pattern: Extract<Node, { kind: 'pattern' }>, other: Node): boolean {
  if (other.kind === 'json' && isJaywayArray(parseJsonNode(other))) {
    return (jsonValueList(other) ?? []).some((x) => matchesWhole(pattern.regex, regexInput(x)));
  }
  return matchesWhole(pattern.regex, regexInput(other));
}

/** The two lists of `subsetof`/`anyof`/`noneof`; undefined when a JSON side is no array. */
function listPair(l: Node, r: Node): [Node[], Node[]] | undefined {
  const right = valueList(r);
  if (!right) return undefined;
  const left = valueList(l);
  if (!left) return undefined;
  return [left, right];
}

/**
 * Jayway `EvaluatorFactory` (json-path 2.10.0), operator by operator. Numbers compare as
 * BigDecimals, strings by UTF-16 units; `size` counts string characters or array elements (an
 * object has size -1); `empty` on an object fails with Java's ClassCastException; `all`,
 * `type` and `matches` need nodes a filter text cannot write, so they never match.
 */
function evaluate(op: RelationalOperator, l: Node, r: Node): boolean {
  switch (op) {
    case 'EXISTS':
      if (l.kind !== 'boolean' && r.kind !== 'boolean') throw jsonPathException('Failed to evaluate exists expression');
      return asBoolean(l) === asBoolean(r);
    case '==':
      return isEqual(l, r);
    case '!=':
      return !isEqual(l, r);
    case '===':
      return sameClass(l, r) && isEqual(l, r);
    case '!==':
      return !(sameClass(l, r) && isEqual(l, r));
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
    case '=~':
      if ((l.kind === 'pattern') === (r.kind === 'pattern')) return false;
      return l.kind === 'pattern' ? regexMatch(l, r) : regexMatch(r as Extract<Node, { kind: 'pattern' }>, l);
    case 'SIZE': {
      if (r.kind !== 'number') return false;
      const size = bigDecimalIntValue(r.decimal);
      if (l.kind === 'string') return l.value.length === size;
      if (l.kind === 'json') return jsonLength(l) === size;
      return false;
    }
    case 'EMPTY':
      if (l.kind === 'string') return (l.value.length === 0) === asBoolean(r);
      if (l.kind === 'json') return jsonIsEmpty(l) === asBoolean(r);
      return false;
    case 'IN':
    case 'NIN': {
      const list = valueList(r);
      const found = list !== undefined && list.some((x) => nodeEquals(l, x));
      return op === 'IN' ? found : !found;
    }
    case 'CONTAINS': {
      if (l.kind === 'string' && r.kind === 'string') return l.value.includes(r.value);
      if (l.kind !== 'json') return false;
      const list = jsonValueList(l);
      return list !== undefined && list.some((x) => nodeEquals(r, x));
    }
    case 'SUBSETOF': {
      const lists = listPair(l, r);
      return lists !== undefined && lists[0].every((x) => lists[1].some((y) => nodeEquals(x, y)));
    }
    case 'ANYOF':
    case 'NONEOF': {
      const lists = listPair(l, r);
      if (!lists) return false;
      const any = lists[0].some((x) => lists[1].some((y) => nodeEquals(x, y)));
      return op === 'ANYOF' ? any : !any;
    }
    case 'ALL':
      throw invalidPath('Expected value list node');
    case 'TYPE':
      throw invalidPath('Expected class node');
    case 'MATCHES':
      throw invalidPath('Expected predicate node');
  }
}

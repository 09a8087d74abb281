import { JavaBigInteger } from '../json/java-big-integer.js';
import { JavaDouble } from '../json/java-double.js';
import type { JsonValue } from '../json/model.js';
import { JsonPathError, indexOutOfBounds, invalidPath, jsonPathException } from './errors.js';
import { type ReadState, evaluatePath } from './evaluator.js';
import { JavaKeySet, isJavaNumber, isJaywayArray, isJaywayMap, javaToString } from './java-types.js';
import { JsonSmartParseError, parsePermissiveJson } from './json-smart.js';
import { type CompiledPath, type FunctionParameter, type FunctionToken, isFunctionPath } from './tokens.js';

const AGGREGATES = new Set(['avg', 'stddev', 'sum', 'min', 'max']);
const KNOWN = new Set([...AGGREGATES, 'concat', 'length', 'size', 'append', 'keys', 'first', 'last', 'index']);

/** Where a function runs: the read's document (`$` of path parameters) and state. */
export interface FunctionContext {
  root: JsonValue;
  state: ReadState;
}

/** A parameter after `FunctionPathToken.evaluateParameters`: paths are read at once, JSON on use. */
type Argument = { kind: 'path'; path: CompiledPath; value: JsonValue } | { kind: 'json'; text: string };

/**
 * Jayway path functions (`PathFunctionFactory`, json-path 2.10.0, ported from the released
 * bytecode), quirks included:
 *
 * - `length()`/`size()`: with a path parameter (what `$..a.length()` becomes) the path, with
 *   `[*]` appended, is read on the current value and an array result gives the count; a JSON
 *   parameter fails with Java's NullPointerException; otherwise the size of an array or object,
 *   or null.
 * - `sum avg min max stddev`: the numbers of an array plus numeric parameters, as doubles
 *   (`Number.doubleValue()`: a Long or BigInteger beyond 2^53 is rounded first, as in Java);
 *   `max()` starts from `Double.MIN_VALUE`, so the max of negative numbers is `4.9E-324`.
 * - `concat()`: the strings of an array (numbers are skipped), then every parameter as text.
 * - `append()`: adds the parameters to the array *in place* and returns it.
 * - `keys()`: the key set of an object (serialized as an array), else null.
 * - `first() last() index(n)`: on arrays only; `index` takes the first numeric parameter.
 *
 * Path parameters are read from the document before the function runs, so a missing one fails
 * the read. Function results are added to the results, and the rest of the path continues from
 * them.
 * @throws JsonPathError with Jayway's kinds and messages.
 */
export function invokeFunction(fn: FunctionToken, model: JsonValue, ctx: FunctionContext): JsonValue {
  const name = fn.name;
  if (!KNOWN.has(name)) throw invalidPath(`Function with name: ${name} does not exist.`);
  const args: Argument[] = fn.parameters.map((p: FunctionParameter) =>
    p.kind === 'path' ? { kind: 'path', path: p.path, value: evaluatePath(p.path, ctx.root, { root: ctx.root, state: ctx.state }).value } : { kind: 'json', text: p.text },
  );
  if (name === 'length' || name === 'size') return length(args, model, ctx);
  if (AGGREGATES.has(name)) return aggregate(name, model, args);
  switch (name) {
    case 'keys':
      return isJaywayMap(model) ? JavaKeySet.fromKeys(Object.keys(model)) : null;
    case 'concat': {
      let out = '';
      if (isJaywayArray(model)) for (const v of model) if (typeof v === 'string') out += v;
      for (const s of toList('string', args)) out += s as string;
      return out;
    }
    case 'append':
      for (const a of args) if (isJaywayArray(model)) model.push(argumentValue(a));
      return model;
    case 'first':
      return sequence(model, () => 0);
    case 'last':
      return sequence(model, () => -1);
    default:
      return sequence(model, () => {
        const numbers = toList('number', args);
        if (numbers.length === 0) throw indexOutOfBounds(0, 0);
        return javaIntValue(numbers[0] as number | JavaDouble | JavaBigInteger);
      });
  }
}

/** `Parameter.getValue()`: a path's value, or the JSON text parsed by json-smart. */
function argumentValue(a: Argument): JsonValue {
  if (a.kind === 'path') return a.value;
  try {
    return parsePermissiveJson(a.text);
  } catch (e) {
    if (e instanceof JsonSmartParseError) throw new JsonPathError('InvalidJsonException', e.toString());
    throw e;
  }
}

/**
 * `Parameter.toList(type, …)`: the values of all parameters, arrays flattened; values of another
 * type are dropped, except that any non-null value becomes its Java `toString()` when strings
 * are asked for.
 */
function toList(type: 'string' | 'number', args: Argument[]): JsonValue[] {
  const out: JsonValue[] = [];
  const consume = (v: JsonValue) => {
    if (v === null) return;
    if (type === 'number' ? isJavaNumber(v) : typeof v === 'string') out.push(v);
    else if (type === 'string') out.push(javaToString(v));
  };
  for (const a of args) {
    const v = argumentValue(a);
    if (isJaywayArray(v)) v.forEach(consume);
    else consume(v);
  }
  return out;
}

function length(args: Argument[], model: JsonValue, ctx: FunctionContext): JsonValue {
  const first = args[0];
  if (first) {
    if (first.kind !== 'path') {
      throw new JsonPathError(
        'NullPointerException',
        'Cannot invoke "com.jayway.jsonpath.internal.Path.isFunctionPath()" because the return value of "com.jayway.jsonpath.internal.function.Parameter.getPath()" is null',
      );
    }
    const p = first.path;
    // The appended wildcard leaves the path's definiteness as first computed (Jayway caches it).
    const read = !isFunctionPath(p) && p.tokens.length > 0 ? { ...p, tokens: [...p.tokens, { kind: 'wildcard' as const }] } : p;
    const value = evaluatePath(read, model, { root: model, state: ctx.state, tailTokens: p.tokens }).value;
    if (isJaywayArray(value)) return value.length;
  }
  if (isJaywayArray(model)) return model.length;
  if (isJaywayMap(model)) return Object.keys(model).length;
  return null;
}

function aggregate(name: string, model: JsonValue, args: Argument[]): JsonValue {
  const values: number[] = [];
  const take = (v: JsonValue) => {
    if (typeof v === 'number') values.push(v);
    else if (v instanceof JavaDouble) values.push(v.value);
    else if (v instanceof JavaBigInteger) values.push(Number(v.value)); // Number.doubleValue()
  };
  if (isJaywayArray(model)) model.forEach(take);
  toList('number', args).forEach(take);
  if (values.length === 0) throw jsonPathException('Aggregation function attempted to calculate value using empty array');
  let result: number;
  switch (name) {
    case 'sum':
      result = values.reduce((a, b) => a + b, 0);
      break;
    case 'avg':
      result = values.reduce((a, b) => a + b, 0) / values.length;
      break;
    case 'min':
      result = Number.MAX_VALUE;
      for (const v of values) if (result > v) result = v;
      break;
    case 'max':
      result = Number.MIN_VALUE;
      for (const v of values) if (result < v) result = v;
      break;
    default: {
      let sum = 0;
      let sumSq = 0;
      for (const v of values) {
        sum += v;
        sumSq += v * v;
      }
      result = Math.sqrt(sumSq / values.length - (sum * sum) / values.length / values.length);
    }
  }
  return new JavaDouble(result);
}

/** Jayway `AbstractSequenceAggregation` (`first`, `last`, `index`), quirks included. */
function sequence(model: JsonValue, targetIndex: () => number): JsonValue {
  if (!isJaywayArray(model)) throw jsonPathException('Aggregation function attempted to calculate value using empty array');
  const list = [...model];
  const target = targetIndex();
  if (target >= 0) {
    if (target >= list.length) throw indexOutOfBounds(target, list.length);
    return list[target] as JsonValue;
  }
  const real = list.length + target;
  if (real > 0) return list[real] as JsonValue;
  throw jsonPathException(`Target index:${target} larger than object count:${list.length}`);
}

/**
 * Java `Number.intValue()`: doubles truncate and saturate (NaN is 0), Long and BigInteger keep
 * the low 32 bits.
 */
function javaIntValue(n: number | JavaDouble | JavaBigInteger): number {
  if (n instanceof JavaDouble) {
    const v = n.value;
    if (Number.isNaN(v)) return 0;
    return Math.max(-2147483648, Math.min(2147483647, Math.trunc(v)));
  }
  return Number(BigInt.asIntN(32, n instanceof JavaBigInteger ? n.value : BigInt(n)));
}

import { JavaDouble } from '../json/java-double.js';
import { type JsonValue, isJsonObject } from '../json/model.js';
import { indexOutOfBounds, invalidPath, jsonPathException } from './errors.js';
import { evaluatePath } from './evaluator.js';
import { parseLenientJson } from './lenient-json.js';
import type { FunctionParameter, FunctionToken } from './tokens.js';

const AGGREGATES = new Set(['avg', 'stddev', 'sum', 'min', 'max']);
const KNOWN = new Set([...AGGREGATES, 'concat', 'length', 'size', 'append', 'keys', 'first', 'last', 'index']);

/**
 * Jayway path functions (`PathFunctionFactory`, json-path 2.10.0): `length()`/`size()`,
 * `min() max() avg() stddev() sum()` (results are doubles: `sum()` of [1,2] is `3.0`),
 * `keys()`, `first()`, `last()`, `index(n)`, `concat(...)`, `append(...)`.
 * @throws JsonPathError `InvalidPathException` for an unknown name, `JsonPathException` for an
 * aggregation over no numbers (Jayway's messages).
 */
export function invokeFunction(fn: FunctionToken, model: JsonValue, root: JsonValue): JsonValue {
  const name = fn.name;
  if (!KNOWN.has(name)) throw invalidPath(`Function with name: ${name} does not exist.`);
  if (name === 'length' || name === 'size') return length(fn.parameters, model, root);
  if (AGGREGATES.has(name)) return aggregate(name, numbers(model, fn.parameters, root));
  switch (name) {
    case 'keys':
      return isJsonObject(model) ? Object.keys(model) : null;
    case 'first':
      return sequence(model, 0);
    case 'last':
      return sequence(model, -1);
    case 'index': {
      const p = paramValues(fn.parameters, root)[0];
      const n = typeof p === 'number' ? p : p instanceof JavaDouble ? Math.trunc(p.value) : Number(p);
      return sequence(model, n);
    }
    case 'concat': {
      let out = '';
      if (Array.isArray(model)) for (const v of model) if (typeof v === 'string' || typeof v === 'number' || v instanceof JavaDouble) out += String(v);
      for (const v of flatParams(fn.parameters, root)) if (v !== null) out += typeof v === 'string' ? v : String(v);
      return out;
    }
    case 'append': {
      if (!Array.isArray(model)) return model;
      return [...model, ...paramValues(fn.parameters, root)];
    }
  }
  throw invalidPath(`Function with name: ${name} does not exist.`);
}

function length(params: FunctionParameter[], model: JsonValue, root: JsonValue): JsonValue {
  const first = params[0];
  if (first?.kind === 'path') {
    const p = first.path;
    const withWildcard = { ...p, tokens: [...p.tokens, { kind: 'wildcard' as const }], definite: false };
    const inner = evaluatePath(withWildcard, model, { root }).value;
    if (Array.isArray(inner)) return inner.length;
  }
  if (Array.isArray(model)) return model.length;
  if (isJsonObject(model)) return Object.keys(model).length;
  return null;
}

function paramValues(params: FunctionParameter[], root: JsonValue): JsonValue[] {
  return params.map((p) => (p.kind === 'path' ? evaluatePath(p.path, root, { root }).value : parseLenientJson(p.text)));
}

function flatParams(params: FunctionParameter[], root: JsonValue): JsonValue[] {
  const out: JsonValue[] = [];
  for (const v of paramValues(params, root)) {
    if (Array.isArray(v)) out.push(...v);
    else out.push(v);
  }
  return out;
}

function numbers(model: JsonValue, params: FunctionParameter[], root: JsonValue): number[] {
  const out: number[] = [];
  const take = (v: JsonValue) => {
    if (typeof v === 'number') out.push(v);
    else if (v instanceof JavaDouble) out.push(v.value);
  };
  if (Array.isArray(model)) model.forEach(take);
  flatParams(params, root).forEach(take);
  return out;
}

function aggregate(name: string, values: number[]): JsonValue {
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
      result = Math.min(...values);
      break;
    case 'max':
      result = Math.max(...values);
      break;
    default: {
      const sum = values.reduce((a, b) => a + b, 0);
      const sumsq = values.reduce((a, b) => a + b * b, 0);
      result = Math.sqrt(sumsq / values.length - (sum * sum) / values.length / values.length);
    }
  }
  return new JavaDouble(result);
}

/** Jayway `AbstractSequenceAggregation` (`first`, `last`, `index`), quirks included. */
function sequence(model: JsonValue, target: number): JsonValue {
  if (!Array.isArray(model)) throw jsonPathException('Invalid json array');
  if (target >= 0) {
    if (target >= model.length) throw indexOutOfBounds(`Index ${target} out of bounds for length ${model.length}`);
    return model[target] as JsonValue;
  }
  const real = model.length + target;
  if (real > 0) return model[real] as JsonValue;
  throw jsonPathException(`Target index:${target} larger than object count:${model.length}`);
}

/**
 * What can be known about a translationMap path without a response: whether Jayway returns a
 * list (an indefinite path, genesys-runtime.md §5.2 "Definite vs indefinite") and the JSON type
 * of the value its functions produce (json-path 2.10.0, checked with the oracle: `length()` and
 * `size()` give an integer, `sum()`/`avg()`/`min()`/`max()`/`stddev()` a Java Double written as
 * `6.0`, `keys()` a list of names; after an indefinite part a function applies per element).
 */
import { compileJsonPath } from '../../../dryrun/jsonpath/compiler.js';
import { JsonPathError } from '../../../dryrun/jsonpath/errors.js';
import { type CompiledPath, type PathToken, isTokenDefinite } from '../../../dryrun/jsonpath/tokens.js';
import type { Shape } from './json-shape.js';

/** Static facts about one translationMap path. */
export interface PathFacts {
  /** The compiled path; undefined when Jayway rejects the text (rule jsonpath-syntax). */
  compiled?: CompiledPath;
  /** True when the path always yields a JSON array (filter, wildcard, deep scan, slice, union). */
  indefinite: boolean;
  /** What makes it indefinite, for messages ("a filter [?(…)]"). */
  indefiniteBecause?: string;
  /** The JSON type of the resolved value, when the path alone decides it. */
  shape?: Shape;
  /**
   * False when no response can make the read fail, so a translationMapDefaults value is never
   * used: an indefinite path whose indefinite part comes first (`$..x`, `$[*].x`). Jayway 2.10
   * only throws for a missing property *before* the first indefinite token (genesys-runtime.md,
   * "Corrections found later with ../oracle"). True for definite and invalid paths.
   */
  canMiss: boolean;
}

/** Jayway functions whose result is a Java Double (json-path 2.10.0 `AbstractAggregation`). */
const DOUBLE_FUNCTIONS = new Set(['sum', 'avg', 'min', 'max', 'stddev']);

function functionShape(name: string): Shape | undefined {
  if (name === 'length' || name === 'size') return { kind: 'integer' };
  if (DOUBLE_FUNCTIONS.has(name)) return { kind: 'number' };
  if (name === 'keys') return { kind: 'array', items: { kind: 'string' } };
  if (name === 'concat') return { kind: 'string' };
  if (name === 'append') return { kind: 'array' };
  return undefined;
}

function because(t: PathToken): string {
  switch (t.kind) {
    case 'filter':
      return 'a filter [?(…)]';
    case 'wildcard':
      return 'a wildcard [*]';
    case 'scan':
      return 'a deep scan ..';
    case 'slice':
      return 'a slice [a:b]';
    case 'index':
      return 'several indexes [a,b]';
    default:
      return 'several keys [\'a\',\'b\']';
  }
}

/** Static facts about `path`; never throws. */
export function pathFacts(path: string): PathFacts {
  let compiled: CompiledPath;
  try {
    compiled = compileJsonPath(path);
  } catch (e) {
    if (e instanceof JsonPathError) return { indefinite: false, canMiss: true };
    throw e;
  }
  const tokens = compiled.tokens;
  const last = tokens[tokens.length - 1];
  const facts: PathFacts = { compiled, indefinite: !compiled.definite, canMiss: true };
  if (!compiled.definite) {
    const i = tokens.findIndex((_, k) => !isTokenDefinite(tokens, k));
    if (i >= 0) facts.indefiniteBecause = because(tokens[i] as PathToken);
    facts.canMiss = i !== 0;
  }
  let leaf: Shape | undefined;
  if (last?.kind === 'function') leaf = functionShape(last.name);
  else if (last?.kind === 'property' && last.names.length > 1 && compiled.definite) leaf = { kind: 'object' };
  if (compiled.definite) {
    if (leaf) facts.shape = leaf;
  } else {
    facts.shape = leaf ? { kind: 'array', items: leaf } : { kind: 'array' };
  }
  return facts;
}

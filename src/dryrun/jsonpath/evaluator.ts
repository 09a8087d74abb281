import { type JsonValue, getMember, hasMember, setMember } from '../json/model.js';
import { JsonPathError, invalidPath, isKind, notFound } from './errors.js';
import { type FilterContext, acceptItem } from './filter-eval.js';
import { invokeFunction } from './functions.js';
import { isJaywayArray, isJaywayMap, javaToString, jsonSmartClassName } from './java-types.js';
import { type CompiledPath, type PathToken, type SliceToken, isTokenDefinite, pathFragment, pathToString } from './tokens.js';

/**
 * State Jayway keeps on its token objects during a read, shared by every evaluation the read
 * triggers (filters, function parameters): `PathToken.upstreamArrayIndex`, which the deep scan
 * sets on the token after its target when it walks an array. A single-property leaf then only
 * yields a value when its path's tail is preceded by `[<that index>]` — so after `..` has walked
 * an array, `$..*.e` and `$..[*].e` find nothing more, and `$..[1].k` keeps index 1 only
 * (json-path 2.10.0 `PathToken.handleObjectProperty`, `ScanPathToken.walkArray`).
 */
export interface ReadState {
  upstreamArrayIndex: Map<PathToken, number>;
}

/** Options of {@link evaluatePath}. */
export interface EvaluateOptions {
  /** The document `$` refers to inside filters and function parameters; defaults to `document`. */
  root?: JsonValue;
  /** Jayway `Option.REQUIRE_PROPERTIES`: missing properties throw even in indefinite parts. */
  requireProperties?: boolean;
  /** The read this evaluation belongs to; a new read when omitted. */
  state?: ReadState;
  /**
   * The tokens whose last one is the path's "tail" for the upstream-index check, when it differs
   * from `path.tokens` (`length()` appends a wildcard to its parameter without moving the tail).
   */
  tailTokens?: readonly PathToken[];
}

/** The outcome of a read: the value (definite path) or the list of matches (indefinite path). */
export interface PathReadResult {
  definite: boolean;
  /** For a definite path the single value; for an indefinite path an array (maybe empty). */
  value: JsonValue;
}

interface EvalContext {
  readonly root: JsonValue;
  readonly tokens: readonly PathToken[];
  readonly results: JsonValue[];
  readonly requireProperties: boolean;
  readonly state: ReadState;
  /** `getPathFragment()` of the token before the tail (`ctx.getRoot().getTail().prev()`). */
  readonly tailPrevious: string;
  /** `isUpstreamDefinite()` of each token. */
  readonly upstreamDefinite: boolean[];
  readonly filter: FilterContext;
}

/**
 * Evaluates a compiled path on a document with Jayway's default configuration (json-path
 * 2.10.0, no options), ported from the released bytecode: a definite path returns its value —
 * the last one added, which matters after chained functions — or throws
 * `No results for path: $[...]`; an indefinite path returns every match as a list (`[]` when
 * nothing matches), but a missing property in its definite prefix still throws
 * `Missing property in path $[...]` (oracle README "Profile differences"). `append()` changes the
 * document in place, as Jayway does, so later reads of the same document see the new elements.
 * @throws JsonPathError with Jayway's exception kind and message.
 */
export function evaluatePath(path: CompiledPath, document: JsonValue, options: EvaluateOptions = {}): PathReadResult {
  const tokens = path.tokens;
  const tail = options.tailTokens ?? tokens;
  const rootChar = path.inverted ? '$' : path.root;
  const upstreamDefinite: boolean[] = [];
  let definiteSoFar = true;
  for (let i = 0; i < tokens.length; i++) {
    upstreamDefinite.push(definiteSoFar && !(path.inverted && i > 0));
    definiteSoFar = definiteSoFar && isTokenDefinite(tokens, i);
  }
  const state = options.state ?? { upstreamArrayIndex: new Map() };
  const root = options.root ?? document;
  const ctx: EvalContext = {
    root,
    tokens,
    results: [],
    requireProperties: options.requireProperties ?? false,
    state,
    tailPrevious: tail.length >= 2 ? pathFragment(tail[tail.length - 2] as PathToken) : rootChar,
    upstreamDefinite,
    filter: { root, state, rootPathCache: new Map() },
  };
  try {
    if (tokens.length === 0) ctx.results.push(document);
    else evaluateToken(ctx, 0, rootChar, document);
  } catch (e) {
    if (e instanceof RangeError) throw new JsonPathError('JsonPathException', 'Path evaluation is nested too deeply');
    throw e;
  }
  if (path.definite) {
    if (ctx.results.length === 0) throw notFound(`No results for path: ${pathToString(path)}`);
    return { definite: true, value: ctx.results[ctx.results.length - 1] as JsonValue };
  }
  return { definite: false, value: ctx.results };
}

function isLeaf(ctx: EvalContext, i: number): boolean {
  return i === ctx.tokens.length - 1;
}

/** Jayway `PathToken.toString()`: this token's fragment and the rest of the path. */
function restOfPath(ctx: EvalContext, i: number): string {
  return ctx.tokens.slice(i).map(pathFragment).join('');
}

function addOrContinue(ctx: EvalContext, i: number, currentPath: string, model: JsonValue): void {
  if (isLeaf(ctx, i)) ctx.results.push(model);
  else evaluateToken(ctx, i + 1, currentPath, model);
}

function evaluateToken(ctx: EvalContext, i: number, currentPath: string, model: JsonValue): void {
  const token = ctx.tokens[i] as PathToken;
  switch (token.kind) {
    case 'property':
      return evaluateProperty(ctx, i, token.names, currentPath, model);
    case 'index':
      if (!checkArrayModel(ctx, i, currentPath, model)) return;
      for (const idx of token.indexes) handleArrayIndex(ctx, i, idx, currentPath, model as JsonValue[]);
      return;
    case 'slice':
      if (!checkArrayModel(ctx, i, currentPath, model)) return;
      return evaluateSlice(ctx, i, token, currentPath, model as JsonValue[]);
    case 'wildcard':
      return evaluateWildcard(ctx, i, currentPath, model);
    case 'scan':
      return evaluateScan(ctx, i, currentPath, model);
    case 'filter':
      return evaluateFilter(ctx, i, currentPath, model);
    case 'function': {
      const result = invokeFunction(token, model, { root: ctx.root, state: ctx.state });
      ctx.results.push(result);
      // Jayway passes the unchanged path on: `$.xs.sum().x` reports "in path $['xs']".
      if (!isLeaf(ctx, i)) evaluateToken(ctx, i + 1, currentPath, result);
      return;
    }
  }
}

function evaluateProperty(ctx: EvalContext, i: number, names: string[], currentPath: string, model: JsonValue): void {
  if (!isJaywayMap(model)) {
    if (!ctx.upstreamDefinite[i]) return;
    throw notFound(
      `Expected to find an object with property ${pathFragment(ctx.tokens[i] as PathToken)} in path ${currentPath} but found '${jsonSmartClassName(model)}'. ` +
        "This is not a json object according to the JsonProvider: 'com.jayway.jsonpath.spi.json.JsonSmartJsonProvider'.",
    );
  }
  if (names.length === 1 || isLeaf(ctx, i)) handleObjectProperty(ctx, i, names, currentPath, model);
  else for (const name of names) handleObjectProperty(ctx, i, [name], currentPath, model);
}

/** Jayway `PathToken.handleObjectProperty` for the token at `i` (a property or a wildcard). */
function handleObjectProperty(ctx: EvalContext, i: number, names: string[], currentPath: string, model: Record<string, JsonValue>): void {
  if (names.length === 1) {
    const name = names[0] as string;
    const evalPath = `${currentPath}['${name}']`;
    if (!hasMember(model, name)) {
      if (isLeaf(ctx, i)) {
        if (!ctx.requireProperties) return;
        throw notFound(`No results for path: ${evalPath}`);
      }
      if ((ctx.upstreamDefinite[i] && isTokenDefinite(ctx.tokens, i)) || ctx.requireProperties) throw notFound(`Missing property in path ${evalPath}`);
      return;
    }
    const value = getMember(model, name) as JsonValue;
    if (isLeaf(ctx, i)) {
      const upstream = ctx.state.upstreamArrayIndex.get(ctx.tokens[i] as PathToken) ?? -1;
      if (upstream === -1 || ctx.tailPrevious === `[${upstream}]`) ctx.results.push(value);
    } else {
      evaluateToken(ctx, i + 1, evalPath, value);
    }
    return;
  }
  const evalPath = `${currentPath}[${names.map((n) => `'${n}'`).join(', ')}]`;
  const merged: Record<string, JsonValue> = {};
  for (const name of names) {
    if (hasMember(model, name)) setMember(merged, name, getMember(model, name) as JsonValue);
    else if (ctx.requireProperties) throw notFound(`Missing property in path ${evalPath}`);
  }
  ctx.results.push(merged);
}

function checkArrayModel(ctx: EvalContext, i: number, currentPath: string, model: JsonValue): boolean {
  if (model === null) {
    if (!ctx.upstreamDefinite[i]) return false;
    throw notFound(`The path ${currentPath} is null`);
  }
  if (!isJaywayArray(model)) {
    if (!ctx.upstreamDefinite[i]) return false;
    throw notFound(`Filter: ${restOfPath(ctx, i)} can only be applied to arrays. Current context is: ${javaToString(model)}`);
  }
  return true;
}

/**
 * Jayway `PathToken.handleArrayIndex`: an index outside the array is skipped — and so is any
 * `IndexOutOfBoundsException` raised further down the path (`first()` of an empty array after
 * `[*]`), because Jayway's try block encloses the rest of the evaluation.
 */
function handleArrayIndex(ctx: EvalContext, i: number, index: number, currentPath: string, model: JsonValue[]): void {
  const effective = index < 0 ? model.length + index : index;
  if (effective < 0 || effective >= model.length) return;
  try {
    addOrContinue(ctx, i, `${currentPath}[${index}]`, model[effective] as JsonValue);
  } catch (e) {
    if (!isKind(e, 'IndexOutOfBoundsException')) throw e;
  }
}

function evaluateSlice(ctx: EvalContext, i: number, t: SliceToken, currentPath: string, model: JsonValue[]): void {
  const length = model.length;
  if (t.operation === 'from') {
    let from = t.from ?? 0;
    if (from < 0) from = length + from;
    from = Math.max(0, from);
    if (length === 0 || from >= length) return;
    for (let k = from; k < length; k++) handleArrayIndex(ctx, i, k, currentPath, model);
  } else if (t.operation === 'between') {
    const from = t.from ?? 0;
    const to = Math.min(length, t.to ?? 0);
    if (from >= to || length === 0) return;
    // Jayway walks every k in [from, to) and skips the indexes that fall outside the array (a
    // negative k counts from the end, so `[-2:1]` on [1,2,3] gives [2,3,1]). Starting at
    // -length visits exactly the indexes that hit, whatever the bound: same result, no walk
    // over an int range.
    for (let k = Math.max(from, -length); k < to; k++) handleArrayIndex(ctx, i, k, currentPath, model);
  } else {
    if (length === 0) return;
    let to = t.to ?? 0;
    if (to < 0) to = length + to;
    to = Math.min(length, to);
    for (let k = 0; k < to; k++) handleArrayIndex(ctx, i, k, currentPath, model);
  }
}

function evaluateWildcard(ctx: EvalContext, i: number, currentPath: string, model: JsonValue): void {
  if (isJaywayMap(model)) {
    for (const key of Object.keys(model)) handleObjectProperty(ctx, i, [key], currentPath, model);
  } else if (isJaywayArray(model)) {
    // Jayway re-reads the length on every step; a snapshot keeps an array that grows while it is
    // walked (append() in a parameter) from looping forever.
    const length = model.length;
    for (let k = 0; k < length; k++) {
      try {
        handleArrayIndex(ctx, i, k, currentPath, model);
      } catch (e) {
        if (ctx.requireProperties || !isKind(e, 'PathNotFoundException')) throw e;
      }
    }
  }
}

function evaluateFilter(ctx: EvalContext, i: number, currentPath: string, model: JsonValue): void {
  const token = ctx.tokens[i] as Extract<PathToken, { kind: 'filter' }>;
  if (isJaywayMap(model)) {
    if (acceptItem(token.expression, model, ctx.filter)) addOrContinue(ctx, i, currentPath, model);
  } else if (isJaywayArray(model)) {
    model.forEach((item, k) => {
      if (acceptItem(token.expression, item, ctx.filter)) handleArrayIndex(ctx, i, k, currentPath, model);
    });
  } else if (ctx.upstreamDefinite[i]) {
    throw invalidPath(`Filter: ${restOfPath(ctx, i)} can not be applied to primitives. Current context is: ${javaToString(model)}`);
  }
}

/**
 * Jayway `ScanPathToken`: a pre-order walk of objects and arrays; the token after `..` decides
 * which nodes it is applied to (a property: objects holding all its names, when it is definite;
 * an index or slice: arrays; a wildcard: everything; a filter: the nodes it accepts). On an
 * array that is not the end of the path, the target token itself is skipped and the token after
 * it is applied to every element, remembering the element's index (see {@link ReadState}).
 * @throws JsonPathError `IllegalStateException` for `..` without a following token (`$..length()`).
 */
function evaluateScan(ctx: EvalContext, i: number, currentPath: string, model: JsonValue): void {
  if (isLeaf(ctx, i)) throw new JsonPathError('IllegalStateException', 'Current path token is a leaf');
  const target = ctx.tokens[i + 1] as PathToken;
  const matches = (node: JsonValue): boolean => {
    switch (target.kind) {
      case 'property':
        return isJaywayMap(node) && (!isTokenDefinite(ctx.tokens, i + 1) || target.names.every((n) => hasMember(node, n)));
      case 'index':
      case 'slice':
        return isJaywayArray(node);
      case 'wildcard':
        return true;
      case 'filter':
        return acceptItem(target.expression, node, ctx.filter);
      default:
        return false;
    }
  };
  const after = ctx.tokens[i + 2];
  const walk = (path: string, node: JsonValue): void => {
    if (isJaywayMap(node)) {
      if (matches(node)) evaluateToken(ctx, i + 1, path, node);
      for (const key of Object.keys(node)) walk(`${path}['${key}']`, node[key] as JsonValue);
    } else if (isJaywayArray(node)) {
      if (matches(node)) {
        if (after === undefined) evaluateToken(ctx, i + 1, path, node);
        else {
          node.forEach((child, k) => {
            ctx.state.upstreamArrayIndex.set(after, k);
            evaluateToken(ctx, i + 2, `${path}[${k}]`, child);
          });
        }
      }
      node.forEach((child, k) => walk(`${path}[${k}]`, child));
    }
  };
  walk(currentPath, model);
}

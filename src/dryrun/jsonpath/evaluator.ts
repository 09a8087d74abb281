import { type JsonObject, type JsonValue, getMember, hasMember, isJsonObject, setMember } from '../json/model.js';
import { invalidPath, notFound } from './errors.js';
import { acceptItem } from './filter-eval.js';
import { invokeFunction } from './functions.js';
import { jsonSmartClassName, jsonSmartToString } from './java-types.js';
import { type CompiledPath, type PathToken, isTokenDefinite, pathFragment, pathToString } from './tokens.js';

/** What one evaluation collects: every match, in Jayway's order. */
interface EvalContext {
  readonly root: JsonValue;
  readonly tokens: readonly PathToken[];
  readonly results: JsonValue[];
  /** Jayway `Option.REQUIRE_PROPERTIES` (used by filter existence checks). */
  readonly requireProperties: boolean;
}

/** Options of {@link evaluatePath}. */
export interface EvaluateOptions {
  /** The document `$` refers to inside filters; defaults to `document`. */
  root?: JsonValue;
  /** Jayway `Option.REQUIRE_PROPERTIES`: missing properties throw even in indefinite parts. */
  requireProperties?: boolean;
}

/** The outcome of a read: the value (definite path) or the list of matches (indefinite path). */
export interface PathReadResult {
  definite: boolean;
  /** For a definite path the single value; for an indefinite path an array (maybe empty). */
  value: JsonValue;
}

/**
 * Evaluates a compiled path on a document with Jayway's default configuration semantics
 * (json-path 2.10.0, no options): a definite path returns its value or throws
 * `No results for path: $[...]`; an indefinite path returns every match as a list (`[]` when
 * nothing matches), but a missing property in its definite prefix still throws
 * `Missing property in path $[...]` (oracle README "Profile differences").
 * @throws JsonPathError with Jayway's message.
 */
export function evaluatePath(path: CompiledPath, document: JsonValue, options: EvaluateOptions = {}): PathReadResult {
  const tokens = path.tokens;
  const ctx: EvalContext = {
    root: options.root ?? document,
    tokens,
    results: [],
    requireProperties: options.requireProperties ?? false,
  };
  const definite = tokens.every((_, i) => isTokenDefinite(tokens, i));
  if (tokens.length === 0) ctx.results.push(document);
  else evaluateToken(ctx, 0, path.root, document);
  if (definite) {
    if (ctx.results.length === 0) throw notFound(`No results for path: ${pathToString(path)}`);
    return { definite, value: ctx.results[0] as JsonValue };
  }
  return { definite, value: ctx.results };
}

function isLeaf(ctx: EvalContext, i: number): boolean {
  return i === ctx.tokens.length - 1;
}

function isUpstreamDefinite(ctx: EvalContext, i: number): boolean {
  for (let k = 0; k < i; k++) if (!isTokenDefinite(ctx.tokens, k)) return false;
  return true;
}

/** Jayway `PathToken.toString()`: this token's fragment and the rest of the path. */
function restOfPath(ctx: EvalContext, i: number): string {
  return ctx.tokens.slice(i).map(pathFragment).join('');
}

function next(ctx: EvalContext, i: number, currentPath: string, model: JsonValue): void {
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
      const result = invokeFunction(token, model, ctx.root);
      ctx.results.push(result);
      if (!isLeaf(ctx, i)) evaluateToken(ctx, i + 1, `${currentPath}.${token.name}`, result);
      return;
    }
  }
}

function evaluateProperty(ctx: EvalContext, i: number, names: string[], currentPath: string, model: JsonValue): void {
  if (!isJsonObject(model)) {
    if (!isUpstreamDefinite(ctx, i)) return;
    throw notFound(
      `Expected to find an object with property ${pathFragment(ctx.tokens[i] as PathToken)} in path ${currentPath} but found '${jsonSmartClassName(model)}'. ` +
        "This is not a json object according to the JsonProvider: 'com.jayway.jsonpath.spi.json.JsonSmartJsonProvider'.",
    );
  }
  if (names.length === 1 || isLeaf(ctx, i)) handleObjectProperty(ctx, i, names, currentPath, model);
  else for (const name of names) handleObjectProperty(ctx, i, [name], currentPath, model);
}

function handleObjectProperty(ctx: EvalContext, i: number, names: string[], currentPath: string, model: JsonObject): void {
  if (names.length === 1) {
    const name = names[0] as string;
    const evalPath = `${currentPath}['${name}']`;
    if (!hasMember(model, name)) {
      if (isLeaf(ctx, i)) {
        if (!ctx.requireProperties) return;
        throw notFound(`No results for path: ${evalPath}`);
      }
      const definiteHere = isUpstreamDefinite(ctx, i) && isTokenDefinite(ctx.tokens, i);
      if (!definiteHere && !ctx.requireProperties) return;
      throw notFound(`Missing property in path ${evalPath}`);
    }
    next(ctx, i, evalPath, getMember(model, name) as JsonValue);
    return;
  }
  const evalPath = `${currentPath}[${names.map((n) => `'${n}'`).join(', ')}]`;
  const merged: JsonObject = {};
  for (const name of names) {
    if (hasMember(model, name)) setMember(merged, name, getMember(model, name) as JsonValue);
    else if (ctx.requireProperties) throw notFound(`Missing property in path ${evalPath}`);
  }
  ctx.results.push(merged);
}

function checkArrayModel(ctx: EvalContext, i: number, currentPath: string, model: JsonValue): boolean {
  if (model === null) {
    if (!isUpstreamDefinite(ctx, i)) return false;
    throw notFound(`The path ${currentPath} is null`);
  }
  if (!Array.isArray(model)) {
    if (!isUpstreamDefinite(ctx, i)) return false;
    throw notFound(`Filter: ${restOfPath(ctx, i)} can only be applied to arrays. Current context is: ${jsonSmartToString(model)}`);
  }
  return true;
}

function handleArrayIndex(ctx: EvalContext, i: number, index: number, currentPath: string, model: JsonValue[]): void {
  const evalPath = `${currentPath}[${index}]`;
  const effective = index < 0 ? model.length + index : index;
  if (effective < 0 || effective >= model.length) return;
  next(ctx, i, evalPath, model[effective] as JsonValue);
}

function evaluateSlice(ctx: EvalContext, i: number, t: Extract<PathToken, { kind: 'slice' }>, currentPath: string, model: JsonValue[]): void {
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
  if (isJsonObject(model)) {
    for (const key of Object.keys(model)) handleObjectProperty(ctx, i, [key], currentPath, model);
  } else if (Array.isArray(model)) {
    for (let k = 0; k < model.length; k++) {
      try {
        handleArrayIndex(ctx, i, k, currentPath, model);
      } catch (e) {
        if (ctx.requireProperties || !(e instanceof Error && (e as { kind?: string }).kind === 'PathNotFoundException')) throw e;
      }
    }
  }
}

function evaluateFilter(ctx: EvalContext, i: number, currentPath: string, model: JsonValue): void {
  const token = ctx.tokens[i] as Extract<PathToken, { kind: 'filter' }>;
  if (isJsonObject(model)) {
    if (acceptItem(token.expression, model, ctx.root)) next(ctx, i, currentPath, model);
  } else if (Array.isArray(model)) {
    model.forEach((item, k) => {
      if (acceptItem(token.expression, item, ctx.root)) handleArrayIndex(ctx, i, k, currentPath, model);
    });
  } else if (isUpstreamDefinite(ctx, i)) {
    throw invalidPath(`Filter: ${restOfPath(ctx, i)} can not be applied to primitives. Current context is: ${jsonSmartToString(model)}`);
  }
}

/** Jayway `ScanPathToken`: pre-order walk; the next token decides which nodes are visited. */
function evaluateScan(ctx: EvalContext, i: number, currentPath: string, model: JsonValue): void {
  if (isLeaf(ctx, i)) return;
  const target = ctx.tokens[i + 1] as PathToken;
  const matches = (node: JsonValue): boolean => {
    switch (target.kind) {
      case 'property':
        return isJsonObject(node);
      case 'index':
      case 'slice':
        return Array.isArray(node);
      case 'wildcard':
        return true;
      case 'filter':
        return acceptItem(target.expression, node, ctx.root);
      default:
        return false;
    }
  };
  const walk = (path: string, node: JsonValue): void => {
    if (isJsonObject(node)) {
      if (matches(node)) evaluateToken(ctx, i + 1, path, node);
      for (const key of Object.keys(node)) walk(`${path}['${key}']`, node[key] as JsonValue);
    } else if (Array.isArray(node)) {
      if (matches(node)) {
        if (isLeaf(ctx, i + 1)) evaluateToken(ctx, i + 1, path, node);
        else node.forEach((child, k) => evaluateToken(ctx, i + 2, `${path}[${k}]`, child));
      }
      node.forEach((child, k) => walk(`${path}[${k}]`, child));
    }
  };
  walk(currentPath, model);
}

import type { FilterExpression } from './filter-ast.js';

/**
 * Path tokens as Jayway's `PathCompiler` produces them (json-path 2.10.0,
 * `com.jayway.jsonpath.internal.path.*PathToken`).
 */
export type PathToken =
  | PropertyToken
  | IndexToken
  | SliceToken
  | WildcardToken
  | ScanToken
  | FilterToken
  | FunctionToken;

/** `.name`, `['name']`, `['a','b']`. */
export interface PropertyToken {
  kind: 'property';
  names: string[];
  /** The quote used in the path; it is echoed in path fragments (`['a']` vs `["a"]`). */
  delimiter: "'" | '"';
}

/** `[0]`, `[-1]`, `[0,2]`. */
export interface IndexToken {
  kind: 'index';
  indexes: number[];
}

/** `[1:3]`, `[-2:]`, `[:2]` (`ArraySliceOperation`). */
export interface SliceToken {
  kind: 'slice';
  operation: 'from' | 'to' | 'between';
  from?: number;
  to?: number;
}

/** `*`, `[*]`. */
export interface WildcardToken {
  kind: 'wildcard';
}

/** `..` (deep scan). */
export interface ScanToken {
  kind: 'scan';
}

/** `[?(...)]`. */
export interface FilterToken {
  kind: 'filter';
  expression: FilterExpression;
}

/** A function parameter: a path (`$..x`, `@.y`) or a JSON literal. */
export type FunctionParameter =
  | { kind: 'path'; path: CompiledPath }
  | { kind: 'json'; text: string };

/** `length()`, `sum()`, `index(2)` … */
export interface FunctionToken {
  kind: 'function';
  name: string;
  parameters: FunctionParameter[];
}

/** A compiled path: root (`$` document or `@` current item) and its tokens. */
export interface CompiledPath {
  /** The root written in the path; inside a filter, `$` reads the document and `@` the item. */
  root: '$' | '@';
  tokens: PathToken[];
  /** True when every token is definite: the read yields one value or throws. */
  definite: boolean;
  /**
   * Set when Jayway's `invertScannerFunctionRelationship` rewrote `$..a.fn()` into
   * `$.fn($..a)`: the function keeps the scanned prefix as its upstream, so the tokens after it
   * are never "upstream definite" (json-path 2.10.0 `CompiledPath`).
   */
  inverted?: boolean;
}

/** Jayway `Path.isFunctionPath()`: the last token is a function. */
export function isFunctionPath(p: CompiledPath): boolean {
  return p.tokens[p.tokens.length - 1]?.kind === 'function';
}

/** Jayway `isTokenDefinite()` for the token at `index` of `tokens`. */
export function isTokenDefinite(tokens: readonly PathToken[], index: number): boolean {
  const t = tokens[index];
  if (!t) return true;
  switch (t.kind) {
    case 'property':
      // single property, or several properties merged into one map at the leaf
      return t.names.length === 1 || index === tokens.length - 1;
    case 'index':
      return t.indexes.length === 1;
    case 'function':
      return true;
    default:
      return false;
  }
}

/** Jayway `getPathFragment()` of one token. */
export function pathFragment(t: PathToken): string {
  switch (t.kind) {
    case 'property':
      return `[${t.names.map((n) => `${t.delimiter}${n}${t.delimiter}`).join(',')}]`;
    case 'index':
      return `[${t.indexes.join(',')}]`;
    case 'slice':
      return `[${t.from ?? ''}:${t.to ?? ''}]`;
    case 'wildcard':
      return '[*]';
    case 'scan':
      return '..';
    case 'filter':
      return '[?]';
    case 'function':
      return `.${t.name}(${t.parameters.length > 0 ? '...' : ''})`;
  }
}

/** Jayway `Path.toString()`: the normalized path, e.g. `$['user']['city']`. */
export function pathToString(p: CompiledPath): string {
  return p.root + p.tokens.map(pathFragment).join('');
}

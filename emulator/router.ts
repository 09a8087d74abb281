/**
 * A minimal path router: routes are tried in order; `:name` segments capture one path segment.
 */
import type { Reply } from './http.js';
import type { EmulatorSettings, EmulatorState } from './types.js';
import type { RemoteRegistry } from './remotes.js';
import type { DryRunFunction } from './types.js';

/** Everything a route handler sees about one authenticated request. */
export interface RouteContext {
  method: string;
  path: string;
  /** Captured `:name` segments, URL-decoded. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body; undefined when the request had none. */
  body: unknown;
  correlationId: string;
  state: EmulatorState;
  settings: EmulatorSettings;
  remotes: RemoteRegistry;
  dryRun: () => Promise<DryRunFunction>;
}

/** A route: method, path pattern, permissions (any-of, genesys-api.md §5 table) and handler. */
export interface Route {
  method: string;
  pattern: string;
  permissions: string[];
  handler: (ctx: RouteContext) => Reply | Promise<Reply>;
}

/** The result of matching a request path against the routes. */
export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'method-not-allowed' }
  | { kind: 'not-found' };

/** Matches one path pattern; returns the captured params or undefined. */
function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = path.replace(/\/+$/, '').split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) {
      if (g === '') return undefined;
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return undefined;
      }
    } else if (w !== g) {
      return undefined;
    }
  }
  return params;
}

/**
 * Finds the first route whose pattern and method match. A path matched only by routes of
 * other methods is `method-not-allowed` (405).
 */
export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  let pathMatched = false;
  for (const route of routes) {
    const params = matchPattern(route.pattern, path);
    if (!params) continue;
    if (route.method === method) return { kind: 'found', route, params };
    pathMatched = true;
  }
  return pathMatched ? { kind: 'method-not-allowed' } : { kind: 'not-found' };
}

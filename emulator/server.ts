/**
 * The request pipeline over node:http: correlation id → injected failures → login or
 * (authentication → rate limit → routing → permissions → body parsing → handler) → request log.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AuthService } from './auth.js';
import { requireAnyPermission } from './auth.js';
import { ApiError, errorBody } from './errors.js';
import type { FaultInjector } from './faults.js';
import { queryObject, readBodyText, sendReply, type Reply } from './http.js';
import type { RateLimiter } from './rate-limit.js';
import type { RemoteRegistry } from './remotes.js';
import { matchRoute, type Route } from './router.js';
import type { DryRunFunction, EmulatorSettings, EmulatorState } from './types.js';

/** Everything the pipeline needs. */
export interface ServerDeps {
  routes: readonly Route[];
  state: EmulatorState;
  settings: EmulatorSettings;
  auth: AuthService;
  limiter: RateLimiter;
  faults: FaultInjector;
  remotes: RemoteRegistry;
  dryRun: () => Promise<DryRunFunction>;
}

/** The login path (genesys-api.md §2); served on the same origin as the API. */
export const TOKEN_PATH = '/oauth/token';

/** Parses a JSON body; '' → undefined. Throws 415 for a non-JSON content type, 400 for bad JSON. */
function parseJsonBody(text: string, contentType: string | undefined): unknown {
  if (text.trim() === '') return undefined;
  if (contentType && !/json/i.test(contentType)) {
    throw new ApiError(415, `Unsupported media type: ${contentType}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'Unable to parse the request body as JSON');
  }
}

/** The reply for a thrown value: its ErrorBody, or a bare 500 for anything but an ApiError. */
function errorReply(err: unknown, correlationId: string): Reply {
  const apiErr = err instanceof ApiError ? err : new ApiError(500, 'The server encountered an unexpected condition.');
  return { status: apiErr.status, json: errorBody(apiErr, correlationId), headers: apiErr.headers };
}

/**
 * Handles one `/api/v2/...` request after injected failures; returns the reply and, once the
 * bearer token is known to be valid, its client id. Throws only authentication errors.
 */
async function handleApi(
  req: IncomingMessage,
  url: URL,
  bodyText: string,
  correlationId: string,
  deps: ServerDeps,
): Promise<{ reply: Reply; clientId: string }> {
  const { token, grant } = deps.auth.authenticate(req.headers.authorization);
  try {
    deps.limiter.take(token, deps.settings.rateLimitPerMinute);
    const method = (req.method ?? 'GET').toUpperCase();
    const match = matchRoute(deps.routes, method, url.pathname);
    if (match.kind === 'not-found') throw new ApiError(404, `No resource found at ${url.pathname}`);
    if (match.kind === 'method-not-allowed') throw new ApiError(405, `Method ${method} is not allowed on ${url.pathname}`);
    requireAnyPermission(grant, match.route.permissions);
    const body = parseJsonBody(bodyText, req.headers['content-type']);
    const reply = await match.route.handler({
      method,
      path: url.pathname,
      params: match.params,
      query: url.searchParams,
      body,
      correlationId,
      state: deps.state,
      settings: deps.settings,
      remotes: deps.remotes,
      dryRun: deps.dryRun,
    });
    return { reply, clientId: grant.clientId };
  } catch (err) {
    return { reply: errorReply(err, correlationId), clientId: grant.clientId };
  }
}

/**
 * The node:http request listener. Every response carries `ININ-Correlation-Id` (genesys-api.md
 * §3.4); errors are SDK-variant ErrorBody JSON with `contextId` = the correlation id; unexpected
 * exceptions become 500 `internal.server.error` without internals.
 */
export function createListener(deps: ServerDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void (async () => {
      const correlationId = randomUUID();
      let url: URL;
      try {
        url = new URL(req.url ?? '/', 'http://127.0.0.1');
      } catch {
        // A request line such as `GET http://[ HTTP/1.1` must not take the emulator down.
        res.writeHead(400, { 'content-type': 'application/json', 'ININ-Correlation-Id': correlationId });
        res.end(JSON.stringify({ message: 'The request URL is malformed.', code: 'bad.request', status: 400, contextId: correlationId, details: [], errors: [] }));
        return;
      }
      const method = (req.method ?? 'GET').toUpperCase();
      let reply: Reply;
      let clientId: string | undefined;
      try {
        const bodyText = await readBodyText(req);
        const injected = deps.faults.take(url.pathname);
        if (injected instanceof ApiError) throw injected;
        if (injected) {
          reply = injected;
        } else if (url.pathname === TOKEN_PATH) {
          if (method !== 'POST') throw new ApiError(405, `Method ${method} is not allowed on ${TOKEN_PATH}`);
          reply = deps.auth.issueToken(req.headers.authorization, bodyText, deps.settings.tokenTtlSeconds);
        } else if (url.pathname.startsWith('/api/v2/')) {
          ({ reply, clientId } = await handleApi(req, url, bodyText, correlationId, deps));
        } else {
          throw new ApiError(404, `No resource found at ${url.pathname}`);
        }
      } catch (err) {
        reply = errorReply(err, correlationId);
      }
      deps.state.requests.push({
        method,
        path: url.pathname,
        query: queryObject(url.searchParams),
        status: reply.status,
        correlationId,
        ...(clientId ? { clientId } : {}),
      });
      sendReply(res, reply, { 'ININ-Correlation-Id': correlationId });
    })();
  };
}

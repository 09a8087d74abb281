/**
 * Injected failures: the next N matching requests fail with a chosen status, before any other
 * processing (as a gateway in front of the service would).
 */
import { ApiError } from './errors.js';
import type { Reply } from './http.js';
import { tooManyRequests } from './rate-limit.js';
import type { FailureSpec } from './types.js';

interface Rule extends FailureSpec {
  remaining: number;
}

/** Messages for the injected server errors. */
const MESSAGES: Record<number, string> = {
  500: 'The server encountered an unexpected condition.',
  502: 'The gateway received an invalid response from the upstream server.',
  503: 'The service is currently unavailable.',
  504: 'The request timed out.',
};

/**
 * The error for an injected failure. 429 is the normalised body with `Retry-After`
 * (genesys-api.md §11); other statuses use the generic code of §3.3. On the login path a 400 is
 * the token endpoint's own rate-limit error `invalid_request` "rate limit exceeded; …" (§2).
 */
function injectedReply(spec: FailureSpec, path: string): ApiError | Reply {
  if (spec.status === 429) return tooManyRequests(spec.retryAfterSeconds ?? 1);
  if (spec.status === 400 && path.startsWith('/oauth/')) {
    return {
      status: 400,
      json: { error: 'invalid_request', description: 'rate limit exceeded; try again later' },
      headers: spec.retryAfterSeconds !== undefined ? { 'Retry-After': String(spec.retryAfterSeconds) } : {},
    };
  }
  return new ApiError(spec.status, MESSAGES[spec.status] ?? `Injected failure with status ${spec.status}.`, {
    headers: spec.retryAfterSeconds !== undefined ? { 'Retry-After': String(spec.retryAfterSeconds) } : {},
  });
}

/** The queue of failure rules; rules are consumed in the order they were added. */
export class FaultInjector {
  private rules: Rule[] = [];

  /** Fails the next `count` requests whose path starts with `spec.pathPrefix` (any path if omitted). */
  add(count: number, spec: FailureSpec): void {
    if (!Number.isInteger(count) || count < 1) throw new RangeError('failNext count must be a positive integer');
    if (!Number.isInteger(spec.status) || spec.status < 400 || spec.status > 599) {
      throw new RangeError('failNext status must be an HTTP error status (400–599)');
    }
    this.rules.push({ ...spec, remaining: count });
  }

  /** Consumes one failure for `path`, when a rule applies. */
  take(path: string): ApiError | Reply | undefined {
    const rule = this.rules.find((r) => r.pathPrefix === undefined || path.startsWith(r.pathPrefix));
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.rules = this.rules.filter((r) => r !== rule);
    return injectedReply(rule, path);
  }

  /** Number of failures still queued. */
  pending(): number {
    return this.rules.reduce((n, r) => n + r.remaining, 0);
  }

  /** Drops every queued failure. */
  clear(): void {
    this.rules = [];
  }
}

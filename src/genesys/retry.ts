/**
 * Retry policy of the platform API client (genesys-api.md §11): pure functions deciding whether
 * and how long to wait before another attempt.
 */

/** Waits `ms` milliseconds. Injected so that tests never really sleep. */
export type Sleep = (ms: number) => Promise<void>;

/** The real sleep, on a timer. */
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Limits of the retry policy; the defaults follow the client recommendation of §11. */
export interface RetryPolicy {
  /** Most attempts for one request, first try included (default 10). */
  maxAttempts: number;
  /** Most attempts when the failure is a 5xx or a network error (default 5). */
  maxServerErrorAttempts: number;
  /** Wait for a 429 without a usable `Retry-After`, in ms (default 3000, the .NET SDK value). */
  retryAfterFallbackMs: number;
  /** Upper bound of any single wait, in ms (default 60000). */
  maxDelayMs: number;
  /** First back-off wait for 5xx/network errors, in ms, doubled per attempt (default 1000). */
  backoffBaseMs: number;
}

/** The default retry policy: 429 up to 10 tries, 5xx/network up to 5 tries, waits ≤ 60 s. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 10,
  maxServerErrorAttempts: 5,
  retryAfterFallbackMs: 3000,
  maxDelayMs: 60_000,
  backoffBaseMs: 1000,
};

/** Statuses retried with back-off for idempotent requests (the .NET SDK set, §11). */
export const RETRYABLE_SERVER_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

/**
 * Milliseconds to wait after a 429: the `Retry-After` header as an integer number of seconds
 * (the only form Genesys sends, §11 and Terraform `GetRetryAfterDelay`), else the fallback;
 * capped at `policy.maxDelayMs`.
 */
export function retryAfterDelayMs(header: string | undefined, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  const text = header?.trim() ?? '';
  const seconds = /^\d+$/.test(text) ? Number(text) : undefined;
  const ms = seconds === undefined ? policy.retryAfterFallbackMs : seconds * 1000;
  return Math.min(ms, policy.maxDelayMs);
}

/**
 * Exponential back-off before attempt `attempt + 1` (attempt is 1-based): base, 2×base, 4×base…
 * capped at `policy.maxDelayMs`. Deterministic (no jitter): one action run sends few requests.
 */
export function backoffDelayMs(attempt: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  return Math.min(policy.backoffBaseMs * 2 ** Math.max(0, attempt - 1), policy.maxDelayMs);
}

/**
 * True when a request may be sent again after a 5xx or network failure without risk of doing its
 * effect twice: GET/HEAD/DELETE always; PATCH/POST only when the caller marks it (a PATCH that
 * carries a `version` is guarded by optimistic concurrency). POST create is never retried blindly
 * because action names are not unique and a retry could make a duplicate (§11).
 */
export function isIdempotent(method: string, marked?: boolean): boolean {
  if (marked !== undefined) return marked;
  return ['GET', 'HEAD', 'DELETE'].includes(method.toUpperCase());
}

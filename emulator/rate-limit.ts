/**
 * Per-token request rate limiting with a token bucket, answered with the normalised 429
 * (genesys-api.md §11, §14.8).
 */
import { ApiError } from './errors.js';

interface Bucket {
  tokens: number;
  /** Epoch milliseconds of the last refill. */
  at: number;
}

/** The normalised 429 error (genesys-api.md §11, forum S6) with integer `Retry-After` seconds. */
export function tooManyRequests(retryAfterSeconds: number): ApiError {
  return new ApiError(429, `Rate limit exceeded the maximum. Retry the request in [${retryAfterSeconds}] seconds`, {
    code: 'too.many.requests.retry.after',
    headers: { 'Retry-After': String(retryAfterSeconds) },
  });
}

/**
 * A token bucket per key (the access token, since Genesys limits are per token, §11): capacity
 * `perMinute` requests, refilled continuously at `perMinute / 60` per second.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly now: () => number) {}

  /**
   * Takes one request from `key`'s bucket. Throws the normalised 429 when the bucket is empty;
   * `Retry-After` is the whole seconds until one request is available again (at least 1).
   * A `perMinute` of 0 or less disables the limit.
   */
  take(key: string, perMinute: number): void {
    if (!(perMinute > 0)) return;
    const now = this.now();
    const perMs = perMinute / 60_000;
    const b = this.buckets.get(key) ?? { tokens: perMinute, at: now };
    b.tokens = Math.min(perMinute, b.tokens + (now - b.at) * perMs);
    b.at = now;
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return;
    }
    const waitMs = (1 - b.tokens) / perMs;
    throw tooManyRequests(Math.max(1, Math.ceil(waitMs / 1000)));
  }

  /** Forgets every bucket (all tokens start full again). */
  reset(): void {
    this.buckets.clear();
  }
}

/**
 * The platform API client: bearer authentication, retries (genesys-api.md §11), one refresh of
 * the token after a 401 (§2), and `GenesysApiError` for every failure (§3.3).
 */
import type { AxiosInstance } from 'axios';
import type { TokenSource } from './auth.js';
import { GenesysApiError, parseErrorBody } from './errors.js';
import {
  backoffDelayMs,
  DEFAULT_RETRY_POLICY,
  isIdempotent,
  realSleep,
  RETRYABLE_SERVER_STATUSES,
  retryAfterDelayMs,
  type RetryPolicy,
  type Sleep,
} from './retry.js';
import { createAxios, NetworkError, send, type TransportResponse } from './transport.js';

/** Options of one API call. */
export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  /** JSON body (serialised here). */
  body?: unknown;
  /** `Accept` header; default `application/json`. The template endpoints need `*\/*` (§3.1). */
  accept?: string;
  /** `json` (default): parse the body, empty → undefined. `text`: return the raw text. */
  responseType?: 'json' | 'text';
  /**
   * Whether a 5xx/network failure may be retried; default by method (see `isIdempotent`).
   * Set true for a PATCH carrying a `version`.
   */
  idempotent?: boolean;
}

/** Options of `GenesysHttp`. */
export interface GenesysHttpOptions {
  /** e.g. `https://api.mypurecloud.com`; paths start with `/api/v2`. */
  apiBaseUrl: string;
  auth: TokenSource;
  /** Injected for tests. */
  sleep?: Sleep;
  /** Debug log for retries; receives method, path, status and wait only — never headers. */
  log?: (message: string) => void;
  retryPolicy?: Partial<RetryPolicy>;
  /** Per-request timeout in ms (default 60000). */
  timeoutMs?: number;
  /** Sent as `User-Agent`. */
  userAgent?: string;
  axios?: AxiosInstance;
}

/** The interface the typed API modules use; `GenesysHttp` implements it. */
export interface ApiRequester {
  request<T>(method: string, path: string, options?: RequestOptions): Promise<T>;
}

/**
 * Sends platform API requests with these rules:
 * - 429: wait `Retry-After` seconds (fallback 3 s, cap 60 s) and retry, for every method — a
 *   rate-limited request was not processed (§11); at most `maxAttempts` (10) tries.
 * - 502/503/504 and network errors: exponential back-off (1 s, 2 s, 4 s…) for idempotent requests
 *   only, at most `maxServerErrorAttempts` (5) tries; POST create is never retried (§11).
 * - 401: the token is dropped and a new one fetched, once per request (§2).
 *
 * @throws GenesysApiError for any non-2xx final answer or when no response arrives.
 * @throws GenesysAuthError (a GenesysApiError) when a token cannot be obtained.
 */
export class GenesysHttp implements ApiRequester {
  private readonly options: GenesysHttpOptions;
  private readonly client: AxiosInstance;
  private readonly sleep: Sleep;
  private readonly policy: RetryPolicy;

  constructor(options: GenesysHttpOptions) {
    this.options = options;
    this.client = options.axios ?? createAxios();
    this.sleep = options.sleep ?? realSleep;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retryPolicy };
  }

  /**
   * Calls `method path` and returns the parsed JSON body (or text, per `responseType`).
   * `path` is relative to the API base URL, e.g. `/api/v2/integrations/actions`.
   */
  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const verb = method.toUpperCase();
    const url = `${this.options.apiBaseUrl.replace(/\/+$/, '')}${path}`;
    const idempotent = isIdempotent(verb, options.idempotent);
    let refreshedAfter401 = false;
    let serverErrorAttempts = 0;
    for (let attempt = 1; ; attempt++) {
      const token = await this.options.auth.getToken();
      const headers: Record<string, string> = {
        Authorization: `Bearer ${token}`,
        Accept: options.accept ?? 'application/json',
      };
      if (this.options.userAgent) headers['User-Agent'] = this.options.userAgent;
      let data: string | undefined;
      if (options.body !== undefined) {
        headers['Content-Type'] = 'application/json';
        data = JSON.stringify(options.body);
      }

      let res: TransportResponse | undefined;
      let networkError: NetworkError | undefined;
      try {
        res = await send(this.client, {
          method: verb,
          url,
          headers,
          params: options.query,
          data,
          timeoutMs: this.options.timeoutMs ?? 60_000,
        });
      } catch (error) {
        if (!(error instanceof NetworkError)) throw error;
        networkError = error;
      }

      if (res && res.status >= 200 && res.status < 300) return this.parse<T>(res, options, verb, path);

      if (res?.status === 401 && !refreshedAfter401) {
        refreshedAfter401 = true;
        this.options.auth.invalidate(token);
        this.options.log?.(`${verb} ${path} answered 401; fetching a new token and retrying once.`);
        continue;
      }

      let delay: number | undefined;
      if (res?.status === 429 && attempt < this.policy.maxAttempts) {
        delay = retryAfterDelayMs(res.headers['retry-after'], this.policy);
      } else if ((networkError || (res && RETRYABLE_SERVER_STATUSES.has(res.status))) && idempotent) {
        serverErrorAttempts++;
        if (serverErrorAttempts < this.policy.maxServerErrorAttempts && attempt < this.policy.maxAttempts) {
          delay = backoffDelayMs(serverErrorAttempts, this.policy);
        }
      }
      if (delay === undefined) throw this.failure(verb, path, res, networkError, attempt);
      this.options.log?.(
        `${verb} ${path} answered ${res ? res.status : networkError?.code ?? 'network error'}; retrying in ${Math.round(delay / 1000)} s (attempt ${attempt + 1}).`,
      );
      await this.sleep(delay);
    }
  }

  private parse<T>(res: TransportResponse, options: RequestOptions, method: string, path: string): T {
    if (options.responseType === 'text') return res.text as T;
    if (res.text.trim() === '') return undefined as T;
    try {
      return JSON.parse(res.text) as T;
    } catch {
      throw new GenesysApiError({
        status: res.status,
        method,
        path,
        apiMessage: `the response is not JSON (content-type ${res.headers['content-type'] ?? 'unknown'})`,
        correlationId: res.headers['inin-correlation-id'],
      });
    }
  }

  private failure(
    method: string,
    path: string,
    res: TransportResponse | undefined,
    networkError: NetworkError | undefined,
    attempts: number,
  ): GenesysApiError {
    if (!res) {
      return new GenesysApiError({
        method,
        path,
        apiMessage: `no response (${networkError?.code ?? 'network error'})`,
        attempts,
      });
    }
    const parsed = parseErrorBody(res.text);
    return new GenesysApiError({
      status: res.status,
      method,
      path,
      code: parsed.code,
      apiMessage: parsed.message,
      correlationId: res.headers['inin-correlation-id'] ?? parsed.correlationId,
      nested: parsed.nested,
      detailCodes: parsed.detailCodes,
      attempts,
    });
  }
}

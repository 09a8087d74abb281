/**
 * OAuth client-credentials authentication against the Genesys login host (genesys-api.md §2):
 * `POST <login>/oauth/token` with HTTP Basic client id/secret and the form body
 * `grant_type=client_credentials`. The token is cached, refreshed shortly before it expires and
 * on demand after a 401.
 */
import type { AxiosInstance } from 'axios';
import { GenesysAuthError, parseErrorBody } from './errors.js';
import { backoffDelayMs, realSleep, retryAfterDelayMs, type Sleep } from './retry.js';
import { createAxios, NetworkError, send, type TransportResponse } from './transport.js';
import type { TokenResponse } from './types.js';

/** Supplies bearer tokens to the API client. */
export interface TokenSource {
  /** A valid access token, from cache when possible. */
  getToken(): Promise<string>;
  /** Drops `token` from the cache (after the API answered 401 to it). */
  invalidate(token: string): void;
}

/** Options of `ClientCredentialsAuth`. */
export interface ClientCredentialsOptions {
  /** e.g. `https://login.mypurecloud.com` (see regions.ts). */
  loginBaseUrl: string;
  clientId: string;
  clientSecret: string;
  /**
   * Called with every access token right after it is obtained, before it is used — the action
   * passes `core.setSecret` here so the runner masks it (github-action-conventions.md §6.3).
   */
  onSecret?: (value: string) => void;
  /** Injected for tests. */
  sleep?: Sleep;
  /** Clock in ms since the epoch; injected for tests. */
  now?: () => number;
  /** Debug log for retries; receives no secrets. */
  log?: (message: string) => void;
  /** Most token requests per `getToken` (default 6: waits 1+2+4+8+16 s ≈ Terraform's 1 min). */
  maxAttempts?: number;
  /** Per-request timeout in ms (default 30000). */
  timeoutMs?: number;
  axios?: AxiosInstance;
}

/** Seconds before expiry at which a cached token is replaced (genesys-api.md §2: ~60 s). */
export const REFRESH_MARGIN_SECONDS = 60;

/**
 * True when the token endpoint said it is rate limited: HTTP 400 `invalid_request` whose
 * description starts "rate limit exceeded" (genesys-api.md §2, Terraform `InitClientConfig`).
 */
export function isTokenRateLimit(status: number, bodyText: string): boolean {
  if (status !== 400) return false;
  const parsed = parseErrorBody(bodyText);
  return parsed.code === 'invalid_request' && (parsed.message ?? '').toLowerCase().startsWith('rate limit exceeded');
}

/**
 * Client-credentials token source. One token request at a time: concurrent callers share it.
 * Refreshes `REFRESH_MARGIN_SECONDS` before `expires_in` elapses (or at half the lifetime for
 * tokens shorter than two margins). Retries the token request only for the rate-limit 400, 429,
 * 5xx and network errors; any other answer (bad secret, disabled client) fails at once.
 */
export class ClientCredentialsAuth implements TokenSource {
  private readonly options: ClientCredentialsOptions;
  private readonly client: AxiosInstance;
  private readonly sleep: Sleep;
  private readonly now: () => number;
  private cached?: { token: string; refreshAt: number };
  private inFlight?: Promise<string>;

  constructor(options: ClientCredentialsOptions) {
    this.options = options;
    this.client = options.axios ?? createAxios();
    this.sleep = options.sleep ?? realSleep;
    this.now = options.now ?? Date.now;
  }

  /**
   * A valid token, from cache when it has more than the refresh margin left.
   *
   * @throws GenesysAuthError when the login host refuses the client or stays unavailable.
   */
  async getToken(): Promise<string> {
    if (this.cached && this.now() < this.cached.refreshAt) return this.cached.token;
    this.inFlight ??= this.fetchToken().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  /** Forgets `token` if it is the cached one, so the next `getToken` asks for a new one. */
  invalidate(token: string): void {
    if (this.cached?.token === token) this.cached = undefined;
  }

  private async fetchToken(): Promise<string> {
    const path = '/oauth/token';
    const url = `${this.options.loginBaseUrl.replace(/\/+$/, '')}${path}`;
    const basic = Buffer.from(`${this.options.clientId}:${this.options.clientSecret}`, 'utf8').toString('base64');
    const maxAttempts = this.options.maxAttempts ?? 6;
    for (let attempt = 1; ; attempt++) {
      let res: TransportResponse | undefined;
      let networkError: NetworkError | undefined;
      try {
        res = await send(this.client, {
          method: 'POST',
          url,
          headers: {
            Authorization: `Basic ${basic}`,
            'Content-Type': 'application/x-www-form-urlencoded',
            Accept: 'application/json',
          },
          data: 'grant_type=client_credentials',
          timeoutMs: this.options.timeoutMs ?? 30_000,
        });
      } catch (error) {
        if (!(error instanceof NetworkError)) throw error;
        networkError = error;
      }
      if (res && res.status >= 200 && res.status < 300) return this.accept(res, attempt);

      const retryable =
        networkError !== undefined ||
        (res !== undefined && (res.status === 429 || res.status >= 500 || isTokenRateLimit(res.status, res.text)));
      if (!retryable || attempt >= maxAttempts) throw this.failure(res, networkError, attempt);
      const delay =
        res?.status === 429 || (res && isTokenRateLimit(res.status, res.text))
          ? retryAfterDelayMs(res.headers['retry-after'])
          : backoffDelayMs(attempt);
      this.options.log?.(
        `Token request answered ${res ? res.status : networkError?.code ?? 'network error'}; retrying in ${Math.round(delay / 1000)} s (attempt ${attempt + 1} of ${maxAttempts}).`,
      );
      await this.sleep(delay);
    }
  }

  private accept(res: TransportResponse, attempt: number): string {
    let body: Partial<TokenResponse> | undefined;
    try {
      body = JSON.parse(res.text) as Partial<TokenResponse>;
    } catch {
      body = undefined;
    }
    const token = body?.access_token;
    if (typeof token !== 'string' || token === '') {
      throw new GenesysAuthError({
        status: res.status,
        method: 'POST',
        path: '/oauth/token',
        apiMessage: 'the login host answered without an access_token',
        attempts: attempt,
      });
    }
    this.options.onSecret?.(token);
    const lifetime = typeof body?.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 86_400;
    const margin = Math.min(REFRESH_MARGIN_SECONDS, lifetime / 2);
    this.cached = { token, refreshAt: this.now() + (lifetime - margin) * 1000 };
    return token;
  }

  private failure(res: TransportResponse | undefined, networkError: NetworkError | undefined, attempt: number): GenesysAuthError {
    if (!res) {
      return new GenesysAuthError({
        method: 'POST',
        path: '/oauth/token',
        apiMessage: `could not reach the login host ${this.options.loginBaseUrl} (${networkError?.code ?? 'network error'}); check the region or api-base-url and the runner's network`,
        attempts: attempt,
      });
    }
    const parsed = parseErrorBody(res.text);
    const hint =
      res.status === 400 || res.status === 401 || res.status === 403
        ? 'check the OAuth client id and secret, that the client uses the Client Credentials grant, and the region'
        : undefined;
    return new GenesysAuthError({
      status: res.status,
      method: 'POST',
      path: '/oauth/token',
      code: parsed.code,
      apiMessage: [parsed.message, hint].filter(Boolean).join('; ') || undefined,
      correlationId: res.headers['inin-correlation-id'] ?? parsed.correlationId,
      attempts: attempt,
    });
  }
}

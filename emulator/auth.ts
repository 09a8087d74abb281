/**
 * OAuth client-credentials login and bearer-token checks (genesys-api.md §2, §3.3, §12, §14.1–2).
 *
 * Tokens and client secrets live only inside {@link AuthService}; nothing here logs them.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Reply } from './http.js';
import { ApiError } from './errors.js';
import type { EmulatorClient } from './types.js';

/** An issued access token's grant. */
export interface TokenGrant {
  clientId: string;
  /** Permission patterns (`*` wildcards per segment). */
  permissions: string[];
  /** Expiry, epoch milliseconds. */
  expiresAt: number;
}

/** Every permission: the grant of a client configured without `permissions`. */
export const ALL_PERMISSIONS = ['*'];

/** True when `granted` (which may use `*` for any segment, or be `*` alone) covers `wanted`. */
export function permissionCovers(granted: string, wanted: string): boolean {
  if (granted === '*') return true;
  const g = granted.split(':');
  const w = wanted.split(':');
  if (g.length !== w.length) return false;
  return g.every((seg, i) => seg === '*' || seg === w[i]);
}

/** True when any granted permission covers any of the wanted ones (the SDK's "ANY" rule, §5). */
export function hasAnyPermission(granted: readonly string[], wanted: readonly string[]): boolean {
  return wanted.some((w) => granted.some((g) => permissionCovers(g, w)));
}

/** Compares two strings without leaking their content through timing. */
function safeEqual(a: string, b: string): boolean {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && timingSafeEqual(ba, bb);
}

/** Decodes `Authorization: Basic base64(id:secret)`; undefined when absent or malformed. */
export function parseBasicAuth(header: string | undefined): { id: string; secret: string } | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

/** An OAuth error reply `{error, description}` (genesys-api.md §2; body shape UNCONFIRMED, §14.1†). */
function oauthError(status: number, error: string, description: string): Reply {
  return { status, json: { error, description } };
}

/**
 * Clients and tokens of the emulated org.
 */
export class AuthService {
  private readonly clients = new Map<string, EmulatorClient>();
  private readonly tokens = new Map<string, TokenGrant>();

  constructor(
    clients: readonly EmulatorClient[],
    private readonly now: () => number,
  ) {
    for (const c of clients) this.addClient(c);
  }

  /** Adds (or replaces) an OAuth client. */
  addClient(client: EmulatorClient): void {
    this.clients.set(client.clientId, { ...client, permissions: client.permissions ? [...client.permissions] : undefined });
  }

  /** Ids of the configured clients (never their secrets). */
  clientIds(): string[] {
    return [...this.clients.keys()];
  }

  /**
   * `POST /oauth/token`: Basic client authentication + form `grant_type=client_credentials`.
   * Success → 200 `{access_token, token_type: 'bearer', expires_in}` (seconds).
   * Unknown client or wrong secret → 401 `invalid_client` (§14.1†); a grant type other than
   * `client_credentials` → 400 `unsupported_grant_type`; a missing grant type → 400 `invalid_request`.
   */
  issueToken(authorization: string | undefined, formBody: string, ttlSeconds: number): Reply {
    const creds = parseBasicAuth(authorization);
    const client = creds ? this.clients.get(creds.id) : undefined;
    if (!creds || !client || !safeEqual(client.clientSecret, creds.secret)) {
      return oauthError(401, 'invalid_client', 'Client authentication failed: unknown client or bad credentials.');
    }
    const grantType = new URLSearchParams(formBody).get('grant_type');
    if (!grantType) return oauthError(400, 'invalid_request', 'Missing grant_type parameter.');
    if (grantType !== 'client_credentials') {
      return oauthError(400, 'unsupported_grant_type', `Unsupported grant type: ${grantType}.`);
    }
    const token = randomBytes(32).toString('base64url');
    this.tokens.set(token, {
      clientId: client.clientId,
      permissions: client.permissions ?? ALL_PERMISSIONS,
      expiresAt: this.now() + ttlSeconds * 1000,
    });
    return { status: 200, json: { access_token: token, token_type: 'bearer', expires_in: ttlSeconds } };
  }

  /**
   * Resolves `Authorization: Bearer <token>` to its grant and the token itself (the rate-limit key).
   * Throws ApiError 401 `authentication.required` when no bearer token is sent, and 401
   * `bad.credentials` when the token is unknown or expired (genesys-api.md §3.3, §14.2).
   */
  authenticate(authorization: string | undefined): { token: string; grant: TokenGrant } {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!m) {
      throw new ApiError(401, 'No authentication bearer token specified in authorization header.', {
        code: 'authentication.required',
      });
    }
    const token = m[1]!;
    const grant = this.tokens.get(token);
    if (!grant || grant.expiresAt <= this.now()) {
      if (grant) this.tokens.delete(token);
      throw new ApiError(401, 'Invalid login credentials.', { code: 'bad.credentials' });
    }
    return { token, grant };
  }

  /** Expires every issued token now (for tests of re-authentication). */
  revokeAll(): void {
    this.tokens.clear();
  }
}

/**
 * Throws ApiError 403 `missing.any.permissions` unless the grant holds any of `wanted`
 * (genesys-api.md §5 table, §12).
 */
export function requireAnyPermission(grant: TokenGrant, wanted: readonly string[]): void {
  if (wanted.length === 0 || hasAnyPermission(grant.permissions, wanted)) return;
  throw new ApiError(403, `Unable to perform the requested action. You are missing the following permission(s): [${wanted.join(', ')}]`, {
    code: 'missing.any.permissions',
  });
}

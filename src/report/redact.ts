/**
 * Redaction of secrets from everything a reporter writes. Dry-run traces carry rendered request
 * headers (step 6), URLs (step 5) and response bodies (steps 8–10), which can hold fixture
 * credential values and tokens; github-action-conventions.md §6.3 asks to redact `Authorization`
 * and credential-like headers and to show secure fixtures redacted.
 */

/** The replacement for every redacted value. */
export const REDACTED = '***';

/**
 * Member names whose whole value is secret wherever they occur: the template contexts that hold
 * integration credentials and the custom-auth output (genesys-runtime.md §3.2: `$credentials`,
 * `$authResponse`).
 */
const SECRET_SUBTREE = /^(?:credentials|authResponse)$/i;

/** Member names (header names, token fields) whose value is secret. */
const SECRET_KEY =
  /^(?:(?:proxy-)?authori[sz]ation|(?:x-)?api[-_]?key|x-auth-token|(?:set-)?cookie|passw(?:or)?d|(?:client[-_]?)?secret|(?:access|refresh|id)[-_]?token)$/i;

/** The same names as JSON members inside JSON text (e.g. the raw response of step 8). */
const SECRET_JSON_MEMBER =
  /("(?:(?:proxy-)?authori[sz]ation|(?:x-)?api[-_]?key|x-auth-token|(?:set-)?cookie|passw(?:or)?d|(?:client[-_]?)?secret|(?:access|refresh|id)[-_]?token)"\s*:\s*")((?:[^"\\]|\\.)*)(")/gi;

/** `Bearer <token>` / `Basic <base64>` credentials in free text (headers, messages). */
const AUTH_SCHEME = /\b(Bearer|Basic)(\s+)([A-Za-z0-9\-._~+/]+=*)/g;

/**
 * Replaces secrets in one string: every literal value of `secrets` (longest first, values of
 * fewer than 4 characters ignored), the value of secret-named JSON members inside JSON text, and
 * the credential after `Bearer` / `Basic` when it looks like one (8+ characters with a digit,
 * capital or `+/=`; so prose such as "Basic authentication" is kept).
 */
export function redactString(text: string, secrets: readonly string[] = []): string {
  return scrub(text, usableSecrets(secrets));
}

function scrub(text: string, prepared: readonly string[]): string {
  let out = text;
  for (const secret of prepared) out = out.split(secret).join(REDACTED);
  out = out.replace(SECRET_JSON_MEMBER, (_m, open: string, _v: string, close: string) => `${open}${REDACTED}${close}`);
  return out.replace(AUTH_SCHEME, (m, scheme: string, space: string, cred: string) =>
    cred.length >= 8 && /[0-9A-Z+/=]/.test(cred) ? `${scheme}${space}${REDACTED}` : m,
  );
}

/**
 * Returns a deep copy of a JSON-like value with secrets replaced by `***`:
 * - members named `credentials` / `authResponse`: every scalar inside becomes `***`, except a
 *   top-level array of names (the oracle's step-4 result lists credential *names* that way);
 * - members named like a credential header or token field (`Authorization`, `x-api-key`,
 *   `cookie`, `password`, `client_secret`, `access_token`…): the value becomes `***`;
 * - every other string goes through `redactString`.
 * Plain data only (objects, arrays, scalars); the input is not modified.
 */
export function redactDeep<T>(value: T, secrets: readonly string[] = []): T {
  return walk(value, usableSecrets(secrets)) as T;
}

function walk(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return scrub(value, secrets);
  if (Array.isArray(value)) return value.map((v) => walk(v, secrets));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const copy = SECRET_SUBTREE.test(key)
        ? Array.isArray(v)
          ? v.map((e) => (isScalar(e) ? walk(e, secrets) : hideAll(e)))
          : hideAll(v)
        : SECRET_KEY.test(key)
          ? hideAll(v)
          : walk(v, secrets);
      // defineProperty: a "__proto__" member (from a response body) stays a plain member.
      Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

/** Every non-null scalar becomes `***`; structure (keys, array lengths, nulls) is kept. */
function hideAll(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map(hideAll);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hideAll(v)]));
  }
  return REDACTED;
}

function isScalar(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

function usableSecrets(secrets: readonly string[]): string[] {
  return [...new Set(secrets.filter((s) => typeof s === 'string' && s.length >= 4))].sort((a, b) => b.length - a.length);
}

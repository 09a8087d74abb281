/**
 * Errors raised by the Genesys client. Messages are written for the people reading the job log:
 * what was called, what Genesys answered, and the correlation id to quote to Genesys support.
 * They never contain tokens, secrets or request headers.
 */
import type { ErrorBody, OAuthErrorBody } from './types.js';

/** The fields of an error response this project reads, from either body variant. */
export interface ParsedErrorBody {
  /** `message`, else `userMessage` (genesys-api.md §3.3), else OAuth `description`. */
  message?: string;
  /** `code`, else `errorCode`, else OAuth `error`. */
  code?: string;
  /** `contextId`, else `correlationId`. */
  correlationId?: string;
  /** Messages of nested `errors[]` entries (often more specific than the top-level one, §6). */
  nested: string[];
  /** `details[].errorCode` values, e.g. `ACTION.PROCESSING`. */
  detailCodes: string[];
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Reads an error response body in any of the variants Genesys uses: the SDK `ErrorBody`
 * (`message`/`code`/`contextId`), the action-service variant (`userMessage`/`errorCode`/
 * `correlationId`) and the OAuth variant (`error`/`description`) — genesys-api.md §2, §3.3.
 * A non-JSON body yields its first 300 characters as the message. Never throws.
 */
export function parseErrorBody(body: unknown): ParsedErrorBody {
  if (typeof body === 'string') {
    const text = body.trim();
    if (text.startsWith('{')) {
      try {
        return parseErrorBody(JSON.parse(text) as unknown);
      } catch {
        // fall through: not JSON after all
      }
    }
    return { message: text ? text.slice(0, 300) : undefined, nested: [], detailCodes: [] };
  }
  if (typeof body !== 'object' || body === null) return { nested: [], detailCodes: [] };
  const b = body as ErrorBody & OAuthErrorBody;
  const nested = Array.isArray(b.errors)
    ? b.errors.map((e) => asString(e?.message) ?? asString(e?.userMessage)).filter((m): m is string => !!m)
    : [];
  const detailCodes = Array.isArray(b.details)
    ? b.details.map((d) => asString(d?.errorCode)).filter((c): c is string => !!c)
    : [];
  return {
    message:
      asString(b.message) ?? asString(b.userMessage) ?? asString(b.description) ?? asString(b.error_description),
    code: asString(b.code) ?? asString(b.errorCode) ?? asString(b.error),
    correlationId: asString(b.contextId) ?? asString(b.correlationId),
    nested,
    detailCodes,
  };
}

/** What a `GenesysApiError` is built from. */
export interface GenesysApiErrorInit {
  /** HTTP status; undefined when no response arrived (network error, timeout). */
  status?: number;
  method: string;
  /** Request path without query string, e.g. `/api/v2/integrations/actions/drafts`. */
  path: string;
  code?: string;
  /** Genesys's own message (or the network error text). */
  apiMessage?: string;
  /** `ININ-Correlation-Id` header or the body's `contextId`/`correlationId`. */
  correlationId?: string;
  nested?: string[];
  detailCodes?: string[];
  /** How many attempts were made (retries included). */
  attempts?: number;
}

/**
 * A failed Genesys Cloud call: an HTTP error status, or no response at all (`status`
 * undefined). `message` reads e.g. `POST /api/v2/integrations/actions/drafts failed: 400
 * bad.request — Name is required (correlation id 1f2e…)`.
 */
export class GenesysApiError extends Error {
  readonly status?: number;
  readonly method: string;
  readonly path: string;
  readonly code?: string;
  readonly apiMessage?: string;
  readonly correlationId?: string;
  /** More specific messages from the body's `errors[]`. */
  readonly nested: string[];
  readonly detailCodes: string[];
  readonly attempts: number;

  constructor(init: GenesysApiErrorInit) {
    super(GenesysApiError.describe(init));
    this.name = 'GenesysApiError';
    this.status = init.status;
    this.method = init.method;
    this.path = init.path;
    this.code = init.code;
    this.apiMessage = init.apiMessage;
    this.correlationId = init.correlationId;
    this.nested = init.nested ?? [];
    this.detailCodes = init.detailCodes ?? [];
    this.attempts = init.attempts ?? 1;
  }

  private static describe(init: GenesysApiErrorInit): string {
    const what = init.status === undefined ? 'no response' : [String(init.status), init.code].filter(Boolean).join(' ');
    const parts = [`${init.method} ${init.path} failed: ${what}`];
    const details = [init.apiMessage, ...(init.nested ?? [])].filter((m, i, all) => !!m && all.indexOf(m) === i);
    if (details.length) parts.push(` — ${details.join('; ')}`);
    if ((init.attempts ?? 1) > 1) parts.push(` (after ${init.attempts} attempts)`);
    if (init.correlationId) parts.push(` (correlation id ${init.correlationId})`);
    return parts.join('');
  }
}

/** A failure of the OAuth token request: bad client id/secret, disabled client, login host down. */
export class GenesysAuthError extends GenesysApiError {
  constructor(init: GenesysApiErrorInit) {
    super(init);
    this.name = 'GenesysAuthError';
  }
}

/** True when `error` is a Genesys API error with the given HTTP status. */
export function isStatus(error: unknown, status: number): error is GenesysApiError {
  return error instanceof GenesysApiError && error.status === status;
}

/**
 * True for an optimistic-concurrency failure: 409, 408, or a 400 whose message says the
 * version "does not match the current version" — the Terraform provider's `IsVersionMismatch`
 * rule (genesys-api.md §5.4, util_retries.go).
 */
export function isVersionConflict(error: unknown): error is GenesysApiError {
  if (!(error instanceof GenesysApiError)) return false;
  if (error.status === 409 || error.status === 408) return true;
  const text = [error.apiMessage, ...error.nested].join(' ').toLowerCase();
  return error.status === 400 && text.includes('does not match the current version');
}

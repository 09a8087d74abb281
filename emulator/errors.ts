/**
 * Platform API errors in the SDK `ErrorBody` variant (genesys-api.md §3.3):
 * `{message, code, status, contextId, details: [{errorCode}], errors: []}`.
 */
import type { ErrorBody } from '../src/genesys/types.js';

/** The generic Genesys error code for each status (genesys-api.md §3.3, §11). */
const CODE_BY_STATUS: Record<number, string> = {
  400: 'bad.request',
  401: 'authentication.required',
  403: 'missing.any.permissions',
  404: 'not.found',
  405: 'method.not.allowed',
  409: 'conflict',
  415: 'unsupported.media.type',
  429: 'too.many.requests.retry.after',
  500: 'internal.server.error',
  502: 'bad.gateway',
  503: 'service.unavailable',
  504: 'request.timeout',
};

/** The generic code for an HTTP status (`bad.request`, `not.found`, …); `error` when unknown. */
export function codeForStatus(status: number): string {
  return CODE_BY_STATUS[status] ?? (status >= 500 ? 'internal.server.error' : 'error');
}

/** An error a route throws; the server turns it into an `ErrorBody` response. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** `details[].errorCode` values, e.g. `ACTION.PROCESSING` (genesys-runtime.md §2). */
  readonly detailCodes: string[];
  /** Nested errors (`errors[]`), e.g. the library message of a failed test step. */
  readonly nested: ErrorBody[];
  /** Extra response headers, e.g. `Retry-After`. */
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    message: string,
    opts: { code?: string; detailCodes?: string[]; nested?: ErrorBody[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.status = status;
    this.code = opts.code ?? codeForStatus(status);
    this.detailCodes = opts.detailCodes ?? [];
    this.nested = opts.nested ?? [];
    this.headers = opts.headers ?? {};
  }
}

/**
 * Builds the SDK-variant `ErrorBody` for an error and a correlation id (also the `contextId`).
 */
export function errorBody(err: ApiError, correlationId: string): ErrorBody {
  return {
    message: err.message,
    code: err.code,
    status: err.status,
    contextId: correlationId,
    details: err.detailCodes.map((errorCode) => ({ errorCode })),
    errors: err.nested,
  };
}

/** 400 `bad.request` with `details[].errorCode = ACTION.PROCESSING`, the action-service validation error. */
export function badRequest(message: string, code = 'bad.request'): ApiError {
  return new ApiError(400, message, { code, detailCodes: ['ACTION.PROCESSING'] });
}

/** 404 `not.found` for a missing entity. */
export function notFound(message: string): ApiError {
  return new ApiError(404, message);
}

/**
 * The request a dry run resolved in steps 5–7 (URL, headers, body), read from its trace, so that
 * live mode can send exactly what Genesys would send.
 */
import type { RequestType } from '../../definitions/types.js';
import type { TestExecutionResult } from '../types.js';

/** A fully rendered request (genesys-runtime.md §3.4–§3.6). */
export interface RenderedRequest {
  method: RequestType;
  /** As rendered; relative (`/api/v2/...`) for `purecloud-data-actions`. */
  url: string;
  headers: Record<string, string>;
  /** Null for GET, which ignores the body template (§3.6). */
  body: string | null;
}

/**
 * Reads the rendered request from a trace whose steps 5–7 succeeded; undefined when the trace
 * stopped before step 8 (nothing would be sent).
 */
export function renderedRequest(trace: TestExecutionResult, method: RequestType): RenderedRequest | undefined {
  const step = (n: number) => trace.operations.find((o) => o.step === n);
  const url = step(5);
  const headers = step(6);
  const body = step(7);
  if (!url?.success || !headers?.success || !body?.success) return undefined;
  if (typeof url.result !== 'string') return undefined;
  return {
    method,
    url: url.result,
    headers: (headers.result ?? {}) as Record<string, string>,
    body: typeof body.result === 'string' ? body.result : null,
  };
}

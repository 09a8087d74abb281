/**
 * Live mode's one piece of I/O: sends a rendered request with axios and records the answer as a
 * {@link RecordedResponse}, which the dry run then processes exactly like a recorded one.
 */
import axios from 'axios';
import type { RecordedResponse } from '../types.js';
import type { RenderedRequest } from './request.js';

/** Where and how live requests go. */
export interface LiveTarget {
  /**
   * API base URL that relative URLs (`/api/v2/...`, `purecloud-data-actions`) are resolved
   * against, e.g. `https://api.mypurecloud.com`; without it such requests are refused.
   */
  apiBaseUrl?: string;
  /** Bearer token for relative (Genesys platform) URLs; never sent to absolute URLs. */
  token?: () => Promise<string>;
  /** Per-request timeout in ms (default: the definition's timeoutSeconds, else 60 s). */
  timeoutMs?: number;
}

/** The most response body read, in bytes (10 MiB). */
export const MAX_LIVE_BODY_BYTES = 10 * 1024 * 1024;

/** A live request that could not be made or answered (DNS, refused, timeout, too large). */
export class LiveRequestError extends Error {
  override name = 'LiveRequestError';
}

/**
 * Sends `request` and resolves with its status, headers and raw body text (never rejects on an
 * HTTP status). Redirects are not followed (Genesys' handling of 3xx is unknown,
 * genesys-runtime.md §4; a 3xx then fails step 8 like any non-2xx). Relative URLs go to
 * `target.apiBaseUrl` with the platform token, as Genesys does for `purecloud-data-actions`
 * (genesys-runtime.md §1); the token is never attached to an absolute URL.
 *
 * @throws LiveRequestError when no response arrives (network error, timeout) or the URL is not
 *   absolute and no API base URL is known.
 */
export async function sendLive(request: RenderedRequest, target: LiveTarget): Promise<RecordedResponse> {
  const relative = request.url.startsWith('/');
  if (relative && !target.apiBaseUrl) {
    throw new LiveRequestError(`The URL ${request.url} is relative (a Genesys Cloud Data Actions action): live mode needs the org (region or api-base-url and credentials).`);
  }
  const url = relative ? `${target.apiBaseUrl!.replace(/\/+$/, '')}${request.url}` : request.url;
  if (!/^https?:\/\//i.test(url)) throw new LiveRequestError(`The rendered URL is not an http(s) URL: ${url}`);
  const headers = { ...request.headers };
  if (relative && target.token) headers.Authorization = `Bearer ${await target.token()}`;
  try {
    const res = await axios.request<string>({
      method: request.method,
      url,
      headers,
      data: request.method === 'GET' || request.body === null ? undefined : request.body,
      timeout: target.timeoutMs ?? 60_000,
      maxRedirects: 0,
      responseType: 'text',
      transformResponse: (d: string) => d,
      validateStatus: () => true,
      maxContentLength: MAX_LIVE_BODY_BYTES,
    });
    const resHeaders: Record<string, string> = {};
    for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') resHeaders[k] = v;
    return { status: res.status, headers: resHeaders, bodyText: typeof res.data === 'string' ? res.data : String(res.data ?? '') };
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new LiveRequestError(`${request.method} ${url} failed: ${code ?? (e instanceof Error ? e.message : String(e))}`);
  }
}

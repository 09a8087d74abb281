/**
 * One HTTP exchange over axios, with every status returned as data (no throwing on 4xx/5xx) and
 * the body kept as text, so that JSON and the raw-text template endpoint share one path.
 */
import axios, { type AxiosInstance } from 'axios';

/** A request as the client builds it. Header values may hold credentials: never log them. */
export interface TransportRequest {
  method: string;
  /** Absolute URL without query string. */
  url: string;
  headers: Record<string, string>;
  /** Query parameters; undefined values are dropped. */
  params?: Record<string, string | number | boolean | undefined>;
  /** Request body, already serialised. */
  data?: string;
  /** Per-request timeout in ms. */
  timeoutMs: number;
}

/** A response: status, lower-cased headers, raw body text (empty string when none). */
export interface TransportResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/** No response arrived: connection refused/reset, DNS failure, timeout. */
export class NetworkError extends Error {
  /** Node/axios error code, e.g. `ECONNREFUSED`, `ECONNABORTED`. */
  readonly code?: string;
  constructor(message: string, code?: string) {
    super(message);
    this.name = 'NetworkError';
    this.code = code;
  }
}

/** Creates the axios instance used for every Genesys call (JSON off: bodies stay text). */
export function createAxios(): AxiosInstance {
  return axios.create({
    validateStatus: () => true,
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
    maxRedirects: 0,
  });
}

/**
 * Sends one request and returns its response whatever the status.
 *
 * @throws NetworkError when no HTTP response arrives. Its message names the method and URL path
 *   and the error code only; headers and bodies are never included.
 */
export async function send(client: AxiosInstance, request: TransportRequest): Promise<TransportResponse> {
  const params = request.params
    ? Object.fromEntries(Object.entries(request.params).filter(([, v]) => v !== undefined))
    : undefined;
  try {
    const res = await client.request<string>({
      method: request.method,
      url: request.url,
      headers: request.headers,
      params,
      data: request.data,
      timeout: request.timeoutMs,
    });
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(res.headers ?? {})) {
      if (value === undefined || value === null) continue;
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    }
    const text = typeof res.data === 'string' ? res.data : res.data == null ? '' : String(res.data);
    return { status: res.status, headers, text };
  } catch (error) {
    const code = axios.isAxiosError(error) ? error.code : undefined;
    const path = safePath(request.url);
    throw new NetworkError(`${request.method} ${path}: ${code ?? 'network error'}`, code);
  }
}

/** The path of a URL (no query, no credentials), for messages. */
export function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split('?')[0] ?? url;
  }
}

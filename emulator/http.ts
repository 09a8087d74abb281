/**
 * Low-level HTTP helpers over node:http: reading bodies and writing replies.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a route returns: a status plus a JSON value, a text body, or nothing (204). */
export interface Reply {
  status: number;
  json?: unknown;
  text?: string;
  headers?: Record<string, string>;
}

/** Reads the whole request body as UTF-8 text ('' when there is none). */
export async function readBodyText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Writes a reply: JSON with `application/json`, text with `text/plain`, else an empty body. */
export function sendReply(res: ServerResponse, reply: Reply, baseHeaders: Record<string, string>): void {
  const headers: Record<string, string> = { ...baseHeaders, ...(reply.headers ?? {}) };
  let payload: string | undefined;
  if (reply.json !== undefined) {
    payload = JSON.stringify(reply.json);
    headers['Content-Type'] = 'application/json; charset=UTF-8';
  } else if (reply.text !== undefined) {
    payload = reply.text;
    headers['Content-Type'] ??= 'text/plain; charset=UTF-8';
  }
  if (payload !== undefined) headers['Content-Length'] = String(Buffer.byteLength(payload));
  res.writeHead(reply.status, headers);
  res.end(payload);
}

/** Query parameters as a plain object; a repeated parameter keeps its last value. */
export function queryObject(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of params) out[k] = v;
  return out;
}

/**
 * A minimal scripted HTTP server on 127.0.0.1 for client and deploy tests. Serves the login and
 * platform paths on one origin, records every call, and answers from routes the test registers.
 * Unmatched requests get a 404 ErrorBody. Not an emulator: no state beyond the script.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Lower-cased request headers. */
  headers: Record<string, string>;
  body: string;
  /** Parsed body when it is JSON. */
  json?: unknown;
}

export interface FakeReply {
  status?: number;
  headers?: Record<string, string>;
  /** JSON body. */
  body?: unknown;
  /** Raw text body (wins over `body`). */
  text?: string;
  /** Destroy the socket without answering (a network error for the client). */
  hangUp?: boolean;
}

/** A reply, a list of replies given in turn (the last one repeats), or a function of the call. */
export type Responder = FakeReply | FakeReply[] | ((call: RecordedCall, count: number) => FakeReply);

interface Route {
  method: string;
  path: string | RegExp;
  responder: Responder;
  count: number;
}

export class FakeServer {
  readonly calls: RecordedCall[] = [];
  private routes: Route[] = [];
  private server!: Server;
  url = '';

  /** Starts on a random port of 127.0.0.1. */
  static async start(): Promise<FakeServer> {
    const fake = new FakeServer();
    fake.server = createServer((req, res) => void fake.handle(req, res));
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    const { port } = fake.server.address() as AddressInfo;
    fake.url = `http://127.0.0.1:${port}`;
    return fake;
  }

  /** Registers a route; later registrations win over earlier ones for the same request. */
  on(method: string, path: string | RegExp, responder: Responder): this {
    this.routes.unshift({ method: method.toUpperCase(), path, responder, count: 0 });
    return this;
  }

  /** A token endpoint handing out `tok-1`, `tok-2`, … with the given lifetime. */
  withTokens(expiresIn = 86_400): this {
    return this.on('POST', '/oauth/token', (_call, n) => ({
      body: { access_token: `tok-${n}`, token_type: 'bearer', expires_in: expiresIn },
    }));
  }

  /** Calls other than the token endpoint, as `METHOD path` strings. */
  apiCalls(): string[] {
    return this.calls.filter((c) => c.path !== '/oauth/token').map((c) => `${c.method} ${c.path}`);
  }

  /** Calls to the token endpoint. */
  tokenCalls(): RecordedCall[] {
    return this.calls.filter((c) => c.path === '/oauth/token');
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
    let json: unknown;
    try {
      json = body ? JSON.parse(body) : undefined;
    } catch {
      json = undefined;
    }
    const call: RecordedCall = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      body,
      json,
    };
    this.calls.push(call);
    const route = this.routes.find(
      (r) => r.method === call.method && (typeof r.path === 'string' ? r.path === call.path : r.path.test(call.path)),
    );
    let reply: FakeReply;
    if (!route) {
      reply = { status: 404, body: { message: `no route for ${call.method} ${call.path}`, code: 'not.found', status: 404 } };
    } else {
      route.count++;
      const r = route.responder;
      reply = typeof r === 'function' ? r(call, route.count) : Array.isArray(r) ? r[Math.min(route.count, r.length) - 1]! : r;
    }
    if (reply.hangUp) {
      req.socket.destroy();
      return;
    }
    const text = reply.text ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
    res.writeHead(reply.status ?? 200, {
      'content-type': reply.text !== undefined ? 'text/plain' : 'application/json',
      ...reply.headers,
    });
    res.end(text);
  }
}

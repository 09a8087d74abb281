/**
 * A fake GitHub REST API on 127.0.0.1 for tests: the issue-comment endpoints the sticky comment
 * uses, with GitHub's paging (`per_page`/`page`, default 30, max 100, RFC 8288 `Link` header),
 * token check (`authorization: token|Bearer <token>`), 65,536-character body limit, and the 403
 * a read-only token gets on writes ("Resource not accessible by integration",
 * github-action-conventions.md §3.3). Point Octokit at `url` (`getOctokit(token, { baseUrl })`,
 * or `GITHUB_API_URL` for the bundled action).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A stored comment, in the REST `issue-comment` shape (the fields clients read). */
export interface FakeComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
  created_at: string;
  updated_at: string;
  /** Not a GitHub field: which issue the comment belongs to. */
  owner: string;
  repo: string;
  issueNumber: number;
}

/** One request the fake received. */
export interface FakeCall {
  method: string;
  /** Path without the query. */
  path: string;
  query: Record<string, string>;
  status: number;
}

/** A comment to preload. */
export interface SeedComment {
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  user?: { login: string; type: 'Bot' | 'User' };
}

/** How the fake behaves. */
export interface FakeGitHubOptions {
  /** The token clients must send; default `test-token`. */
  token?: string;
  /** Answer writes (POST/PATCH) with 403 "Resource not accessible by integration". */
  readOnly?: boolean;
  /** Comments present from the start, in order (ids ascend). */
  comments?: SeedComment[];
  /**
   * The token's identity for `GET /user` and for comments it writes: a personal token's user.
   * Absent: the token behaves like GITHUB_TOKEN (`GET /user` → 403, comments by github-actions[bot]).
   */
  user?: { login: string; type: 'Bot' | 'User' };
}

/** A running fake: its address, its state and a way to stop it. */
export interface FakeGitHub {
  /** Base URL of the API, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Every stored comment, in creation order (live). */
  comments: FakeComment[];
  /** Every request, in order (live). */
  calls: FakeCall[];
  /** Switch read-only mode on or off. */
  readOnly: boolean;
  /** Adds a comment as if someone else had posted it; returns it. */
  seed(comment: SeedComment): FakeComment;
  close(): Promise<void>;
}

const BOT = { login: 'github-actions[bot]', type: 'Bot' as const };
const BODY_MAX = 65_536;

/**
 * Starts the fake on 127.0.0.1 on a free port. Unknown routes answer 404, a wrong or missing
 * token 401 "Bad credentials", an empty or over-long body 422 "Validation Failed".
 */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const token = options.token ?? 'test-token';
  let nextId = 1000;
  let clock = Date.parse('2026-01-01T00:00:00Z');
  const server = createServer();
  const fake: FakeGitHub = {
    url: '',
    comments: [],
    calls: [],
    readOnly: options.readOnly ?? false,
    seed: (c) => store(c.owner, c.repo, c.issueNumber, c.body, c.user ?? BOT),
    close: () =>
      new Promise((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };

  function store(owner: string, repo: string, issueNumber: number, body: string, user: FakeComment['user']): FakeComment {
    const id = nextId++;
    const at = new Date((clock += 1000)).toISOString();
    const comment: FakeComment = {
      id,
      node_id: `IC_fake${id}`,
      url: `${fake.url}/repos/${owner}/${repo}/issues/comments/${id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${issueNumber}#issuecomment-${id}`,
      issue_url: `${fake.url}/repos/${owner}/${repo}/issues/${issueNumber}`,
      body,
      user,
      created_at: at,
      updated_at: at,
      owner,
      repo,
      issueNumber,
    };
    fake.comments.push(comment);
    return comment;
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    void handle(req, res).catch((err: unknown) => send(req, res, 500, { message: String(err) }));
  });

  function send(req: IncomingMessage, res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}): void {
    const url = new URL(req.url ?? '/', fake.url);
    fake.calls.push({ method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), status });
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(payload));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', fake.url);
    const auth = req.headers.authorization ?? '';
    if (auth !== `token ${token}` && auth !== `Bearer ${token}`) {
      return send(req, res, 401, { message: 'Bad credentials', status: '401' });
    }
    if (url.pathname === '/user' && req.method === 'GET') {
      return options.user ? send(req, res, 200, options.user) : send(req, res, 403, { message: 'Resource not accessible by integration', status: '403' });
    }
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (list && req.method === 'GET') {
      const [, owner, repo, n] = list;
      return listComments(req, res, url, owner!, repo!, Number(n));
    }
    if ((list && req.method === 'POST') || (one && req.method === 'PATCH')) {
      if (fake.readOnly) {
        return send(req, res, 403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/issues/comments',
          status: '403',
        }, { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' });
      }
      const payload = await readJson(req);
      const body = payload && typeof payload === 'object' ? (payload as { body?: unknown }).body : undefined;
      if (typeof body !== 'string' || body.length === 0) {
        return send(req, res, 422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }] });
      }
      if (body.length > BODY_MAX) {
        return send(req, res, 422, {
          message: 'Validation Failed',
          errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'Body is too long (maximum is 65536 characters)' }],
        });
      }
      if (list) {
        const [, owner, repo, n] = list;
        return send(req, res, 201, publicShape(store(owner!, repo!, Number(n), body, options.user ?? BOT)));
      }
      const comment = fake.comments.find((c) => c.id === Number(one![3]) && c.owner === one![1] && c.repo === one![2]);
      if (!comment) return send(req, res, 404, { message: 'Not Found', status: '404' });
      comment.body = body;
      comment.updated_at = new Date((clock += 1000)).toISOString();
      return send(req, res, 200, publicShape(comment));
    }
    return send(req, res, 404, { message: 'Not Found', status: '404' });
  }

  function listComments(req: IncomingMessage, res: ServerResponse, url: URL, owner: string, repo: string, n: number): void {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const all = fake.comments.filter((c) => c.owner === owner && c.repo === repo && c.issueNumber === n);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const slice = all.slice((page - 1) * perPage, page * perPage);
    const pageUrl = (p: number): string => {
      const u = new URL(url.pathname, fake.url);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(p));
      return u.toString();
    };
    const links: string[] = [];
    if (page < last) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`);
    if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(page - 1)}>; rel="prev"`);
    send(req, res, 200, slice.map(publicShape), links.length > 0 ? { link: links.join(', ') } : {});
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const c of options.comments ?? []) fake.seed(c);
  return fake;
}

/** The REST shape of a comment (without the fake's bookkeeping fields). */
function publicShape(c: FakeComment): Omit<FakeComment, 'owner' | 'repo' | 'issueNumber'> {
  const { owner: _o, repo: _r, issueNumber: _n, ...rest } = c;
  return rest;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

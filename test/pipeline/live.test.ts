/**
 * Live mode: step 8 sends the rendered request to a real endpoint (here a server on loopback) and
 * processes its answer; corpus definitions with their URLs pointed at the server.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toDefinition } from '../../src/definitions/formats.js';
import { createIsolatedRunner } from '../../src/dryrun/isolate/index.js';
import { runLiveCase } from '../../src/dryrun/live/index.js';
import { parseInputs } from '../../src/inputs.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { CORPUS_DIR } from '../support/corpus.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server;
let base: string;
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (req.url === '/oauth/token') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: 'live-token-123', token_type: 'bearer', expires_in: 86400 }));
      } else if (req.url?.startsWith('/api/v2/users/u1/presences/PURECLOUD')) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ presenceDefinition: { systemPresence: 'Busy' } }));
      } else if (req.url?.startsWith('/gateway/employees/4021/')) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([{ name: 'Vacation', balance: '3' }]));
      } else {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'no such thing' }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const corpus = (file: string) => JSON.parse(readFileSync(path.join(CORPUS_DIR, file), 'utf8'));

function bamboo(): ReturnType<typeof toDefinition> {
  const doc = corpus('wfm-hris__Bamboo-Get-Balance.custom.json');
  doc.config.request.requestUrlTemplate = doc.config.request.requestUrlTemplate.replace('https://api.bamboohr.com/api/gateway.php/genesystest/v1', `${base}/gateway`);
  doc.config.request.headers.Authorization = 'Basic $encoding.base64("${credentials.key}:x")';
  return toDefinition(doc);
}

describe('runLiveCase', () => {
  it('sends the rendered request of an absolute URL and processes the real answer', async () => {
    const runner = createIsolatedRunner();
    try {
      seen.length = 0;
      const recorded = { status: 200, body: [{ name: 'recorded, not used' }] };
      const r = await runLiveCase(runner, bamboo(), { input: { employeeId: '4021', end: '2026-12-31' }, credentials: { key: 'k1' }, response: recorded }, {});
      expect(r.success).toBe(true);
      expect(r.finalResult).toEqual({ values: [{ name: 'Vacation', balance: '3' }] });
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({ method: 'GET', url: '/gateway/employees/4021/time_off/calculator?end=2026-12-31' });
      expect(seen[0]!.headers.accept).toBe('application/json');
      expect(seen[0]!.headers.authorization).toBe(`Basic ${Buffer.from('k1:x').toString('base64')}`);
      expect(r.operations[7]!.warnings).toContain(`live: GET ${base}/gateway/employees/4021/time_off/calculator?end=2026-12-31 answered 200`);
    } finally {
      await runner.close();
    }
  });

  it('sends platform URLs to the org with its token, never to absolute URLs', async () => {
    const runner = createIsolatedRunner();
    try {
      seen.length = 0;
      const def = toDefinition(corpus('purplenet__Get-User-Presence.json'));
      const r = await runLiveCase(runner, def, { input: { USER_ID: 'u1' }, response: { body: {} } }, { apiBaseUrl: base, token: async () => 'org-token' });
      expect(r.finalResult).toEqual({ presence: 'Busy' });
      expect(seen[0]!.headers.authorization).toBe('Bearer org-token');
      seen.length = 0;
      await runLiveCase(runner, bamboo(), { input: { employeeId: '4021', end: 'x' }, response: { body: {} } }, { apiBaseUrl: base, token: async () => 'org-token' });
      expect(seen[0]!.headers.authorization).not.toContain('org-token');
    } finally {
      await runner.close();
    }
  });

  it('sends nothing when the request cannot be rendered, and fails step 8 when nothing answers', async () => {
    const runner = createIsolatedRunner();
    try {
      seen.length = 0;
      const def = toDefinition(corpus('purplenet__Get-User-Presence.json'));
      const badInput = await runLiveCase(runner, def, { input: { USER_ID: 7 }, response: { body: {} } }, { apiBaseUrl: base });
      expect(badInput.error?.step).toBe(3);
      expect(seen).toHaveLength(0);
      const noOrg = await runLiveCase(runner, def, { input: { USER_ID: 'u1' }, response: { body: {} } }, {});
      expect(noOrg.error).toMatchObject({ step: 8, code: 'ACTION.REMOTE_ENDPOINT' });
      expect(noOrg.error!.message).toMatch(/^REST call for action execute failed\. Message: The URL \/api\/v2\/users\/u1\/presences\/PURECLOUD is relative/);
      const refused = await runLiveCase(runner, def, { input: { USER_ID: 'u1' }, response: { body: {} } }, { apiBaseUrl: 'http://127.0.0.1:9' });
      expect(refused.error).toMatchObject({ step: 8, code: 'ACTION.REMOTE_ENDPOINT' });
      expect(refused.error!.message).toContain('ECONNREFUSED');
    } finally {
      await runner.close();
    }
  });
});

describe('dry-run: live through the pipeline', () => {
  it('uses the org login and the live answers, and says so', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'live-'));
    mkdirSync(path.join(root, 'data-actions'));
    writeFileSync(path.join(root, 'data-actions/presence.json'), JSON.stringify(corpus('purplenet__Get-User-Presence.json')));
    writeFileSync(path.join(root, 'data-actions/presence.fixture.json'), JSON.stringify({ input: { USER_ID: 'u1' }, response: { body: { presenceDefinition: { systemPresence: 'Available' } } }, expect: { output: { presence: 'Busy' } } }));
    const values: Record<string, string> = { 'dry-run': 'live', 'client-id': 'id', 'client-secret': 'secret', 'api-base-url': base };
    seen.length = 0;
    const { report } = await runPipeline(parseInputs((n) => values[n] ?? '', {}), { root });
    expect(report.result).toBe('success');
    expect(report.actions[0]!.cases[0]!.passed).toBe(true);
    expect(report.notices[0]).toMatch(/^Live dry run:/);
    expect(seen.map((s) => s.url)).toEqual(['/oauth/token', '/api/v2/users/u1/presences/PURECLOUD']);
  });
});

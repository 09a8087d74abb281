import { afterEach, describe, expect, it } from 'vitest';
import axios from 'axios';
import { createEmulator, type Emulator } from '../../emulator/index.js';
import { ACTIONS, login, rawClient } from './helpers.js';

let emulator: Emulator;
afterEach(async () => {
  await emulator.close();
});

function basic(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
}

describe('POST /oauth/token', () => {
  it('issues a bearer token for the default client (genesys-api.md §2)', async () => {
    emulator = await createEmulator();
    const res = await rawClient(emulator).post('/oauth/token', 'grant_type=client_credentials', {
      headers: { Authorization: basic('emulator-client', 'emulator-secret'), 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(200);
    expect(res.data.token_type).toBe('bearer');
    expect(res.data.expires_in).toBe(86400);
    expect(res.data.access_token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(res.headers['inin-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports expires_in from tokenTtlSeconds', async () => {
    emulator = await createEmulator({ tokenTtlSeconds: 600 });
    const res = await rawClient(emulator).post('/oauth/token', 'grant_type=client_credentials', {
      headers: { Authorization: basic('emulator-client', 'emulator-secret') },
    });
    expect(res.data.expires_in).toBe(600);
  });

  it('rejects a wrong secret and an unknown client with 401 invalid_client', async () => {
    emulator = await createEmulator();
    for (const auth of [basic('emulator-client', 'nope'), basic('someone', 'emulator-secret'), 'Bearer x']) {
      const res = await rawClient(emulator).post('/oauth/token', 'grant_type=client_credentials', { headers: { Authorization: auth } });
      expect(res.status).toBe(401);
      expect(res.data.error).toBe('invalid_client');
      expect(typeof res.data.description).toBe('string');
    }
  });

  it('rejects another grant type with 400', async () => {
    emulator = await createEmulator();
    const res = await rawClient(emulator).post('/oauth/token', 'grant_type=password', {
      headers: { Authorization: basic('emulator-client', 'emulator-secret') },
    });
    expect(res.status).toBe(400);
    expect(res.data.error).toBe('unsupported_grant_type');
  });
});

describe('bearer tokens on /api/v2', () => {
  it('answers a missing token with 401 authentication.required', async () => {
    emulator = await createEmulator();
    const res = await rawClient(emulator).get(ACTIONS);
    expect(res.status).toBe(401);
    expect(res.data.code).toBe('authentication.required');
    expect(res.data.status).toBe(401);
    expect(res.data.contextId).toBe(res.headers['inin-correlation-id']);
  });

  it('answers an unknown token with 401 bad.credentials', async () => {
    emulator = await createEmulator();
    const res = await rawClient(emulator).get(ACTIONS, { headers: { Authorization: 'Bearer not-a-token' } });
    expect(res.status).toBe(401);
    expect(res.data.code).toBe('bad.credentials');
  });

  it('answers an expired token with 401 (clock-driven, no waiting)', async () => {
    let now = 1_700_000_000_000;
    emulator = await createEmulator({ tokenTtlSeconds: 60, now: () => now });
    const token = await login(emulator);
    const headers = { Authorization: `Bearer ${token}` };
    expect((await rawClient(emulator).get(ACTIONS, { headers })).status).toBe(200);
    now += 59_999;
    expect((await rawClient(emulator).get(ACTIONS, { headers })).status).toBe(200);
    now += 1;
    const expired = await rawClient(emulator).get(ACTIONS, { headers });
    expect(expired.status).toBe(401);
    expect(expired.data.code).toBe('bad.credentials');
  });

  it('answers a missing permission with 403 missing.any.permissions', async () => {
    emulator = await createEmulator({
      clients: [{ clientId: 'reader', clientSecret: 'reader-secret', permissions: ['integrations:action:view', 'integrations:integration:view'] }],
    });
    const token = await login(emulator, 'reader', 'reader-secret');
    const api = axios.create({ baseURL: emulator.url, validateStatus: () => true, proxy: false, headers: { Authorization: `Bearer ${token}` } });
    expect((await api.get(ACTIONS)).status).toBe(200);
    expect((await api.get('/api/v2/integrations')).status).toBe(200);
    const denied = await api.post(`${ACTIONS}/drafts`, { name: 'x' });
    expect(denied.status).toBe(403);
    expect(denied.data.code).toBe('missing.any.permissions');
    expect(denied.data.message).toContain('integrations:action:add');
    expect(emulator.state.actions.size).toBe(0);
  });

  it('accepts bridge:actions:view for GET /actions and wildcards in permissions', async () => {
    emulator = await createEmulator({
      clients: [
        { clientId: 'bridge', clientSecret: 's1', permissions: ['bridge:actions:view'] },
        { clientId: 'wild', clientSecret: 's2', permissions: ['integrations:action:*'] },
      ],
    });
    const bridge = await login(emulator, 'bridge', 's1');
    const wild = await login(emulator, 'wild', 's2');
    const get = (t: string, path: string) => rawClient(emulator).get(path, { headers: { Authorization: `Bearer ${t}` } });
    expect((await get(bridge, ACTIONS)).status).toBe(200);
    expect((await get(bridge, `${ACTIONS}/00000000-0000-4000-8000-000000000000/draft/validation`)).status).toBe(403);
    expect((await get(wild, `${ACTIONS}/00000000-0000-4000-8000-000000000000/draft/validation`)).status).toBe(404);
    expect((await get(wild, '/api/v2/integrations')).status).toBe(403);
  });

  it('logs method, path, query, status and client id, never tokens or secrets', async () => {
    emulator = await createEmulator();
    const token = await login(emulator);
    await rawClient(emulator).get(ACTIONS, { params: { pageSize: 5 }, headers: { Authorization: `Bearer ${token}` } });
    const log = emulator.state.requests;
    expect(log.map((r) => [r.method, r.path, r.status])).toEqual([
      ['POST', '/oauth/token', 200],
      ['GET', ACTIONS, 200],
    ]);
    expect(log[1]!.query).toEqual({ pageSize: '5' });
    expect(log[1]!.clientId).toBe('emulator-client');
    const text = JSON.stringify(log);
    expect(text).not.toContain(token);
    expect(text).not.toContain('emulator-secret');
  });
});

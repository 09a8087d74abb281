import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GenesysApiError, GenesysAuthError } from '../../src/genesys/errors.js';
import { FakeServer } from './support/fake-server.js';
import { CLIENT_ID, CLIENT_SECRET, testClient } from './support/client.js';

let server: FakeServer;
beforeEach(async () => {
  server = await FakeServer.start();
});
afterEach(async () => {
  await server.close();
});

const PATH = '/api/v2/integrations/actions/a1';
const ACTION = { id: 'a1', name: 'Get Customer', integrationId: 'i1', category: 'CRM', version: 3, secure: false };

describe('OAuth client credentials', () => {
  it('posts Basic credentials and the form body, caches the token and reports it to onSecret', async () => {
    server.withTokens().on('GET', PATH, { body: ACTION });
    const { client, secrets } = testClient(server);
    await client.http.request('GET', PATH);
    await client.http.request('GET', PATH);

    const tokenCalls = server.tokenCalls();
    expect(tokenCalls).toHaveLength(1);
    expect(tokenCalls[0]!.headers.authorization).toBe(`Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}`);
    expect(tokenCalls[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(tokenCalls[0]!.body).toBe('grant_type=client_credentials');
    const apiAuth = server.calls.filter((c) => c.path === PATH).map((c) => c.headers.authorization);
    expect(apiAuth).toEqual(['Bearer tok-1', 'Bearer tok-1']);
    expect(secrets).toEqual(['tok-1']);
  });

  it('refreshes 60 s before expires_in elapses', async () => {
    let now = 1_000_000;
    server.withTokens(3600).on('GET', PATH, { body: ACTION });
    const { client, secrets } = testClient(server, { now: () => now });
    await client.http.request('GET', PATH);
    now += (3600 - 61) * 1000;
    await client.http.request('GET', PATH);
    expect(server.tokenCalls()).toHaveLength(1);
    now += 2000; // 59 s left
    await client.http.request('GET', PATH);
    expect(server.tokenCalls()).toHaveLength(2);
    expect(server.calls.filter((c) => c.path === PATH).map((c) => c.headers.authorization)).toEqual([
      'Bearer tok-1',
      'Bearer tok-1',
      'Bearer tok-2',
    ]);
    expect(secrets).toEqual(['tok-1', 'tok-2']);
  });

  it('shares one token request between concurrent calls', async () => {
    server.withTokens().on('GET', PATH, { body: ACTION });
    const { client } = testClient(server);
    await Promise.all([1, 2, 3].map(() => client.http.request('GET', PATH)));
    expect(server.tokenCalls()).toHaveLength(1);
  });

  it('fetches a new token once after a 401 and retries the call', async () => {
    server.withTokens().on('GET', PATH, (call) =>
      call.headers.authorization === 'Bearer tok-1'
        ? { status: 401, body: { message: 'Authentication required', code: 'authentication.required', status: 401 } }
        : { body: ACTION },
    );
    const { client } = testClient(server);
    const action = await client.http.request<typeof ACTION>('GET', PATH);
    expect(action.version).toBe(3);
    expect(server.tokenCalls()).toHaveLength(2);
    expect(server.calls.filter((c) => c.path === PATH).map((c) => c.headers.authorization)).toEqual([
      'Bearer tok-1',
      'Bearer tok-2',
    ]);
  });

  it('gives up after the second 401', async () => {
    server.withTokens().on('GET', PATH, { status: 401, body: { message: 'Invalid token', code: 'bad.credentials', status: 401 } });
    const { client } = testClient(server);
    const error = await client.http.request('GET', PATH).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenesysApiError);
    expect((error as GenesysApiError).status).toBe(401);
    expect((error as GenesysApiError).code).toBe('bad.credentials');
    expect(server.tokenCalls()).toHaveLength(2);
  });

  it('fails at once on invalid_client, without the secret in the message', async () => {
    server.on('POST', '/oauth/token', { status: 401, body: { error: 'invalid_client', description: 'client not found' } });
    const { client, sleeps } = testClient(server);
    const error = await client.http.request('GET', PATH).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenesysAuthError);
    const e = error as GenesysAuthError;
    expect(e.status).toBe(401);
    expect(e.code).toBe('invalid_client');
    expect(e.message).toContain('POST /oauth/token failed: 401 invalid_client — client not found');
    expect(e.message).not.toContain(CLIENT_SECRET);
    expect(server.tokenCalls()).toHaveLength(1);
    expect(server.apiCalls()).toEqual([]);
    expect(sleeps).toEqual([]);
  });

  it('retries the token request on the rate-limit 400 and on 5xx, not on other 400s', async () => {
    server.on('POST', '/oauth/token', [
      { status: 400, body: { error: 'invalid_request', description: 'rate limit exceeded; try later' } },
      { status: 503, text: 'unavailable' },
      { body: { access_token: 'tok-x', expires_in: 86400 } },
    ]);
    server.on('GET', PATH, { body: ACTION });
    const { client, sleeps } = testClient(server);
    await client.http.request('GET', PATH);
    expect(server.tokenCalls()).toHaveLength(3);
    expect(sleeps).toEqual([3000, 2000]);

    const other = await FakeServer.start();
    try {
      other.on('POST', '/oauth/token', { status: 400, body: { error: 'invalid_request', description: 'grant_type missing' } });
      const { client: c2, sleeps: s2 } = testClient(other);
      const error = await c2.http.request('GET', PATH).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GenesysAuthError);
      expect(other.tokenCalls()).toHaveLength(1);
      expect(s2).toEqual([]);
    } finally {
      await other.close();
    }
  });
});

describe('retries', () => {
  const RATE_LIMITED = {
    status: 429,
    headers: { 'Retry-After': '7', 'ININ-Correlation-Id': 'corr-429' },
    body: {
      message: 'Rate limit exceeded the maximum. Retry the request in [7] seconds',
      code: 'too.many.requests.retry.after',
      status: 429,
    },
  };

  it('waits Retry-After seconds on 429 and retries', async () => {
    server.withTokens().on('GET', PATH, [RATE_LIMITED, RATE_LIMITED, { body: ACTION }]);
    const { client, sleeps } = testClient(server);
    const action = await client.http.request<typeof ACTION>('GET', PATH);
    expect(action.id).toBe('a1');
    expect(sleeps).toEqual([7000, 7000]);
    expect(server.apiCalls()).toHaveLength(3);
  });

  it('falls back to 3 s without Retry-After and caps at 60 s', async () => {
    server.withTokens().on('GET', PATH, [
      { status: 429, body: { code: 'too.many.requests' } },
      { status: 429, headers: { 'Retry-After': '120' }, body: {} },
      { status: 429, headers: { 'Retry-After': 'Wed, 21 Oct 2015 07:28:00 GMT' }, body: {} },
      { body: ACTION },
    ]);
    const { client, sleeps } = testClient(server);
    await client.http.request('GET', PATH);
    expect(sleeps).toEqual([3000, 60000, 3000]);
  });

  it('retries a 429 on POST too (the request was not processed) and stops after 10 tries', async () => {
    server.withTokens().on('POST', '/api/v2/integrations/actions/drafts', RATE_LIMITED);
    const { client, sleeps } = testClient(server);
    const error = await client.actions
      .createDraft({} as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenesysApiError);
    const e = error as GenesysApiError;
    expect(e.status).toBe(429);
    expect(e.attempts).toBe(10);
    expect(e.correlationId).toBe('corr-429');
    expect(server.apiCalls()).toHaveLength(10);
    expect(sleeps).toHaveLength(9);
  });

  it('backs off exponentially on 502/503/504 for GET', async () => {
    server.withTokens().on('GET', PATH, [{ status: 503 }, { status: 502 }, { status: 504 }, { body: ACTION }]);
    const { client, sleeps } = testClient(server);
    await client.http.request('GET', PATH);
    expect(sleeps).toEqual([1000, 2000, 4000]);
  });

  it('stops after 5 tries on persistent 5xx', async () => {
    server.withTokens().on('GET', PATH, { status: 503, body: { message: 'down', code: 'service.unavailable' } });
    const { client, sleeps } = testClient(server);
    const error = (await client.http.request('GET', PATH).catch((e: unknown) => e)) as GenesysApiError;
    expect(error.status).toBe(503);
    expect(error.attempts).toBe(5);
    expect(sleeps).toEqual([1000, 2000, 4000, 8000]);
  });

  it('retries a network error on GET', async () => {
    server.withTokens().on('GET', PATH, [{ hangUp: true }, { body: ACTION }]);
    const { client, sleeps } = testClient(server);
    const action = await client.http.request<typeof ACTION>('GET', PATH);
    expect(action.id).toBe('a1');
    expect(sleeps).toEqual([1000]);
  });

  it('never retries POST create on 5xx or a network error', async () => {
    server.withTokens().on('POST', '/api/v2/integrations/actions/drafts', [{ status: 503 }, { body: ACTION }]);
    const { client, sleeps } = testClient(server);
    const error = (await client.actions.createDraft({} as never).catch((e: unknown) => e)) as GenesysApiError;
    expect(error.status).toBe(503);
    expect(server.apiCalls()).toEqual(['POST /api/v2/integrations/actions/drafts']);
    expect(sleeps).toEqual([]);

    server.on('POST', '/api/v2/integrations/actions/drafts', { hangUp: true });
    const netError = (await client.actions.createDraft({} as never).catch((e: unknown) => e)) as GenesysApiError;
    expect(netError).toBeInstanceOf(GenesysApiError);
    expect(netError.status).toBeUndefined();
    expect(netError.message).toMatch(/^POST \/api\/v2\/integrations\/actions\/drafts failed: no response/);
    expect(server.apiCalls()).toHaveLength(2);
  });

  it('retries PATCH draft (version-guarded) on 503', async () => {
    server.withTokens().on('PATCH', '/api/v2/integrations/actions/a1/draft', [{ status: 503 }, { body: { ...ACTION, version: 4 } }]);
    const { client, sleeps } = testClient(server);
    const draft = await client.actions.patchDraft('a1', { version: 3 });
    expect(draft.version).toBe(4);
    expect(sleeps).toEqual([1000]);
  });

  it('does not retry other 4xx', async () => {
    server.withTokens().on('GET', PATH, { status: 404, body: { message: 'not found', code: 'not.found', status: 404 } });
    const { client, sleeps } = testClient(server);
    await expect(client.http.request('GET', PATH)).rejects.toMatchObject({ status: 404, code: 'not.found', attempts: 1 });
    expect(sleeps).toEqual([]);
  });
});

describe('errors', () => {
  it('reads the SDK ErrorBody variant and the correlation header', async () => {
    server.withTokens().on('POST', '/api/v2/integrations/actions/drafts', {
      status: 400,
      headers: { 'ININ-Correlation-Id': 'corr-1' },
      body: {
        message: 'Invalid request',
        code: 'bad.request',
        status: 400,
        contextId: 'ctx-ignored-when-header-present',
        errors: [{ message: 'config.request.requestType must be one of GET, PUT, POST, PATCH, DELETE' }],
      },
    });
    const { client } = testClient(server);
    const error = (await client.actions.createDraft({} as never).catch((e: unknown) => e)) as GenesysApiError;
    expect(error.status).toBe(400);
    expect(error.code).toBe('bad.request');
    expect(error.correlationId).toBe('corr-1');
    expect(error.message).toBe(
      'POST /api/v2/integrations/actions/drafts failed: 400 bad.request — Invalid request; config.request.requestType must be one of GET, PUT, POST, PATCH, DELETE (correlation id corr-1)',
    );
    expect(error.message).not.toContain('tok-');
  });

  it('reads the action-service variant (userMessage/errorCode/correlationId)', async () => {
    server.withTokens().on('GET', PATH, {
      status: 400,
      body: {
        status: 400,
        errorCode: 'INVALID_SCHEMA',
        userMessage: "The 'Accept' header only supports json content types when specified",
        userParams: [],
        correlationId: 'c-77',
        details: [{ errorCode: 'ACTION.PROCESSING' }],
        errors: [],
      },
    });
    const { client } = testClient(server);
    const error = (await client.http.request('GET', PATH).catch((e: unknown) => e)) as GenesysApiError;
    expect(error.code).toBe('INVALID_SCHEMA');
    expect(error.apiMessage).toBe("The 'Accept' header only supports json content types when specified");
    expect(error.correlationId).toBe('c-77');
    expect(error.detailCodes).toEqual(['ACTION.PROCESSING']);
  });
});

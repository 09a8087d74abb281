import { afterEach, describe, expect, it } from 'vitest';
import { ACTIONS, login, rawClient, start, type Harness } from './helpers.js';

let h: Harness;
afterEach(async () => {
  await h.emulator.close();
});

describe('failNext', () => {
  it('injects the normalised 429 with Retry-After (genesys-api.md §11), then recovers', async () => {
    h = await start();
    h.emulator.failNext(2, { status: 429, retryAfterSeconds: 42 });
    for (let i = 0; i < 2; i++) {
      const res = await h.api.get(ACTIONS);
      expect(res.status).toBe(429);
      expect(res.headers['retry-after']).toBe('42');
      expect(res.data).toEqual({
        message: 'Rate limit exceeded the maximum. Retry the request in [42] seconds',
        code: 'too.many.requests.retry.after',
        status: 429,
        contextId: res.headers['inin-correlation-id'],
        details: [],
        errors: [],
      });
    }
    expect((await h.api.get(ACTIONS)).status).toBe(200);
  });

  it('injects 5xx only on the given path prefix', async () => {
    h = await start();
    h.emulator.failNext(1, { status: 503, pathPrefix: '/api/v2/integrations/actions/drafts' });
    expect((await h.api.get(ACTIONS)).status).toBe(200);
    const failed = await h.api.get(`${ACTIONS}/drafts`);
    expect(failed.status).toBe(503);
    expect(failed.data.code).toBe('service.unavailable');
    expect((await h.api.get(`${ACTIONS}/drafts`)).status).toBe(200);
    expect(h.emulator.state.requests.map((r) => r.status).slice(-3)).toEqual([200, 503, 200]);
  });

  it('can fail the token endpoint with its own rate-limit 400 (genesys-api.md §2)', async () => {
    h = await start();
    h.emulator.failNext(1, { status: 400, pathPrefix: '/oauth/token' });
    const res = await rawClient(h.emulator).post('/oauth/token', 'grant_type=client_credentials', {
      auth: { username: 'emulator-client', password: 'emulator-secret' },
    });
    expect(res.status).toBe(400);
    expect(res.data.error).toBe('invalid_request');
    expect(res.data.description.startsWith('rate limit exceeded;')).toBe(true);
    expect(await login(h.emulator)).toMatch(/./);
  });

  it('rejects a bad count or status', async () => {
    h = await start();
    expect(() => h.emulator.failNext(0, { status: 500 })).toThrow(RangeError);
    expect(() => h.emulator.failNext(1, { status: 200 })).toThrow(RangeError);
  });
});

describe('rate limit per token', () => {
  it('answers the request over the limit with 429 and the wait until the bucket refills', async () => {
    let now = 1_700_000_000_000;
    h = await start({ rateLimitPerMinute: 3, now: () => now });
    for (let i = 0; i < 3; i++) expect((await h.api.get(ACTIONS)).status).toBe(200);
    const limited = await h.api.get(ACTIONS);
    expect(limited.status).toBe(429);
    // 3 per minute = one request every 20 s
    expect(limited.headers['retry-after']).toBe('20');
    expect(limited.data.message).toBe('Rate limit exceeded the maximum. Retry the request in [20] seconds');

    // another token has its own bucket
    const other = await login(h.emulator);
    const res = await rawClient(h.emulator).get(ACTIONS, { headers: { Authorization: `Bearer ${other}` } });
    expect(res.status).toBe(200);

    now += 15_000;
    const still = await h.api.get(ACTIONS);
    expect(still.status).toBe(429);
    expect(still.headers['retry-after']).toBe('5');
    now += 5_000;
    expect((await h.api.get(ACTIONS)).status).toBe(200);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { Definition } from '../../src/definitions/types.js';
import { STEP_NAMES, type DryRunCase, type OperationResult, type TestExecutionResult } from '../../src/dryrun/types.js';
import type { DryRunFunction } from '../../emulator/index.js';
import { ACTIONS, fixture, FIXTURE_FILES, login, postBody, start, type Harness } from './helpers.js';
import axios from 'axios';

let h: Harness;
afterEach(async () => {
  await h.emulator.close();
});

/**
 * A stand-in engine: steps 1–7 succeed (step 5's result is the raw URL template), step 8 passes
 * for a 2xx recorded status and fails with ACTION.REMOTE_ENDPOINT otherwise; the output is the
 * recorded body. It records every call so the tests can see what the emulator passed in.
 */
function stubEngine(): { dryRun: DryRunFunction; calls: Array<{ definition: Definition; testCase: DryRunCase }> } {
  const calls: Array<{ definition: Definition; testCase: DryRunCase }> = [];
  const dryRun: DryRunFunction = (definition, testCase) => {
    calls.push({ definition: structuredClone(definition), testCase: structuredClone(testCase) });
    const ops: OperationResult[] = STEP_NAMES.slice(0, 7).map((name, i) => ({
      step: i + 1,
      name,
      success: true,
      result: i + 1 === 5 ? definition.config.request.requestUrlTemplate : null,
    }));
    const status = testCase.response.status ?? 200;
    if (status < 200 || status > 299) {
      const error = { message: `Request to backend service failed with ${status}`, code: 'ACTION.REMOTE_ENDPOINT', libraryMessage: 'HTTP 404' };
      return { success: false, operations: [...ops, { step: 8, name: STEP_NAMES[7], success: false, error }], error: { ...error, step: 8 } };
    }
    ops.push(...STEP_NAMES.slice(7).map((name, i) => ({ step: i + 8, name, success: true })));
    return { success: true, operations: ops, finalResult: testCase.response.body };
  };
  return { dryRun, calls };
}

const SHORTEN_URL = 'https://api-ssl.bitly.com/v4/shorten';

describe('test/execute routing with a stand-in engine', () => {
  async function published(): Promise<string> {
    const exp = fixture(FIXTURE_FILES.shortenLink);
    const res = await h.api.post(ACTIONS, postBody(exp, h.integrationId('custom-rest-actions')));
    return res.data.id as string;
  }

  it('fails step 8 like a connection reset when no fake remote matches', async () => {
    const engine = stubEngine();
    h = await start({ dryRun: engine.dryRun });
    const id = await published();
    const res = await h.api.post(`${ACTIONS}/${id}/test`, { LongLink: 'https://example.com' });
    expect(res.status).toBe(200);
    const trace = res.data as TestExecutionResult;
    expect(trace.success).toBe(false);
    expect(trace.operations.map((o) => o.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(trace.operations[7]).toMatchObject({ name: 'Execute', success: false });
    expect(trace.error).toEqual({
      step: 8,
      code: 'ACTION.REMOTE_ENDPOINT',
      message: `REST call for action execute failed. Message: Connection reset [${res.headers['inin-correlation-id']}]`,
    });
  });

  it('answers the remote call from a matching fake and passes input, definition and credentials', async () => {
    const engine = stubEngine();
    h = await start({
      dryRun: engine.dryRun,
      integrations: [{ name: 'Bitly', integrationType: 'custom-rest-actions', credentials: { token: 'placeholder' } }],
    });
    h.emulator.remotes.set({ method: 'GET', url: SHORTEN_URL }, { status: 200, body: { link: 'wrong method' } });
    h.emulator.remotes.set({ method: 'post', url: SHORTEN_URL }, { status: 200, body: { link: 'https://bit.ly/1' } });
    const id = await published();
    const res = await h.api.post(`${ACTIONS}/${id}/test`, { LongLink: 'https://example.com' });
    expect(res.data.success).toBe(true);
    expect(res.data.finalResult).toEqual({ link: 'https://bit.ly/1' });
    const last = engine.calls.at(-1)!;
    expect(last.testCase.input).toEqual({ LongLink: 'https://example.com' });
    expect(last.testCase.response).toEqual({ status: 200, body: { link: 'https://bit.ly/1' } });
    expect(last.testCase.credentials).toEqual({ token: 'placeholder' });
    expect(last.definition).toMatchObject({
      name: 'Limitless - Shorten Link v1 - Exported 2021-06-21 @ 8:43',
      integrationType: 'custom-rest-actions',
      secure: false,
      config: { request: { requestType: 'POST', requestUrlTemplate: SHORTEN_URL } },
    });
  });

  it('matches RegExp URLs and runs the draft part on /draft/test', async () => {
    const engine = stubEngine();
    h = await start({ dryRun: engine.dryRun });
    h.emulator.remotes.set({ url: /^https:\/\/v2\.example\.com\// }, { body: { v: 2 } });
    const id = await published();
    await h.api.post(`${ACTIONS}/${id}/draft`);
    const config = structuredClone(fixture(FIXTURE_FILES.shortenLink).config);
    config.request.requestUrlTemplate = 'https://v2.example.com/shorten';
    await h.api.patch(`${ACTIONS}/${id}/draft`, { version: 1, config });
    const draft = await h.api.post(`${ACTIONS}/${id}/draft/test`, {});
    expect(draft.data.success).toBe(true);
    expect(draft.data.finalResult).toEqual({ v: 2 });
    const pub = await h.api.post(`${ACTIONS}/${id}/test`, {});
    expect(pub.data.success).toBe(false);
  });

  it('execute returns finalResult, or an ErrorBody carrying the failed step code', async () => {
    const engine = stubEngine();
    h = await start({ dryRun: engine.dryRun });
    const id = await published();

    const unmatched = await h.api.post(`${ACTIONS}/${id}/execute`, {});
    expect(unmatched.status).toBe(500);
    expect(unmatched.data.code).toBe('internal.server.error');
    expect(unmatched.data.details).toEqual([{ errorCode: 'ACTION.REMOTE_ENDPOINT' }]);

    h.emulator.remotes.set({ url: SHORTEN_URL }, { status: 404, body: { message: 'NOT_FOUND' } });
    const failed = await h.api.post(`${ACTIONS}/${id}/execute`, {});
    expect(failed.status).toBe(400);
    expect(failed.data).toMatchObject({
      message: 'Request to backend service failed with 404',
      code: 'bad.request',
      status: 400,
      details: [{ errorCode: 'ACTION.REMOTE_ENDPOINT' }],
      errors: [{ message: 'HTTP 404' }],
    });

    h.emulator.remotes.set({ url: SHORTEN_URL }, { status: 201, body: { link: 'https://bit.ly/2' } });
    const ok = await h.api.post(`${ACTIONS}/${id}/execute`, {});
    expect(ok.status).toBe(200);
    expect(ok.data).toEqual({ link: 'https://bit.ly/2' });
  });

  it('answers 404 for an unknown action and 403 without an execute permission', async () => {
    const engine = stubEngine();
    h = await start({ dryRun: engine.dryRun });
    expect((await h.api.post(`${ACTIONS}/00000000-0000-4000-8000-000000000000/test`, {})).status).toBe(404);
    h.emulator.seed.client({ clientId: 'viewer', clientSecret: 'v', permissions: ['integrations:action:view'] });
    const token = await login(h.emulator, 'viewer', 'v');
    const id = await published();
    const res = await axios.post(`${h.emulator.url}${ACTIONS}/${id}/test`, {}, {
      headers: { Authorization: `Bearer ${token}` },
      validateStatus: () => true,
      proxy: false,
    });
    expect(res.status).toBe(403);
    expect(engine.calls).toHaveLength(0);
  });
});

interface OracleCase {
  id: string;
  definitionFile: string;
  method: string;
  input: Record<string, unknown>;
  response: { status: number; body: unknown };
  expected: {
    success: boolean;
    resolvedUrl: string;
    finalResult?: unknown;
    error?: { step: number; code: string; message: string };
  };
}

describe('test/execute with the project dry run, against oracle expectations', () => {
  const { cases } = fixture<{ cases: OracleCase[] }>('oracle-cases.json');

  for (const c of cases) {
    it(`${c.id}: /test matches the oracle`, async () => {
      h = await start();
      const exp = fixture(c.definitionFile);
      const integrationId = h.integrationId(exp.integrationType as 'custom-rest-actions' | 'purecloud-data-actions');
      const id = (await h.api.post(ACTIONS, postBody(exp, integrationId))).data.id as string;
      h.emulator.remotes.set({ method: c.method, url: c.expected.resolvedUrl }, c.response);
      const res = await h.api.post(`${ACTIONS}/${id}/test`, c.input);
      expect(res.status).toBe(200);
      expect(res.data.success).toBe(c.expected.success);
      if (c.expected.success) {
        expect(res.data.finalResult).toEqual(c.expected.finalResult);
        const executed = await h.api.post(`${ACTIONS}/${id}/execute`, c.input);
        expect(executed.status).toBe(200);
        expect(executed.data).toEqual(c.expected.finalResult);
      } else {
        expect(res.data.error.step).toBe(c.expected.error!.step);
        expect(res.data.error.code).toBe(c.expected.error!.code);
        expect(res.data.error.message.slice(0, 60)).toBe(c.expected.error!.message.slice(0, 60));
      }
    });
  }
});

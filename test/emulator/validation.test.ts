import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, fixture, FIXTURE_FILES, postBody, start, type ExportJson, type Harness } from './helpers.js';

let h: Harness;
let exp: ExportJson;
beforeEach(async () => {
  h = await start();
  exp = fixture(FIXTURE_FILES.shortenLink);
});
afterEach(async () => {
  await h.emulator.close();
});

function body(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return postBody(exp, h.integrationId('custom-rest-actions'), overrides);
}

describe('POST body validation (genesys-api.md §14.3)', () => {
  it('rejects a requestType outside GET|PUT|POST|PATCH|DELETE', async () => {
    const config = structuredClone(exp.config);
    config.request.requestType = 'FETCH';
    const res = await h.api.post(ACTIONS, body({ config }));
    expect(res.status).toBe(400);
    expect(res.data.code).toBe('bad.request');
    expect(res.data.message).toContain('requestType');
    expect(res.data.details).toEqual([{ errorCode: 'ACTION.PROCESSING' }]);
    expect(res.data.errors).toEqual([]);
    expect(h.emulator.state.actions.size).toBe(0);
  });

  it('rejects a non-JSON Accept header with the verbatim message (help p=266465)', async () => {
    const config = structuredClone(exp.config);
    config.request.headers = { ...config.request.headers, Accept: 'text/html' };
    const res = await h.api.post(`${ACTIONS}/drafts`, body({ config }));
    expect(res.status).toBe(400);
    expect(res.data.message).toBe("The 'Accept' header only supports json content types when specified");
    expect(res.data.code).toBe('INVALID_SCHEMA');
  });

  it('accepts JSON Accept headers, including parameters and +json types', async () => {
    for (const accept of ['application/json', 'application/json; charset=UTF-8', 'application/scim+json, application/json']) {
      const config = structuredClone(exp.config);
      config.request.headers = { accept };
      expect((await h.api.post(`${ACTIONS}/drafts`, body({ config }))).status).toBe(200);
    }
  });

  it('rejects timeoutSeconds outside 1–60, and accepts 60', async () => {
    for (const t of [0, 61, 2.5]) {
      const res = await h.api.post(ACTIONS, body({ config: { ...exp.config, timeoutSeconds: t } }));
      expect(res.status).toBe(400);
      expect(res.data.message).toContain('timeoutSeconds');
    }
    const ok = await h.api.post(ACTIONS, body({ config: { ...exp.config, timeoutSeconds: 60 } }));
    expect(ok.status).toBe(200);
    expect(ok.data.config.timeoutSeconds).toBe(60);
  });

  it('requires name, category, integrationId, config and contract; limits name to 256', async () => {
    for (const field of ['name', 'category', 'integrationId', 'config', 'contract']) {
      const b = body();
      delete b[field];
      const res = await h.api.post(ACTIONS, b);
      expect(res.status, field).toBe(400);
      expect(res.data.message, field).toContain(field);
    }
    expect((await h.api.post(ACTIONS, body({ name: 'x'.repeat(257) }))).status).toBe(400);
    expect((await h.api.post(ACTIONS, body({ name: 'x'.repeat(256) }))).status).toBe(200);
    expect((await h.api.post(ACTIONS, body({ category: '' }))).status).toBe(400);
  });

  it('rejects an unknown integrationId, $ref in a contract and a non-object schema', async () => {
    const unknown = await h.api.post(ACTIONS, body({ integrationId: '11111111-1111-4111-8111-111111111111' }));
    expect(unknown.status).toBe(400);
    expect(unknown.data.message).toContain('11111111-1111-4111-8111-111111111111');

    const contract = structuredClone(exp.contract);
    contract.output.successSchema.properties.ShortLink = { $ref: '#/definitions/link' };
    const ref = await h.api.post(ACTIONS, body({ contract }));
    expect(ref.status).toBe(400);
    expect(ref.data.message).toContain('$ref');

    const arr = await h.api.post(ACTIONS, body({ contract: { input: { inputSchema: [] }, output: { successSchema: {} } } }));
    expect(arr.status).toBe(400);
    expect(arr.data.message).toContain('inputSchema');
  });

  it('answers malformed JSON with 400 and a non-JSON content type with 415', async () => {
    const res = await h.api.post(ACTIONS, '{"name":', { headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(400);
    const text = await h.api.post(ACTIONS, 'name=x', { headers: { 'Content-Type': 'text/plain' } });
    expect(text.status).toBe(415);
    expect(text.data.code).toBe('unsupported.media.type');
  });
});

describe('draft validation (genesys-api.md §5.8, genesys-runtime.md §7.1)', () => {
  it('reports a nested-object input contract with the simple-properties-schema message', async () => {
    const contract = structuredClone(exp.contract);
    contract.input.inputSchema.properties.sendTextSms = { type: 'object', properties: {} };
    const id = (await h.api.post(`${ACTIONS}/drafts`, body({ contract }))).data.id as string;
    const res = await h.api.get(`${ACTIONS}/${id}/draft/validation`);
    expect(res.status).toBe(200);
    expect(res.data.valid).toBe(false);
    expect(res.data.errors).toHaveLength(1);
    expect(res.data.errors[0].message).toBe(
      'Failed Validation of contract.input.inputSchema as a simple properties schema. Must be an Object with properties and no sub-objects. ' +
        'JSON failed schema validation for the following reasons: Schema: # @/properties/properties/patternProperties/^[a-zA-Z][a-zA-Z0-9_-]*$/properties/type. ' +
        'Error location: /properties/sendTextSms/type. instance value ("object") not found in enum (possible values: ["boolean","integer","null","number","string"])',
    );
    expect(res.data.errors[0].details).toEqual([{ errorCode: 'ACTION.PROCESSING' }]);

    // publishing an invalid draft is refused (validateOnPublish, on by default)
    const pub = await h.api.post(`${ACTIONS}/${id}/draft/publish`, { version: 1 });
    expect(pub.status).toBe(400);
    expect(pub.data.message).toContain('simple properties schema');
    h.emulator.settings.validateOnPublish = false;
    expect((await h.api.post(`${ACTIONS}/${id}/draft/publish`, { version: 1 })).status).toBe(200);
  });

  it('reports a draft without requestUrlTemplate and requestType', async () => {
    const id = (await h.api.post(`${ACTIONS}/drafts`, body({ config: { request: {}, response: {} } }))).data.id as string;
    const res = await h.api.get(`${ACTIONS}/${id}/draft/validation`);
    expect(res.data.valid).toBe(false);
    expect(res.data.errors.map((e: { message: string }) => e.message)).toEqual([
      'config.request.requestUrlTemplate must not be empty',
      'config.request.requestType must be one of [GET, PUT, POST, PATCH, DELETE], got null',
    ]);
  });
});

describe('contract changes after publish (allowContractChangeOnPublished)', () => {
  async function publishedWithDraft(): Promise<string> {
    const id = (await h.api.post(ACTIONS, body())).data.id as string;
    await h.api.post(`${ACTIONS}/${id}/draft`);
    return id;
  }

  it('allows the change by default', async () => {
    const id = await publishedWithDraft();
    const contract = structuredClone(exp.contract);
    contract.output.successSchema.properties.Extra = { type: 'string' };
    const res = await h.api.patch(`${ACTIONS}/${id}/draft`, { version: 1, contract });
    expect(res.status).toBe(200);
    expect(res.data.contract.output.successSchema.properties.Extra).toEqual({ type: 'string' });
  });

  it('rejects the change with 400 when disabled, but accepts the same contract with other key order', async () => {
    h.emulator.settings.allowContractChangeOnPublished = false;
    const id = await publishedWithDraft();
    const contract = structuredClone(exp.contract);
    contract.output.successSchema.properties.Extra = { type: 'string' };
    const res = await h.api.patch(`${ACTIONS}/${id}/draft`, { version: 1, contract });
    expect(res.status).toBe(400);
    expect(res.data.message).toBe('You cannot change the contracts after you publish the action.');
    const reordered = { output: exp.contract.output, input: exp.contract.input };
    expect((await h.api.patch(`${ACTIONS}/${id}/draft`, { version: 1, contract: reordered })).status).toBe(200);
  });
});

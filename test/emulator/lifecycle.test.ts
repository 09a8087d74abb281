import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, fixture, FIXTURE_FILES, postBody, start, type Harness } from './helpers.js';

let h: Harness;
afterEach(async () => {
  await h.emulator.close();
});

describe('draft → patch → validate → publish lifecycle', () => {
  beforeEach(async () => {
    h = await start();
  });

  it('runs the whole lifecycle with versions as genesys-api.md §7 describes', async () => {
    const exp = fixture(FIXTURE_FILES.getInteractionState);
    const integrationId = h.integrationId('purecloud-data-actions');

    const created = await h.api.post(`${ACTIONS}/drafts`, postBody(exp, integrationId));
    expect(created.status).toBe(200);
    const id = created.data.id as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.data.version).toBe(1);
    expect(created.data.name).toBe('Get interaction state - Exported 2021-04-15 @ 18:57');
    expect(created.data.selfUri).toBe(`${ACTIONS}/${id}/draft`);

    // a draft-only action is not an action yet
    expect((await h.api.get(`${ACTIONS}/${id}`)).status).toBe(404);
    expect((await h.api.get(ACTIONS)).data.total).toBe(0);
    expect((await h.api.get(`${ACTIONS}/drafts`)).data.total).toBe(1);

    const patched = await h.api.patch(`${ACTIONS}/${id}/draft`, { version: 1, name: 'Get interaction state' });
    expect(patched.status).toBe(200);
    expect(patched.data.version).toBe(2);
    expect(patched.data.name).toBe('Get interaction state');

    const validation = await h.api.get(`${ACTIONS}/${id}/draft/validation`);
    expect(validation.status).toBe(200);
    expect(validation.data).toEqual({ valid: true, errors: [] });

    const published = await h.api.post(`${ACTIONS}/${id}/draft/publish`, { version: 2 });
    expect(published.status).toBe(200);
    expect(published.data.id).toBe(id);
    expect(published.data.version).toBe(1);
    expect(published.data.selfUri).toBe(`${ACTIONS}/${id}`);
    expect((await h.api.get(`${ACTIONS}/${id}/draft`)).status).toBe(404);

    // second round: draft from the published action, publish again → version 2
    const draft2 = await h.api.post(`${ACTIONS}/${id}/draft`);
    expect(draft2.status).toBe(200);
    expect(draft2.data.version).toBe(1);
    expect(draft2.data.name).toBe('Get interaction state');
    const p2 = await h.api.patch(`${ACTIONS}/${id}/draft`, { version: 1, category: 'Callbacks' });
    expect(p2.data.version).toBe(2);
    const pub2 = await h.api.post(`${ACTIONS}/${id}/draft/publish`, { version: 2 });
    expect(pub2.status).toBe(200);
    expect(pub2.data.version).toBe(2);
    expect(pub2.data.category).toBe('Callbacks');

    // GET without expand/includeConfig: no contract, no config
    const plain = await h.api.get(`${ACTIONS}/${id}`);
    expect(plain.status).toBe(200);
    expect(Object.keys(plain.data).sort()).toEqual(['category', 'id', 'integrationId', 'name', 'secure', 'selfUri', 'version']);
    expect(plain.data).toMatchObject({ id, integrationId, version: 2, secure: false, category: 'Callbacks' });

    const full = await h.api.get(`${ACTIONS}/${id}`, { params: { expand: 'contract', includeConfig: true } });
    expect(full.data.contract).toEqual(exp.contract);
    expect(full.data.config).toEqual({
      request: {
        requestUrlTemplate: '/api/v2/conversations/${input.conversationId}',
        requestType: 'GET',
        headers: {},
        requestTemplate: '${input.rawRequest}',
        requestTemplateUri: `${ACTIONS}/${id}/templates/requesttemplate.vm`,
      },
      response: {
        translationMap: { state: '$.participants[0].callbacks[0].state' },
        translationMapDefaults: { state: 'disconnected' },
        successTemplate: '{"state": ${state}}',
        successTemplateUri: `${ACTIONS}/${id}/templates/successtemplate.vm`,
      },
    });

    const contractOnly = await h.api.get(`${ACTIONS}/${id}?expand=contract`);
    expect(contractOnly.data.contract.output.successSchema.properties.state.type).toBe('string');
    expect(contractOnly.data.config).toBeUndefined();
  });

  it('POST /actions creates a published action at version 1; PATCH /actions/{id} increments it', async () => {
    const exp = fixture(FIXTURE_FILES.disconnectVoiceCall);
    const created = await h.api.post(ACTIONS, postBody(exp, h.integrationId('purecloud-data-actions')));
    expect(created.status).toBe(200);
    expect(created.data.version).toBe(1);
    const id = created.data.id as string;

    const config = structuredClone(exp.config);
    config.request.headers = { 'Content-Type': 'application/json' };
    const patched = await h.api.patch(`${ACTIONS}/${id}`, { version: 1, config });
    expect(patched.status).toBe(200);
    expect(patched.data.version).toBe(2);
    expect(patched.data.config.request.headers).toEqual({ 'Content-Type': 'application/json' });
  });

  it('allows duplicate names (genesys-api.md §5.3)', async () => {
    const body = postBody(fixture(FIXTURE_FILES.disconnectVoiceCall), h.integrationId('purecloud-data-actions'));
    const a = await h.api.post(ACTIONS, body);
    const b = await h.api.post(ACTIONS, body);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.data.id).not.toBe(b.data.id);
  });

  it('DELETE removes the action (204, then 404); DELETE of a draft keeps the published action', async () => {
    const body = postBody(fixture(FIXTURE_FILES.disconnectVoiceCall), h.integrationId('purecloud-data-actions'));
    const id = (await h.api.post(ACTIONS, body)).data.id as string;
    expect((await h.api.post(`${ACTIONS}/${id}/draft`)).status).toBe(200);
    const delDraft = await h.api.delete(`${ACTIONS}/${id}/draft`);
    expect(delDraft.status).toBe(204);
    expect(delDraft.data).toBe('');
    expect((await h.api.get(`${ACTIONS}/${id}`)).status).toBe(200);
    expect((await h.api.get(`${ACTIONS}/${id}/draft`)).status).toBe(404);

    expect((await h.api.delete(`${ACTIONS}/${id}`)).status).toBe(204);
    const gone = await h.api.get(`${ACTIONS}/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.data.code).toBe('not.found');
    expect(h.emulator.state.actions.has(id)).toBe(false);
  });
});

describe('version conflicts and draft conflicts', () => {
  beforeEach(async () => {
    h = await start();
  });

  async function draftAtVersion2(): Promise<string> {
    const body = postBody(fixture(FIXTURE_FILES.shortenLink), h.integrationId('custom-rest-actions'));
    const id = (await h.api.post(`${ACTIONS}/drafts`, body)).data.id as string;
    await h.api.patch(`${ACTIONS}/${id}/draft`, { version: 1, name: 'Shorten Link' });
    return id;
  }

  it('answers a stale draft version with 409 "does not match the current version"', async () => {
    const id = await draftAtVersion2();
    const stale = await h.api.patch(`${ACTIONS}/${id}/draft`, { version: 1, name: 'again' });
    expect(stale.status).toBe(409);
    expect(stale.data.code).toBe('conflict');
    expect(stale.data.message).toBe('Version 1 does not match the current version 2');
    expect(stale.data.contextId).toBe(stale.headers['inin-correlation-id']);
    const stalePublish = await h.api.post(`${ACTIONS}/${id}/draft/publish`, { version: 3 });
    expect(stalePublish.status).toBe(409);
    // nothing changed
    expect((await h.api.get(`${ACTIONS}/${id}/draft`)).data).toMatchObject({ version: 2, name: 'Shorten Link' });
  });

  it('answers a missing version with 400 "version must not be null"', async () => {
    const id = await draftAtVersion2();
    const res = await h.api.post(`${ACTIONS}/${id}/draft/publish`, {});
    expect(res.status).toBe(400);
    expect(res.data.message).toBe('version must not be null');
    expect(res.data.code).toBe('bad.request');
    const patch = await h.api.patch(`${ACTIONS}/${id}/draft`, { name: 'x' });
    expect(patch.status).toBe(400);
  });

  it('uses 400 for conflicts when versionConflictStatus is 400', async () => {
    h.emulator.settings.versionConflictStatus = 400;
    const id = await draftAtVersion2();
    const stale = await h.api.patch(`${ACTIONS}/${id}/draft`, { version: 1 });
    expect(stale.status).toBe(400);
    expect(stale.data.code).toBe('bad.request');
    expect(stale.data.message).toContain('does not match the current version');
  });

  it('answers a second POST /{id}/draft with 409', async () => {
    const body = postBody(fixture(FIXTURE_FILES.shortenLink), h.integrationId('custom-rest-actions'));
    const id = (await h.api.post(ACTIONS, body)).data.id as string;
    expect((await h.api.post(`${ACTIONS}/${id}/draft`)).status).toBe(200);
    const again = await h.api.post(`${ACTIONS}/${id}/draft`);
    expect(again.status).toBe(409);
    expect(again.data.code).toBe('conflict');
  });

  it('answers POST /{id}/draft for an unknown id with 404', async () => {
    const res = await h.api.post(`${ACTIONS}/00000000-0000-4000-8000-000000000000/draft`);
    expect(res.status).toBe(404);
  });

  it('answers a stale PATCH /actions/{id} with 409', async () => {
    const body = postBody(fixture(FIXTURE_FILES.shortenLink), h.integrationId('custom-rest-actions'));
    const id = (await h.api.post(ACTIONS, body)).data.id as string;
    expect((await h.api.patch(`${ACTIONS}/${id}`, { version: 1, name: 'n2' })).status).toBe(200);
    const stale = await h.api.patch(`${ACTIONS}/${id}`, { version: 1, name: 'n3' });
    expect(stale.status).toBe(409);
    expect(h.emulator.state.actions.get(id)!.published!.name).toBe('n2');
  });
});

describe('seed helpers', () => {
  it('seed.action accepts a UI export as is and places published + draft parts', async () => {
    h = await start();
    const exp = fixture(FIXTURE_FILES.getInteractionState);
    const action = h.emulator.seed.action({ ...exp, state: 'both', version: 4 });
    expect(action.integrationId).toBe(h.integrationId('purecloud-data-actions'));
    const pub = await h.api.get(`${ACTIONS}/${action.id}`);
    expect(pub.data).toMatchObject({ version: 4, category: 'Genesys Cloud Data Actions', name: exp.name });
    expect((await h.api.get(`${ACTIONS}/${action.id}/draft`)).data.version).toBe(1);
    expect(() => h.emulator.seed.action({ ...exp, integrationType: 'function-data-actions' })).toThrow(/no integration/);
  });
});

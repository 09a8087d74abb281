import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deployItem } from '../../src/deploy/deploy.js';
import type { PlanItem } from '../../src/plan/types.js';
import { FakeServer } from '../genesys/support/fake-server.js';
import { testClient } from '../genesys/support/client.js';
import { fixturePayload } from '../plan/support/corpus.js';

const A = '/api/v2/integrations/actions';
const PAYLOAD = fixturePayload('purplenet__Create-Callback-Extended.json', 'int-1', 'Callbacks');

let server: FakeServer;
beforeEach(async () => {
  server = (await FakeServer.start()).withTokens();
});
afterEach(async () => {
  await server.close();
});

function createItem(): PlanItem {
  return {
    change: 'create',
    name: PAYLOAD.name,
    file: 'actions/callback.json',
    integrationId: 'int-1',
    integrationName: 'Genesys Cloud Data Actions',
    changedFields: [],
    contractChanged: false,
    desired: PAYLOAD,
  };
}

function updateItem(): PlanItem {
  return { ...createItem(), change: 'update', actionId: 'act-1', remoteVersion: 3, changedFields: ['config.request.requestTemplate'] };
}

function actionBody(id: string, version: number) {
  return { id, name: PAYLOAD.name, integrationId: 'int-1', category: 'Callbacks', version, secure: false };
}

/** A draft listing: `entities` on page 1, then an empty page. */
function draftPages(entities: unknown[]) {
  return (call: { query: Record<string, string> }) => ({ body: { entities: call.query.pageNumber === '1' ? entities : [] } });
}

const VALID = { body: { valid: true, errors: [] } };

describe('create', () => {
  it('checks for leftovers, creates a draft, validates and publishes with the draft version', async () => {
    server
      .on('GET', `${A}/drafts`, draftPages([]))
      .on('POST', `${A}/drafts`, { body: actionBody('new-1', 1) })
      .on('GET', `${A}/new-1/draft/validation`, VALID)
      .on('POST', `${A}/new-1/draft/publish`, { body: actionBody('new-1', 1) });
    const { client } = testClient(server);
    const result = await deployItem(client.actions, createItem());

    expect(result).toEqual({ name: 'Create Callback Extended', file: 'actions/callback.json', status: 'created', actionId: 'new-1', version: 1 });
    expect(server.apiCalls()).toEqual([
      `GET ${A}/drafts`,
      `POST ${A}/drafts`,
      `GET ${A}/new-1/draft/validation`,
      `POST ${A}/new-1/draft/publish`,
    ]);
    const calls = server.calls.filter((c) => c.path !== '/oauth/token');
    expect(calls[0]!.query).toMatchObject({ name: 'Create Callback Extended', pageSize: '100', pageNumber: '1' });
    expect(calls[1]!.json).toEqual(PAYLOAD);
    expect(calls[3]!.json).toEqual({ version: 1 });
  });

  it('reuses a draft-only action left by an interrupted run instead of creating a duplicate', async () => {
    server
      .on('GET', `${A}/drafts`, draftPages([actionBody('left-1', 3), actionBody('pub-1', 2), { ...actionBody('x', 1), integrationId: 'int-2' }]))
      .on('GET', `${A}/left-1`, { status: 404, body: { code: 'not.found', message: 'not found' } })
      .on('GET', `${A}/pub-1`, { body: actionBody('pub-1', 5) })
      .on('PATCH', `${A}/left-1/draft`, { body: actionBody('left-1', 4) })
      .on('GET', `${A}/left-1/draft/validation`, VALID)
      .on('POST', `${A}/left-1/draft/publish`, { body: actionBody('left-1', 1) });
    const { client } = testClient(server);
    const result = await deployItem(client.actions, createItem());

    expect(result.status).toBe('created');
    expect(result.actionId).toBe('left-1');
    expect(result.warnings).toEqual(['reused the unpublished draft left-1 (version 3) left by an earlier run']);
    expect(server.apiCalls()).toEqual([
      `GET ${A}/drafts`, // page 1
      `GET ${A}/drafts`, // page 2, empty: the end
      `GET ${A}/left-1`,
      `GET ${A}/pub-1`,
      `PATCH ${A}/left-1/draft`,
      `GET ${A}/left-1/draft/validation`,
      `POST ${A}/left-1/draft/publish`,
    ]);
    const patch = server.calls.find((c) => c.method === 'PATCH')!;
    expect(patch.json).toEqual({
      name: PAYLOAD.name,
      category: 'Callbacks',
      config: PAYLOAD.config,
      contract: PAYLOAD.contract,
      secure: false,
      version: 3,
    });
    expect(server.calls.find((c) => c.path.endsWith('/publish'))!.json).toEqual({ version: 4 });
  });

  it('deletes the draft and reports the messages when validation fails', async () => {
    server
      .on('GET', `${A}/drafts`, draftPages([]))
      .on('POST', `${A}/drafts`, { body: actionBody('new-1', 1) })
      .on('GET', `${A}/new-1/draft/validation`, {
        body: { valid: false, errors: [{ message: 'Input contract must be a flat object', code: 'bad.request' }, { userMessage: 'Unknown request type' }] },
      })
      .on('DELETE', `${A}/new-1/draft`, { status: 204 });
    const { client } = testClient(server);
    const result = await deployItem(client.actions, createItem());

    expect(result.status).toBe('failed');
    expect(result.actionId).toBeUndefined();
    expect(result.message).toBe(
      'validate draft: Genesys rejected the draft: Input contract must be a flat object; Unknown request type The draft was deleted.',
    );
    expect(server.apiCalls()).toEqual([
      `GET ${A}/drafts`,
      `POST ${A}/drafts`,
      `GET ${A}/new-1/draft/validation`,
      `DELETE ${A}/new-1/draft`,
    ]);
  });

  it('does not retry a failed create and deletes nothing', async () => {
    server
      .on('GET', `${A}/drafts`, draftPages([]))
      .on('POST', `${A}/drafts`, { status: 503, body: { message: 'Service unavailable', code: 'service.unavailable' } });
    const { client, sleeps } = testClient(server);
    const result = await deployItem(client.actions, createItem());

    expect(result.status).toBe('failed');
    expect(result.actionId).toBeUndefined();
    expect(result.message).toContain('create draft: POST /api/v2/integrations/actions/drafts failed: 503 service.unavailable');
    expect(result.message).toContain('the next run finds and reuses it');
    expect(server.apiCalls()).toEqual([`GET ${A}/drafts`, `POST ${A}/drafts`]);
    expect(sleeps).toEqual([]);
  });
});

describe('update', () => {
  it('creates a draft from the published action, patches it and publishes the patched version', async () => {
    server
      .on('POST', `${A}/act-1/draft`, { body: actionBody('act-1', 1) })
      .on('PATCH', `${A}/act-1/draft`, { body: actionBody('act-1', 2) })
      .on('GET', `${A}/act-1/draft/validation`, VALID)
      .on('POST', `${A}/act-1/draft/publish`, { body: actionBody('act-1', 4) });
    const { client } = testClient(server);
    const result = await deployItem(client.actions, updateItem());

    expect(result).toEqual({ name: PAYLOAD.name, file: 'actions/callback.json', status: 'updated', actionId: 'act-1', version: 4 });
    expect(server.apiCalls()).toEqual([
      `POST ${A}/act-1/draft`,
      `PATCH ${A}/act-1/draft`,
      `GET ${A}/act-1/draft/validation`,
      `POST ${A}/act-1/draft/publish`,
    ]);
    const patch = server.calls.find((c) => c.method === 'PATCH')!.json as Record<string, unknown>;
    expect(patch.version).toBe(1);
    expect(patch.integrationId).toBeUndefined();
    expect(patch.config).toEqual(PAYLOAD.config);
    expect(server.calls.find((c) => c.path.endsWith('/publish'))!.json).toEqual({ version: 2 });
  });

  it('replaces an existing draft after a 409, with a warning', async () => {
    server
      .on('POST', `${A}/act-1/draft`, { status: 409, body: { code: 'conflict', message: 'A draft already exists' } })
      .on('GET', `${A}/act-1/draft`, { body: { ...actionBody('act-1', 4), config: PAYLOAD.config } })
      .on('PATCH', `${A}/act-1/draft`, { body: actionBody('act-1', 5) })
      .on('GET', `${A}/act-1/draft/validation`, VALID)
      .on('POST', `${A}/act-1/draft/publish`, { body: actionBody('act-1', 8) });
    const { client } = testClient(server);
    const result = await deployItem(client.actions, updateItem());

    expect(result.status).toBe('updated');
    expect(result.version).toBe(8);
    expect(result.warnings).toEqual(['an existing draft (version 4) was replaced']);
    expect(server.apiCalls()).toEqual([
      `POST ${A}/act-1/draft`,
      `GET ${A}/act-1/draft`,
      `PATCH ${A}/act-1/draft`,
      `GET ${A}/act-1/draft/validation`,
      `POST ${A}/act-1/draft/publish`,
    ]);
    expect((server.calls.find((c) => c.method === 'PATCH')!.json as { version: number }).version).toBe(4);
    expect(server.calls.find((c) => c.path.endsWith('/publish'))!.json).toEqual({ version: 5 });
  });

  it('re-reads the draft once on a version conflict at PATCH', async () => {
    server
      .on('POST', `${A}/act-1/draft`, { body: actionBody('act-1', 1) })
      .on('PATCH', `${A}/act-1/draft`, (call) =>
        (call.json as { version: number }).version === 1
          ? { status: 400, body: { code: 'bad.request', message: 'Version 1 does not match the current version 2' } }
          : { body: actionBody('act-1', 3) },
      )
      .on('GET', `${A}/act-1/draft`, { body: actionBody('act-1', 2) })
      .on('GET', `${A}/act-1/draft/validation`, VALID)
      .on('POST', `${A}/act-1/draft/publish`, { body: actionBody('act-1', 4) });
    const { client } = testClient(server);
    const result = await deployItem(client.actions, updateItem());

    expect(result.status).toBe('updated');
    expect(server.calls.filter((c) => c.method === 'PATCH').map((c) => (c.json as { version: number }).version)).toEqual([1, 2]);
    expect(server.calls.find((c) => c.path.endsWith('/publish'))!.json).toEqual({ version: 3 });
  });

  it('on a publish conflict rewrites the draft and publishes once more', async () => {
    server
      .on('POST', `${A}/act-1/draft`, { body: actionBody('act-1', 1) })
      .on('PATCH', `${A}/act-1/draft`, (call) => ({ body: actionBody('act-1', (call.json as { version: number }).version + 1) }))
      .on('GET', `${A}/act-1/draft`, { body: actionBody('act-1', 5) })
      .on('GET', `${A}/act-1/draft/validation`, VALID)
      .on('POST', `${A}/act-1/draft/publish`, (call) =>
        (call.json as { version: number }).version === 2
          ? { status: 409, body: { code: 'conflict', message: 'Supplied version 2 does not match latest draft version 5' } }
          : { body: actionBody('act-1', 9) },
      );
    const { client } = testClient(server);
    const result = await deployItem(client.actions, updateItem());

    expect(result).toMatchObject({ status: 'updated', version: 9 });
    expect(server.calls.filter((c) => c.path.endsWith('/publish')).map((c) => c.json)).toEqual([{ version: 2 }, { version: 6 }]);
  });

  it('deletes its draft when publishing fails, leaving the published action alone', async () => {
    server
      .on('POST', `${A}/act-1/draft`, { body: actionBody('act-1', 1) })
      .on('PATCH', `${A}/act-1/draft`, { body: actionBody('act-1', 2) })
      .on('GET', `${A}/act-1/draft/validation`, VALID)
      .on('POST', `${A}/act-1/draft/publish`, {
        status: 400,
        headers: { 'ININ-Correlation-Id': 'c-9' },
        body: { code: 'bad.request', message: 'You cannot change the contracts after you publish the action' },
      })
      .on('DELETE', `${A}/act-1/draft`, { status: 204 });
    const { client } = testClient(server);
    const result = await deployItem(client.actions, updateItem());

    expect(result.status).toBe('failed');
    expect(result.message).toBe(
      'publish: POST /api/v2/integrations/actions/act-1/draft/publish failed: 400 bad.request — You cannot change the contracts after you publish the action (correlation id c-9) The draft was deleted; the published action is unchanged.',
    );
    expect(server.apiCalls()).toEqual([
      `POST ${A}/act-1/draft`,
      `PATCH ${A}/act-1/draft`,
      `GET ${A}/act-1/draft/validation`,
      `POST ${A}/act-1/draft/publish`,
      `DELETE ${A}/act-1/draft`,
    ]);
    expect(server.calls.some((c) => c.method === 'DELETE' && c.path === `${A}/act-1`)).toBe(false);
  });

  it('stops before writing when the action changed since the plan (opt-in guard)', async () => {
    server.on('GET', `${A}/act-1`, { body: actionBody('act-1', 5) });
    const { client } = testClient(server);
    const result = await deployItem(client.actions, updateItem(), { guardPlannedVersion: true });
    expect(result.status).toBe('failed');
    expect(result.message).toBe('check remote version: the action changed since the plan (version 5, planned against 3); plan again');
    expect(server.apiCalls()).toEqual([`GET ${A}/act-1`]);
  });
});

describe('unchanged and orphan items', () => {
  it('makes no call at all', async () => {
    const { client } = testClient(server);
    const unchanged = await deployItem(client.actions, { ...updateItem(), change: 'unchanged', changedFields: [] });
    expect(unchanged).toEqual({ name: PAYLOAD.name, file: 'actions/callback.json', status: 'unchanged', actionId: 'act-1', version: 3 });
    const orphan = await deployItem(client.actions, {
      change: 'orphan',
      name: 'Old',
      integrationId: 'int-1',
      integrationName: 'GC',
      actionId: 'act-9',
      changedFields: [],
      contractChanged: false,
    });
    expect(orphan.status).toBe('skipped');
    expect(server.calls).toEqual([]);
  });
});

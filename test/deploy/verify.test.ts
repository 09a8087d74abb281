import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyItem } from '../../src/deploy/verify.js';
import type { DeployResult } from '../../src/deploy/types.js';
import type { PlanItem } from '../../src/plan/types.js';
import { FakeServer } from '../genesys/support/fake-server.js';
import { testClient } from '../genesys/support/client.js';
import { fixturePayload, readBack } from '../plan/support/corpus.js';

const A = '/api/v2/integrations/actions';
const PAYLOAD = fixturePayload('wfm-hris__Bamboo-Get-Balance.custom.json', 'int-1', 'HR');
const ITEM: PlanItem = {
  change: 'update',
  name: PAYLOAD.name,
  file: 'actions/balance.json',
  integrationId: 'int-1',
  integrationName: 'Web Services Data Actions',
  actionId: 'act-1',
  remoteVersion: 2,
  changedFields: ['config.response.successTemplate'],
  contractChanged: false,
  desired: PAYLOAD,
};
const UPDATED: DeployResult = { name: PAYLOAD.name, file: 'actions/balance.json', status: 'updated', actionId: 'act-1', version: 3 };

let server: FakeServer;
beforeEach(async () => {
  server = (await FakeServer.start()).withTokens();
});
afterEach(async () => {
  await server.close();
});

describe('verifyItem', () => {
  it('verifies a read-back equal to the definition, templates fetched when URI-only', async () => {
    const back = readBack(PAYLOAD, 'act-1', 3) as any;
    delete back.config.request.requestTemplate;
    delete back.config.response.successTemplate;
    server
      .on('GET', `${A}/act-1`, { body: back })
      .on('GET', `${A}/act-1/templates/requesttemplate.vm`, { text: PAYLOAD.config.request.requestTemplate! })
      .on('GET', `${A}/act-1/templates/successtemplate.vm`, { text: PAYLOAD.config.response.successTemplate! });
    const { client } = testClient(server);
    const result = await verifyItem(client.actions, ITEM, UPDATED);
    expect(result).toEqual({ name: PAYLOAD.name, file: 'actions/balance.json', actionId: 'act-1', status: 'verified' });
    expect(server.calls.find((c) => c.path === `${A}/act-1`)!.query).toEqual({ expand: 'contract', includeConfig: 'true' });
  });

  it('reports the differing paths on a mismatch', async () => {
    const other = structuredClone(PAYLOAD);
    other.config.response.successTemplate = '${rawResult}';
    other.config.request.headers = {};
    server.on('GET', `${A}/act-1`, { body: readBack(other, 'act-1', 3) });
    const { client } = testClient(server);
    const result = await verifyItem(client.actions, ITEM, UPDATED);
    expect(result.status).toBe('mismatch');
    expect(result.differences).toEqual(['config.request.headers.Accept', 'config.response.successTemplate']);
  });

  it('retries a 404 right after publish, then fails with the error', async () => {
    server.on('GET', `${A}/act-1`, { status: 404, body: { code: 'not.found', message: 'Action act-1 not found' } });
    const sleeps: number[] = [];
    const { client } = testClient(server);
    const result = await verifyItem(client.actions, ITEM, UPDATED, { sleep: async (ms) => void sleeps.push(ms), notFoundRetries: 2 });
    expect(result.status).toBe('failed');
    expect(result.message).toContain('404 not.found — Action act-1 not found');
    expect(sleeps).toEqual([2000, 2000]);
    expect(server.apiCalls()).toHaveLength(3);
  });

  it('skips items that were not deployed', async () => {
    const { client } = testClient(server);
    const result = await verifyItem(client.actions, ITEM, { ...UPDATED, status: 'failed' });
    expect(result.status).toBe('skipped');
    expect(server.calls).toEqual([]);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, fixture, FIXTURE_FILES, postBody, start, type Harness } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await start();
});
afterEach(async () => {
  await h.emulator.close();
});

async function createNamed(names: string[], category = 'Emulator Tests'): Promise<void> {
  const exp = fixture(FIXTURE_FILES.disconnectVoiceCall);
  for (const name of names) {
    const res = await h.api.post(ACTIONS, postBody(exp, h.integrationId('purecloud-data-actions'), { name, category }));
    expect(res.status).toBe(200);
  }
}

describe('GET /api/v2/integrations/actions', () => {
  it('pages with pageSize/pageNumber and consistent URIs (genesys-api.md §3.2)', async () => {
    await createNamed(['a1', 'a2', 'a3', 'a4', 'a5']);
    const p1 = await h.api.get(ACTIONS, { params: { pageSize: 2, pageNumber: 1 } });
    expect(p1.data).toMatchObject({ pageSize: 2, pageNumber: 1, total: 5, pageCount: 3 });
    expect(p1.data.entities.map((e: { name: string }) => e.name)).toEqual(['a1', 'a2']);
    expect(p1.data.nextUri).toBe(`${ACTIONS}?pageSize=2&pageNumber=2`);
    expect(p1.data.previousUri).toBeUndefined();
    expect(p1.data.lastUri).toBe(`${ACTIONS}?pageSize=2&pageNumber=3`);

    const p3 = await h.api.get(ACTIONS, { params: { pageSize: 2, pageNumber: 3 } });
    expect(p3.data.entities.map((e: { name: string }) => e.name)).toEqual(['a5']);
    expect(p3.data.nextUri).toBeUndefined();
    expect(p3.data.previousUri).toBe(`${ACTIONS}?pageSize=2&pageNumber=2`);

    const past = await h.api.get(ACTIONS, { params: { pageSize: 2, pageNumber: 4 } });
    expect(past.data.entities).toEqual([]);
    expect(past.data.total).toBe(5);

    // walking nextUri visits every action exactly once
    const seen: string[] = [];
    let next: string | undefined = `${ACTIONS}?pageSize=2`;
    while (next) {
      const page: { data: { entities: Array<{ id: string }>; nextUri?: string } } = await h.api.get(next);
      seen.push(...page.data.entities.map((e) => e.id));
      next = page.data.nextUri;
    }
    expect(new Set(seen).size).toBe(5);
  });

  it('defaults to pageSize 25, page 1 and rejects pageSize 0', async () => {
    await createNamed(['only']);
    const res = await h.api.get(ACTIONS);
    expect(res.data).toMatchObject({ pageSize: 25, pageNumber: 1, total: 1, pageCount: 1 });
    expect(res.data.entities[0].config).toBeUndefined();
    const bad = await h.api.get(ACTIONS, { params: { pageSize: 0 } });
    expect(bad.status).toBe(400);
  });

  it('filters by partial, case-insensitive name (genesys-api.md §5.1)', async () => {
    await createNamed(['Get Customer', 'Get customer orders', 'Update Customer', 'Disconnect']);
    const res = await h.api.get(ACTIONS, { params: { name: 'CUSTOMER' } });
    expect(res.data.entities.map((e: { name: string }) => e.name)).toEqual(['Get Customer', 'Get customer orders', 'Update Customer']);
    const exact = await h.api.get(ACTIONS, { params: { name: 'get customer' } });
    expect(exact.data.total).toBe(2);
  });

  it('filters by category and integrationId, and includes config on request', async () => {
    await createNamed(['x1'], 'CRM');
    await createNamed(['x2'], 'Telephony');
    const crm = await h.api.get(ACTIONS, { params: { category: 'CRM', includeConfig: true } });
    expect(crm.data.entities.map((e: { name: string }) => e.name)).toEqual(['x1']);
    expect(crm.data.entities[0].config.request.requestType).toBe('POST');
    const other = await h.api.get(ACTIONS, { params: { integrationId: h.integrationId('custom-rest-actions') } });
    expect(other.data.total).toBe(0);
  });

  it('lists drafts separately from published actions', async () => {
    await createNamed(['published']);
    const exp = fixture(FIXTURE_FILES.shortenLink);
    await h.api.post(`${ACTIONS}/drafts`, postBody(exp, h.integrationId('custom-rest-actions'), { name: 'draft only' }));
    const published = await h.api.get(ACTIONS);
    const drafts = await h.api.get(`${ACTIONS}/drafts`);
    expect(published.data.entities.map((e: { name: string }) => e.name)).toEqual(['published']);
    expect(drafts.data.entities.map((e: { name: string }) => e.name)).toEqual(['draft only']);
    expect(drafts.data.entities[0].selfUri).toMatch(/\/draft$/);
  });

  it('lists categories of published actions', async () => {
    await createNamed(['a'], 'Telephony');
    await createNamed(['b', 'c'], 'CRM');
    const res = await h.api.get(`${ACTIONS}/categories`);
    expect(res.status).toBe(200);
    expect(res.data.entities).toEqual([{ name: 'CRM' }, { name: 'Telephony' }]);
    expect(res.data.total).toBe(2);
  });
});

describe('GET /api/v2/integrations', () => {
  it('lists the default integrations and filters by integrationType (genesys-api.md §8.2)', async () => {
    const all = await h.api.get('/api/v2/integrations');
    expect(all.status).toBe(200);
    expect(all.data.entities.map((i: { name: string; integrationType: { id: string } }) => [i.name, i.integrationType.id])).toEqual([
      ['Genesys Cloud Data Actions', 'purecloud-data-actions'],
      ['Web Services Data Actions', 'custom-rest-actions'],
    ]);
    const rest = await h.api.get('/api/v2/integrations', { params: { integrationType: 'custom-rest-actions' } });
    expect(rest.data.total).toBe(1);
    const id = rest.data.entities[0].id as string;
    const one = await h.api.get(`/api/v2/integrations/${id}`);
    expect(one.data).toMatchObject({ id, name: 'Web Services Data Actions', intendedState: 'ENABLED', selfUri: `/api/v2/integrations/${id}` });
    expect((await h.api.get('/api/v2/integrations/nope')).status).toBe(404);
  });
});

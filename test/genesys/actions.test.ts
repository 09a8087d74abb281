import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IntegrationResolutionError, resolveIntegration } from '../../src/genesys/integrations.js';
import { FakeServer, type RecordedCall } from './support/fake-server.js';
import { testClient } from './support/client.js';

let server: FakeServer;
beforeEach(async () => {
  server = (await FakeServer.start()).withTokens();
});
afterEach(async () => {
  await server.close();
});

const ACTIONS = '/api/v2/integrations/actions';

function action(n: number, extra: Record<string, unknown> = {}) {
  return { id: `a${n}`, name: `Action ${n}`, integrationId: 'i1', category: 'CRM', version: 1, secure: false, ...extra };
}

/** Pages of `size` from `all`, served by pageNumber; an empty page past the end. */
function paged(all: unknown[], size: number) {
  return (call: RecordedCall) => {
    const page = Number(call.query.pageNumber);
    return { body: { entities: all.slice((page - 1) * size, page * size), pageSize: size, pageNumber: page, total: all.length } };
  };
}

describe('listing', () => {
  it('pages with pageSize 100 until the first empty page', async () => {
    const all = Array.from({ length: 230 }, (_, i) => action(i + 1));
    server.on('GET', ACTIONS, paged(all, 100));
    const { client } = testClient(server);
    const listed = await client.actions.listActions();
    expect(listed).toHaveLength(230);
    expect(listed[229]!.id).toBe('a230');
    const pages = server.calls.filter((c) => c.path === ACTIONS).map((c) => [c.query.pageSize, c.query.pageNumber]);
    expect(pages).toEqual([
      ['100', '1'],
      ['100', '2'],
      ['100', '3'],
      ['100', '4'],
    ]);
  });

  it('does not trust pageCount: keeps going while pages are non-empty', async () => {
    server.on('GET', ACTIONS, (call) => {
      const page = Number(call.query.pageNumber);
      return { body: { entities: page <= 2 ? [action(page)] : [], pageCount: 1 } };
    });
    const { client } = testClient(server);
    expect((await client.actions.listActions()).map((a) => a.id)).toEqual(['a1', 'a2']);
  });

  it('sends the name filter and keeps exact name + integration matches only', async () => {
    const all = [
      action(1, { name: 'Get Customer' }),
      action(2, { name: 'Get Customer Orders' }),
      action(3, { name: 'get customer' }),
      action(4, { name: 'Get Customer', integrationId: 'i2' }),
    ];
    server.on('GET', `${ACTIONS}/drafts`, paged(all, 100));
    const { client } = testClient(server);
    const drafts = await client.actions.listDrafts({ name: 'Get Customer', integrationId: 'i1' });
    expect(drafts.map((a) => a.id)).toEqual(['a1']);
    expect(server.calls[1]!.query.name).toBe('Get Customer');
  });
});

describe('reading an action', () => {
  const CONFIG_URI_ONLY = {
    timeoutSeconds: 20,
    request: {
      requestUrlTemplate: '/api/v2/users/${input.userId}',
      requestType: 'GET',
      headers: {},
      requestTemplateUri: '/api/v2/integrations/actions/a1/templates/requesttemplate.vm',
    },
    response: {
      translationMap: { name: '$.name' },
      translationMapDefaults: {},
      successTemplateUri: '/api/v2/integrations/actions/a1/templates/successtemplate.vm',
    },
  };

  it('asks for contract and config and fetches URI-only templates as text with Accept */*', async () => {
    server
      .on('GET', `${ACTIONS}/a1`, { body: action(1, { config: CONFIG_URI_ONLY, contract: { input: { inputSchema: { type: 'object' } } } }) })
      .on('GET', `${ACTIONS}/a1/templates/requesttemplate.vm`, { text: '${input.rawRequest}' })
      .on('GET', `${ACTIONS}/a1/templates/successtemplate.vm`, { text: '{"name": ${name}}' });
    const { client } = testClient(server);
    const read = await client.actions.getAction('a1');
    expect(read.config?.request?.requestTemplate).toBe('${input.rawRequest}');
    expect(read.config?.response?.successTemplate).toBe('{"name": ${name}}');
    const get = server.calls.find((c) => c.path === `${ACTIONS}/a1`)!;
    expect(get.query).toEqual({ expand: 'contract', includeConfig: 'true' });
    const templateCalls = server.calls.filter((c) => c.path.includes('/templates/'));
    expect(templateCalls.map((c) => c.headers.accept)).toEqual(['*/*', '*/*']);
  });

  it('reads draft templates from the draft templates endpoint', async () => {
    const draftConfig = {
      ...CONFIG_URI_ONLY,
      request: { ...CONFIG_URI_ONLY.request, requestTemplate: '{"a": 1}', requestTemplateUri: '/x/draft/templates/requesttemplate.vm' },
      response: { ...CONFIG_URI_ONLY.response, successTemplateUri: '/x/draft/templates/successtemplate.vm' },
    };
    server
      .on('GET', `${ACTIONS}/a1/draft`, { body: action(1, { config: draftConfig }) })
      .on('GET', `${ACTIONS}/a1/draft/templates/successtemplate.vm`, { text: '${rawResult}' });
    const { client } = testClient(server);
    const draft = await client.actions.getDraft('a1');
    expect(draft.config?.request?.requestTemplate).toBe('{"a": 1}');
    expect(draft.config?.response?.successTemplate).toBe('${rawResult}');
    expect(server.apiCalls()).toEqual([`GET ${ACTIONS}/a1/draft`, `GET ${ACTIONS}/a1/draft/templates/successtemplate.vm`]);
  });

  it('treats a 404 on DELETE draft as success', async () => {
    server.on('DELETE', `${ACTIONS}/a1/draft`, { status: 404, body: { code: 'not.found', message: 'no draft' } });
    const { client } = testClient(server);
    await expect(client.actions.deleteDraft('a1')).resolves.toBeUndefined();
  });

  it('publishes with the given version', async () => {
    server.on('POST', `${ACTIONS}/a1/draft/publish`, { body: action(1, { version: 6 }) });
    const { client } = testClient(server);
    const published = await client.actions.publishDraft('a1', 5);
    expect(published.version).toBe(6);
    expect(server.calls.find((c) => c.path.endsWith('/publish'))!.json).toEqual({ version: 5 });
  });
});

describe('integrations', () => {
  const INTEGRATIONS = [
    { id: 'i1', name: 'Web Services Data Actions', integrationType: { id: 'custom-rest-actions' } },
    { id: 'i2', name: 'Genesys Cloud Data Actions', integrationType: { id: 'purecloud-data-actions' } },
    { id: 'i3', name: 'CRM', integrationType: { id: 'custom-rest-actions' } },
    { id: 'i4', name: 'CRM', integrationType: { id: 'custom-rest-actions' } },
  ];

  beforeEach(() => {
    server.on('GET', '/api/v2/integrations', paged(INTEGRATIONS, 100));
  });

  it('resolves by exact name and by id', async () => {
    const { client } = testClient(server);
    expect((await resolveIntegration(client.http, 'Genesys Cloud Data Actions')).id).toBe('i2');
    expect((await resolveIntegration(client.http, 'i4')).name).toBe('CRM');
  });

  it('fails when several integrations share the name, listing them', async () => {
    const { client } = testClient(server);
    const error = (await resolveIntegration(client.http, 'CRM').catch((e: unknown) => e)) as IntegrationResolutionError;
    expect(error).toBeInstanceOf(IntegrationResolutionError);
    expect(error.candidates.map((c) => c.id)).toEqual(['i3', 'i4']);
    expect(error.message).toContain('2 integrations are named "CRM"');
  });

  it('fails when none matches, listing the candidates of the type', async () => {
    const { client } = testClient(server);
    const error = (await resolveIntegration(client.http, 'web services data actions', 'custom-rest-actions').catch(
      (e: unknown) => e,
    )) as IntegrationResolutionError;
    expect(error).toBeInstanceOf(IntegrationResolutionError);
    expect(error.candidates.map((c) => c.id)).toEqual(['i1', 'i3', 'i4']);
    expect(error.message).toContain('No integration of type custom-rest-actions is named "web services data actions"');
    expect(error.message).toContain('"Web Services Data Actions" (custom-rest-actions, id i1)');
  });
});

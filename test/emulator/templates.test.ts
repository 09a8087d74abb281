import { afterEach, describe, expect, it } from 'vitest';
import { ACTIONS, fixture, FIXTURE_FILES, postBody, start, type Harness } from './helpers.js';

let h: Harness;
afterEach(async () => {
  await h.emulator.close();
});

describe('template endpoints (genesys-api.md §5.13)', () => {
  it('returns the raw Velocity text for the action and its draft', async () => {
    h = await start();
    const exp = fixture(FIXTURE_FILES.shortenLink);
    const id = (await h.api.post(ACTIONS, postBody(exp, h.integrationId('custom-rest-actions')))).data.id as string;
    const req = await h.api.get(`${ACTIONS}/${id}/templates/requesttemplate.vm`, { responseType: 'text', headers: { Accept: '*/*' } });
    expect(req.status).toBe(200);
    expect(req.headers['content-type']).toMatch(/^text\/plain/);
    expect(req.data).toBe('{"long_url": "${input.LongLink}"}');
    const succ = await h.api.get(`${ACTIONS}/${id}/templates/successtemplate.vm`, { responseType: 'text' });
    expect(succ.data).toBe('{"ShortLink":${shortlink}}');

    await h.api.post(`${ACTIONS}/${id}/draft`);
    const config = structuredClone(exp.config);
    config.response.successTemplate = '{"ShortLink": ${shortlink}, "v": 2}';
    expect((await h.api.patch(`${ACTIONS}/${id}/draft`, { version: 1, config })).status).toBe(200);
    const draftSucc = await h.api.get(`${ACTIONS}/${id}/draft/templates/successtemplate.vm`, { responseType: 'text' });
    expect(draftSucc.data).toBe('{"ShortLink": ${shortlink}, "v": 2}');
    // the published template is untouched until publish
    expect((await h.api.get(`${ACTIONS}/${id}/templates/successtemplate.vm`, { responseType: 'text' })).data).toBe('{"ShortLink":${shortlink}}');

    expect((await h.api.get(`${ACTIONS}/${id}/templates/other.vm`)).status).toBe(404);
  });

  it('fills the defaults when templates and maps are omitted or empty (genesys-api.md §14.6)', async () => {
    h = await start();
    const exp = fixture(FIXTURE_FILES.disconnectVoiceCall);
    const config = {
      request: { requestUrlTemplate: '/api/v2/conversations/${input.conversationId}/disconnect', requestType: 'POST', requestTemplate: '' },
      response: {},
    };
    const res = await h.api.post(ACTIONS, postBody(exp, h.integrationId('purecloud-data-actions'), { config }));
    expect(res.status).toBe(200);
    expect(res.data.config.request.requestTemplate).toBe('${input.rawRequest}');
    expect(res.data.config.request.headers).toEqual({});
    expect(res.data.config.response).toMatchObject({ translationMap: {}, translationMapDefaults: {}, successTemplate: '${rawResult}' });
    const text = await h.api.get(`${ACTIONS}/${res.data.id}/templates/requesttemplate.vm`, { responseType: 'text' });
    expect(text.data).toBe('${input.rawRequest}');
  });
});

describe('URI-only mode (omitInlineTemplates, genesys-api.md §4.2)', () => {
  it('leaves the inline templates out of config but keeps the URIs and the template endpoints', async () => {
    h = await start({ omitInlineTemplates: true });
    const exp = fixture(FIXTURE_FILES.getInteractionState);
    const id = (await h.api.post(ACTIONS, postBody(exp, h.integrationId('purecloud-data-actions')))).data.id as string;
    const res = await h.api.get(`${ACTIONS}/${id}`, { params: { includeConfig: true } });
    expect(res.data.config.request.requestTemplate).toBeUndefined();
    expect(res.data.config.response.successTemplate).toBeUndefined();
    expect(res.data.config.request.requestTemplateUri).toBe(`${ACTIONS}/${id}/templates/requesttemplate.vm`);
    expect(res.data.config.response.successTemplateUri).toBe(`${ACTIONS}/${id}/templates/successtemplate.vm`);
    expect(res.data.config.response.translationMap).toEqual({ state: '$.participants[0].callbacks[0].state' });
    const text = await h.api.get(res.data.config.response.successTemplateUri, { responseType: 'text' });
    expect(text.data).toBe('{"state": ${state}}');

    h.emulator.settings.omitInlineTemplates = false;
    const inline = await h.api.get(`${ACTIONS}/${id}`, { params: { includeConfig: true } });
    expect(inline.data.config.response.successTemplate).toBe('{"state": ${state}}');
  });
});

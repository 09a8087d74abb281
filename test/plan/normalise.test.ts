import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffFields } from '../../src/plan/diff.js';
import { canonicalJson, normaliseAction, normaliseSchema } from '../../src/plan/normalise.js';
import { CORPUS, corpusFiles, FIXTURE_FILES, fixturePayload, payloadFrom, readBack } from './support/corpus.js';

describe('normaliseAction', () => {
  it('makes a read-back with server fields, nulls and reversed keys equal to the desired payload', () => {
    for (const file of FIXTURE_FILES) {
      const payload = fixturePayload(file);
      expect(diffFields(normaliseAction(payload), normaliseAction(readBack(payload))), file).toEqual([]);
    }
  });

  it('does so for every file of the corpus', () => {
    const files = corpusFiles();
    expect(files.length).toBe(140);
    for (const file of files) {
      const payload = payloadFrom(join(CORPUS, file));
      expect(diffFields(normaliseAction(payload), normaliseAction(readBack(payload))), file).toEqual([]);
    }
  });

  it('fills Genesys defaults for omitted templates and maps', () => {
    const payload = fixturePayload('ani-blacklist__Disconnect-Interaction.json');
    // This export spells out the defaults; the same action without them must compare equal.
    expect(payload.config.request.requestTemplate).toBe('${input.rawRequest}');
    expect(payload.config.response.successTemplate).toBe('${rawResult}');
    const sparse = structuredClone(payload) as any;
    delete sparse.config.request.requestTemplate;
    delete sparse.config.response.successTemplate;
    delete sparse.config.response.translationMap;
    delete sparse.config.response.translationMapDefaults;
    delete sparse.secure;
    expect(canonicalJson(normaliseAction(sparse))).toBe(canonicalJson(normaliseAction(payload)));
    expect(normaliseAction(sparse).config.request.requestTemplate).toBe('${input.rawRequest}');
    expect(normaliseAction(sparse).config.response.successTemplate).toBe('${rawResult}');
  });

  it('treats an empty inline template as the default (Genesys substitutes it)', () => {
    const payload = fixturePayload('ani-blacklist__Disconnect-Interaction.json');
    const emptied = structuredClone(payload);
    emptied.config.request.requestTemplate = '';
    expect(normaliseAction(emptied).config.request.requestTemplate).toBe('${input.rawRequest}');
  });

  it('matches a definition without translationMapDefaults against a read-back with {}', () => {
    const payload = fixturePayload('purplenet__Get-Service-Level.json');
    expect(payload.config.response.translationMapDefaults).toBeUndefined();
    expect(readBack(payload).config?.response?.translationMapDefaults).toEqual({});
    expect(diffFields(normaliseAction(payload), normaliseAction(readBack(payload)))).toEqual([]);
  });

  it('strips server-only fields and integrationId', () => {
    const n = normaliseAction(readBack(fixturePayload('wfm-hris__Bamboo-Get-Balance.custom.json'))) as any;
    expect(Object.keys(n)).toEqual(['category', 'config', 'contract', 'name', 'secure']);
    expect(Object.keys(n.config.request)).toEqual(['headers', 'requestTemplate', 'requestType', 'requestUrlTemplate']);
    expect(Object.keys(n.contract.input)).toEqual(['inputSchema']);
    expect(Object.keys(n.contract.output)).toEqual(['successSchema']);
    expect(n.contract.input.inputSchema.description).toBeUndefined();
    expect(n.config.timeoutSeconds).toBeUndefined();
  });

  it('leaves category out when asked', () => {
    const n = normaliseAction(fixturePayload('ani-blacklist__Disconnect-Interaction.json'), { ignoreCategory: true });
    expect('category' in n).toBe(false);
  });

  it('keeps template whitespace significant', () => {
    const payload = fixturePayload('purplenet__Create-Callback-Extended.json');
    const changed = structuredClone(payload);
    changed.config.request.requestTemplate = payload.config.request.requestTemplate!.replace('\n', '\r\n');
    expect(diffFields(normaliseAction(changed), normaliseAction(payload))).toEqual(['config.request.requestTemplate']);
  });
});

describe('normaliseSchema', () => {
  it('treats required as a set and drops nulls, keeping array order elsewhere', () => {
    const a = normaliseSchema({ type: 'object', required: ['b', 'a', 'a'], enum: null, properties: { x: { enum: ['2', '1'] } } });
    expect(a).toEqual({ properties: { x: { enum: ['2', '1'] } }, required: ['a', 'b'], type: 'object' });
  });

  it('keeps tuple-form items from the corpus intact', () => {
    const payload = fixturePayload('devcenter-blog__importExample.json');
    const original = payload.contract.output.successSchema as any;
    const schema = normaliseSchema(original) as any;
    const emails = (s: any) => s.properties.Contact.properties.EmailAddresses.properties.EmailAddress.items;
    expect(Array.isArray(emails(schema))).toBe(true);
    expect(emails(schema)).toEqual(emails(original));
    expect(schema.properties.Contact.required).toEqual([...original.properties.Contact.required].sort());
  });

  it('parses a schema given as JSON text', () => {
    expect(normaliseSchema('{"type":"object","properties":{}}')).toEqual({ properties: {}, type: 'object' });
  });
});

describe('diffFields', () => {
  it('reports the template path when a template changes', () => {
    const payload = fixturePayload('purplenet__Create-Callback-Extended.json');
    const changed = structuredClone(payload);
    changed.config.response.successTemplate = '{ "conversationId": ${id}, "ok": true }';
    expect(diffFields(normaliseAction(changed), normaliseAction(readBack(payload)))).toEqual(['config.response.successTemplate']);
  });

  it('reports map entries and deep contract paths', () => {
    const payload = fixturePayload('wfm-hris__Bamboo-Get-Balance.custom.json');
    const changed = structuredClone(payload) as any;
    changed.config.request.headers['X-Api-Version'] = '2';
    changed.contract.input.inputSchema.properties.end.type = 'integer';
    changed.config.response.translationMap = { total: '$.length()' };
    expect(diffFields(normaliseAction(changed), normaliseAction(readBack(payload)))).toEqual([
      'config.request.headers.X-Api-Version',
      'config.response.translationMap.total',
      'contract.input.inputSchema.properties.end.type',
    ]);
  });

  it('reports timeoutSeconds, treating 0 as unset', () => {
    const payload = fixturePayload('ani-blacklist__Disconnect-Interaction.json');
    const zero = structuredClone(payload);
    zero.config.timeoutSeconds = 0;
    expect(diffFields(normaliseAction(zero), normaliseAction(payload))).toEqual([]);
    const fifteen = structuredClone(payload);
    fifteen.config.timeoutSeconds = 15;
    expect(diffFields(normaliseAction(fifteen), normaliseAction(payload))).toEqual(['config.timeoutSeconds']);
  });
});

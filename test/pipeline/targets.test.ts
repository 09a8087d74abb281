import { describe, expect, it } from 'vitest';
import type { Definition } from '../../src/definitions/types.js';
import type { Integration } from '../../src/genesys/types.js';
import { checkSelector, parseIntegrationSelector, resolveTarget } from '../../src/pipeline/targets.js';

const ws1: Integration = { id: 'i-ws1', name: 'Web Services', integrationType: { id: 'custom-rest-actions' } };
const ws2: Integration = { id: 'i-ws2', name: 'CRM Services', integrationType: { id: 'custom-rest-actions' } };
const gc: Integration = { id: 'i-gc', name: 'Genesys Cloud Data Actions', integrationType: { id: 'purecloud-data-actions' } };

function def(integrationType?: string, integrationId?: string): Definition {
  const d: Definition = {
    name: 'x',
    secure: false,
    config: { request: { requestUrlTemplate: '/api/v2/x', requestType: 'GET', headers: {} }, response: { translationMap: {}, translationMapDefaults: {} } },
    contract: { input: { inputSchema: {} }, output: { successSchema: {} } },
  };
  if (integrationType) d.integrationType = integrationType;
  if (integrationId) d.integrationId = integrationId;
  return d;
}

describe('parseIntegrationSelector', () => {
  it('reads per-type lines and one bare name', () => {
    const s = parseIntegrationSelector('custom-rest-actions=CRM Services\n\n Genesys Cloud Data Actions ');
    expect([...s.byType]).toEqual([['custom-rest-actions', 'CRM Services']]);
    expect(s.any).toBe('Genesys Cloud Data Actions');
  });

  it('refuses two bare names and a type named twice', () => {
    expect(() => parseIntegrationSelector('A\nB')).toThrow(/names two integrations without a type/);
    expect(() => parseIntegrationSelector('custom-rest-actions=A\ncustom-rest-actions=B')).toThrow('Input "integration" names the type "custom-rest-actions" twice.');
  });

  it('accepts commas between typed entries but keeps commas inside names', () => {
    const s = parseIntegrationSelector('custom-rest-actions=Web, Services, purecloud-data-actions=GC');
    expect([...s.byType]).toEqual([['custom-rest-actions', 'Web, Services'], ['purecloud-data-actions', 'GC']]);
  });

  it('checks that every named integration exists', () => {
    expect(() => checkSelector(parseIntegrationSelector('custom-rest-action=Web Services'), [ws1, gc])).toThrow(/^Input "integration": No integration of type custom-rest-action is named "Web Services"/);
    expect(() => checkSelector(parseIntegrationSelector('Nope'), [ws1, gc])).toThrow(/^Input "integration": No integration is named "Nope"/);
    expect(() => checkSelector(parseIntegrationSelector('custom-rest-actions=i-ws1\nGenesys Cloud Data Actions'), [ws1, gc])).not.toThrow();
  });
});

describe('resolveTarget', () => {
  const all = [ws1, ws2, gc];

  it('uses the line for the definition type', () => {
    expect(resolveTarget(def('custom-rest-actions'), all, parseIntegrationSelector('custom-rest-actions=i-ws2'))).toEqual({ integration: ws2 });
  });

  it('applies a bare name only to definitions of its type', () => {
    const s = parseIntegrationSelector('CRM Services');
    expect(resolveTarget(def('custom-rest-actions'), all, s)).toEqual({ integration: ws2 });
    expect(resolveTarget(def('purecloud-data-actions'), all, s)).toEqual({ integration: gc });
  });

  it("falls back to the org's only integration of the type", () => {
    expect(resolveTarget(def('purecloud-data-actions'), all, parseIntegrationSelector(undefined))).toEqual({ integration: gc });
  });

  it('asks for a choice when the type is ambiguous, naming the candidates', () => {
    const r = resolveTarget(def('custom-rest-actions'), all, parseIntegrationSelector(undefined));
    expect(r).toEqual({ error: expect.stringContaining('2 integrations of type "custom-rest-actions" ("Web Services", "CRM Services")') });
  });

  it('reports a missing type and an unknown name', () => {
    expect(resolveTarget(def('salesforce-datadip'), all, parseIntegrationSelector(undefined))).toEqual({ error: expect.stringContaining('no integration of type "salesforce-datadip"') });
    expect(resolveTarget(def('custom-rest-actions'), all, parseIntegrationSelector('custom-rest-actions=Nope'))).toEqual({ error: expect.stringContaining('No integration of type custom-rest-actions is named "Nope"') });
  });

  it("prefers a definition's own integrationId to a bare name, and refuses a type conflict", () => {
    expect(resolveTarget(def(undefined, 'i-ws1'), all, parseIntegrationSelector('Genesys Cloud Data Actions'))).toEqual({ integration: ws1 });
    expect(resolveTarget(def('purecloud-data-actions', 'i-ws1'), all, parseIntegrationSelector(undefined))).toEqual({
      error: 'The definition\'s integrationId "i-ws1" is the custom-rest-actions integration "Web Services", but its integrationType is "purecloud-data-actions".',
    });
  });

  it("uses an API-shaped definition's own integrationId when the org has it", () => {
    expect(resolveTarget(def(undefined, 'i-ws1'), all, parseIntegrationSelector(undefined))).toEqual({ integration: ws1 });
    expect(resolveTarget(def(undefined, 'elsewhere'), all, parseIntegrationSelector(undefined))).toEqual({ error: expect.stringContaining('Its integrationId "elsewhere" does not exist in this org') });
  });
});

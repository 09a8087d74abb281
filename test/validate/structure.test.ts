/**
 * Structure and API-limit rules: integration-type, request-url-scheme, request-url-path, and the
 * exact file positions of every structure-family finding. Expected positions are computed from
 * the file text itself (the offset of the offending token), never from the source map.
 */
import { describe, expect, it } from 'vitest';
import { toDefinition } from '../../src/definitions/formats.js';
import { corpusFiles, corpusJson, corpusText } from '../support/corpus.js';
import { findingsOf, onlyFinding, validateFile, validateText } from './support/findings.js';
import { at } from './support/position.js';

const WEB = 'wfm-hris__Bamboo-Get-Agents.custom.json';
const PLATFORM = 'purplenet__Get-User-Presence.json';

describe('integration-type', () => {
  it('suggests the real id for a wizard key, at the value', () => {
    const text = corpusText(WEB).replace('"integrationType": "custom-rest-actions"', '"integrationType": "ws-data-actions"');
    const f = onlyFinding(text, 'integration-type');
    expect(f).toMatchObject({
      severity: 'warning',
      pointer: '/integrationType',
      message: 'integrationType "ws-data-actions" is not a Genesys Cloud data-action integration type; no integration of the org would receive this action.',
      hint: 'Did you mean "custom-rest-actions"?',
      ...at(text, '"ws-data-actions"'),
    });
  });

  it('suggests the id for a letter-case slip and a near miss, lists the ids otherwise', () => {
    const hintFor = (type: string) => findingsOf(corpusText(PLATFORM).replace('"purecloud-data-actions"', JSON.stringify(type)), 'integration-type')[0]?.hint;
    expect(hintFor('PureCloud-Data-Actions')).toBe('Did you mean "purecloud-data-actions"?');
    expect(hintFor('purecloud-data-action')).toBe('Did you mean "purecloud-data-actions"?');
    expect(hintFor('gc-data-actions')).toBe('Did you mean "purecloud-data-actions"?');
    expect(hintFor('acme-crm')).toBe(
      'Data-action integration types: custom-rest-actions, purecloud-data-actions, function-data-actions, aws-lambda-data-actions, salesforce-datadip, zendesk-data-actions, microsoft-dynamics-data-actions.',
    );
  });

  it('reports an empty integrationType as this rule, no longer as a structure error', () => {
    const v = validateFile(corpusText(PLATFORM).replace('"purecloud-data-actions"', '""'));
    expect(v.findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([['integration-type', 'warning', 'integrationType is empty; the plan cannot choose an integration by type.']]);
    expect(v.definition).toBeDefined();
  });

  it('leaves a non-string integrationType to the structure rule', () => {
    const v = validateFile(corpusText(PLATFORM).replace('"purecloud-data-actions"', '42'));
    expect(v.findings.map((f) => [f.ruleId, f.message])).toEqual([['structure', 'integrationType must be a string.']]);
  });

  it('accepts every documented data-action integration type', () => {
    for (const type of ['custom-rest-actions', 'purecloud-data-actions', 'function-data-actions', 'aws-lambda-data-actions', 'salesforce-datadip', 'zendesk-data-actions', 'microsoft-dynamics-data-actions']) {
      const text = corpusText(PLATFORM).replace('"purecloud-data-actions"', JSON.stringify(type));
      expect(findingsOf(text, 'integration-type'), type).toEqual([]);
    }
  });

  it('notes (info) a definition that names neither integrationType nor integrationId', () => {
    const doc = corpusJson(PLATFORM);
    delete doc.integrationType;
    delete doc.actionType;
    expect(onlyFinding(JSON.stringify(doc, null, 2), 'integration-type')).toMatchObject({ severity: 'info', line: 1, column: 1 });
    // an API-shaped file names its integration by id instead
    doc.integrationId = '5e4c1bfa-0000-4000-8000-000000000000';
    doc.category = 'Platform';
    expect(findingsOf(JSON.stringify(doc, null, 2), 'integration-type')).toEqual([]);
  });
});

describe('request-url-scheme (custom-rest-actions)', () => {
  const withUrl = (url: string) => corpusText(WEB).replace('"https://api.bamboohr.com/api/gateway.php/genesystest/v1/employees/directory"', JSON.stringify(url));

  it('flags a relative path as an error at the URL, pointing to the Genesys Cloud integration', () => {
    const text = withUrl('/api/v2/users');
    const f = onlyFinding(text, 'request-url-scheme');
    expect(f).toMatchObject({
      severity: 'error',
      pointer: '/config/request/requestUrlTemplate',
      message: 'requestUrlTemplate "/api/v2/users" is a relative path; a Web Services (custom-rest-actions) data action needs an absolute https:// URL.',
      ...at(text, '"/api/v2/users"'),
    });
    expect(f.hint).toContain('purecloud-data-actions');
  });

  it('flags plain http as a warning', () => {
    const text = withUrl('http://api.bamboohr.com/api/gateway.php/genesystest/v1/employees/directory');
    expect(onlyFinding(text, 'request-url-scheme')).toMatchObject({ severity: 'warning', ...at(text, '"http://') });
  });

  it('flags URLs without a host, with leading space, or of another scheme', () => {
    for (const url of ['https:///x', ' https://api.example.com/x', 'ftp://files.example.com/x', 'api.example.com/x']) {
      expect(findingsOf(withUrl(url), 'request-url-scheme').map((f) => f.severity), url).toEqual(['error']);
    }
  });

  it('accepts https in any letter case and URLs that start with a reference', () => {
    for (const url of ['HTTPS://api.example.com/x', 'https://${input.stage}.api.example.com/x', '${input.baseUrl}/orders', '$!{credentials.loginUrl}', '#if($input.eu)https://eu.example.com#{else}https://us.example.com#end']) {
      expect(findingsOf(withUrl(url), 'request-url-scheme'), url).toEqual([]);
    }
  });

  it('reports the placeholder URL left in a published blueprint (corpus)', () => {
    const file = 'limitless-flows__Limitless---Send-Email-Reply-v1-20210722145321.custom.json';
    const text = corpusText(file);
    expect(onlyFinding(text, 'request-url-scheme')).toMatchObject({ severity: 'error', message: 'requestUrlTemplate "[YOUR SMTP SERVER]" is not an absolute https:// URL; Genesys cannot send the request.', ...at(text, '"[YOUR SMTP SERVER]"') });
  });

  it('does not apply to other integration types (a Salesforce action uses relative paths)', () => {
    const text = corpusText('apple-messages-salesforce-time-picker__GetEventsDataAction.json');
    expect(findingsOf(text, 'request-url-scheme')).toEqual([]);
  });
});

describe('request-url-path (purecloud-data-actions)', () => {
  const withUrl = (url: string) => corpusText(PLATFORM).replace('"/api/v2/users/${input.USER_ID}/presences/PURECLOUD"', JSON.stringify(url));

  it('flags an absolute URL as an error and offers the path to keep', () => {
    const text = withUrl('https://api.mypurecloud.com/api/v2/users/${input.USER_ID}/presences/PURECLOUD');
    const f = onlyFinding(text, 'request-url-path');
    expect(f).toMatchObject({
      severity: 'error',
      hint: 'Keep only the path: "/api/v2/users/${input.USER_ID}/presences/PURECLOUD". The integration adds the org\'s API host and its credentials.',
      ...at(text, '"https://api.mypurecloud.com'),
    });
  });

  it('flags paths outside /api/v2/', () => {
    for (const url of ['api/v2/users/${input.USER_ID}', '/api/v1/users', '/users/${input.USER_ID}', 'https://crm.example.com/users']) {
      expect(findingsOf(withUrl(url), 'request-url-path').map((f) => f.severity), url).toEqual(['error']);
    }
  });

  it('accepts /api/v2/ paths and URLs that start with a reference', () => {
    for (const url of ['/api/v2/users/${input.USER_ID}', '${input.path}', '$!{input.nextUri}']) {
      expect(findingsOf(withUrl(url), 'request-url-path'), url).toEqual([]);
    }
  });
});

describe('the structure family on the corpus', () => {
  it('reports only the export suffixes and the one placeholder URL', () => {
    const files = corpusFiles();
    const rules = ['structure', 'key-case', 'unknown-key', 'integration-type', 'request-type', 'request-url-scheme', 'request-url-path', 'accept-header', 'name-characters', 'name-whitespace', 'export-suffix'];
    const counts: Record<string, number> = {};
    for (const file of files) {
      for (const f of validateText(corpusText(file))) if (rules.includes(f.ruleId)) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
    }
    const exported = files.filter((f) => String(corpusJson(f).name).includes(' - Exported ')).length;
    expect(exported).toBe(48);
    expect(counts).toEqual({ 'export-suffix': exported, 'request-url-scheme': 1 });
  });
});

describe('exact positions of structure findings in a multi-line file', () => {
  const base = corpusText(PLATFORM);
  const cases: Array<{ rule: string; text: string; needle: string; shift?: number; severity: string }> = [
    { rule: 'key-case', text: base.replace('"secure": false', '"Secure": false'), needle: '"Secure"', severity: 'error' },
    { rule: 'unknown-key', text: base.replace('"requestType": "GET",', '"requestType": "GET",\n      "timeoutSeconds": 10,'), needle: '"timeoutSeconds"', severity: 'warning' },
    { rule: 'request-type', text: base.replace('"requestType": "GET"', '"requestType": "FETCH"'), needle: '"FETCH"', severity: 'error' },
    { rule: 'accept-header', text: base.replace('"UserAgent": "PureCloudIntegrations/1.0",', '"UserAgent": "PureCloudIntegrations/1.0",\n        "accept": "text/plain",'), needle: '"text/plain"', severity: 'error' },
    // the control character is the escaped \t inside the string: the finding points at its backslash
    { rule: 'name-characters', text: base.replace('"name": "Get User Presence"', '"name": "Get User\\tPresence"'), needle: '\\tPresence', severity: 'error' },
    { rule: 'name-whitespace', text: base.replace('"name": "Get User Presence"', '"name": " Get User Presence"'), needle: '" Get User', severity: 'warning' },
    { rule: 'export-suffix', text: base.replace('"name": "Get User Presence"', '"name": "Get \\"User\\" Presence - Exported 2024-11-19 @ 14:10"'), needle: ' - Exported', severity: 'warning' },
    { rule: 'structure', text: base.replace('"secure": false', '"secure": "false"'), needle: '"false"', severity: 'error' },
    { rule: 'structure', text: base.replace('"name": "Get User Presence"', `"name": "${'x'.repeat(257)}"`), needle: '"xxx', severity: 'error' },
    { rule: 'integration-type', text: base.replace('"purecloud-data-actions"', '"Purecloud-Data-Actions"'), needle: '"Purecloud', severity: 'warning' },
  ];
  for (const c of cases) {
    it(`${c.rule}: ${c.needle}`, () => {
      expect(onlyFinding(c.text, c.rule)).toMatchObject({ severity: c.severity, ...at(c.text, c.needle, { shift: c.shift }) });
    });
  }

  it('timeoutSeconds outside 1–60 is a structure error at the value', () => {
    const text = base.replace('"config": {', '"config": {\n    "timeoutSeconds": 0,');
    expect(onlyFinding(text, 'structure')).toMatchObject({ message: 'config.timeoutSeconds must be between 1 and 60 (seconds).', pointer: '/config/timeoutSeconds', ...at(text, '0,') });
    expect(findingsOf(base.replace('"config": {', '"config": {\n    "timeoutSeconds": 60,'), 'structure')).toEqual([]);
  });

  it('a category of 257 characters is too long, 256 is fine', () => {
    const withCategory = (n: number) => base.replace('"name": "Get User Presence",', `"name": "Get User Presence",\n  "category": "${'c'.repeat(n)}",`);
    expect(findingsOf(withCategory(257), 'structure').map((f) => f.message)).toEqual(['category must be at most 256 characters.']);
    expect(findingsOf(withCategory(256), 'structure')).toEqual([]);
  });
});

describe('inline suppressions ("suppress")', () => {
  it('are this tool\'s own top-level key: not an unknown key, never part of the Definition', () => {
    const text = corpusText(PLATFORM).replace('"secure": false', '"secure": false,\n  "suppress": { "export-suffix": "the org keeps the exported name" }');
    const v = validateFile(text);
    expect(v.findings.filter((f) => f.ruleId === 'unknown-key' || f.ruleId === 'key-case' || f.severity === 'error')).toEqual([]);
    expect(Object.keys(v.definition!)).not.toContain('suppress');
    expect(JSON.stringify(toDefinition(JSON.parse(text)))).not.toContain('suppress');
  });

  it('anywhere else it is an unknown key that belongs at the top level', () => {
    const text = corpusText(PLATFORM).replace('"requestType": "GET",', '"requestType": "GET",\n      "suppress": {},');
    expect(onlyFinding(text, 'unknown-key')).toMatchObject({ pointer: '/config/request/suppress', hint: '"suppress" belongs in the top level.', ...at(text, '"suppress"') });
  });
});

/**
 * Structure and API-limit rules: integration-type, request-url-scheme, request-url-path, and the
 * exact file positions of every structure-family finding. Expected positions are computed from
 * the file text itself (the offset of the offending token), never from the source map.
 */
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/definitions/load.js';
import { toDefinition } from '../../src/definitions/formats.js';
import type { Finding } from '../../src/validate/finding.js';
import { validateDocument } from '../../src/validate/index.js';
import { corpusFiles, corpusJson, corpusText } from '../support/corpus.js';

const validate = (text: string) => validateDocument(loadDocument('a.json', new TextEncoder().encode(text)));
const of = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);

/** 1-based line and column of `text[index]`, counted from the text alone. */
function position(text: string, index: number): { line: number; column: number } {
  expect(index).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}

/** Position of the `nth` occurrence of `needle` plus `shift` characters. */
function at(text: string, needle: string, shift = 0, nth = 0): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(needle, index + 1);
  return position(text, index + shift);
}

const WEB = 'wfm-hris__Bamboo-Get-Agents.custom.json';
const PLATFORM = 'purplenet__Get-User-Presence.json';

describe('integration-type', () => {
  it('suggests the real id for a wizard key, at the value', () => {
    const text = corpusText(WEB).replace('"integrationType": "custom-rest-actions"', '"integrationType": "ws-data-actions"');
    const [f, ...rest] = of(validate(text).findings, 'integration-type');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'warning',
      pointer: '/integrationType',
      message: 'integrationType "ws-data-actions" is not a Genesys Cloud data-action integration type; no integration of the org would receive this action.',
      hint: 'Did you mean "custom-rest-actions"?',
      ...at(text, '"ws-data-actions"'),
    });
  });

  it('suggests the id for a letter-case slip and a near miss, lists the ids otherwise', () => {
    const hintFor = (type: string) => of(validate(corpusText(PLATFORM).replace('"purecloud-data-actions"', JSON.stringify(type))).findings, 'integration-type')[0]?.hint;
    expect(hintFor('PureCloud-Data-Actions')).toBe('Did you mean "purecloud-data-actions"?');
    expect(hintFor('purecloud-data-action')).toBe('Did you mean "purecloud-data-actions"?');
    expect(hintFor('gc-data-actions')).toBe('Did you mean "purecloud-data-actions"?');
    expect(hintFor('acme-crm')).toBe(
      'Data-action integration types: custom-rest-actions, purecloud-data-actions, function-data-actions, aws-lambda-data-actions, salesforce-datadip, zendesk-data-actions, microsoft-dynamics-data-actions.',
    );
  });

  it('reports an empty integrationType as this rule, no longer as a structure error', () => {
    const v = validate(corpusText(PLATFORM).replace('"purecloud-data-actions"', '""'));
    expect(v.findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([['integration-type', 'warning', 'integrationType is empty; the plan cannot choose an integration by type.']]);
    expect(v.definition).toBeDefined();
  });

  it('leaves a non-string integrationType to the structure rule', () => {
    const v = validate(corpusText(PLATFORM).replace('"purecloud-data-actions"', '42'));
    expect(v.findings.map((f) => [f.ruleId, f.message])).toEqual([['structure', 'integrationType must be a string.']]);
  });

  it('accepts every documented data-action integration type', () => {
    for (const type of ['custom-rest-actions', 'purecloud-data-actions', 'function-data-actions', 'aws-lambda-data-actions', 'salesforce-datadip', 'zendesk-data-actions', 'microsoft-dynamics-data-actions']) {
      const text = corpusText(PLATFORM).replace('"purecloud-data-actions"', JSON.stringify(type));
      expect(of(validate(text).findings, 'integration-type'), type).toEqual([]);
    }
  });

  it('notes (info) a definition that names neither integrationType nor integrationId', () => {
    const doc = corpusJson(PLATFORM);
    delete doc.integrationType;
    delete doc.actionType;
    const v = validate(JSON.stringify(doc, null, 2));
    expect(of(v.findings, 'integration-type')).toEqual([expect.objectContaining({ severity: 'info', line: 1, column: 1 })]);
    // an API-shaped file names its integration by id instead
    doc.integrationId = '5e4c1bfa-0000-4000-8000-000000000000';
    doc.category = 'Platform';
    expect(of(validate(JSON.stringify(doc, null, 2)).findings, 'integration-type')).toEqual([]);
  });
});

describe('request-url-scheme (custom-rest-actions)', () => {
  const withUrl = (url: string) => corpusText(WEB).replace('"https://api.bamboohr.com/api/gateway.php/genesystest/v1/employees/directory"', JSON.stringify(url));

  it('flags a relative path as an error at the URL, pointing to the Genesys Cloud integration', () => {
    const text = withUrl('/api/v2/users');
    const [f, ...rest] = of(validate(text).findings, 'request-url-scheme');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'error',
      pointer: '/config/request/requestUrlTemplate',
      message: 'requestUrlTemplate "/api/v2/users" is a relative path; a Web Services (custom-rest-actions) data action needs an absolute https:// URL.',
      ...at(text, '"/api/v2/users"'),
    });
    expect(f!.hint).toContain('purecloud-data-actions');
  });

  it('flags plain http as a warning', () => {
    const text = withUrl('http://api.bamboohr.com/api/gateway.php/genesystest/v1/employees/directory');
    expect(of(validate(text).findings, 'request-url-scheme')).toEqual([expect.objectContaining({ severity: 'warning', ...at(text, '"http://') })]);
  });

  it('flags URLs without a host, with leading space, or of another scheme', () => {
    for (const url of ['https:///x', ' https://api.example.com/x', 'ftp://files.example.com/x', 'api.example.com/x']) {
      expect(of(validate(withUrl(url)).findings, 'request-url-scheme').map((f) => f.severity), url).toEqual(['error']);
    }
  });

  it('accepts https in any letter case and URLs that start with a reference', () => {
    for (const url of ['HTTPS://api.example.com/x', 'https://${input.stage}.api.example.com/x', '${input.baseUrl}/orders', '$!{credentials.loginUrl}', '#if($input.eu)https://eu.example.com#{else}https://us.example.com#end']) {
      expect(of(validate(withUrl(url)).findings, 'request-url-scheme'), url).toEqual([]);
    }
  });

  it('reports the placeholder URL left in a published blueprint (corpus)', () => {
    const file = 'limitless-flows__Limitless---Send-Email-Reply-v1-20210722145321.custom.json';
    const text = corpusText(file);
    expect(of(validate(text).findings, 'request-url-scheme')).toEqual([
      expect.objectContaining({ severity: 'error', message: 'requestUrlTemplate "[YOUR SMTP SERVER]" is not an absolute https:// URL; Genesys cannot send the request.', ...at(text, '"[YOUR SMTP SERVER]"') }),
    ]);
  });

  it('does not apply to other integration types (a Salesforce action uses relative paths)', () => {
    const text = corpusText('apple-messages-salesforce-time-picker__GetEventsDataAction.json');
    expect(of(validate(text).findings, 'request-url-scheme')).toEqual([]);
  });
});

describe('request-url-path (purecloud-data-actions)', () => {
  const withUrl = (url: string) => corpusText(PLATFORM).replace('"/api/v2/users/${input.USER_ID}/presences/PURECLOUD"', JSON.stringify(url));

  it('flags an absolute URL as an error and offers the path to keep', () => {
    const text = withUrl('https://api.mypurecloud.com/api/v2/users/${input.USER_ID}/presences/PURECLOUD');
    const [f, ...rest] = of(validate(text).findings, 'request-url-path');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'error',
      hint: 'Keep only the path: "/api/v2/users/${input.USER_ID}/presences/PURECLOUD". The integration adds the org\'s API host and its credentials.',
      ...at(text, '"https://api.mypurecloud.com'),
    });
  });

  it('flags paths outside /api/v2/', () => {
    for (const url of ['api/v2/users/${input.USER_ID}', '/api/v1/users', '/users/${input.USER_ID}', 'https://crm.example.com/users']) {
      expect(of(validate(withUrl(url)).findings, 'request-url-path').map((f) => f.severity), url).toEqual(['error']);
    }
  });

  it('accepts /api/v2/ paths and URLs that start with a reference', () => {
    for (const url of ['/api/v2/users/${input.USER_ID}', '${input.path}', '$!{input.nextUri}']) {
      expect(of(validate(withUrl(url)).findings, 'request-url-path'), url).toEqual([]);
    }
  });
});

describe('the structure family on the corpus', () => {
  it('reports only the export suffixes and the one placeholder URL', () => {
    const files = corpusFiles();
    const rules = ['structure', 'key-case', 'unknown-key', 'integration-type', 'request-type', 'request-url-scheme', 'request-url-path', 'accept-header', 'name-characters', 'name-whitespace', 'export-suffix'];
    const counts: Record<string, number> = {};
    for (const file of files) {
      for (const f of validate(corpusText(file)).findings) if (rules.includes(f.ruleId)) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
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
      const found = of(validate(c.text).findings, c.rule);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: c.severity, ...at(c.text, c.needle, c.shift ?? 0) });
    });
  }

  it('timeoutSeconds outside 1–60 is a structure error at the value', () => {
    const text = base.replace('"config": {', '"config": {\n    "timeoutSeconds": 0,');
    expect(of(validate(text).findings, 'structure')).toEqual([
      expect.objectContaining({ message: 'config.timeoutSeconds must be between 1 and 60 (seconds).', pointer: '/config/timeoutSeconds', ...at(text, '0,', 0) }),
    ]);
    expect(of(validate(base.replace('"config": {', '"config": {\n    "timeoutSeconds": 60,')).findings, 'structure')).toEqual([]);
  });

  it('a category of 257 characters is too long, 256 is fine', () => {
    const withCategory = (n: number) => base.replace('"name": "Get User Presence",', `"name": "Get User Presence",\n  "category": "${'c'.repeat(n)}",`);
    expect(of(validate(withCategory(257)).findings, 'structure').map((f) => f.message)).toEqual(['category must be at most 256 characters.']);
    expect(of(validate(withCategory(256)).findings, 'structure')).toEqual([]);
  });
});

describe('inline suppressions ("suppress")', () => {
  it('are this tool\'s own top-level key: not an unknown key, never part of the Definition', () => {
    const text = corpusText(PLATFORM).replace('"secure": false', '"secure": false,\n  "suppress": { "export-suffix": "the org keeps the exported name" }');
    const v = validate(text);
    expect(v.findings.filter((f) => f.ruleId === 'unknown-key' || f.ruleId === 'key-case' || f.severity === 'error')).toEqual([]);
    expect(Object.keys(v.definition!)).not.toContain('suppress');
    expect(JSON.stringify(toDefinition(JSON.parse(text)))).not.toContain('suppress');
  });

  it('anywhere else it is an unknown key that belongs at the top level', () => {
    const text = corpusText(PLATFORM).replace('"requestType": "GET",', '"requestType": "GET",\n      "suppress": {},');
    expect(of(validate(text).findings, 'unknown-key')).toEqual([expect.objectContaining({ pointer: '/config/request/suppress', hint: '"suppress" belongs in the top level.', ...at(text, '"suppress"') })]);
  });
});

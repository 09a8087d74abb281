import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/definitions/load.js';
import { validateDocument } from '../../src/validate/index.js';
import { corpusJson } from '../support/corpus.js';

const validate = (doc: unknown) => validateDocument(loadDocument('a.json', new TextEncoder().encode(JSON.stringify(doc, null, 2))));
const base = () => corpusJson('purplenet__Get-Estimated-Wait-Time-With-Default.json') as any;

describe('template-syntax', () => {
  it('locates a syntax error inside a template string, after escapes', () => {
    const doc = base();
    const template = '{\n   "estimated_wait_time": ${estimated_wait_time}\n#if($x == )\n}';
    doc.config.response.successTemplate = template;
    const text = JSON.stringify(doc, null, 2);
    const line = text.split('\n').findIndex((l) => l.includes('"successTemplate"'));
    const rawLine = text.split('\n')[line]!;
    // independent of the source map: the literal's opening quote, then the escaped prefix length
    const quote = rawLine.indexOf('"', rawLine.indexOf(':'));
    const badIndex = template.indexOf('== )') + 3;
    const expectedColumn = quote + 1 + JSON.stringify(template.slice(0, badIndex)).length - 1;
    const v = validate(doc);
    const f = v.findings.find((x) => x.ruleId === 'template-syntax');
    expect(f).toMatchObject({ message: 'Velocity syntax error in successTemplate: unexpected ")".', line: line + 1, column: expectedColumn });
    expect(rawLine[expectedColumn - 1]).toBe(')');
  });

  it('passes every template of the corpus file', () => {
    expect(validate(base()).findings).toEqual([]);
  });
});

describe('jsonpath-syntax', () => {
  it('reports an invalid Jayway path at its value', () => {
    const doc = base();
    doc.config.response.translationMap.estimated_wait_time = "$.results[?(@.name == ]";
    const f = validate(doc).findings.find((x) => x.ruleId === 'jsonpath-syntax');
    expect(f).toMatchObject({ severity: 'error', pointer: '/config/response/translationMap/estimated_wait_time' });
    expect(f!.message).toMatch(/^translationMap "estimated_wait_time": /);
  });
});

describe('accept-header', () => {
  it('rejects a non-JSON Accept header, in any letter case, and accepts JSON ones', () => {
    const doc = base();
    doc.config.request.headers.ACCEPT = 'text/xml';
    expect(validate(doc).findings.map((f) => [f.ruleId, f.pointer])).toEqual([['accept-header', '/config/request/headers/ACCEPT']]);
    doc.config.request.headers.ACCEPT = 'application/vnd.api+json; charset=utf-8';
    expect(validate(doc).findings).toEqual([]);
  });
});

describe('contract restrictions', () => {
  it('rejects $ref at its key', () => {
    const doc = base();
    doc.contract.output.successSchema.properties.estimated_wait_time = { $ref: '#/definitions/x' };
    const f = validate(doc).findings.filter((x) => x.ruleId === 'contract-ref');
    expect(f.map((x) => x.pointer)).toEqual(['/contract/output/successSchema/properties/estimated_wait_time/$ref']);
  });

  it('rejects nested and array inputs and bad names, warns on reserved names', () => {
    const doc = base();
    doc.contract.input.inputSchema.properties.address = { type: 'object', properties: { city: { type: 'string' } } };
    doc.contract.input.inputSchema.properties['1bad name'] = { type: 'string' };
    doc.contract.input.inputSchema.properties.rawRequest = { type: ['string', 'array'] };
    const f = validate(doc).findings.map((x) => [x.ruleId, x.severity, x.pointer]);
    expect(f).toEqual([
      ['input-contract', 'error', '/contract/input/inputSchema/properties/address/type'],
      ['input-contract', 'error', '/contract/input/inputSchema/properties/1bad name'],
      ['input-reserved-name', 'warning', '/contract/input/inputSchema/properties/rawRequest'],
      ['input-contract', 'error', '/contract/input/inputSchema/properties/rawRequest/type'],
    ]);
  });
});

describe('unknown keys', () => {
  it('makes a case typo an error and other typos warnings with a suggestion', () => {
    const doc = base();
    doc.Secure = true;
    doc.config.response.translationMapDefault = {};
    doc.config.request.requestTemplat = '${input.rawRequest}';
    doc.config.request.timeoutSeconds = 10;
    const f = validate(doc).findings.map((x) => [x.ruleId, x.severity, x.pointer, x.hint]);
    // in document order: the added members come last within their object
    expect(f).toEqual([
      ['unknown-key', 'warning', '/config/request/requestTemplat', 'Did you mean "requestTemplate"?'],
      ['unknown-key', 'warning', '/config/request/timeoutSeconds', '"timeoutSeconds" belongs in config.'],
      ['unknown-key', 'warning', '/config/response/translationMapDefault', 'Did you mean "translationMapDefaults"?'],
      ['key-case', 'error', '/Secure', 'Rename it to "secure".'],
    ]);
  });

  it('does not look inside contracts, headers or translation maps', () => {
    const doc = base();
    doc.config.request.headers['X-Anything'] = 'x';
    doc.contract.output.successSchema.properties.Secure = { type: 'string' };
    expect(validate(doc).findings).toEqual([]);
  });
});

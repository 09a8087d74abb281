/**
 * Contract rules: output-nested-array, contract-keyword-unsupported, contract-required-unknown,
 * and the exact positions of every contract finding. Expected positions come from the file text
 * (the offset of the offending token), expected run-time failures from the oracle
 * (../shared/oracle, see the comment at each).
 */
import { describe, expect, it } from 'vitest';
import { dryRun } from '../../src/dryrun/index.js';
import { corpusFiles, corpusJson, corpusText } from '../support/corpus.js';
import { findingsOf, onlyFinding, validateFile, validateText } from './support/findings.js';
import { at } from './support/position.js';

const CONTRACT_RULES = ['contract-schema', 'contract-ref', 'input-contract', 'input-reserved-name', 'output-nested-array', 'contract-keyword-unsupported', 'contract-required-unknown'];

const BASE = 'purplenet__Get-User-Presence.json';
type Doc = { contract: { input: { inputSchema: any }; output: { successSchema: any } } };
const base = () => corpusJson(BASE) as unknown as Doc;
const text = (doc: Doc) => JSON.stringify(doc, null, 2);

describe('output-nested-array', () => {
  it('flags an array of arrays at the inner type, naming the outer field', () => {
    const doc = base();
    doc.contract.output.successSchema.properties.slots = { type: 'array', items: { type: 'array', items: { type: 'string' } } };
    const t = text(doc);
    expect(onlyFinding(t, 'output-nested-array')).toMatchObject({
      severity: 'error',
      pointer: '/contract/output/successSchema/properties/slots/items/type',
      message: 'contract.output.successSchema.properties.slots is an array of arrays; Genesys output contracts do not support nested arrays.',
      ...at(t, '"array"', { nth: 1 }),
    });
  });

  it('finds nested arrays in tuple items, type lists and below arrays of objects', () => {
    const doc = base();
    doc.contract.output.successSchema.properties.tuple = { type: 'array', items: [{ type: 'string' }, { type: ['array', 'null'] }] };
    doc.contract.output.successSchema.properties.rows = { type: 'array', items: { type: 'object', properties: { cells: { type: 'array', items: { type: 'array' } } } } };
    expect(findingsOf(text(doc), 'output-nested-array').map((f) => f.pointer)).toEqual([
      '/contract/output/successSchema/properties/tuple/items/1/type',
      '/contract/output/successSchema/properties/rows/items/properties/cells/items/type',
    ]);
  });

  it('accepts arrays of objects holding arrays, and the corpus tuple-form items', () => {
    const doc = base();
    doc.contract.output.successSchema.properties.rows = { type: 'array', items: { type: 'object', properties: { cells: { type: 'array', items: { type: 'string' } } } } };
    expect(findingsOf(text(doc), 'output-nested-array')).toEqual([]);
    expect(findingsOf(corpusText('devcenter-blog__importExample.json'), 'output-nested-array')).toEqual([]);
  });
});

describe('contract-keyword-unsupported', () => {
  it('warns at a later-draft keyword, with the draft-04 replacement', () => {
    const doc = base();
    doc.contract.input.inputSchema.properties.USER_ID.const = 'me';
    const t = text(doc);
    expect(onlyFinding(t, 'contract-keyword-unsupported')).toMatchObject({
      severity: 'warning',
      pointer: '/contract/input/inputSchema/properties/USER_ID/const',
      message: '"const" in contract.input.inputSchema.properties.USER_ID is not a JSON Schema draft-04 keyword; Genesys validates contracts as draft-04 and ignores it, so the constraint is never checked.',
      hint: 'Use "enum": [value] instead.',
      ...at(t, '"const"'),
    });
  });

  it('warns at composition keywords and patternProperties, also deep in the output contract', () => {
    const doc = base();
    doc.contract.output.successSchema.properties.presence = { anyOf: [{ type: 'string' }, { type: 'null' }] };
    doc.contract.output.successSchema.properties.meta = { type: 'object', patternProperties: { '^x-': { type: 'string' } }, properties: { flags: { type: 'array', items: { not: { type: 'null' } } } } };
    const t = text(doc);
    expect(findingsOf(t, 'contract-keyword-unsupported').map((f) => [f.pointer, f.line, f.column])).toEqual([
      ['/contract/output/successSchema/properties/presence/anyOf', at(t, '"anyOf"').line, at(t, '"anyOf"').column],
      ['/contract/output/successSchema/properties/meta/patternProperties', at(t, '"patternProperties"').line, at(t, '"patternProperties"').column],
      ['/contract/output/successSchema/properties/meta/properties/flags/items/not', at(t, '"not"').line, at(t, '"not"').column],
    ]);
  });

  it('says whether the value keeps a type of its own', () => {
    const doc = base();
    doc.contract.output.successSchema.properties.presence = { oneOf: [{ type: 'string' }, { type: 'integer' }] };
    doc.contract.input.inputSchema.properties.USER_ID.not = { enum: [''] };
    expect(findingsOf(text(doc), 'contract-keyword-unsupported').map((f) => [f.message, f.hint])).toEqual([
      [
        '"not" in contract.input.inputSchema.properties.USER_ID: Genesys validates it, but flows see only "type", "properties" and "items"; a value that breaks it fails the run with no sign of the rule in Architect.',
        'Use "enum" for a fixed set of values, or check the value in the flow.',
      ],
      [
        '"oneOf" in contract.output.successSchema.properties.presence: the value has no "type" of its own, and flows describe values by "type", "properties" and "items" only, so it has no usable shape in Architect.',
        'Declare one "type" (with "properties" for an object, "items" for an array) instead of combining schemas.',
      ],
    ]);
  });

  it('reports if, then and else each once', () => {
    const doc = base();
    Object.assign(doc.contract.input.inputSchema, { if: { required: ['USER_ID'] }, then: { required: [] }, else: { required: [] } });
    expect(findingsOf(text(doc), 'contract-keyword-unsupported').map((f) => f.pointer)).toEqual(['/contract/input/inputSchema/if', '/contract/input/inputSchema/then', '/contract/input/inputSchema/else']);
  });

  it('does not take property names, enum values or annotations for keywords', () => {
    const doc = base();
    doc.contract.output.successSchema.properties.const = { type: 'string', enum: ['anyOf', 'oneOf'], examples: ['anyOf'] };
    doc.contract.output.successSchema.properties.oneOf = { type: 'object', properties: { not: { type: 'string' } } };
    expect(findingsOf(text(doc), 'contract-keyword-unsupported')).toEqual([]);
  });
});

describe('contract-required-unknown', () => {
  it('is an error in the input contract, at the required entry, with a did-you-mean', () => {
    const doc = base();
    doc.contract.input.inputSchema.required = ['USER_ID', 'userId'];
    const t = text(doc);
    expect(onlyFinding(t, 'contract-required-unknown')).toMatchObject({
      severity: 'error',
      pointer: '/contract/input/inputSchema/required/1',
      message: 'contract.input.inputSchema requires "userId", which is not one of its properties: flows cannot supply it, so every call fails step 3 (object has missing required properties).',
      hint: 'Did you mean "USER_ID"? Add "userId" to properties, or remove it from required.',
      ...at(t, '"userId"'),
    });
  });

  it('matches the run: an input with every declared property fails step 3 (oracle message)', () => {
    const doc = base() as unknown as Record<string, any>;
    doc.contract.input.inputSchema.required = ['USER_ID', 'customerId'];
    const v = validateFile(text(doc as Doc));
    expect(v.findings.filter((f) => f.ruleId === 'contract-required-unknown')).toHaveLength(1);
    const result = dryRun(v.definition!, { input: { USER_ID: 'u-1' }, response: { status: 200, body: { presenceDefinition: { systemPresence: 'Available' } } } });
    // ../shared/oracle on the same definition and input: step 3 fails with exactly this text
    expect(result.error).toMatchObject({
      step: 3,
      message: 'JSON failed input schema validation for the following reasons: Schema: # @. Error location: . object has missing required properties (["customerId"])',
    });
  });

  it('is a warning in the output contract, also for nested objects', () => {
    const doc = base();
    doc.contract.output.successSchema.required = ['presence', 'since'];
    doc.contract.output.successSchema.properties.detail = { type: 'object', properties: { id: { type: 'string' } }, required: ['ID'] };
    const t = text(doc);
    expect(findingsOf(t, 'contract-required-unknown').map((f) => [f.severity, f.pointer, f.line, f.column, f.hint])).toEqual([
      ['warning', '/contract/output/successSchema/required/1', at(t, '"since"').line, at(t, '"since"').column, 'Add "since" to properties, or remove it from required.'],
      ['warning', '/contract/output/successSchema/properties/detail/required/0', at(t, '"ID"').line, at(t, '"ID"').column, 'Did you mean "id"? Add "ID" to properties, or remove it from required.'],
    ]);
  });
});

describe('exact positions of the other contract findings', () => {
  it('contract-schema, contract-ref, input-contract and input-reserved-name', () => {
    const doc = base();
    doc.contract.output.successSchema.properties.presence.type = 'text';
    doc.contract.output.successSchema.properties.since = { $ref: '#/definitions/time' };
    doc.contract.input.inputSchema.properties['2nd'] = { type: 'string' };
    doc.contract.input.inputSchema.properties.rawRequest = { type: 'object' };
    const t = text(doc);
    const findings = validateText(t).filter((f) => CONTRACT_RULES.includes(f.ruleId));
    /** Position of `needle`, or of its first occurrence after `after`. */
    const pos = (needle: string, after?: string) => {
      const nth = after === undefined ? 0 : t.slice(0, t.indexOf(after)).split(needle).length - 1;
      return [at(t, needle, { nth }).line, at(t, needle, { nth }).column];
    };
    expect(findings.map((f) => [f.ruleId, f.severity, f.line, f.column])).toEqual([
      ['contract-schema', 'error', ...pos('"text"')],
      ['contract-ref', 'error', ...pos('"$ref"')],
      ['input-contract', 'error', ...pos('"2nd"')],
      ['input-reserved-name', 'warning', ...pos('"rawRequest"')],
      ['input-contract', 'error', ...pos('"object"', '"rawRequest"')],
    ]);
  });
});

describe('the contract family on the corpus', () => {
  it('finds nothing in the 140 published definitions', () => {
    const hits = corpusFiles().flatMap((file) => validateText(corpusText(file)).filter((f) => CONTRACT_RULES.includes(f.ruleId)).map((f) => `${file}: ${f.ruleId}`));
    expect(hits).toEqual([]);
  });
});

/**
 * genesys-runtime.md §11 behaviour matrix, end to end through the ten steps, plus hand-reasoned
 * draft-04 output validation (the oracle does not validate schemas).
 */
import { describe, expect, it } from 'vitest';
import { dryRun } from '../../src/dryrun/index.js';
import type { TestExecutionResult } from '../../src/dryrun/types.js';
import { definition, type Spec } from './helpers/build.js';

const BODY = { user: { name: 'Ann "A"', age: 31, vip: null }, tags: [{ t: 'x' }, { t: 'y' }] };
const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: 'object', properties, ...extra });

function run(spec: Spec, bodyText?: string): TestExecutionResult {
  return dryRun(definition(spec), { input: {}, response: bodyText === undefined ? { status: 200, body: BODY } : { status: 200, bodyText } });
}

describe('genesys-runtime.md §11 matrix', () => {
  it('string value written unquoted', () => {
    const r = run({ map: { name: '$.user.name' }, success: '{"n": ${name}}', output: obj({ n: { type: 'string' } }) });
    expect(r.finalResult).toEqual({ n: 'Ann "A"' });
  });
  it('quoting a translation reference → invalid JSON at step 10', () => {
    const r = run({ map: { name: '$.user.name' }, success: '{"n": "${name}"}', output: obj({ n: { type: 'string' } }) });
    expect(r.error?.step).toBe(10);
    expect(r.error?.message).toMatch(/^Transform failed to process result using 'successTemplate' template due to error:'Rendered text is not valid JSON: /);
  });
  it('quoted number against integer → schema failure at step 10', () => {
    const r = run({ map: { age: '$.user.age' }, success: '{"a": "${age}"}', output: obj({ a: { type: 'integer' } }) });
    expect(r.error).toEqual({
      step: 10,
      code: 'ACTION.PROCESSING',
      message: 'JSON failed output schema validation for the following reasons: Schema: # @/properties/a. Error location: /a. instance type (string) does not match any allowed primitive type (allowed: ["integer"])',
    });
  });
  it('null does not fall back to the default → schema failure for boolean', () => {
    const r = run({ map: { vip: '$.user.vip' }, defaults: { vip: 'false' }, success: '{"v": ${vip}}', output: obj({ v: { type: 'boolean' } }) });
    expect(r.operations[8]?.result).toEqual({ vip: 'null' });
    expect(r.error?.message).toContain('instance type (null) does not match any allowed primitive type (allowed: ["boolean"])');
  });
  it('a JSON-literal default is used for a missing definite path', () => {
    expect(run({ map: { city: '$.user.city' }, defaults: { city: '"?"' }, success: '{"c": ${city}}', output: obj({ c: { type: 'string' } }) }).finalResult).toEqual({ c: '?' });
  });
  it('a default that is not a JSON literal → invalid JSON at step 10', () => {
    const r = run({ map: { city: '$.user.city' }, defaults: { city: '?' }, success: '{"c": ${city}}', output: obj({ c: { type: 'string' } }) });
    expect(r.error?.step).toBe(10);
    expect(r.error?.libraryMessage).toBe("Unexpected character '?' (code 63): expected a JSON value at line 1, column 7");
  });
  it('no default → step 9 failure with the Jayway message', () => {
    const r = run({ map: { city: '$.user.city' }, success: '{"c": ${city}}' });
    expect(r.error).toEqual({ step: 9, code: 'ACTION.PROCESSING', message: "Resolve translation map: key 'city': No results for path: $['user']['city']", libraryMessage: "No results for path: $['user']['city']" });
  });
  it('an empty filter result is [] and the default is not used', () => {
    const r = run({ map: { t: "$.tags[?(@.t=='z')].t" }, defaults: { t: '["-"]' }, success: '{"t": ${t}}', output: obj({ t: { type: 'array', items: { type: 'string' } } }) });
    expect(r.finalResult).toEqual({ t: [] });
  });
  it('firstFromArray over a wildcard result', () => {
    const r = run({ map: { t: '$.tags[*].t' }, success: '{"first": ${successTemplateUtils.firstFromArray("${t}")}}', output: obj({ first: { type: 'string' } }) });
    expect(r.finalResult).toEqual({ first: 'x' });
  });
  it('length() counts, .length fails', () => {
    expect(run({ map: { n: '$.tags.length()' }, success: '{"n": ${n}}', output: obj({ n: { type: 'integer' } }) }).finalResult).toEqual({ n: 2 });
    expect(run({ map: { n: '$.tags.length' }, success: '{"n": ${n}}' }).error?.step).toBe(9);
  });
  it('a misspelt reference → the verbatim strict-mode message', () => {
    const r = run({ map: { name: '$.user.name' }, success: '{"n": ${nme}}' });
    expect(r.error?.message).toBe(
      "Transform failed to process result using 'successTemplate' template due to error:'Variable $nme has not been set at successTemplate[line 1, column 7]'\n Template:'{\"n\": ${nme}}'.",
    );
  });
  it('${rawResult} returns the body as is', () => {
    const r = run({ success: '${rawResult}', output: obj({ user: { type: 'object' }, tags: { type: 'array', items: { type: 'object' } } }) });
    expect(r.finalResult).toEqual(BODY);
  });
});

describe('output validation (draft-04, hand-reasoned)', () => {
  const integer = obj({ n: { type: 'integer' } });
  it.each([
    ['150', true],
    ['150.0', false],
    ['1e2', false],
    ['1.5', false],
    ['"150"', false],
  ])('integer contract, rendered %s → valid: %s', (n, valid) => {
    const r = run({ success: `{"n": ${n}}`, output: integer });
    expect(r.success).toBe(valid);
    if (!valid) expect(r.error?.message).toMatch(/Error location: \/n\. instance type \((number|string)\) does not match any allowed primitive type \(allowed: \["integer"\]\)$/);
  });
  it('a double from the response (150.0) keeps failing an integer contract through ${x}', () => {
    const r = run({ map: { n: '$.n' }, success: '{"n": ${n}}', output: integer }, '{"n": 150.0}');
    expect(r.operations[8]?.result).toEqual({ n: '150.0' });
    expect(r.error?.message).toContain('instance type (number) does not match any allowed primitive type (allowed: ["integer"])');
  });
  it('number accepts integers and doubles; no coercion from strings', () => {
    expect(run({ success: '{"n": 150}', output: obj({ n: { type: 'number' } }) }).success).toBe(true);
    expect(run({ success: '{"n": 150.0}', output: obj({ n: { type: 'number' } }) }).success).toBe(true);
    expect(run({ success: '{"n": "150"}', output: obj({ n: { type: 'number' } }) }).success).toBe(false);
  });
  it('required and additionalProperties are reported as fge lists', () => {
    const r = run({ success: '{"z": 1, "y": 2}', output: obj({ a: { type: 'string' } }, { required: ['b', 'a'], additionalProperties: false }) });
    expect(r.error?.message).toBe(
      'JSON failed output schema validation for the following reasons: Schema: # @. Error location: . object has missing required properties (["a","b"]); Schema: # @. Error location: . object instance has properties which are not allowed by the schema: ["y","z"]',
    );
  });
  it('enum and nested array items', () => {
    expect(run({ success: '{"s": "c"}', output: obj({ s: { type: 'string', enum: ['a', 'b'] } }) }).error?.message).toContain(
      'Schema: # @/properties/s. Error location: /s. instance value ("c") not found in enum (possible values: ["a","b"])',
    );
    expect(run({ success: '{"l": [["x"]]}', output: obj({ l: { type: 'array', items: { type: 'string' } } }) }).error?.message).toContain(
      'Schema: # @/properties/l/items. Error location: /l/0. instance type (array) does not match any allowed primitive type (allowed: ["string"])',
    );
  });
  it('type lists and null', () => {
    expect(run({ success: '{"s": null}', output: obj({ s: { type: ['string', 'null'] } }) }).success).toBe(true);
    expect(run({ success: '{"s": 2.0}', output: obj({ s: { type: ['integer', 'string'] } }) }).error?.message).toContain('(allowed: ["integer","string"])');
  });
  it('a declared draft version other than 04 is still validated as draft-04', () => {
    expect(run({ success: '{"n": "x"}', output: obj({ n: { type: 'integer' } }, { $schema: 'http://json-schema.org/draft-07/schema#' }) }).error?.step).toBe(10);
  });
});

/**
 * The ten steps one by one: what each accepts, rejects, warns about and returns.
 */
import { describe, expect, it } from 'vitest';
import type { Definition } from '../../src/definitions/types.js';
import { STEP_NAMES, dryRun } from '../../src/dryrun/index.js';
import { JavaDouble } from '../../src/dryrun/json/java-double.js';
import { definition } from './helpers/build.js';

const ok = { status: 200, body: { ok: true } };

describe('trace shape', () => {
  it('names the ten operations verbatim and returns the parsed output', () => {
    const r = dryRun(definition({ success: '${rawResult}' }), { input: {}, response: ok });
    expect(r.success).toBe(true);
    expect(r.operations.map((o) => o.name)).toEqual([...STEP_NAMES]);
    expect(r.operations.every((o) => o.success)).toBe(true);
    expect(r.finalResult).toEqual({ ok: true });
  });
  it('never throws, even on a malformed definition', () => {
    const r = dryRun({} as Definition, { input: {}, response: ok });
    expect(r.error).toEqual({ step: 2, code: 'ACTION.PROCESSING', message: 'definition.config is missing or not an object' });
  });
});

describe('step 1: simple json', () => {
  it.each([
    [[1], 'Request body must be a JSON object of key-value pairs, got array'],
    ['x', 'Request body must be a JSON object of key-value pairs, got string'],
    [{ a: { b: 1 } }, "Request body must contain simple json (key-value pairs): property 'a' is of type object"],
    [{ a: [1] }, "Request body must contain simple json (key-value pairs): property 'a' is of type array"],
  ])('%j → %s', (input, message) => {
    expect(dryRun(definition({}), { input, response: ok }).error).toEqual({ step: 1, code: 'ACTION.PROCESSING', message });
  });
});

describe('step 2: draft definition', () => {
  it('rejects an unknown request type', () => {
    const d = definition({});
    (d.config.request as { requestType: string }).requestType = 'HEAD';
    expect(dryRun(d, { input: {}, response: ok }).error?.message).toBe('config.request.requestType must be one of [GET, PUT, POST, PATCH, DELETE], got "HEAD"');
  });
  it('rejects $ref in contracts', () => {
    const d = definition({ output: { type: 'object', properties: { a: { $ref: '#/definitions/x' } } } });
    expect(dryRun(d, { input: {}, response: ok }).error?.message).toBe('$ref is not supported in contracts (found at contract.output.successSchema.properties.a.$ref)');
  });
  it('rejects an input contract with a sub-object, in the Genesys wording (S-FORUM-SUBOBJ)', () => {
    const d = definition({ input: { type: 'object', properties: { sendTextSms: { type: 'object' } } } });
    expect(dryRun(d, { input: {}, response: ok }).error?.message).toBe(
      'Failed Validation of contract.input.inputSchema as a simple properties schema. Must be an Object with properties and no sub-objects. JSON failed schema validation for the following reasons: Schema: # @/properties/properties/patternProperties/^[a-zA-Z][a-zA-Z0-9_-]*$/properties/type. Error location: /properties/sendTextSms/type. instance value ("object") not found in enum (possible values: ["boolean","integer","null","number","string"])',
    );
  });
  it('warns about reserved input names and defaults without a path', () => {
    const d = definition({ input: { type: 'object', properties: { rawRequest: { type: 'string' } } }, defaults: { orphan: '1' } });
    const r = dryRun(d, { input: {}, response: ok });
    expect(r.operations[1]?.warnings).toEqual([
      "input property 'rawRequest' is a reserved name and will be overwritten at runtime",
      'translationMapDefaults.orphan has no translationMap entry: ignored',
    ]);
    expect(r.operations[1]?.result).toEqual({ integrationType: 'custom-rest-actions', requestType: 'GET' });
  });
});

describe('step 3: input schema', () => {
  const input = { type: 'object', required: ['id'], properties: { id: { type: 'integer' }, kind: { type: 'string', enum: ['a', 'b'] } }, additionalProperties: false };
  it.each([
    [{}, 'Schema: # @. Error location: . object has missing required properties (["id"])'],
    [{ id: '7' }, 'Schema: # @/properties/id. Error location: /id. instance type (string) does not match any allowed primitive type (allowed: ["integer"])'],
    [{ id: new JavaDouble(7) }, 'Schema: # @/properties/id. Error location: /id. instance type (number) does not match any allowed primitive type (allowed: ["integer"])'],
    [{ id: 7, kind: 'c' }, 'Schema: # @/properties/kind. Error location: /kind. instance value ("c") not found in enum (possible values: ["a","b"])'],
    [{ id: 7, extra: 1 }, 'Schema: # @. Error location: . object instance has properties which are not allowed by the schema: ["extra"]'],
  ])('%j fails', (value, reason) => {
    expect(dryRun(definition({ input }), { input: value, response: ok }).error).toEqual({
      step: 3,
      code: 'ACTION.PROCESSING',
      message: `JSON failed input schema validation for the following reasons: ${reason}`,
    });
  });
  it('accepts a valid input', () => {
    expect(dryRun(definition({ input }), { input: { id: 7, kind: 'a' }, response: ok }).operations[2]?.success).toBe(true);
  });
});

describe('step 4: authentication', () => {
  it('lists credential keys, never values, and warns about missing referenced ones', () => {
    const d = definition({ headers: { Authorization: 'Basic $encoding.base64("${credentials.clientId}:${credentials.clientSecret}")' } });
    const r = dryRun(d, { input: {}, response: ok, credentials: { clientId: 'id' } });
    const op = r.operations[3];
    expect(op?.result).toEqual({ performed: false, credentials: ['clientId'] });
    expect(op?.warnings).toEqual(['templates reference ${credentials.clientSecret} but the test case provides no such credential']);
    expect(JSON.stringify(op)).not.toContain('"id"');
  });
});

describe('steps 5–7: request templates', () => {
  it('warns when the URL still holds reference text', () => {
    const r = dryRun(definition({ url: 'https://h/${input.missing}' }), { input: {}, response: ok });
    expect(r.operations[4]).toMatchObject({ success: true, result: 'https://h/${input.missing}', warnings: ['rendered URL still contains reference text'] });
  });
  it('renders headers by name', () => {
    const r = dryRun(definition({ headers: { 'X-Id': '${input.id}', 'Content-Type': 'application/json' } }), { input: { id: 'u1' }, response: ok });
    expect(r.operations[5]?.result).toEqual({ 'X-Id': 'u1', 'Content-Type': 'application/json' });
  });
  it('skips the body for GET, renders the default ${input.rawRequest} otherwise', () => {
    const get = dryRun(definition({}), { input: { a: 1 }, response: ok });
    expect(get.operations[6]).toMatchObject({ result: null, details: { skipped: 'GET requests ignore the body template' } });
    const del = dryRun(definition({ method: 'DELETE' }), { input: { a: 1, d: 2.5, s: 'x/y' }, response: ok });
    expect(del.operations[6]?.result).toBe('{"a":1,"d":2.5,"s":"x/y"}');
  });
  it('warns (only) when a JSON body is not JSON', () => {
    const r = dryRun(definition({ method: 'POST', body: '{"a": "${input.a}"}"' }), { input: { a: 'x' }, response: ok });
    expect(r.operations[6]?.warnings).toEqual(["request body is not valid JSON (sent anyway): Unexpected trailing content '\"' (code 34) after the JSON value at line 1, column 11"]);
    const form = dryRun(definition({ method: 'POST', body: 'a=b', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }), { input: {}, response: ok });
    expect(form.operations[6]?.warnings).toBeUndefined();
  });
  it('a template syntax error fails the step with the template name', () => {
    const r = dryRun(definition({ url: 'https://h/#if($input.x' }), { input: {}, response: ok });
    expect(r.error).toMatchObject({ step: 5, code: 'ACTION.PROCESSING', message: 'Encountered "<EOF>" at requestUrlTemplate[line 1, column 23]' });
  });
});

describe('step 8: execute (recorded response)', () => {
  it('a non-2xx status fails with the body', () => {
    expect(dryRun(definition({}), { input: {}, response: { status: 404, body: { message: 'nope' } } }).error).toEqual({
      step: 8,
      code: 'ACTION.REMOTE_ENDPOINT',
      message: 'REST call for action execute failed. Message: Request to backend service failed. Response from web service: {"message":"nope"}',
    });
  });
  it('a body that is not JSON fails', () => {
    const r = dryRun(definition({}), { input: {}, response: { status: 200, bodyText: '<html>' } });
    expect(r.error?.message).toBe(
      "REST call for action execute failed. Message: Request to backend service failed. Response from web service is not JSON: Unexpected character '<' (code 60): expected a JSON value at line 1, column 1",
    );
    expect(r.error?.code).toBe('ACTION.REMOTE_ENDPOINT');
  });
  it('an empty body is {} with a warning', () => {
    const r = dryRun(definition({ success: '${rawResult}' }), { input: {}, response: { status: 204 } });
    expect(r.operations[7]).toMatchObject({ success: true, result: { status: 204, rawResult: '{}' }, warnings: ['empty response body treated as {} (policy)'] });
    expect(r.finalResult).toEqual({});
  });
  it('rawResult is the json-smart re-serialization', () => {
    const r = dryRun(definition({}), { input: {}, response: { status: 200, bodyText: '{ "a" : 1.50, "b": "x/y", "c": "€" }' } });
    expect(r.operations[7]?.result).toEqual({ status: 200, rawResult: '{"a":1.5,"b":"x/y","c":"\\u20AC"}' });
  });
});

describe('step 9: translation map', () => {
  it('reports how each key was resolved', () => {
    const r = dryRun(definition({ map: { a: '$.a', b: '$.missing' }, defaults: { b: '0' }, success: '{}' }), { input: {}, response: { status: 200, body: { a: 'x' } } });
    expect(r.operations[8]).toMatchObject({
      result: { a: '"x"', b: '0' },
      details: {
        paths: {
          a: { path: '$.a', definite: true, source: 'path' },
          b: { path: '$.missing', definite: true, source: 'default', exception: "PathNotFoundException: No results for path: $['missing']" },
        },
      },
    });
  });
  it('an invalid path also switches to the default', () => {
    const r = dryRun(definition({ map: { a: '$.a[' }, defaults: { a: '"d"' }, success: '{"a": $a}' }), { input: {}, response: ok });
    expect(r.finalResult).toEqual({ a: 'd' });
  });
});

describe('step 10: output', () => {
  it('a missing successTemplate means ${rawResult}', () => {
    const r = dryRun(definition({}), { input: {}, response: ok });
    expect(r.finalResult).toEqual({ ok: true });
    expect(r.operations[9]?.details?.template).toBe('successTemplate missing: default ${rawResult} used');
  });
  it('$input is not visible to the success template unless asked for', () => {
    const d = definition({ success: '{"id": "$input.id"}' });
    expect(dryRun(d, { input: { id: 'u1' }, response: ok }).error?.message).toContain('Variable $input has not been set at successTemplate[line 1, column 9]');
    expect(dryRun(d, { input: { id: 'u1' }, response: ok }, { successContextInput: true }).finalResult).toEqual({ id: 'u1' });
  });
  it('a translation key named like a tool shadows the tool; rawResult always wins', () => {
    const r = dryRun(definition({ map: { esc: '$.ok', rawResult: '$.ok' }, success: '{"e": $esc, "r": $rawResult}' }), { input: {}, response: ok });
    expect(r.finalResult).toEqual({ e: true, r: { ok: true } });
  });
});

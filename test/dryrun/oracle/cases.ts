/**
 * Builds oracle case objects from probes, shared by generate.ts (which runs the oracle) and the
 * tests (which run the dry run on the very same cases).
 */
import type { JsonValue } from '../../../src/dryrun/json/model.js';
import { toJsonModel } from '../../../src/dryrun/json/model.js';
import type { JsonPathProbe, RequestProbe, StrictProbe } from './probes.js';

/** An oracle case (the oracle's input format). */
export interface OracleCaseJson {
  id: string;
  definition: Record<string, unknown>;
  input: JsonValue;
  response: { status: number; body: JsonValue };
  credentials?: Record<string, unknown>;
  authResponse?: Record<string, unknown>;
  options?: { successContextInput?: boolean };
}

function definition(request: Record<string, unknown>, response: Record<string, unknown>): Record<string, unknown> {
  return {
    name: 'probe',
    integrationType: 'custom-rest-actions',
    actionType: 'custom',
    config: { request, response },
    contract: {
      input: { inputSchema: { type: 'object', properties: {}, additionalProperties: true } },
      output: { successSchema: { type: 'object', properties: {}, additionalProperties: true } },
    },
    secure: false,
  };
}

/** A request probe: the template is the POST body (step 7), Content-Type text/plain. */
export function requestCase(p: RequestProbe, i: number): OracleCaseJson {
  return {
    id: `request-${i}`,
    definition: definition(
      { requestUrlTemplate: 'https://api.example.com/', requestType: 'POST', headers: { 'Content-Type': 'text/plain' }, requestTemplate: p.template },
      { translationMap: {}, translationMapDefaults: {}, successTemplate: '{}' },
    ),
    input: toJsonModel(p.input ?? {}),
    response: { status: 200, body: {} },
    credentials: { clientId: 'id', clientSecret: 's3cr3t' },
    authResponse: { token_type: 'Bearer' },
  };
}

/** A strict probe: the template is the success template; values arrive through the translation map. */
export function strictCase(p: StrictProbe, i: number): OracleCaseJson {
  const keys = Object.keys(p.values ?? {});
  const body: Record<string, unknown> = {};
  keys.forEach((k, j) => {
    body[`v${j}`] = JSON.parse((p.values ?? {})[k] as string);
  });
  return {
    id: `strict-${i}`,
    definition: definition(
      { requestUrlTemplate: 'https://api.example.com/', requestType: 'GET', headers: {} },
      { translationMap: Object.fromEntries(keys.map((k, j) => [k, `$.v${j}`])), translationMapDefaults: {}, successTemplate: p.template },
    ),
    input: toJsonModel(p.input ?? {}),
    response: { status: 200, body: toJsonModel(body) },
    options: { successContextInput: true },
  };
}

/** A JSONPath probe: every path in one translation map, each with a default so all are read. */
export function jsonPathCase(p: JsonPathProbe, i: number): OracleCaseJson {
  const map = Object.fromEntries(p.paths.map((path, j) => [`p${j}`, path]));
  const defaults = Object.fromEntries(p.paths.map((_, j) => [`p${j}`, '"__default__"']));
  return {
    id: `jsonpath-${i}`,
    definition: definition(
      { requestUrlTemplate: 'https://api.example.com/', requestType: 'GET', headers: {} },
      { translationMap: map, translationMapDefaults: defaults, successTemplate: '{}' },
    ),
    input: {},
    response: { status: 200, body: toJsonModel(p.doc) },
  };
}

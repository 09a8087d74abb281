import { REQUEST_TYPES } from '../../definitions/types.js';
import { type JsonValue, toJsonModel } from '../json/model.js';
import { writeJson } from '../json/write.js';
import { compileSchema } from '../schema/validate.js';
import { PROCESSING, type Trace } from '../trace.js';
import type { RunState } from './state.js';

const PRIMITIVES = ['boolean', 'integer', 'null', 'number', 'string'];
const INPUT_NAME = /^[a-zA-Z][a-zA-Z0-9_-]*$/;
const RESERVED = ['orgId', 'integrationId', 'rawRequest'];
const SIMPLE_PREFIX =
  'Failed Validation of contract.input.inputSchema as a simple properties schema. Must be an Object with properties and no sub-objects. JSON failed schema validation for the following reasons: ';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function findRef(o: unknown, where: string): string | undefined {
  if (Array.isArray(o)) {
    for (let i = 0; i < o.length; i++) {
      const r = findRef(o[i], `${where}[${i}]`);
      if (r) return r;
    }
  } else if (isObj(o)) {
    for (const [k, v] of Object.entries(o)) {
      if (k === '$ref') return `${where}.$ref`;
      const r = findRef(v, `${where}.${k}`);
      if (r) return r;
    }
  }
  return undefined;
}

/**
 * Step 2, "Validate draft definition" (genesys-runtime.md §2, §7; oracle checks and wording):
 * request type, template fields are strings, contracts present, no `$ref`, the input schema is a
 * simple-properties schema (verbatim S-FORUM-SUBOBJ wrapper), and — our addition — both
 * contracts compile as draft-04 schemas. Reserved input names and defaults without a map entry
 * are warnings.
 */
export function stepValidateDraft(state: RunState, trace: Trace): void {
  trace.begin(2);
  const def = state.definition as unknown as Obj;
  const config = def.config;
  if (!isObj(config)) trace.fail(PROCESSING, 'definition.config is missing or not an object');
  const request = config.request;
  if (!isObj(request)) trace.fail(PROCESSING, 'config.request is missing or not an object');
  const response = isObj(config.response) ? config.response : {};
  if (!isObj(config.response)) trace.warn('config.response missing: defaults used');
  const method = request.requestType;
  if (typeof method !== 'string' || !(REQUEST_TYPES as readonly string[]).includes(method)) {
    trace.fail(PROCESSING, `config.request.requestType must be one of [${REQUEST_TYPES.join(', ')}], got ${writeJson(toJsonModel(method))}`);
  }
  if (typeof request.requestUrlTemplate !== 'string') trace.fail(PROCESSING, 'config.request.requestUrlTemplate must be a string');
  const headers = optObj(trace, request.headers, 'config.request.headers');
  for (const [k, v] of Object.entries(headers)) {
    if (typeof v !== 'string') trace.fail(PROCESSING, `config.request.headers.${k} must be a string`);
  }
  if (request.requestTemplate != null && typeof request.requestTemplate !== 'string') {
    trace.fail(PROCESSING, 'config.request.requestTemplate must be a string');
  }
  const tmap = optObj(trace, response.translationMap, 'config.response.translationMap');
  for (const [k, v] of Object.entries(tmap)) {
    if (typeof v !== 'string') trace.fail(PROCESSING, `config.response.translationMap.${k} must be a string (a JSONPath expression)`);
  }
  const defaults = optObj(trace, response.translationMapDefaults, 'config.response.translationMapDefaults');
  if (response.successTemplate != null && typeof response.successTemplate !== 'string') {
    trace.fail(PROCESSING, 'config.response.successTemplate must be a string');
  }
  const contract = def.contract;
  if (!isObj(contract)) trace.fail(PROCESSING, 'definition.contract is missing or not an object');
  if (!isObj(contract.input)) trace.fail(PROCESSING, 'contract.input is missing or not an object');
  const inputSchema = contract.input.inputSchema;
  if (!isObj(inputSchema)) trace.fail(PROCESSING, 'contract.input.inputSchema is missing or not an object');
  if (!isObj(contract.output)) trace.fail(PROCESSING, 'contract.output is missing or not an object');
  const successSchema = contract.output.successSchema;
  if (!isObj(successSchema)) trace.fail(PROCESSING, 'contract.output.successSchema is missing or not an object');
  const ref = findRef(contract, 'contract');
  if (ref) trace.fail(PROCESSING, `$ref is not supported in contracts (found at ${ref})`);
  validateSimpleInputSchema(trace, inputSchema);
  for (const [label, schema] of [['contract.input.inputSchema', inputSchema], ['contract.output.successSchema', successSchema]] as const) {
    try {
      compileSchema(schema);
    } catch (e) {
      trace.fail(PROCESSING, `${label} is not a valid draft-04 JSON schema: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  for (const k of Object.keys(defaults)) {
    if (!Object.prototype.hasOwnProperty.call(tmap, k)) trace.warn(`translationMapDefaults.${k} has no translationMap entry: ignored`);
  }
  state.method = method;
  state.headers = headers as Record<string, string>;
  state.translationMap = tmap as Record<string, string>;
  state.translationMapDefaults = Object.fromEntries(Object.entries(defaults).map(([k, v]) => [k, toJsonModel(v)])) as Record<string, JsonValue>;
  trace.ok({ integrationType: def.integrationType ?? null, requestType: method });
}

function optObj(trace: Trace, v: unknown, where: string): Obj {
  if (v == null) return {};
  if (!isObj(v)) trace.fail(PROCESSING, `${where} must be an object`);
  return v;
}

function validateSimpleInputSchema(trace: Trace, schema: Obj): void {
  if ('type' in schema && schema.type !== 'object') {
    trace.fail(PROCESSING, `${SIMPLE_PREFIX}Schema: # @/properties/type. Error location: /type. instance value (${writeJson(toJsonModel(schema.type))}) not found in enum (possible values: ["object"])`);
  }
  const props = schema.properties;
  if (!isObj(props)) {
    if ('properties' in schema) trace.fail(PROCESSING, `${SIMPLE_PREFIX}Schema: # @/properties/properties. Error location: /properties. properties must be an object`);
    return;
  }
  for (const [name, ps] of Object.entries(props)) {
    if (!INPUT_NAME.test(name)) {
      trace.fail(PROCESSING, `${SIMPLE_PREFIX}Schema: # @/properties/properties. Error location: /properties. object instance has properties which are not allowed by the schema: [${writeJson(name)}]`);
    }
    if (RESERVED.includes(name)) trace.warn(`input property '${name}' is a reserved name and will be overwritten at runtime`);
    if (!isObj(ps)) trace.fail(PROCESSING, `${SIMPLE_PREFIX}Error location: /properties/${name}. property schema must be an object`);
    const type = ps.type;
    const types = Array.isArray(type) ? type : type == null ? [] : [type];
    if (type == null) trace.warn(`input property '${name}' has no type`);
    for (const t of types) {
      if (typeof t !== 'string' || !PRIMITIVES.includes(t)) {
        trace.fail(
          PROCESSING,
          `${SIMPLE_PREFIX}Schema: # @/properties/properties/patternProperties/^[a-zA-Z][a-zA-Z0-9_-]*$/properties/type. Error location: /properties/${name}/type. instance value (${writeJson(toJsonModel(t))}) not found in enum (possible values: ["boolean","integer","null","number","string"])`,
        );
      }
    }
  }
}
